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

/**
 * The most levels of `{`/`[` that `encode` writes through nested `lazy` values (the default `maxDepth` of decoding), as
 * counted by {@link lazyEncodeWeight}: so what `encode` writes through a recursion is what `decode` reads back.
 */
export const MAX_LAZY_ENCODE_DEPTH = 512;

/**
 * The levels of `{`/`[` counted for the `lazy` values being written, one inside the other (the sum of their
 * {@link lazyEncodeWeight}s; reset by `finally` blocks, never left raised). Shared by the interpreter and generated
 * encoders, so both modes refuse the same values.
 */
export const lazyEncodeDepth = { n: 0 };

const weights = new WeakMap<object, number>();

/** The most levels of `{`/`[` from the top of `schema` down to a nested `lazy` (not followed) or a leaf. */
function levels(schema: AnySchema, seen: Set<AnySchema>): number {
  if (seen.has(schema)) return 0;
  seen.add(schema);
  let n: number;
  switch (schema.kind) {
    case 'object':
      n = 1 + schema.members.reduce((m, x) => Math.max(m, levels(x.schema, seen)), 0);
      break;
    case 'array':
      n = 1 + levels(schema.item, seen);
      break;
    case 'dict':
      n = 1 + levels(schema.value, seen);
      break;
    case 'optional':
    case 'required':
      n = levels(schema.inner, seen);
      break;
    default:
      n = 0; // a scalar, or a lazy: its own weight counts when it is written
  }
  seen.delete(schema);
  return n;
}

/**
 * What writing one value of a `lazy` adds to {@link lazyEncodeDepth}: the most levels of `{`/`[` its target can open
 * before the next nested `lazy` (at least 1). For a tree (`object({ children: array(lazy(…)) })`) that is 2, the exact
 * nesting per node; where lazies sit at different depths it is the deepest, so the count never falls short of the text.
 */
export function lazyEncodeWeight(schema: LazySchema): number {
  let w = weights.get(schema);
  if (w === undefined) {
    w = Math.max(1, levels(lazyTarget(schema), new Set()));
    weights.set(schema, w);
  }
  return w;
}

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
