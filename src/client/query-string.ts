/**
 * Query strings the way ServiceStack reads them: it binds each `Name=value` pair to the request member of that name
 * (any case) with its JSV reader for the member's type. So a client writes, member by member in declared order:
 * nothing for a `null`/`undefined` member; `Name=` and then the value's JSV text, where a top-level string is written
 * raw (the whole value is the string: no JSV quoting) and a list loses its outer brackets (`Ids=1,2,3`); everything
 * percent-encoded with `encodeURIComponent`. Objects, dictionaries, dates, enums and other scalars are their ordinary
 * JSV text (`Filter=%7BName%3Ax%7D`).
 */
import { JsvEncodeError } from '../errors.js';
import { encode } from '../schema/encode.js';
import type { AnySchema, ObjectSchema } from '../schema/types.js';

/** Options of {@link toQueryString} and {@link queryValueText}. */
export interface QueryStringOptions {
  /** Members (declared names) to leave out, e.g. those already used in the path. */
  readonly exclude?: ReadonlySet<string>;
  /** Write values with the interpreter instead of generated code. */
  readonly jitless?: boolean;
}

/**
 * The query string (without `?`) for the members of `value` by the object schema `schema`: `Ids=1%2C2&Name=a%20b`;
 * `''` when every member is absent. Throws a {@link JsvEncodeError} (with the member's path) for a value that does not
 * fit its schema or a string holding a lone surrogate (which cannot be percent-encoded as UTF-8).
 */
export function toQueryString(schema: ObjectSchema<any>, value: object, options?: QueryStringOptions): string {
  const parts: string[] = [];
  const exclude = options?.exclude;
  for (const m of schema.members) {
    if (exclude?.has(m.name) === true) continue;
    const v = memberValue(value, m.name);
    if (v === undefined || v === null) continue;
    // A declared wire name ([DataMember(Name)]) is the name ServiceStack binds.
    parts.push(`${percentEncode(m.wireName ?? m.name, [])}=${percentEncode(queryValueText(m.schema, v, options, [m.name]), [m.name])}`);
  }
  return parts.join('&');
}

/**
 * The text of one top-level value as ServiceStack reads it from a query string or a path segment (before
 * percent-encoding): a string as it is, a list as its JSV without the outer brackets, anything else as its JSV.
 */
export function queryValueText(schema: AnySchema, value: unknown, options?: { readonly jitless?: boolean }, path: readonly (string | number)[] = []): string {
  let inner = schema;
  while (inner.kind === 'optional') inner = inner.inner;
  if (inner.kind === 'string') {
    if (typeof value !== 'string') throw new JsvEncodeError('INVALID_VALUE', `expected a string, received ${typeof value}`, path);
    return value;
  }
  let text: string;
  try {
    text = encode(inner, value as never, options?.jitless === true ? { jitless: true } : undefined);
  } catch (e) {
    // Say which member it was: the encoder only knows the path inside the value.
    if (e instanceof JsvEncodeError) throw new JsvEncodeError(e.code, e.message.replace(/^\$[^:]*: /, ''), [...path, ...e.path]);
    throw e;
  }
  if (inner.kind === 'array' && text.startsWith('[') && text.endsWith(']')) return text.slice(1, -1);
  return text;
}

/** `encodeURIComponent`, failing with a {@link JsvEncodeError} (not a `URIError`) on a lone surrogate. */
export function percentEncode(text: string, path: readonly (string | number)[]): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new JsvEncodeError('INVALID_VALUE', 'the text holds a lone surrogate, which cannot be sent in a URL', path);
  }
}

/** A member of a request value: its own enumerable property only (as `encode` reads members). */
export function memberValue(value: object, name: string): unknown {
  return Object.prototype.propertyIsEnumerable.call(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}
