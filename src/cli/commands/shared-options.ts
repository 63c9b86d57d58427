/** Options several commands share, and reading them. */
import type { AnySchema } from '../../schema/types.js';
import { valueOf, type OptionSpec, type ParsedArgs } from '../args.js';
import { resolveSchema } from '../schemas.js';

/** `--schema <name>`: an EvoVoice DTO to read the text as. */
export const SCHEMA_OPTION: OptionSpec = {
  name: 'schema',
  type: 'value',
  valueName: '<name>',
  description: 'Read the text as this schema: evovoice:<Dto> or just <Dto>; append [] for a list (see jsv --help)',
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
export function schemaOption(args: ParsedArgs, command: string): AnySchema | undefined {
  const name = valueOf(args, 'schema');
  return name === undefined ? undefined : resolveSchema(name, command);
}
