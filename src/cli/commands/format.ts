/** `jsv format`: JSV laid out over several lines. */
import { format } from '../../text/format.js';
import { HELP_OPTION, UsageError, flagOf, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { readInput } from '../io.js';
import { inputError } from '../report-error.js';
import { INPUT_NOTE, LENIENT_OPTION } from './shared-options.js';

/** `jsv format`: a readable layout of JSV text that parses back. */
export const formatCommand: Command = {
  name: 'format',
  summary: 'Lay JSV out over several lines',
  usage: 'format [file|-] [--lenient] [--indent <s>]',
  options: [
    LENIENT_OPTION,
    { name: 'indent', type: 'value', valueName: '<s>', description: 'One level of indentation: a number of spaces (0-16), tab, or the text itself; default a tab' },
    HELP_OPTION,
  ],
  maxPositionals: 1,
  details: [
    'The output reads back to the same value with --lenient (jsv to-json --lenient): values with leading or',
    'trailing spaces are quoted so that lenient reading keeps them.',
    '',
    INPUT_NOTE,
  ].join('\n'),
  async run(args, io) {
    const indent = parseIndent(valueOf(args, 'indent'), this.name);
    const input = await readInput(io, args.positionals[0]);
    let out: string;
    try {
      out = format(input.text, indent === undefined ? { lenient: flagOf(args, 'lenient') } : { lenient: flagOf(args, 'lenient'), indent });
    } catch (e) {
      throw inputError(e, input);
    }
    io.out(`${out}\n`);
    return 0;
  },
};

/** `--indent`: `2` → two spaces, `tab` or `\t` → a tab, any other whitespace as it is. */
export function parseIndent(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n > 16) throw new UsageError(`--indent ${value}: at most 16 spaces`, command);
    return ' '.repeat(n);
  }
  if (value === 'tab' || value === '\\t') return '\t';
  if (/^[ \t]*$/.test(value)) return value;
  throw new UsageError(`--indent must be a number of spaces, tab, or spaces and tabs, not ${JSON.stringify(value)}`, command);
}
