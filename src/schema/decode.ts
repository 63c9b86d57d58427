/**
 * `decode` and `safeDecode`: JSV text to a typed value. They use the schema's compiled codec (generated once and
 * cached), or the interpreter when `jitless` is set or code generation is unavailable; both give identical results.
 */
import { JsvError, JsvSyntaxError } from '../errors.js';
import { Scanner } from '../text/scanner.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { codecFor } from './codec-cache.js';
import { DecodeFault } from './decode-fault.js';
import { decodeRoot } from './interpret-decode.js';
import type { AnySchema, DecodeOptions, Infer } from './types.js';

/** Options for decoding, plus `jitless` (use the interpreter, never generated code). */
export interface DecodeCallOptions extends DecodeOptions {
  /** Use the interpreter instead of generated code (for environments that forbid `new Function`). */
  readonly jitless?: boolean;
}

/** The result of {@link safeDecode}. */
export type SafeDecodeResult<T> = { ok: true; value: T } | { ok: false; error: JsvError };

/** Runs a root decoder over `text`, turning internal faults into public errors. */
export function runDecode(root: (s: Scanner) => unknown, text: string, options: DecodeOptions | undefined): unknown {
  const s = new Scanner(text, options);
  try {
    return root(s);
  } catch (e) {
    if (e instanceof DecodeFault) throw e.toError(text);
    return s.rethrowOverflow(e);
  }
}

/**
 * Decodes JSV text as a value of `schema`. Member names match in any case, unknown members are skipped, missing
 * value-type members get .NET defaults. Throws {@link JsvSyntaxError} for malformed text and {@link JsvDecodeError}
 * (with the path, e.g. `$.sessions[3].callState`) for a value that does not fit.
 */
export function decode<S extends AnySchema>(schema: S, text: string, options?: DecodeCallOptions): Infer<S> {
  const root = options?.jitless === true ? (s: Scanner) => decodeRoot(schema, s) : codecFor(schema).root;
  return runDecode(root, text, options) as Infer<S>;
}

/** Like {@link decode}, but returns `{ ok: false, error }` instead of throwing; never throws. */
export function safeDecode<S extends AnySchema>(schema: S, text: string, options?: DecodeCallOptions): SafeDecodeResult<Infer<S>> {
  try {
    return { ok: true, value: decode(schema, text, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
