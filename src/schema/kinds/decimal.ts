/**
 * `decimal()`: a .NET `System.Decimal`, as a {@link Decimal} that keeps every digit and the scale (`100.00` stays
 * `100.00`). Reads the .NET number syntax (exponents too); out of range or more than 28 fraction digits is
 * `INVALID_NUMBER`. Writes `String(value)`; `encode` also takes decimal text, a `bigint` and a finite `number`.
 * A missing member is the .NET default, `0`.
 */
import { Decimal, parseDecimal } from '../../text/decimal-value.js';
import type { DecimalSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

const ZERO = /* @__PURE__ */ new Decimal(0n, 0);

/** The decimal kind. */
export const decimalKind = /* @__PURE__ */ scalarKind<DecimalSchema>({
  kind: 'decimal',
  code: 'INVALID_NUMBER',
  expected: () => 'a decimal (within ±79228162514264337593543950335, at most 28 fraction digits)',
  read: (_schema, text) => parseDecimal(text) ?? FAIL,
  write: (_schema, v) => Decimal.from(v)?.toString(),
  fromJson: (_schema, v) => (typeof v === 'string' || typeof v === 'number' ? (Decimal.from(v) ?? FAIL) : FAIL),
  defaultOf: () => ZERO,
});
