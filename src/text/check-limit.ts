/**
 * The rule for numeric limit options (`maxDepth`, `maxLength`): absent, or a number >= 0 (`Infinity` allowed). `NaN`,
 * negative numbers and non-numbers are refused with `INVALID_ARGUMENT` instead of silently switching the bound off.
 */
import { JsvError } from '../errors.js';
import { excerpt } from './excerpt.js';

/** Returns `value` when it is a valid limit (or `undefined`); throws `INVALID_ARGUMENT` otherwise. */
export function checkLimit(name: string, value: unknown): number | undefined {
  if (value === undefined || (typeof value === 'number' && value >= 0)) return value;
  throw new JsvError('INVALID_ARGUMENT', `${name} must be a number >= 0, received ${typeof value === 'string' ? excerpt(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${typeof value}`}`);
}
