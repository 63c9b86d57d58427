/**
 * `jsvFetch`: GET (or any request to) a ServiceStack endpoint and decode the response with a schema, using only the
 * standard `fetch` (global by default, injectable), so it runs in browsers, Node, Deno, Bun and workers alike.
 *
 * - Sends `Accept: text/jsv` unless the caller set an `Accept` header.
 * - Decodes `text/jsv` with `decode(schema, text)` and `application/json` with `fromJsonValue(schema, JSON.parse(text))`
 *   (a server may ignore `Accept`); other or missing content types: JSON if the body parses as JSON, else JSV.
 * - A non-2xx status rejects with a {@link ServiceStackError} carrying the service's `ResponseStatus`.
 * - A timeout, an abort, a network failure (including a connection closed mid-body) or a body over
 *   `maxResponseBytes` rejects with a {@link JsvRequestError} (`kind`), whose `cause` is the original error.
 * - A malformed or truncated body rejects with the `JsvError` from decoding (with line, column and a code frame); so
 *   does a body that is not valid text in its charset (`UNEXPECTED_CHARACTER`: never decoded with U+FFFD), JSON nested
 *   deeper than `decodeOptions.maxDepth` (default 512; `MAX_DEPTH`) and a JSON `null` body for a schema that is not
 *   `optional(…)`.
 * It resolves with the whole decoded value or rejects: never a partial result.
 */
import type { DecodeCallOptions } from '../schema/decode.js';
import type { AnySchema, Infer } from '../schema/types.js';
import { bodyFormatOf, decodeBody } from './decode-body.js';
import { JsvError } from '../errors.js';
import { BodyEncodingError, BodyTooLargeError, mediaTypeOf, readBodyText } from './read-body.js';
import { JsvRequestError, type JsvRequestErrorInit, type JsvRequestErrorKind } from './request-error.js';
import { responseStatusFromBody, ServiceStackError, type ServiceStackErrorInit } from './service-stack-error.js';

/** Options of {@link jsvFetch}: a standard `RequestInit` plus these. */
export type JsvFetchInit = RequestInit & {
  /** The `fetch` to use (default: the global one). Handy for tests, proxies, retries or instrumentation. */
  fetch?: typeof fetch;
  /** Reject with a `'timeout'` {@link JsvRequestError} when the whole response (headers and body) has not arrived within this many milliseconds. `0`, `Infinity` or absent: no timeout. Any length works (beyond setTimeout's 2^31-1 ms, timers are chained). */
  timeoutMs?: number;
  /** Reject with a `'too-large'` {@link JsvRequestError} when the body is larger than this many bytes (checked against `Content-Length` up front and while streaming). Default: no limit. */
  maxResponseBytes?: number;
  /** Passed to `decode` for JSV bodies (`lenient`, `maxDepth`, `maxLength`, `jitless`). */
  decodeOptions?: DecodeCallOptions;
};

/**
 * Requests `url` and decodes the response body with `schema` (see the module comment for the rules).
 *
 * @throws {ServiceStackError} the status was not 2xx
 * @throws {JsvRequestError} timeout, abort, network failure, body too large
 * @throws {JsvError} the body is not valid JSV/JSON or does not fit the schema
 */
export function jsvFetch<S extends AnySchema>(schema: S, url: string | URL, init?: JsvFetchInit): Promise<Infer<S>> {
  return fetchAndDecode(DEFAULT_ERRORS, schema, url, init);
}

/**
 * How a client built on {@link fetchAndDecode} makes its errors, so that e.g. the EvoVoice client throws
 * `EvoVoiceError` (a `ServiceStackError`) and `EvoVoiceRequestError` (a `JsvRequestError`).
 * @internal
 */
export interface FetchErrorFactory {
  http(init: ServiceStackErrorInit): ServiceStackError;
  request(message: string, init: JsvRequestErrorInit): JsvRequestError;
}

const DEFAULT_ERRORS: FetchErrorFactory = {
  http: (init) => new ServiceStackError(init),
  request: (message, init) => new JsvRequestError(message, init),
};

/** The longest delay `setTimeout` honours (a signed 32-bit count of milliseconds). */
const MAX_TIMER_MS = 2_147_483_647;

/** Error bodies are read up to this many bytes (or `maxResponseBytes` if smaller); the rest is ignored. */
export const ERROR_BODY_LIMIT = 1_048_576; // 1 MiB (a literal: bundlers keep `1 << 20` as a possible side effect)

/**
 * What a client built on {@link fetchAndDecode} may change about reading a 2xx body (not part of `jsvFetch`'s API).
 * @internal
 */
export interface DecodeHooks {
  /**
   * Called for a 2xx response whose body is empty (a 204 No Content, or `Content-Length: 0`): its result's `value` is
   * the result instead of decoding `''`; returning `undefined` decodes `''` as usual (which fails for most schemas).
   */
  readonly emptyBody?: (url: string) => { readonly value: unknown } | undefined;
}

/**
 * The machinery behind {@link jsvFetch}, with the error classes as a parameter. With `schema` `undefined` (a void
 * operation) the body is read (within the limits) and dropped, and it resolves with `undefined`. @internal
 */
export function fetchAndDecode(errors: FetchErrorFactory, schema: undefined, url: string | URL, init?: JsvFetchInit, hooks?: DecodeHooks): Promise<undefined>;
export function fetchAndDecode<S extends AnySchema>(errors: FetchErrorFactory, schema: S, url: string | URL, init?: JsvFetchInit, hooks?: DecodeHooks): Promise<Infer<S>>;
export async function fetchAndDecode<S extends AnySchema>(
  errors: FetchErrorFactory,
  schema: S | undefined,
  url: string | URL,
  init: JsvFetchInit = {},
  hooks?: DecodeHooks,
): Promise<Infer<S> | undefined> {
  const { fetch: fetchOption, timeoutMs, maxResponseBytes, decodeOptions, signal: callerSignal, headers: headersInit, ...rest } = init;
  const href = String(url);
  const limit = maxResponseBytes ?? Infinity;
  if (typeof limit !== 'number' || Number.isNaN(limit) || limit < 0) {
    throw new RangeError(`jsvFetch: maxResponseBytes must be a non-negative number, got ${String(maxResponseBytes)}`);
  }
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs < 0)) {
    throw new RangeError(`jsvFetch: timeoutMs must be a non-negative number, got ${String(timeoutMs)}`);
  }
  const fetchImpl = fetchOption ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('jsvFetch: no fetch() available; pass one as init.fetch');

  const headers = new Headers(headersInit);
  if (!headers.has('accept')) headers.set('accept', 'text/jsv');

  const requestError = (kind: JsvRequestErrorKind, message: string, cause?: unknown): JsvRequestError =>
    errors.request(message, cause === undefined ? { kind, url: href } : { kind, url: href, cause });

  if (callerSignal?.aborted) {
    throw requestError('aborted', `Request to ${href} was aborted`, callerSignal.reason);
  }

  // One controller for the whole exchange, aborted by the caller's signal or the timer, whichever comes first.
  const controller = new AbortController();
  let ended: 'timeout' | 'aborted' | undefined;
  const onCallerAbort = (): void => {
    ended ??= 'aborted';
    controller.abort(callerSignal?.reason);
  };
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
    // setTimeout takes at most 2^31-1 ms (a larger delay fires at once): a longer timeout is a chain of timers.
    const deadline = Date.now() + timeoutMs;
    const arm = (left: number): void => {
      timer = setTimeout(() => {
        const rest = deadline - Date.now();
        if (rest > 0) return arm(rest);
        ended ??= 'timeout';
        controller.abort(new DOMException(`The request timed out after ${timeoutMs} ms`, 'TimeoutError'));
      }, Math.min(left, MAX_TIMER_MS));
    };
    arm(timeoutMs);
  }

  /** Turns a failure of `fetch` or of reading the body into a request error (timeout / aborted / network). */
  const failed = (cause: unknown, stage: 'connect' | 'body'): JsvRequestError => {
    if (cause instanceof BodyTooLargeError) {
      return requestError('too-large', `Response from ${href} is too large: ${cause.message}`, cause);
    }
    if (ended === 'timeout') return requestError('timeout', `Request to ${href} timed out after ${String(timeoutMs)} ms`, cause);
    if (ended === 'aborted') return requestError('aborted', `Request to ${href} was aborted`, cause);
    const detail = describeNetworkError(cause);
    return requestError(
      'network',
      stage === 'connect' ? `Request to ${href} failed: ${detail}` : `Response from ${href} was cut off: ${detail}`,
      cause,
    );
  };

  try {
    let response: Response;
    try {
      response = await untilAborted(fetchImpl(href, { ...rest, headers, signal: controller.signal }), controller.signal);
    } catch (e) {
      throw failed(e, 'connect');
    }
    const contentType = response.headers.get('content-type');
    const format = bodyFormatOf(contentType);

    if (!response.ok) {
      let text = '';
      try {
        text = (await readBodyText(response, { limit: Math.min(limit, ERROR_BODY_LIMIT), overLimit: 'truncate', signal: controller.signal })).text;
      } catch (e) {
        // The status says what happened; a body we cannot read only loses the details. Unless the caller gave up.
        if (ended !== undefined) throw failed(e, 'body');
      }
      throw httpError(errors, response, text, href);
    }

    let text: string;
    try {
      ({ text } = await readBodyText(response, { limit, signal: controller.signal }));
    } catch (e) {
      if (e instanceof BodyEncodingError) throw new JsvError('UNEXPECTED_CHARACTER', `Response from ${href}: ${e.message}`, { cause: e });
      throw failed(e, 'body');
    }
    if (schema === undefined) return undefined;
    if (text === '' && hooks?.emptyBody !== undefined) {
      const empty = hooks.emptyBody(href);
      if (empty !== undefined) return empty.value as Infer<S>;
    }
    return decodeBody(schema, text, format, decodeOptions);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it fires: a `fetch` that ignores its signal cannot
 * make the timeout or an abort wait.
 */
function untilAborted(promise: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as unknown);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        // Too late: nobody will read this body, so let the connection go.
        if (signal.aborted && response.body !== null && !response.body.locked) response.body.cancel().catch(() => {});
        resolve(response);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** `fetch failed: connect ECONNREFUSED 127.0.0.1:1` from undici's nested causes; the message for anything else. */
function describeNetworkError(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur instanceof Error; depth++) {
    if (cur.message !== '' && !parts.includes(cur.message)) parts.push(cur.message);
    cur = cur.cause;
  }
  if (parts.length === 0) return String(e);
  return parts.join(': ');
}

/** The factory's HTTP error for the error response `response`, whose body (read up to {@link ERROR_BODY_LIMIT}) is `text`. @internal */
export function httpError(errors: FetchErrorFactory, response: Response, text: string, url: string): ServiceStackError {
  const contentType = response.headers.get('content-type');
  const { responseStatus, cause } = responseStatusFromBody(text, bodyFormatOf(contentType), mediaTypeOf(contentType), response.status, response.statusText);
  const init: ServiceStackErrorInit = { status: response.status, statusText: response.statusText, responseStatus, url };
  return errors.http(cause === undefined ? init : { ...init, cause });
}
