/**
 * What the codec does with a missing or empty value of a schema, asked of the codec itself (a few tiny decodes,
 * remembered per schema) rather than restated here: so the arbitraries follow the schema layer, new kinds included.
 */
import { array, dict, object } from '../schema/builders.js';
import { safeDecode } from '../schema/decode.js';
import type { AnySchema } from '../schema/types.js';

/** How a schema's value may be left out. */
export interface Absence {
  /** A missing object member decodes to `undefined` (reference types, optional); otherwise to a .NET default. */
  readonly missingMember: boolean;
  /** An empty member value (`{X:}`) decodes to `undefined`. */
  readonly emptyMember: boolean;
  /** An empty list slot (`[a,,b]`) decodes to `null`. */
  readonly nullItem: boolean;
  /** An empty dictionary value (`{k:}`) is left out of the decoded dictionary. */
  readonly emptyDictValue: boolean;
  /** What a missing member decodes to (`undefined`, or the .NET default of a value type). */
  readonly missingValue: unknown;
  /** The empty text decodes to `undefined` (at the root). */
  readonly rootEmpty: boolean;
}

const cache = new WeakMap<AnySchema, Absence>();

/** How `schema`'s value may be absent, as the codec reads it (jitless, so it works under a strict CSP too). */
export function absenceOf(schema: AnySchema): Absence {
  let a = cache.get(schema);
  if (a === undefined) {
    const holder = object({ x: schema });
    const missing = safeDecode(holder, '{}', { jitless: true });
    const empty = safeDecode(holder, '{x:}', { jitless: true });
    const item = safeDecode(array(schema), '[,]', { jitless: true });
    const entry = safeDecode(dict(schema), '{k:}', { jitless: true });
    const root = safeDecode(schema, '', { jitless: true });
    a = {
      missingMember: missing.ok && (missing.value as { x?: unknown }).x === undefined,
      missingValue: missing.ok ? (missing.value as { x?: unknown }).x : undefined,
      emptyMember: empty.ok && (empty.value as { x?: unknown }).x === undefined,
      nullItem: item.ok && item.value.length === 2 && item.value[0] === null,
      emptyDictValue: entry.ok && Object.keys(entry.value).length === 0,
      rootEmpty: root.ok && root.value === undefined,
    };
    cache.set(schema, a);
  }
  return a;
}
