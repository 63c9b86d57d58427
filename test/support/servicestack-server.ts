/**
 * A server on 127.0.0.1 that routes like ServiceStack, from a metadata document: each operation's `[Route]`s with their
 * verbs, then the pre-defined `/api/{Name}` and `/jsv/reply/{Name}`. It builds the request DTO the way ServiceStack
 * does: the `text/jsv` body decoded with the request schema, then every query-string pair bound to the member of that
 * name (any case; its wire name when it has one) with the JSV reader for its type (strings raw, lists with or without
 * brackets), then the path variables the same way. Every request is recorded with the DTO it decoded to; handlers answer per operation, and
 * the default answer is an `EchoResponse` in JSV. `GET /types/metadata` serves the metadata document as JSON.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decode } from '../../src/schema/decode.js';
import { encode } from '../../src/schema/encode.js';
import type { AnySchema, MemberInfo, ObjectSchema } from '../../src/schema/types.js';
import { sendJsv, sendText, serviceStackErrorJsv } from './evovoice-server.js';
import { EchoResponse, splitVerbs, type MetadataDocument } from './shop-dtos.js';

/** What the server received for one request. */
export interface ReceivedRequest {
  readonly method: string;
  /** The path after the server's base path, still percent-encoded. */
  readonly path: string;
  /** The raw query string (without `?`), `''` when none. */
  readonly query: string;
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
  /** The operation it was routed to and the route template (`/api/{Name}` for the pre-defined one). */
  readonly operation: string;
  readonly route: string;
  /** The request DTO as ServiceStack would bind it. */
  readonly dto: Record<string, unknown>;
}

/** Answers one routed request; return `false` to fall through to the echo. */
export type OperationHandler = (ctx: { req: IncomingMessage; res: ServerResponse; received: ReceivedRequest }) => void | boolean | Promise<void | boolean>;

export interface ServiceStackTestServer {
  /** `http://127.0.0.1:<port>/svc`: the base URL (a path prefix, as behind a reverse proxy). */
  readonly baseUrl: string;
  readonly received: ReceivedRequest[];
  /** The `GET /types/metadata` requests (the metadata document, served as JSON), with their headers. */
  readonly metadataRequests: { readonly path: string; readonly headers: IncomingMessage['headers'] }[];
  /** The last request received. */
  last(): ReceivedRequest;
  close(): Promise<void>;
}

interface Route {
  readonly operation: string;
  readonly template: string;
  readonly segments: readonly string[];
  readonly verbs: readonly string[] | undefined;
}

const BASE = '/svc';

/** Starts the server for `metadata`, decoding DTOs with `schemas` (by .NET name). */
export async function startServiceStackServer(
  metadata: MetadataDocument,
  schemas: Readonly<Record<string, AnySchema>>,
  handlers: Readonly<Record<string, OperationHandler>> = {},
): Promise<ServiceStackTestServer> {
  const routes: Route[] = [];
  for (const op of metadata.operations) {
    for (const r of op.routes ?? []) {
      routes.push({ operation: op.request.name, template: r.path, segments: r.path.split('/').slice(1), verbs: splitVerbs(r.verbs) });
    }
  }
  const received: ReceivedRequest[] = [];
  const metadataRequests: ServiceStackTestServer['metadataRequests'] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendText(res, 500, 'text/plain', String(e));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const fullPath = q === -1 ? raw : raw.slice(0, q);
    const query = q === -1 ? '' : raw.slice(q + 1);
    const method = req.method ?? 'GET';
    if (!fullPath.startsWith(`${BASE}/`)) return sendJsv(res, 404, serviceStackErrorJsv('NotFound', 'Not under the base path'), 'Not Found');
    const path = fullPath.slice(BASE.length);
    if (path === '/types/metadata' && method === 'GET') {
      metadataRequests.push({ path: raw, headers: req.headers });
      return sendText(res, 200, 'application/json; charset=utf-8', JSON.stringify(metadata));
    }
    const match = route(path, method);
    if (match === undefined) return sendJsv(res, 404, serviceStackErrorJsv('NotFound', `Handler for Request not found (${method} ${path})`), 'Not Found');
    const schema = schemas[match.operation];
    if (schema === undefined || schema.kind !== 'object') throw new Error(`no request schema for ${match.operation}`);
    let dto: Record<string, unknown>;
    try {
      dto = bind(schema, body, req.headers['content-type'], query, match.variables);
    } catch (e) {
      return sendJsv(res, 400, serviceStackErrorJsv('SerializationException', String((e as Error).message).split('\n')[0]!.replace(/[,{}]/g, ' ')), 'Bad Request');
    }
    const rec: ReceivedRequest = { method, path, query, body, headers: req.headers, operation: match.operation, route: match.template, dto };
    received.push(rec);
    const handler = handlers[match.operation];
    if (handler !== undefined && (await handler({ req, res, received: rec })) !== false) return;
    sendJsv(res, 200, encode(EchoResponse, { Operation: match.operation, Method: method, Route: match.template, Path: path, Query: query, Body: body }));
  }

  /** The route for `path` and `method`: declared routes first (most literal segments first), then the pre-defined ones. */
  function route(path: string, method: string): { operation: string; template: string; variables: Map<string, string> } | undefined {
    const parts = path.split('/').slice(1);
    let best: { operation: string; template: string; variables: Map<string, string>; literal: number } | undefined;
    for (const r of routes) {
      if (r.verbs !== undefined && !r.verbs.some((v) => v === 'ANY' || v.toUpperCase() === method)) continue;
      const variables = new Map<string, string>();
      let literal = 0;
      let ok = true;
      let wildcard = false;
      for (let i = 0; i < r.segments.length; i++) {
        const seg = r.segments[i]!;
        const m = /^\{([^{}*]+)(\*?)\}$/.exec(seg);
        if (m?.[2] === '*') {
          variables.set(m[1]!, parts.slice(i).map(decodeURIComponent).join('/'));
          wildcard = true;
          break;
        }
        const part = parts[i];
        if (part === undefined) ok = false;
        else if (m === null) {
          ok = part.toLowerCase() === seg.toLowerCase();
          literal++;
        } else if (part === '') ok = false;
        else variables.set(m[1]!, decodeURIComponent(part));
        if (!ok) break;
      }
      if (!wildcard && parts.length !== r.segments.length) ok = false;
      if (ok && (best === undefined || literal > best.literal)) best = { operation: r.operation, template: r.template, variables, literal };
    }
    if (best !== undefined) return best;
    const predefined = /^\/(?:api|jsv\/reply)\/([^/]+)$/.exec(path);
    if (predefined !== null && metadata.operations.some((o) => o.request.name === predefined[1])) {
      return { operation: predefined[1]!, template: path.startsWith('/api/') ? '/api/{Name}' : '/jsv/reply/{Name}', variables: new Map() };
    }
    return undefined;
  }

  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${BASE}`,
    received,
    metadataRequests,
    last: () => {
      const r = received.at(-1);
      if (r === undefined) throw new Error('no request received');
      return r;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The request DTO as ServiceStack binds it: body, then query string, then path variables. */
function bind(schema: ObjectSchema<any>, body: string, contentType: string | undefined, query: string, variables: Map<string, string>): Record<string, unknown> {
  const dto: Record<string, unknown> = body !== '' && (contentType ?? '').startsWith('text/jsv') ? { ...(decode(schema, body) as object) } : { ...(decode(schema, '{}') as object) };
  const members = schema.members as readonly MemberInfo[];
  // ServiceStack binds a [DataMember(Name)] member by that name only.
  const member = (name: string): MemberInfo | undefined => members.find((m) => (m.wireName ?? m.name).toLowerCase() === name.toLowerCase());
  const set = (name: string, text: string): void => {
    const m = member(name);
    if (m === undefined) return; // ServiceStack ignores unknown query-string names
    dto[m.name] = readValue(m.schema, text);
  };
  for (const [name, value] of new URLSearchParams(query)) set(name, value);
  for (const [name, value] of variables) set(name, value);
  return dto;
}

/** A query-string or path value by its member's schema: a string as it is, a list with or without brackets, else JSV. */
export function readValue(schema: AnySchema, text: string): unknown {
  let inner = schema;
  while (inner.kind === 'optional') inner = inner.inner;
  if (inner.kind === 'string') return text;
  if (inner.kind === 'array' && !text.startsWith('[')) return decode(inner, `[${text}]`);
  return decode(inner, text);
}
