/** The `number` kind: a .NET `double` (exponents, `NaN`, `Infinity` and thousands separators read; .NET's text written). */
import { formatDouble, parseDouble } from '../../text/dotnet-number.js';
import type { NumberSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `number()`. */
export const numberKind = scalarKind<NumberSchema>({
  kind: 'number',
  code: 'INVALID_NUMBER',
  expected: () => 'a number',
  read: (_, text) => parseDouble(text) ?? FAIL,
  write: (_, v) => (typeof v === 'number' ? formatDouble(v) : undefined),
  fromJson: (_, v) => (typeof v === 'number' ? v : typeof v === 'string' ? (parseDouble(v) ?? FAIL) : FAIL),
  defaultOf: () => 0,
});
