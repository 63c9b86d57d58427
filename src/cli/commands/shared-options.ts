/** Options several commands share. */
import type { OptionSpec } from '../args.js';

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
