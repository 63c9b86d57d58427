#!/usr/bin/env node
/**
 * An EvoVoice-like server for the demo (and for trying the client or `jsv sessions` by hand). It serves realistic
 * generated sessions at `GET /sessions/active` behind a bearer token, the way a ServiceStack host does:
 *
 * - JSV by default (`Accept: text/jsv`), JSON for `Accept: application/json`; `?format=jsv|json` or a `.jsv`/`.json`
 *   suffix override the Accept header, as in ServiceStack;
 * - camelCase member names (as EvoVoice's sample shows), or PascalCase with `?case=pascal`;
 * - `401` with ServiceStack's error body (`{ResponseStatus:{ErrorCode:…,Message:…}}`) without a valid bearer token,
 *   `404` likewise for any other path.
 *
 * Embedded: `const server = await startEvoVoiceServer({ count: 12 }); … await server.close();`
 * Standalone: `node examples/server.mjs --port 8080 [--host 127.0.0.1] [--count 25] [--seed 7] [--token secret]`
 * (it imports the build: run `npx tsup` or `npm run demo` first).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { encode } from '../dist/index.js';
import { GetActiveSessionsResponse, generateActiveSessions } from '../dist/evovoice.js';

/**
 * Starts the server. The sessions are generated once, at start, relative to the start time.
 *
 * @param {{ port?: number, host?: string, token?: string, count?: number, seed?: number }} [options]
 * @returns {Promise<{ url: string, token: string, now: Date, response: import('../dist/evovoice.js').GetActiveSessionsResponse, close(): Promise<void> }>}
 */
export async function startEvoVoiceServer(options = {}) {
  const { port = 0, host = '127.0.0.1', count = 12, seed = 7 } = options;
  const token = options.token ?? `evo_demo_${randomBytes(12).toString('hex')}`;
  const now = new Date();
  const response = generateActiveSessions(count, { seed, now });
  const bodies = new Map(); // "jsv:camel" → text, made on first use

  const body = (format, keyCase) => {
    const key = `${format}:${keyCase}`;
    let text = bodies.get(key);
    if (text === undefined) {
      text = format === 'json' ? toServiceStackJson(response, keyCase) : encode(GetActiveSessionsResponse, response, { keyCase });
      bodies.set(key, text);
    }
    return text;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const suffix = /\.(jsv|json)$/.exec(url.pathname);
    const path = suffix ? url.pathname.slice(0, suffix.index) : url.pathname;
    const accept = req.headers.accept ?? '';
    const format = url.searchParams.get('format') ?? suffix?.[1] ?? (/json/i.test(accept) && !/jsv/i.test(accept) ? 'json' : 'jsv');
    const keyCase = url.searchParams.get('case') === 'pascal' ? 'pascal' : 'camel';
    const send = (status, text) => {
      const bytes = Buffer.from(text, 'utf8');
      res.writeHead(status, {
        'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/jsv; charset=utf-8',
        'content-length': String(bytes.length),
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    const fail = (status, errorCode, message) =>
      send(
        status,
        format === 'json'
          ? JSON.stringify({ responseStatus: { errorCode, message, errors: [] } })
          : `{responseStatus:{errorCode:${errorCode},message:${message},errors:[]}}`,
      );

    if (path !== '/sessions/active' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      fail(404, 'NotFound', `Handler for Request not found: ${req.method} ${path}`);
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.setHeader('www-authenticate', 'Bearer realm="/auth"');
      fail(401, 'TokenException', req.headers.authorization ? 'Invalid BearerToken' : 'Not Authenticated');
      return;
    }
    send(200, body(format, keyCase));
  });
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    token,
    now,
    response,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** JSON as ServiceStack writes it: every member present (absent ones as `null`), in the given key case. */
function toServiceStackJson(response, keyCase) {
  const schemaJson = (schema, v) => {
    if (v === undefined || v === null) return null;
    switch (schema.kind) {
      case 'optional':
        return schemaJson(schema.inner, v);
      case 'array':
        return v.map((x) => schemaJson(schema.item, x));
      case 'dict':
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, schemaJson(schema.value, x)]));
      case 'object':
        return Object.fromEntries(
          schema.members.map((m) => [keyCase === 'pascal' ? m.name[0].toUpperCase() + m.name.slice(1) : m.name, schemaJson(m.schema, v[m.name])]),
        );
      default:
        return v;
    }
  };
  return JSON.stringify(schemaJson(GetActiveSessionsResponse, response));
}

// Standalone: node examples/server.mjs --port 8080
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      count: { type: 'string', default: '25' },
      seed: { type: 'string', default: '7' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: node examples/server.mjs [--port 8080] [--host 127.0.0.1] [--count 25] [--seed 7] [--token TOKEN]');
    process.exit(0);
  }
  const server = await startEvoVoiceServer({
    port: Number(values.port),
    host: values.host,
    count: Number(values.count),
    seed: Number(values.seed),
    ...(values.token === undefined ? {} : { token: values.token }),
  });
  console.log(`EvoVoice-like server on ${server.url} (${values.count} sessions)`);
  console.log(`  bearer token: ${server.token}`);
  console.log(`  try: curl -H 'Authorization: Bearer ${server.token}' ${server.url}/sessions/active`);
  console.log('  (?case=pascal for PascalCase names, ?format=json for JSON; Ctrl-C to stop)');
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
