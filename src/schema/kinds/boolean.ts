/** The `boolean` kind: written `True`/`False`; `True`/`False` in any case, `1` and `0` are read. */
import { parseBoolean } from '../../text/dotnet-boolean.js';
import type { BooleanSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `boolean()`. */
export const booleanKind = scalarKind<BooleanSchema>({
  kind: 'boolean',
  code: 'INVALID_BOOLEAN',
  expected: () => 'True or False',
  read: (_, text) => parseBoolean(text) ?? FAIL,
  write: (_, v) => (v === true ? 'True' : v === false ? 'False' : undefined),
  fromJson: (_, v) => (typeof v === 'boolean' ? v : typeof v === 'string' ? (parseBoolean(v) ?? FAIL) : FAIL),
  defaultOf: () => false,
  // `True`/`False` are read at the cursor (fast-readers.ts); anything else through the interpreter's reader.
  decoderSource: (name, k) => `function ${name}(s, c) { return H.readBoolean(s, c, ${k}); }`,
  encoderSource: (name) => `function ${name}(v) { if (v === true) return 'True'; if (v === false) return 'False'; throw H.BAIL; }`,
});
