/** `jsv to-json`: JSV in, JSON out (the untyped tree, or the value a schema decodes). */
import { HELP_OPTION, flagOf } from '../args.js';
import type { Command } from '../command.js';
import { toJsonText } from '../json-write.js';
import { INPUT_NOTE, LENIENT_OPTION, SCHEMA_OPTION, readJsvInput } from './shared-options.js';

/** `jsv to-json`: JSV to JSON, untyped or through a schema. */
export const toJsonCommand: Command = {
  name: 'to-json',
  summary: 'Print JSV as JSON',
  usage: 'to-json [file|-] [--schema <name>] [--lenient] [--compact]',
  options: [
    SCHEMA_OPTION,
    LENIENT_OPTION,
    { name: 'compact', type: 'flag', description: 'One line of JSON instead of indenting by two spaces' },
    HELP_OPTION,
  ],
  maxPositionals: 1,
  details: [
    'Without --schema, prints the untyped tree: every scalar is a JSON string (JSV does not say what is a number),',
    'an empty value is null. With --schema, prints the typed value with member names as the schema declares them',
    '(camelCase for the EvoVoice DTOs), enums by name, dates as ISO 8601, time spans as XSD durations',
    '(PT1H30M), byte arrays as base64, 64-bit integers as JSON strings of digits (exact past 2^53), and',
    'NaN/Infinity as strings. Absent members are left out. jsv from-json reads all of these back.',
    '',
    INPUT_NOTE,
  ].join('\n'),
  async run(args, io) {
    const value = await readJsvInput(args, io, this.name);
    io.out(`${toJsonText(value, flagOf(args, 'compact'))}\n`);
    return 0;
  },
};
