/** `jsv check`: is the text well-formed JSV (and, with a schema, a value of it)? */
import { HELP_OPTION } from '../args.js';
import type { Command } from '../command.js';
import type { AnySchema } from '../../schema/types.js';
import { INPUT_NOTE, LENIENT_OPTION, SCHEMA_OPTION, readJsvInput, readJsvText } from './shared-options.js';

/**
 * What `jsv check` does to the text, for tests and fuzzers that want it without a process: returns when the text is
 * well-formed (and a value of `schema`), throws the library's `JsvError` otherwise.
 */
export function checkText(text: string, options: { readonly schema?: AnySchema | undefined; readonly lenient?: boolean } = {}): void {
  readJsvText(text, options);
}

/** `jsv check`: validates JSV text (optionally against a schema); prints `ok` or the first problem. */
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
    await readJsvInput(args, io, this.name);
    io.out('ok\n');
    return 0;
  },
};
