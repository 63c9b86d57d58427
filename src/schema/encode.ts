/**
 * `encode`: a typed value to the JSV ServiceStack would write for it, byte for byte.
 */
import type { JsvEncodeError, SafeResult } from '../errors.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { protectLeadingBom } from '../text/stringify.js';
import { codecFor } from './codec-cache.js';
import { encodeAt, encodeFault, keyCaseOf } from './interpret-encode.js';
import { kindOf } from './kinds/index.js';
import type { AnySchema, EncodeOptions, InferInput } from './types.js';

/** Options for encoding, plus `jitless` (use the interpreter, never generated code). */
export interface EncodeCallOptions extends EncodeOptions {
  /** Use the interpreter instead of generated code. */
  readonly jitless?: boolean;
}

/**
 * Whether a schema's text can start with U+FEFF: only a bare string or enum name can (lists, objects and quotes
 * cannot); such a root text is quoted, since readers skip a leading byte order mark.
 */
export function mayStartWithBom(schema: AnySchema): boolean {
  return kindOf(schema).mayStartWithBom(schema);
}

/**
 * Writes `value` as JSV by `schema`: members in declared order (names per `keyCase`), `undefined`/`null` members
 * omitted, value-type defaults written, no whitespace. A value that does not fit throws a {@link JsvEncodeError}
 * whose `path` says where.
 */
export function encode<S extends AnySchema>(schema: S, value: InferInput<S>, options?: EncodeCallOptions): string;
export function encode(schema: AnySchema, value: unknown, options?: EncodeCallOptions): string {
  const keyCase = keyCaseOf(options);
  if ((value === undefined || value === null) && schema.kind !== 'optional') encodeFault(schema, value, []);
  const out = options?.jitless === true ? encodeAt(schema, value, keyCase, []) : codecFor(schema).encode(value, keyCase, []);
  return mayStartWithBom(schema) ? protectLeadingBom(out) : out;
}

/** Like {@link encode}, but returns `{ ok: false, error }` (a `JsvEncodeError` for a value that does not fit) instead of throwing; never throws. */
export function safeEncode<S extends AnySchema>(schema: S, value: InferInput<S>, options?: EncodeCallOptions): SafeResult<string>;
export function safeEncode(schema: AnySchema, value: unknown, options?: EncodeCallOptions): SafeResult<string> {
  try {
    return { ok: true, value: encode(schema, value as never, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
