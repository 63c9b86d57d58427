/** The `Authorization` header a client sends: `Bearer <token>`, or `Basic` with the UTF-8 `userName:password`. */
import { encodeBase64 } from '../text/base64.js';

/** Credentials a client may hold; the bearer token wins when both are set. */
export interface Credentials {
  bearerToken?: string | undefined;
  userName?: string | undefined;
  password?: string | undefined;
}

/** The `Authorization` value for `c`, or `undefined` when it holds no credentials. */
export function authorizationFor(c: Credentials): string | undefined {
  if (c.bearerToken !== undefined) return `Bearer ${c.bearerToken}`;
  if (c.userName !== undefined) return `Basic ${encodeBase64(new TextEncoder().encode(`${c.userName}:${c.password ?? ''}`))}`;
  return undefined;
}
