/**
 * The per-schema cache of compiled codecs used by `decode`/`encode`, so users get generated code without calling
 * `compile`. Falls back to the interpreter where `new Function` is unavailable (e.g. a strict CSP).
 */
import type { Scanner } from '../text/scanner.js';
import type { PathSegment } from '../errors.js';
import type { KeyCase } from './interpret-encode.js';
import type { AnySchema } from './types.js';
import { generateCodec } from './generate.js';

/** The compiled functions of one schema. */
export interface CompiledCodec {
  /** Decodes a whole text (root rules). */
  readonly root: (s: Scanner) => unknown;
  /** Encodes a value (root). */
  readonly encode: (v: unknown, keyCase: KeyCase, path: PathSegment[]) => string;
}

const cache = new WeakMap<object, CompiledCodec>();

/** The cached compiled codec of `schema` (generated on first use). */
export function codecFor(schema: AnySchema): CompiledCodec {
  let c = cache.get(schema);
  if (c === undefined) {
    c = generateCodec(schema);
    cache.set(schema, c);
  }
  return c;
}
