/** Code generation for compiled codecs (placeholder: the interpreter until the generator lands). */
import { decodeRoot } from './interpret-decode.js';
import { encodeAt } from './interpret-encode.js';
import type { CompiledCodec } from './codec-cache.js';
import type { AnySchema } from './types.js';

/** Generates the compiled codec of `schema`. */
export function generateCodec(schema: AnySchema): CompiledCodec {
  return { root: (s) => decodeRoot(schema, s), encode: (v, k, p) => encodeAt(schema, v, k, p) };
}
