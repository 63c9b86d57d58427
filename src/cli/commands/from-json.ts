/** `jsv from-json`: JSON in, JSV out (untyped, or through a schema with `fromJsonValue` and `encode`). */
import { encode } from '../../schema/encode.js';
import { fromJsonValue } from '../../schema/from-json.js';
import { stringify } from '../../text/stringify.js';
import { HELP_OPTION, UsageError, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { readInput } from '../io.js';
import { locateJsonPath, readJson } from '../../fetch/json-read.js';
import { inputError } from '../report-error.js';
import { INPUT_NOTE, SCHEMA_OPTION, schemaOption } from './shared-options.js';

/** `jsv from-json`: JSON to JSV, untyped or through a schema. */
export const fromJsonCommand: Command = {
  name: 'from-json',
  summary: 'Write JSON as JSV',
  usage: 'from-json [file|-] [--schema <name>] [--key-case camel|pascal]',
  options: [
    SCHEMA_OPTION,
    { name: 'key-case', type: 'value', valueName: 'camel|pascal', description: 'Write member names in this case (needs --schema; default: as declared)' },
    HELP_OPTION,
  ],
  maxPositionals: 1,
  details: [
    'Without --schema, writes the JSON value as ServiceStack would write the same .NET value: no whitespace, strings',
    'quoted only when needed, true/false as True/False, numbers as .NET doubles except integers, which keep all their',
    'digits, and null members left out.',
    'With --schema, the JSON is first mapped through the schema (member names in any case, null as absent, enums by',
    'name or number, dates, time spans and 64-bit integers from their text) and then written exactly as',
    'ServiceStack writes that DTO: members in declared order, value-type defaults included.',
    '',
    INPUT_NOTE,
  ].join('\n'),
  async run(args, io) {
    const schema = await schemaOption(args, this.name);
    const keyCase = valueOf(args, 'key-case');
    if (keyCase !== undefined && keyCase !== 'camel' && keyCase !== 'pascal') {
      throw new UsageError(`--key-case must be camel or pascal, not '${keyCase}'`, this.name);
    }
    if (keyCase !== undefined && schema === undefined) {
      throw new UsageError('--key-case needs --schema (without a schema, member names are written as they are)', this.name);
    }
    const input = await readInput(io, args.positionals[0]);
    let out: string;
    try {
      if (schema === undefined) {
        out = stringify(readJson(input.text, { bigIntegers: 'bigint' }));
      } else {
        const value: unknown = fromJsonValue(schema, readJson(input.text));
        out = encode(schema, value as never, keyCase === undefined ? {} : { keyCase });
      }
    } catch (e) {
      throw inputError(e, input, (path) => locateJsonPath(input.text, path));
    }
    io.out(`${out}\n`);
    return 0;
  },
};
