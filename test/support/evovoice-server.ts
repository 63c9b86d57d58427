/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for the client tests. Each test scenario is a handler under its own
 * path prefix, so one server serves a whole test file: `server.url('jsv-camel')` is the `baseUrl` whose
 * `/sessions/active` the `jsv-camel` handler answers.
 */
import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnySchema } from '../../src/schema/types.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  readonly scenario: string;
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The base URL of a scenario: `http://127.0.0.1:<port>/<scenario>`. */
  url(scenario: string): string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Stops the server, cutting any open connection. */
  close(): Promise<void>;
}

/** The bearer token the `requireBearer` scenarios accept. */
export const TEST_TOKEN = 'evo_test_7f3a9c1e';

/** Starts a server answering `/<scenario>/…` with `routes[scenario]` (404 with a ServiceStack error body otherwise). */
export async function startTestServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, scenario = '', ...rest] = url.pathname.split('/');
    requests.push({ scenario, method: req.method ?? '', path: `/${rest.join('/')}`, headers: req.headers });
    const handler = routes[scenario];
    if (handler === undefined) {
      sendJsv(res, 404, serviceStackErrorJsv('NotFound', `No scenario ${scenario}`), 'Not Found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((e: unknown) => {
      if (!res.headersSent) sendText(res, 500, 'text/plain', String(e));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (scenario) => `${origin}/${scenario}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export function sendText(res: ServerResponse, status: number, contentType: string, body: string | Uint8Array, statusText?: string): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  res.writeHead(status, statusText ?? STATUS_CODES[status] ?? '', { 'content-type': contentType, 'content-length': String(bytes.length) });
  res.end(bytes);
}

export function sendJsv(res: ServerResponse, status: number, body: string, statusText?: string): void {
  sendText(res, status, 'text/jsv; charset=utf-8', body, statusText);
}

export function sendJson(res: ServerResponse, status: number, body: string, statusText?: string): void {
  sendText(res, status, 'application/json; charset=utf-8', body, statusText);
}

/** ServiceStack's error body in JSV (PascalCase, as a default ServiceStack host writes it). */
export function serviceStackErrorJsv(errorCode: string, message: string, extra = ''): string {
  return `{ResponseStatus:{ErrorCode:${errorCode},Message:${message}${extra}}}`;
}

/** Answers 401 with ServiceStack's JSV error body unless the request has `Authorization: Bearer TEST_TOKEN`. */
export function requireBearer(handler: Handler): Handler {
  return (req, res) => {
    if (req.headers.authorization !== `Bearer ${TEST_TOKEN}`) {
      res.setHeader('www-authenticate', 'Bearer realm="/auth"');
      sendJsv(res, 401, serviceStackErrorJsv('TokenException', 'Invalid BearerToken', ',Errors:[]'), 'Unauthorized');
      return;
    }
    return handler(req, res);
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The JSON ServiceStack writes for `value`: every member of the schema present, absent ones as `null`, names in
 * PascalCase (the .NET default) or camelCase.
 */
export function toServiceStackJson(schema: AnySchema, value: unknown, keyCase: 'camel' | 'pascal'): string {
  return JSON.stringify(jsonOf(schema, value, keyCase));
}

function jsonOf(schema: AnySchema, v: unknown, keyCase: 'camel' | 'pascal'): unknown {
  if (v === undefined || v === null) return null;
  switch (schema.kind) {
    case 'optional':
      return jsonOf(schema.inner, v, keyCase);
    case 'array':
      return (v as unknown[]).map((x) => jsonOf(schema.item, x, keyCase));
    case 'dict':
      return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, jsonOf(schema.value, x, keyCase)]));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of schema.members) {
        const name = keyCase === 'pascal' ? m.name[0]!.toUpperCase() + m.name.slice(1) : m.name;
        out[name] = jsonOf(m.schema, (v as Record<string, unknown>)[m.name], keyCase);
      }
      return out;
    }
    default:
      return v;
  }
}
