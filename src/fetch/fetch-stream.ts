/**
 * `fetchAndStream`: one request whose response body is decoded item by item with `decodeStream`, so a client showing a
 * huge list needs memory for one item at a time and sees the first as soon as it arrives. Used by the service client's
 * `stream()` and so by the EvoVoice client's `streamActiveSessions()`.
 *
 * Errors: the factory's HTTP error for an error status (with the service's `ResponseStatus`), its request error
 * (`'network'`, `'aborted'`) when the request or the body fails, and the decoder's `JsvError`s (positions in the whole
 * body) for a malformed body. A server answering JSON instead of JSV is read whole and its items handed out one by
 * one. No `timeoutMs` and no `maxResponseBytes`: a stream's memory is bounded by one item, and it may rightly take long.
 */
import { decodeStream, type ListStream } from '../schema/decode-stream.js';
import { encode } from '../schema/encode.js';
import type { AnySchema } from '../schema/types.js';
import { bodyFormatOf, decodeBody } from './decode-body.js';
import { ERROR_BODY_LIMIT, httpError, type FetchErrorFactory } from './jsv-fetch.js';
import { readBodyText } from './read-body.js';

/** What {@link fetchAndStream} sends. */
export interface StreamRequest {
  readonly url: string;
  readonly method: string;
  /** Sent as they are (the caller sets `Accept`, `Authorization`, `Content-Type`). */
  readonly headers: Headers;
  readonly body?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Use the interpreter for the items (see `jitless`). */
  readonly jitless?: boolean | undefined;
}

/** Sends `request` and streams the items of the list at `path` of `schema` in the response. @internal */
export function fetchAndStream(errors: FetchErrorFactory, schema: AnySchema, path: string | readonly string[], request: StreamRequest): ListStream<unknown, unknown> {
  const { url, signal } = request;

  async function* body(): AsyncGenerator<Uint8Array | string> {
    const fetchImpl = request.fetch ?? globalThis.fetch;
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.body !== undefined) init.body = request.body;
    if (signal !== undefined) init.signal = signal;
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (e) {
      const kind = signal?.aborted === true ? 'aborted' : 'network';
      throw errors.request(`Request to ${url} ${kind === 'aborted' ? 'was aborted' : 'failed'}`, { kind, url, cause: e });
    }
    const format = bodyFormatOf(response.headers.get('content-type'));
    if (!response.ok) {
      const text = await readBodyText(response, { limit: ERROR_BODY_LIMIT, overLimit: 'truncate' }).then((b) => b.text, () => '');
      throw httpError(errors, response, text, url);
    }
    if (format === 'json') {
      // Not JSV: read it whole, and hand the decoder the same value as JSV.
      const { text } = await readBodyText(response, signal === undefined ? { limit: Infinity } : { limit: Infinity, signal });
      yield encode(schema, decodeBody(schema, text, format) as never);
      return;
    }
    if (response.body === null) return;
    const reader = response.body.getReader();
    let done = false;
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (e) {
          const kind = signal?.aborted === true ? 'aborted' : 'network';
          throw errors.request(`Response from ${url} ${kind === 'aborted' ? 'was aborted' : 'was cut off'}`, { kind, url, cause: e });
        }
        if (chunk.done) break;
        yield chunk.value;
      }
      done = true;
    } finally {
      if (!done) await reader.cancel().catch(() => {});
    }
  }

  const options: { signal?: AbortSignal; jitless?: boolean } = {};
  if (signal !== undefined) options.signal = signal;
  if (request.jitless === true) options.jitless = true;
  return decodeStream(schema, path, body(), options);
}
