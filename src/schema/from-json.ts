/**
 * `fromJsonValue`: maps a `JSON.parse` result through a schema, so a JSON response (PascalCase or camelCase, as
 * ServiceStack may send when it ignores `Accept`) gives the same typed value as the JSV one. JSON `null` means absent.
 * Each kind's mapping lives in its module under `kinds/`.
 */
import type { PathSegment } from '../errors.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { kindOf } from './kinds/index.js';
import { jsonFault } from './kinds/shared.js';
import type { SafeDecodeResult } from './decode.js';
import type { AnySchema, Infer } from './types.js';

/** Maps a JSON value at `path` through `schema` (`null`/`undefined` is absent where the kind allows it). */
export function fromJsonAt(schema: AnySchema, v: unknown, path: PathSegment[]): unknown {
  const kind = kindOf(schema);
  if (v === null || v === undefined) return kind.mayBeAbsent ? undefined : jsonFault(kind, schema, v, path);
  return kind.fromJson(schema, v, path);
}

/**
 * Maps a parsed JSON value through `schema`: member names in any case, `null` as absent, enums by name or number,
 * dates/guids/time spans/64-bit numbers from their text. Throws {@link JsvDecodeError} (with `path`, no position).
 */
export function fromJsonValue<S extends AnySchema>(schema: S, value: unknown): Infer<S> {
  return fromJsonAt(schema, value, []) as Infer<S>;
}

/** Like {@link fromJsonValue}, but returns `{ ok: false, error }` instead of throwing. */
export function safeFromJsonValue<S extends AnySchema>(schema: S, value: unknown): SafeDecodeResult<Infer<S>> {
  try {
    return { ok: true, value: fromJsonValue(schema, value) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
