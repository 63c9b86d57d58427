/**
 * What the client resolves with when a non-void operation is answered with an empty 2xx body (a `204 No Content`, or
 * a `200` with `Content-Length: 0`: what ServiceStack sends when a service returns `null`). As `@servicestack/client`'s
 * `JsonServiceClient` resolves with `request.createResponse()` (a new, empty response DTO) for such a body, this is
 * the empty response DTO by the response schema: an object with every member at its .NET default (what decoding `{}`
 * gives), `{}` for a dictionary, `[]` for a list, `''` for a string, `undefined` for `optional(…)`. A response schema
 * with no empty value (a number, a date, an enum, a `required(…)` string) keeps failing as an empty body does, with a
 * `JsvDecodeError`; so does a response object with a `required(…)` member, which an empty body cannot hold.
 */
import { JsvError } from '../errors.js';
import { decode } from '../schema/decode.js';
import { lazyTarget } from '../schema/lazy-target.js';
import type { AnySchema } from '../schema/types.js';

/** The empty value of `schema` (see the module comment), or `undefined` when it has none. Throws when it cannot hold one. */
export function emptyResponse(schema: AnySchema, url: string, options?: { readonly jitless?: boolean }): { readonly value: unknown } | undefined {
  let inner = schema;
  let required = false;
  for (;;) {
    if (inner.kind === 'optional') return { value: undefined };
    if (inner.kind === 'required') {
      required = true;
      inner = inner.inner;
    } else if (inner.kind === 'lazy') inner = lazyTarget(inner);
    else break;
  }
  if (inner.kind === 'string') return required ? undefined : { value: '' };
  const text = inner.kind === 'object' || inner.kind === 'dict' ? '{}' : inner.kind === 'array' ? '[]' : undefined;
  if (text === undefined) return undefined;
  try {
    return { value: options?.jitless === true ? decode(schema, text, { jitless: true }) : decode(schema, text) };
  } catch (e) {
    // A required member: say that the body was empty rather than point into a `{}` the service never sent.
    if (e instanceof JsvError) throw new JsvError(e.code, `Response from ${url} has an empty body, which cannot be the response: ${e.message.split('\n')[0] ?? ''}`, { cause: e });
    throw e;
  }
}
