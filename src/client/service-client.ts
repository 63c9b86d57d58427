/**
 * `createServiceClient`: a typed client for any ServiceStack service that speaks JSV, built on `jsvFetch`'s machinery
 * and the standard `fetch` (no Node built-ins: browsers, Node, Deno, Bun, workers).
 *
 * ```ts
 * const client = createServiceClient({ baseUrl: 'https://api.example.org', bearerToken });
 * const res = await client.get(operations.FindCustomers, { Ids: [1, 2], Filter: { Name: 'x' } });
 * const r = await client.api(operations.CreateCustomer, { Name: '' });
 * if (!r.ok) console.log(r.error.fieldError('Name')?.message);
 * ```
 *
 * Each request: the verb (call option, else the operation's `method`, else the chosen route's first verb, else
 * `POST`); the best usable route for it (see `route.ts`), or `/api/{Name}` (`fallbackPath: 'jsv-reply'`:
 * `/jsv/reply/{Name}`); `Accept: text/jsv` and the credentials; for GET, DELETE, HEAD and OPTIONS the members the
 * path did not use in the query string (JSV, see `query-string.ts`), for other verbs as a `text/jsv` body.
 * An empty 2xx body (204 No Content) on a non-void operation resolves with the empty response DTO, as
 * `JsonServiceClient` does (see `empty-response.ts`).
 * Errors: `ServiceStackError` for an error status, `JsvRequestError` for a request that did not complete, the
 * `JsvError` from decoding a bad body (with its position) or from writing a request value that does not fit.
 */
import { JsvError } from '../errors.js';
import { fetchAndDecode, type FetchErrorFactory, type JsvFetchInit } from '../fetch/jsv-fetch.js';
import { fetchAndStream } from '../fetch/fetch-stream.js';
import type { ListItemOf, ListStream } from '../schema/decode-stream.js';
import { JsvRequestError } from '../fetch/request-error.js';
import { ServiceStackError } from '../fetch/service-stack-error.js';
import { encode } from '../schema/encode.js';
import type { AnySchema } from '../schema/types.js';
import { ApiError, type ApiResult } from './api-result.js';
import { endpoint, resolveBaseUrl } from './base-url.js';
import { emptyResponse } from './empty-response.js';
import { authorizationFor, type Credentials } from './credentials.js';
import type { AnyOperation, OperationRequest, OperationResult } from './operation.js';
import { toQueryString } from './query-string.js';
import { bodySchemaFor } from './request-body.js';
import { resolveMethod, resolveRoute, type FallbackPath } from './route.js';

/** What `onAuthenticationRequired` may return: new credentials for the client (and the retry). */
export interface AuthenticationUpdate {
  readonly bearerToken?: string;
  readonly userName?: string;
  readonly password?: string;
}

/** What `onAuthenticationRequired` is told. */
export interface AuthenticationRequiredContext {
  /** The 401 that triggered it. */
  readonly error: ServiceStackError;
  readonly operation: AnyOperation;
  /** The client: set `client.bearerToken` here, or return an {@link AuthenticationUpdate}. */
  readonly client: ServiceClient;
}

/** Options of {@link createServiceClient}. */
export interface ServiceClientOptions {
  /** Where the service lives, e.g. `https://api.example.org` (a path prefix is kept). Relative to the page in a browser. */
  readonly baseUrl: string | URL;
  /** Sent as `Authorization: Bearer <token>` (wins over `userName`/`password`). */
  readonly bearerToken?: string;
  /** With `password`: sent as `Authorization: Basic …` (UTF-8). */
  readonly userName?: string;
  readonly password?: string;
  /** Extra headers for every request (`Accept`, and `Authorization` when credentials are given, are set by the client). */
  readonly headers?: HeadersInit;
  /** The `fetch` to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Give up (`JsvRequestError`, kind `'timeout'`) when a whole response has not arrived in this many ms (each attempt). */
  readonly timeoutMs?: number;
  /** Give up (kind `'too-large'`) on a body larger than this many bytes. */
  readonly maxResponseBytes?: number;
  /**
   * Called once when a request is answered with 401; the request is then retried once (with the credentials it set or
   * returned). If it throws, the call fails with that error.
   */
  readonly onAuthenticationRequired?: (context: AuthenticationRequiredContext) => void | AuthenticationUpdate | Promise<void | AuthenticationUpdate>;
  /** The pre-defined route for operations without a usable route: `'api'` (`/api/{Name}`, default) or `'jsv-reply'` (`/jsv/reply/{Name}`, every host). */
  readonly fallbackPath?: FallbackPath;
  /** Encode and decode with the interpreter instead of generated code (environments that forbid `new Function`). */
  readonly jitless?: boolean;
}

/** Options of one call. */
export interface SendOptions {
  /** Aborts the call (`JsvRequestError`, kind `'aborted'`). */
  readonly signal?: AbortSignal;
  /** The verb, overriding the operation's. */
  readonly method?: string;
}

/** The list members of an operation's response that {@link ServiceClient.stream} can stream (or `''` for a list response). */
export type StreamPath<O extends AnyOperation> = O['response'] extends { readonly kind: 'object'; readonly shape: infer Sh }
  ? { [K in keyof Sh & string]: ListItemOf<Sh[K]> extends never ? never : K }[keyof Sh & string]
  : O['response'] extends { readonly kind: 'array' } ? '' : string;

/** The item type streamed from `path` of an operation's response. */
export type StreamItem<O extends AnyOperation, K> = O['response'] extends { readonly kind: 'object'; readonly shape: infer Sh }
  ? K extends keyof Sh ? ListItemOf<Sh[K]> : unknown
  : O['response'] extends { readonly kind: 'array' } ? ListItemOf<O['response']> : unknown;

/** Options of the verb shorthands. */
export type VerbOptions = Omit<SendOptions, 'method'>;

/** A typed ServiceStack client (see {@link createServiceClient}). */
export interface ServiceClient {
  /** Sends `request` for `operation`; resolves with the decoded response (`undefined` for a void operation; the empty response DTO for an empty 2xx body). */
  send<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: SendOptions): Promise<OperationResult<O>>;
  get<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: VerbOptions): Promise<OperationResult<O>>;
  post<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: VerbOptions): Promise<OperationResult<O>>;
  put<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: VerbOptions): Promise<OperationResult<O>>;
  patch<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: VerbOptions): Promise<OperationResult<O>>;
  delete<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: VerbOptions): Promise<OperationResult<O>>;
  /** Like {@link send}, but never rejects: `{ ok: true, value }` or `{ ok: false, error }` (an {@link ApiError}). */
  api<O extends AnyOperation>(operation: O, request: OperationRequest<O>, options?: SendOptions): Promise<ApiResult<OperationResult<O>>>;
  /**
   * Sends `request` and streams the items of the list at `path` in the response (a member name such as `'results'`, a
   * dotted path, or `''` for a response that is a list): `for await (const item of client.stream(op, req, 'results'))`
   * yields each item as soon as it has arrived, memory bounded by one item; `await stream.rest()` gives the response
   * without the list's items. No 401 retry, `timeoutMs` or `maxResponseBytes` here (a stream may rightly be long).
   */
  stream<O extends AnyOperation, K extends StreamPath<O>>(operation: O, request: OperationRequest<O>, path: K, options?: SendOptions): ListStream<StreamItem<O, K>, OperationResult<O>>;
  /** The verb and absolute URL `send` would use (the body, if any, is not part of it). */
  urlFor<O extends AnyOperation>(operation: O, request: OperationRequest<O>, method?: string): { readonly method: string; readonly url: string };
  /** The bearer token sent from now on (settable, e.g. in `onAuthenticationRequired`). */
  bearerToken: string | undefined;
  userName: string | undefined;
  password: string | undefined;
}

const DEFAULT_ERRORS: FetchErrorFactory = {
  http: (init) => new ServiceStackError(init),
  request: (message, init) => new JsvRequestError(message, init),
};

/** Verbs whose members travel in the query string (they have no body). */
const QUERY_VERBS = new Set(['GET', 'DELETE', 'HEAD', 'OPTIONS']);

/** Makes a client. Throws a `TypeError` at once when `baseUrl` is not a usable URL. */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  return createClientWith(DEFAULT_ERRORS, options, 'createServiceClient');
}

interface Prepared {
  readonly method: string;
  readonly url: string;
  readonly body: string | undefined;
}

/** {@link createServiceClient} with the error classes as a parameter (the EvoVoice client's own errors). @internal */
export function createClientWith(errors: FetchErrorFactory, options: ServiceClientOptions, caller: string): ServiceClient {
  const base = resolveBaseUrl(options.baseUrl, caller);
  const fallback: FallbackPath = options.fallbackPath ?? 'api';
  if (fallback !== 'api' && fallback !== 'jsv-reply') throw new TypeError(`${caller}: fallbackPath must be 'api' or 'jsv-reply'`);
  const jitless = options.jitless === true;
  const codecOptions = jitless ? { jitless: true } : undefined;
  const credentials: Credentials = { bearerToken: options.bearerToken, userName: options.userName, password: options.password };

  function prepare(operation: AnyOperation, request: unknown, explicitMethod: string | undefined): Prepared {
    checkOperation(operation);
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      throw new JsvError('INVALID_ARGUMENT', `${operation.name}: the request must be an object, received ${request === null ? 'null' : Array.isArray(request) ? 'an array' : typeof request}`);
    }
    const method = resolveMethod(operation, request, explicitMethod);
    const route = resolveRoute(operation, request, method, fallback, codecOptions);
    if (QUERY_VERBS.has(method)) {
      const query = toQueryString(operation.request, request, codecOptions === undefined ? { exclude: route.used } : { exclude: route.used, ...codecOptions });
      return { method, url: endpoint(base, route.path, query), body: undefined };
    }
    const body = encode(bodySchemaFor(operation.request, route.used), request as never, codecOptions);
    return { method, url: endpoint(base, route.path), body };
  }

  /** The caller's headers, then `Accept: text/jsv`, the credentials and, with a body, its content type. */
  function headersFor(p: Prepared): Headers {
    const headers = new Headers(options.headers);
    headers.set('accept', 'text/jsv');
    const authorization = authorizationFor(credentials);
    if (authorization !== undefined) headers.set('authorization', authorization);
    if (p.body !== undefined) headers.set('content-type', 'text/jsv; charset=utf-8');
    return headers;
  }

  function attempt(operation: AnyOperation, p: Prepared, signal: AbortSignal | undefined): Promise<unknown> {
    const init: JsvFetchInit = { method: p.method, headers: headersFor(p) };
    if (p.body !== undefined) init.body = p.body;
    if (options.fetch !== undefined) init.fetch = options.fetch;
    if (options.timeoutMs !== undefined) init.timeoutMs = options.timeoutMs;
    if (options.maxResponseBytes !== undefined) init.maxResponseBytes = options.maxResponseBytes;
    if (signal !== undefined) init.signal = signal;
    if (jitless) init.decodeOptions = { jitless: true };
    const schema: AnySchema | undefined = operation.returnsVoid ? undefined : operation.response;
    if (schema === undefined) return fetchAndDecode(errors, undefined, p.url, init);
    return fetchAndDecode(errors, schema, p.url, init, { emptyBody: (url) => emptyResponse(schema, url, codecOptions) });
  }

  async function send(operation: AnyOperation, request: unknown, call: SendOptions | undefined): Promise<unknown> {
    const p = prepare(operation, request, call?.method);
    try {
      return await attempt(operation, p, call?.signal);
    } catch (e) {
      const onAuth = options.onAuthenticationRequired;
      if (onAuth === undefined || !(e instanceof ServiceStackError) || e.status !== 401) throw e;
      const update = await onAuth({ error: e, operation, client });
      if (update !== undefined && update !== null) {
        if (update.bearerToken !== undefined) credentials.bearerToken = update.bearerToken;
        if (update.userName !== undefined) credentials.userName = update.userName;
        if (update.password !== undefined) credentials.password = update.password;
      }
      return attempt(operation, p, call?.signal);
    }
  }

  const verb = (method: string) =>
    (operation: AnyOperation, request: unknown, call?: VerbOptions): Promise<never> =>
      send(operation, request, call?.signal === undefined ? { method } : { method, signal: call.signal }) as Promise<never>;

  const client: ServiceClient = {
    send: (operation, request, call) => send(operation, request, call) as Promise<never>,
    get: verb('GET'),
    post: verb('POST'),
    put: verb('PUT'),
    patch: verb('PATCH'),
    delete: verb('DELETE'),
    async api(operation, request, call) {
      try {
        return { ok: true, value: (await send(operation, request, call)) as never };
      } catch (e) {
        return { ok: false, error: new ApiError(e) };
      }
    },
    stream(operation, request, path, call) {
      if (operation.returnsVoid || operation.response === undefined) {
        throw new JsvError('INVALID_ARGUMENT', `${operation.name} returns no response: there is no list to stream`);
      }
      const p = prepare(operation, request, call?.method);
      return fetchAndStream(errors, operation.response, path, {
        url: p.url, method: p.method, headers: headersFor(p), body: p.body, fetch: options.fetch, signal: call?.signal, jitless,
      }) as never;
    },
    urlFor(operation, request, method) {
      const p = prepare(operation, request, method);
      return { method: p.method, url: p.url };
    },
    get bearerToken() {
      return credentials.bearerToken;
    },
    set bearerToken(v) {
      credentials.bearerToken = v;
    },
    get userName() {
      return credentials.userName;
    },
    set userName(v) {
      credentials.userName = v;
    },
    get password() {
      return credentials.password;
    },
    set password(v) {
      credentials.password = v;
    },
  };
  return client;
}

/** A clear error for something that is not an operation (e.g. a misspelt `operations.X`). */
function checkOperation(operation: AnyOperation): void {
  if (operation === null || typeof operation !== 'object' || typeof operation.name !== 'string' || operation.request?.kind !== 'object' || !Array.isArray(operation.routes)) {
    throw new JsvError('INVALID_ARGUMENT', `expected an Operation ({ name, request, response, method, routes, … }), received ${operation === undefined ? 'undefined' : typeof operation}`);
  }
}
