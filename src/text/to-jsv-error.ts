import { JsvError } from '../errors.js';

/**
 * Turns anything thrown inside a reader into a {@link JsvError}; used by the `safe…` functions so they never throw.
 * A `RangeError` from the engine (stack exhaustion in a host with a tiny stack) becomes `MAX_DEPTH`.
 */
export function toJsvError(e: unknown): JsvError {
  if (e instanceof JsvError) return e;
  if (e instanceof RangeError) return new JsvError('MAX_DEPTH', `Nesting too deep for this runtime: ${e.message}`, { cause: e });
  return new JsvError('INVALID_ARGUMENT', e instanceof Error ? e.message : String(e), { cause: e });
}
