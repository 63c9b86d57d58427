/**
 * The `float` kind: a .NET `System.Single`. Values are rounded to float32 and written with the shortest digits that
 * read back as the same float32, in the double layout (`0.1`, `3.4028235E+38`); text reads as a double rounded to
 * float32, and finite text beyond the float32 range is `INVALID_NUMBER`. A missing member is the .NET default, `0`.
 */
import { formatFloat32, parseFloat32 } from '../../text/dotnet-float32.js';
import type { FloatSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `float()`. */
export const floatKind = /* @__PURE__ */ scalarKind<FloatSchema>({
  kind: 'float',
  code: 'INVALID_NUMBER',
  expected: () => 'a 32-bit float',
  read: (_, text) => parseFloat32(text) ?? FAIL,
  write: (_, v) => (typeof v === 'number' ? formatFloat32(v) : undefined),
  fromJson: (_, v) => (typeof v === 'number' ? Math.fround(v) : typeof v === 'string' ? (parseFloat32(v) ?? FAIL) : FAIL),
  defaultOf: () => 0,
});
