/**
 * The target of a `lazy(() => schema)`: the getter is called on first use (never when the schema is built, so a
 * `const` may refer to itself), checked, and remembered per lazy schema. Also the nesting counter that bounds
 * encoding through `lazy`, shared by the interpreter and generated encoders.
 */
import { JsvError } from '../errors.js';
import type { AnySchema, LazySchema } from './types.js';

const targets = new WeakMap<object, AnySchema>();

/** Kinds a `lazy` may stand for: the ones whose absence rules are those of `lazy` itself (see kinds/lazy.ts). */
const TARGET_KINDS = new Set(['object', 'array', 'dict', 'lazy']);

/** The most `lazy` values nested inside each other that `encode` writes (the default `maxDepth` of decoding). */
export const MAX_LAZY_ENCODE_DEPTH = 512;

/** How many `lazy` values are being written, one inside the other (reset by `finally` blocks, never left raised). */
export const lazyEncodeDepth = { n: 0 };

/** The schema a lazy schema stands for (a chain of lazies is followed); `INVALID_SCHEMA` when the getter returns something else. */
export function lazyTarget(schema: LazySchema): AnySchema {
  let t = targets.get(schema);
  if (t !== undefined) return t;
  const seen = new Set<object>([schema]);
  let s: unknown = schema.getter();
  for (;;) {
    if (s === null || typeof s !== 'object' || typeof (s as { kind?: unknown }).kind !== 'string') {
      throw new JsvError('INVALID_SCHEMA', 'lazy(getter): the getter must return a jsv-codec schema');
    }
    const kind = (s as AnySchema).kind;
    if (!TARGET_KINDS.has(kind)) {
      throw new JsvError('INVALID_SCHEMA', `lazy(getter): the getter must return an object, array or dict schema, received a ${kind} schema`);
    }
    if (kind !== 'lazy') break;
    if (seen.has(s)) throw new JsvError('INVALID_SCHEMA', 'lazy(getter): the getter returns lazy schemas in a cycle');
    seen.add(s);
    s = (s as LazySchema).getter();
  }
  t = s as AnySchema;
  targets.set(schema, t);
  return t;
}

/** A root schema with its lazies followed (the codec of a root `lazy` is its target's). */
export function rootSchemaOf(schema: AnySchema): AnySchema {
  return schema.kind === 'lazy' ? lazyTarget(schema) : schema;
}
