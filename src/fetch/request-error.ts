/**
 * {@link JsvRequestError}: a request that did not produce a complete response (timed out, aborted, failed on the
 * network, or was larger than allowed). HTTP error statuses are not request errors: they are `ServiceStackError`s.
 */

import { hasBrand, setBrand } from '../instance-brand.js';

const JSV_REQUEST_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.JsvRequestError');

/** Why a request did not complete. */
export type JsvRequestErrorKind = 'timeout' | 'aborted' | 'network' | 'too-large';

/** What {@link JsvRequestError}'s constructor takes. */
export interface JsvRequestErrorInit {
  readonly kind: JsvRequestErrorKind;
  /** The URL that was requested. */
  readonly url: string;
  /** The original error (the `AbortSignal` reason, the `fetch` `TypeError`, …), kept as `cause`. */
  readonly cause?: unknown;
}

/**
 * A request made by `jsvFetch` (or a client built on it) that did not complete:
 * - `'timeout'`: `timeoutMs` passed before the whole body arrived;
 * - `'aborted'`: the caller's `AbortSignal` fired;
 * - `'network'`: the connection failed or closed before the body was complete (DNS, refused, reset, truncated);
 * - `'too-large'`: the body (or its `Content-Length`) is larger than `maxResponseBytes`; reading stopped there.
 *
 * `cause` is the original error. It is not a `JsvError`: nothing was wrong with any JSV text.
 */
export class JsvRequestError extends Error {
  override name = 'JsvRequestError';
  /** Why the request did not complete. */
  readonly kind: JsvRequestErrorKind;
  /** The URL that was requested. */
  readonly url: string;

  /** True for a `JsvRequestError` from any copy of jsv-codec (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, JSV_REQUEST_ERROR, value);
  }

  constructor(message: string, init: JsvRequestErrorInit) {
    super(message, 'cause' in init ? { cause: init.cause } : undefined);
    setBrand(this, JSV_REQUEST_ERROR);
    this.kind = init.kind;
    this.url = init.url;
  }
}
