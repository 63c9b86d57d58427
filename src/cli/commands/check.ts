/** `jsv check`: is the text well-formed JSV (and, with a schema, a value of it)? */
import { decode } from '../../schema/decode.js';
import { parse } from '../../text/parse.js';
import { HELP_OPTION, flagOf, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { readInput } from '../io.js';
import { inputError } from '../report-error.js';
import { resolveSchema } from '../schemas.js';
import { INPUT_NOTE, LENIENT_OPTION, SCHEMA_OPTION } from './shared-options.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check that JSV is well-formed (and fits a schema)',
  usage: 'check [file|-] [--schema <name>] [--lenient]',
  options: [SCHEMA_OPTION, LENIENT_OPTION, HELP_OPTION],
  maxPositionals: 1,
  details: [
    "Prints 'ok' on standard output and exits 0 when the text is valid; otherwise reports the first problem on",
    'standard error (file:line:column, the line with a caret, and with --schema the path of the value) and exits 1.',
    '',
    INPUT_NOTE,
  ].join('\n'),
  async run(args, io) {
    const schemaName = valueOf(args, 'schema');
    const schema = schemaName === undefined ? undefined : resolveSchema(schemaName, this.name);
    const lenient = flagOf(args, 'lenient');
    const input = await readInput(io, args.positionals[0]);
    try {
      if (schema === undefined) parse(input.text, { lenient });
      else decode(schema, input.text, { lenient });
    } catch (e) {
      throw inputError(e, input);
    }
    io.out('ok\n');
    return 0;
  },
};
