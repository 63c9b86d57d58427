/**
 * `GET /sessions/active` as a stream of sessions: the response body is decoded item by item with `decodeStream`, so a
 * client showing a huge list needs memory for one session at a time and sees the first one as soon as it arrives.
 * Errors: {@link EvoVoiceError} for an error status, {@link EvoVoiceRequestError} (`'network'`, `'aborted'`) when the
 * request or the body fails, and the decoder's `JsvError`s (positions in the whole body) for a malformed body. A
 * server answering JSON instead of JSV is read whole and its sessions handed out one by one.
 */
import { resolveBaseUrl, endpoint } from '../client/base-url.js';
import { authorizationFor } from '../client/credentials.js';
import { bodyFormatOf, decodeBody } from '../fetch/decode-body.js';
import { mediaTypeOf, readBodyText } from '../fetch/read-body.js';
import { responseStatusFromBody } from '../fetch/service-stack-error.js';
import { decodeStream, type ListStream } from '../schema/decode-stream.js';
import { encode } from '../schema/encode.js';
import { GetActiveSessionsResponse, type SessionInfo } from './dto.js';
import { EvoVoiceError, EvoVoiceRequestError } from './evovoice-error.js';

/** What {@link streamActiveSessions} needs of the client's options. */
export interface StreamSessionsInit {
  readonly baseUrl: string | URL;
  readonly bearerToken?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly headers?: HeadersInit | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Streams the active sessions. `for await (const s of stream)` yields each `SessionInfo` as soon as it is complete;
 * `await stream.rest()` gives the response without its sessions (`{ sessions: [] }`) once the body is read.
 */
export function streamActiveSessions(init: StreamSessionsInit): ListStream<SessionInfo, GetActiveSessionsResponse> {
  const url = endpoint(resolveBaseUrl(init.baseUrl, 'createEvoVoiceClient'), '/sessions/active');
  const headers = new Headers(init.headers);
  headers.set('accept', 'text/jsv');
  const auth = authorizationFor({ bearerToken: init.bearerToken });
  if (auth !== undefined) headers.set('authorization', auth);
  const signal = init.signal;

  async function* body(): AsyncGenerator<Uint8Array | string> {
    const fetchImpl = init.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(url, signal === undefined ? { method: 'GET', headers } : { method: 'GET', headers, signal });
    } catch (e) {
      const kind = signal?.aborted === true ? 'aborted' : 'network';
      throw new EvoVoiceRequestError(`Request to ${url} ${kind === 'aborted' ? 'was aborted' : 'failed'}`, { kind, url, cause: e });
    }
    const contentType = response.headers.get('content-type');
    const format = bodyFormatOf(contentType);
    if (!response.ok) {
      const text = await readBodyText(response, { limit: 1_048_576, overLimit: 'truncate' }).then((b) => b.text, () => '');
      const { responseStatus, cause } = responseStatusFromBody(text, format, mediaTypeOf(contentType), response.status, response.statusText);
      const httpInit = { status: response.status, statusText: response.statusText, responseStatus, url };
      throw new EvoVoiceError(cause === undefined ? httpInit : { ...httpInit, cause });
    }
    if (format === 'json') {
      // Not JSV: read it whole, and hand the decoder the same value as JSV.
      const { text } = await readBodyText(response, signal === undefined ? { limit: Infinity } : { limit: Infinity, signal });
      yield encode(GetActiveSessionsResponse, decodeBody(GetActiveSessionsResponse, text, format));
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
          throw new EvoVoiceRequestError(`Response from ${url} ${kind === 'aborted' ? 'was aborted' : 'was cut off'}`, { kind, url, cause: e });
        }
        if (chunk.done) break;
        yield chunk.value;
      }
      done = true;
    } finally {
      if (!done) await reader.cancel().catch(() => {});
    }
  }

  return decodeStream(GetActiveSessionsResponse, 'sessions', body(), signal === undefined ? undefined : { signal });
}
