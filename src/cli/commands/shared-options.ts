/** Options several commands share, reading them, and reading JSV input the way `check` and `to-json` do. */
import { decode } from '../../schema/decode.js';
import type { AnySchema } from '../../schema/types.js';
import { parse } from '../../text/parse.js';
import { flagOf, valueOf, type OptionSpec, type ParsedArgs } from '../args.js';
import { readInput, type CliIo } from '../io.js';
import { inputError } from '../report-error.js';
import { isModuleSpec, loadModuleSchema } from '../module-schema.js';
import { resolveSchema } from '../schemas.js';

/** `--schema <name>`: an EvoVoice DTO to read the text as. */
export const SCHEMA_OPTION: OptionSpec = {
  name: 'schema',
  type: 'value',
  valueName: '<name>',
  description: 'Read the text as this schema: evovoice:<Dto>, <Dto>, or an export of your module (./dtos.js#Order); append [] for a list',
};

/** `--lenient`: skip whitespace around structure. */
export const LENIENT_OPTION: OptionSpec = {
  name: 'lenient',
  type: 'flag',
  description: 'Allow whitespace around { } [ ] : , (pretty-printed or hand-written text)',
};

/** The line about input every command's help ends with. */
export const INPUT_NOTE =
  'Input is the file named, or standard input for - or no file. It must be UTF-8; a byte-order mark and one final line break are ignored.';

/** The schema named by `--schema`, or `undefined` without one (a usage error names `command` for an unknown name). */
export async function schemaOption(args: ParsedArgs, command: string): Promise<AnySchema | undefined> {
  const name = valueOf(args, 'schema');
  if (name === undefined) return undefined;
  return isModuleSpec(name) ? await loadModuleSchema(name, command) : resolveSchema(name, command);
}

/** Reads JSV text as `jsv check` and `jsv to-json` do: the untyped tree without a schema, the schema's value with one. */
export function readJsvText(text: string, options: { readonly schema?: AnySchema | undefined; readonly lenient?: boolean } = {}): unknown {
  const lenient = options.lenient === true;
  return options.schema === undefined ? parse(text, { lenient }) : decode(options.schema, text, { lenient });
}

/** Reads the input named by the command's arguments (`--schema`, `--lenient`); bad text becomes a positioned input error. */
export async function readJsvInput(args: ParsedArgs, io: CliIo, command: string): Promise<unknown> {
  const schema = await schemaOption(args, command);
  const lenient = flagOf(args, 'lenient');
  const input = await readInput(io, args.positionals[0]);
  try {
    return readJsvText(input.text, { schema, lenient });
  } catch (e) {
    throw inputError(e, input);
  }
}
