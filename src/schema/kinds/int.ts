/** The `int` kind: a .NET `Int32`; fractions and out-of-range values fail with `INVALID_NUMBER`. */
import { parseInt32 } from '../../text/dotnet-number.js';
import type { IntSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;

/** Everything about `int()`. */
export const intKind = scalarKind<IntSchema>({
  kind: 'int',
  code: 'INVALID_NUMBER',
  expected: () => 'a 32-bit integer',
  read: (_, text) => parseInt32(text) ?? FAIL,
  write: (_, v) => (isInt32(v) ? String(v === 0 ? 0 : v) : undefined),
  fromJson: (_, v) => (typeof v === 'number' ? (isInt32(v) ? v : FAIL) : typeof v === 'string' ? (parseInt32(v) ?? FAIL) : FAIL),
  defaultOf: () => 0,
  // Plain digits are read at the cursor (fast-readers.ts); anything else through the interpreter's reader.
  decoderSource: (name, k) => `function ${name}(s, c) { return H.readInt(s, c, ${k}); }`,
  encoderSource: (name, k) => `function ${name}(v) { if ((v | 0) === v) return '' + v; const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`,
});
