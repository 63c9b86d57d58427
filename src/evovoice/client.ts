/**
 * A typed client for the EvoVoice API: a thin layer over `createServiceClient` and the `GetActiveSessions` operation,
 * on the standard `fetch`, so it runs in browsers as well as in Node (no Node built-ins).
 *
 * ```ts
 * const evo = createEvoVoiceClient({ baseUrl: 'https://team.evovoice.io', bearerToken: token, timeoutMs: 10_000 });
 * const { sessions = [] } = await evo.getActiveSessions();
 * ```
 *
 * Errors: {@link EvoVoiceError} for an error status (with the service's `ResponseStatus`), {@link EvoVoiceRequestError}
 * for a timeout, abort, network failure or an over-large body, and the decoder's `JsvError` for a malformed body. It
 * resolves with the whole response or not at all.
 */
import { createClientWith, type SendOptions, type ServiceClientOptions } from '../client/service-client.js';
import type { FetchErrorFactory } from '../fetch/jsv-fetch.js';
import type { ListStream } from '../schema/decode-stream.js';
import type { GetActiveSessionsResponse, SessionInfo } from './dto.js';
import { EvoVoiceError, EvoVoiceRequestError } from './evovoice-error.js';
import { GetActiveSessionsOperation } from './operations.js';

/** Options of {@link createEvoVoiceClient}. */
export interface EvoVoiceClientOptions {
  /** Where the API lives, e.g. `https://team.evovoice.io` (a path prefix is kept: `https://host/api` → `https://host/api/sessions/active`). In a browser it may be relative to the page. */
  readonly baseUrl: string | URL;
  /** Sent as `Authorization: Bearer <token>`. */
  readonly bearerToken?: string;
  /** The `fetch` to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Give up (`EvoVoiceRequestError`, kind `'timeout'`) when a whole response has not arrived in this many milliseconds. Default: no timeout. */
  readonly timeoutMs?: number;
  /** Extra headers sent with every request (`Accept` and `Authorization` are set by the client). */
  readonly headers?: HeadersInit;
  /** Give up (kind `'too-large'`) on a body larger than this many bytes. Default: no limit. */
  readonly maxResponseBytes?: number;
}

/** Options of one call. */
export interface EvoVoiceCallOptions {
  /** Aborts the call (`EvoVoiceRequestError`, kind `'aborted'`). */
  readonly signal?: AbortSignal;
}

/** The EvoVoice client. */
export interface EvoVoiceClient {
  /** `GET /sessions/active`: your active sessions. */
  getActiveSessions(options?: EvoVoiceCallOptions): Promise<GetActiveSessionsResponse>;
  /**
   * `GET /sessions/active`, streamed: `for await (const s of evo.streamActiveSessions())` yields each session as soon as
   * it has arrived (memory for one session at a time); `await stream.rest()` gives the response without its sessions.
   * Errors as for `getActiveSessions`, with positions in the whole body; no timeout or size limit (see `ServiceClient.stream`).
   */
  streamActiveSessions(options?: EvoVoiceCallOptions): ListStream<SessionInfo, GetActiveSessionsResponse>;
}

const EVOVOICE_ERRORS: FetchErrorFactory = {
  http: (init) => new EvoVoiceError(init),
  request: (message, init) => new EvoVoiceRequestError(message, init),
};

/** Makes an EvoVoice client. Throws a `TypeError` at once when `baseUrl` is not a usable URL. */
export function createEvoVoiceClient(options: EvoVoiceClientOptions): EvoVoiceClient {
  const init: { -readonly [K in keyof ServiceClientOptions]: ServiceClientOptions[K] } = { baseUrl: options.baseUrl };
  if (options.bearerToken !== undefined) init.bearerToken = options.bearerToken;
  if (options.fetch !== undefined) init.fetch = options.fetch;
  if (options.timeoutMs !== undefined) init.timeoutMs = options.timeoutMs;
  if (options.headers !== undefined) init.headers = options.headers;
  if (options.maxResponseBytes !== undefined) init.maxResponseBytes = options.maxResponseBytes;
  const client = createClientWith(EVOVOICE_ERRORS, init, 'createEvoVoiceClient');
  const call = (options?: EvoVoiceCallOptions): SendOptions | undefined => (options?.signal === undefined ? undefined : { signal: options.signal });

  return {
    getActiveSessions: (options) => client.send(GetActiveSessionsOperation, {}, call(options)),
    streamActiveSessions: (options) => client.stream(GetActiveSessionsOperation, {}, 'sessions', call(options)),
  };
}
