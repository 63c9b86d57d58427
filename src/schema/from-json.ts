/**
 * `fromJsonValue`: maps a `JSON.parse` result through a schema, so a JSON response (PascalCase or camelCase, as
 * ServiceStack may send when it ignores `Accept`) gives the same typed value as the JSV one. JSON `null` means absent.
 */
import { JsvDecodeError, type PathSegment } from '../errors.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { createInstance, layoutOf, memberIndex, setOwn } from './layout.js';
import { FAIL, codeOf, describeSchema, readScalar } from './scalars.js';
import type { SafeDecodeResult } from './decode.js';
import type { AnySchema, Infer } from './types.js';

function fail(schema: AnySchema, v: unknown, path: PathSegment[]): never {
  let shown: string;
  try {
    shown = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    shown = String(v);
  }
  throw new JsvDecodeError(codeOf(schema), { path: path.slice(), expected: describeSchema(schema), received: shown });
}

function convert(schema: AnySchema, v: unknown, path: PathSegment[]): unknown {
  if (v === null || v === undefined) {
    switch (schema.kind) {
      case 'optional': case 'string': case 'bytes': case 'array': case 'dict': case 'object': case 'date': case 'guid': case 'timeSpan':
        return undefined;
      default:
        return fail(schema, v, path);
    }
  }
  switch (schema.kind) {
    case 'optional':
      return convert(schema.inner, v, path);
    case 'array': {
      if (!Array.isArray(v)) return fail(schema, v, path);
      const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const x = convert(schema.item, v[i], path);
        if (x === undefined && !nullable) fail(schema.item, v[i], path);
        path.pop();
        out.push(x === undefined ? null : x);
      }
      return out;
    }
    case 'dict': {
      if (typeof v !== 'object' || Array.isArray(v)) return fail(schema, v, path);
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        path.push(k);
        const y = convert(schema.value, x, path);
        path.pop();
        if (y !== undefined) setOwn(out, k, y);
      }
      return out;
    }
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) return fail(schema, v, path);
      const layout = layoutOf(schema);
      const out = createInstance(layout);
      for (const [k, x] of Object.entries(v)) {
        const i = memberIndex(layout, k);
        if (i < 0) continue;
        const m = layout.members[i]!;
        if (x === null || x === undefined) {
          // JSON null means absent: the member keeps its .NET default, as when it is missing.
          setOwn(out, m.name, layout.defaults[i]);
          continue;
        }
        path.push(m.name);
        const y = convert(m.schema, x, path);
        path.pop();
        setOwn(out, m.name, y === undefined ? layout.defaults[i] : y);
      }
      return out;
    }
    case 'string':
      return typeof v === 'string' ? v : fail(schema, v, path);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      break;
    case 'number':
      if (typeof v === 'number') return v;
      break;
    case 'int':
      if (typeof v === 'number') return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? v : fail(schema, v, path);
      break;
    case 'bigint':
      if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : fail(schema, v, path);
      break;
    case 'flags':
      if (typeof v === 'number') return Number.isSafeInteger(v) ? v : fail(schema, v, path);
      break;
    case 'enum':
      if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < schema.values.length ? schema.values[v] : fail(schema, v, path);
      break;
  }
  if (typeof v !== 'string') return fail(schema, v, path);
  const r = readScalar(schema, v);
  return r === FAIL ? fail(schema, v, path) : r;
}

/**
 * Maps a parsed JSON value through `schema`: member names in any case, `null` as absent, enums by name or number,
 * dates/guids/time spans/64-bit numbers from their text. Throws {@link JsvDecodeError} (with `path`, no position).
 */
export function fromJsonValue<S extends AnySchema>(schema: S, value: unknown): Infer<S> {
  return convert(schema, value, []) as Infer<S>;
}

/** Like {@link fromJsonValue}, but returns `{ ok: false, error }` instead of throwing. */
export function safeFromJsonValue<S extends AnySchema>(schema: S, value: unknown): SafeDecodeResult<Infer<S>> {
  try {
    return { ok: true, value: fromJsonValue(schema, value) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
