/**
 * `compile`: a schema's codec as an object, for callers that want to hold on to it (and to pick `jitless` once).
 * `decode`/`encode` use the same cached compiled codec, so compiling is never required for speed.
 */
import type { SafeResult } from '../errors.js';
import { protectLeadingBom } from '../text/stringify.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { codecFor, type CompiledCodec } from './codec-cache.js';
import { runDecode, type SafeDecodeResult } from './decode.js';
import { interpretedCodec } from './generate.js';
import { mayStartWithBom } from './encode.js';
import { encodeFault, keyCaseOf } from './interpret-encode.js';
import type { AnySchema, DecodeOptions, EncodeOptions, Infer, InferInput } from './types.js';

/** A schema's decoder and encoder; `I` is what `encode` accepts (see `InferInput`). */
export interface Codec<T, I = T> {
  /** Like `decode(schema, text, options)`. */
  decode(text: string, options?: DecodeOptions): T;
  /** Like `safeDecode(schema, text, options)`; never throws. */
  safeDecode(text: string, options?: DecodeOptions): SafeDecodeResult<T>;
  /** Like `encode(schema, value, options)`. */
  encode(value: I, options?: EncodeOptions): string;
  /** Like `safeEncode(schema, value, options)`; never throws. */
  safeEncode(value: I, options?: EncodeOptions): SafeResult<string>;
}

/**
 * Compiles `schema` into a {@link Codec}: generated code by default; with `jitless: true` (or where `new Function`
 * is unavailable) the interpreter, with identical results and errors.
 */
export function compile<S extends AnySchema>(schema: S, options?: { readonly jitless?: boolean }): Codec<Infer<S>, InferInput<S>> {
  const codec: CompiledCodec = options?.jitless === true ? interpretedCodec(schema) : codecFor(schema);
  const decode = (text: string, o?: DecodeOptions): Infer<S> => runDecode(codec.root, text, o) as Infer<S>;
  const encode = (value: InferInput<S>, o?: EncodeOptions): string => {
    const keyCase = keyCaseOf(o);
    if ((value === undefined || value === null) && schema.kind !== 'optional') encodeFault(schema, value, []);
    const out = codec.encode(value, keyCase, []);
    return mayStartWithBom(schema) ? protectLeadingBom(out) : out;
  };
  return {
    decode,
    safeDecode(text, o) {
      try {
        return { ok: true, value: decode(text, o) };
      } catch (e) {
        return { ok: false, error: toJsvError(e) };
      }
    },
    encode,
    safeEncode(value, o) {
      try {
        return { ok: true, value: encode(value, o) };
      } catch (e) {
        return { ok: false, error: toJsvError(e) };
      }
    },
  };
}
