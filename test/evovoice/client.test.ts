import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEvoVoiceClient } from '../../src/evovoice/client.js';
import { GetActiveSessionsResponse, type SessionInfo } from '../../src/evovoice/dto.js';
import { EvoVoiceError, EvoVoiceRequestError } from '../../src/evovoice/evovoice-error.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { JsvError, JsvSyntaxError } from '../../src/errors.js';
import { JsvRequestError } from '../../src/fetch/request-error.js';
import { ServiceStackError } from '../../src/fetch/service-stack-error.js';
import { encode } from '../../src/schema/encode.js';
import {
  TEST_TOKEN, requireBearer, sendJson, sendJsv, sendText, sleep, startTestServer,
  toServiceStackJson, type TestServer,
} from '../support/evovoice-server.js';

const VALUE = generateActiveSessions(60, { seed: 2024 });
const CAMEL = encode(GetActiveSessionsResponse, VALUE, { keyCase: 'camel' });
const PASCAL = encode(GetActiveSessionsResponse, VALUE, { keyCase: 'pascal' });

/** A response whose text has 3-byte (`李`, `€`) and 4-byte (`𠮷`, `🎧`) UTF-8 characters, for the chunk-split test. */
const UTF8_SESSION: SessionInfo = {
  ...(VALUE.sessions?.[0] as SessionInfo),
  fromName: 'Zoë 李雷 € 𠮷田 🎧',
  displayName: '𝄞 music line',
};
const UTF8_VALUE = { sessions: [UTF8_SESSION, ...(VALUE.sessions ?? []).slice(1, 5)] };
const UTF8_BYTES = Buffer.from(encode(GetActiveSessionsResponse, UTF8_VALUE, { keyCase: 'camel' }), 'utf8');
const THREE = UTF8_BYTES.indexOf(Buffer.from('李', 'utf8'));
const FOUR = UTF8_BYTES.indexOf(Buffer.from('𠮷', 'utf8'));
/** Chunk boundaries: one inside the 3-byte `李`, one inside the 4-byte `𠮷`. */
const SPLITS = [THREE + 1, FOUR + 2];

const BIG = generateActiveSessions(10_000, { seed: 10 });
const BIG_JSV = encode(GetActiveSessionsResponse, BIG, { keyCase: 'pascal' });

const SERVER_ERROR_JSV =
  '{ResponseStatus:{ErrorCode:NullReferenceException,Message:Object reference not set to an instance of an object.,' +
  'StackTrace:"   at Voice.Api.Sessions.SessionService.Get(GetActiveSessions request)\r\n   at ServiceStack.Host.ServiceRunner`1.ExecuteAsync()",' +
  `Errors:[{ErrorCode:NotEmpty,FieldName:AccountId,Message:'Account Id' must not be empty.},{ErrorCode:Range,FieldName:Limit,Message:"Limit must be between 1, 100"}]}}`;
const SERVER_ERROR_JSON = JSON.stringify({
  responseStatus: {
    errorCode: 'ValidationException',
    message: 'Validation failed',
    stackTrace: null,
    errors: [{ errorCode: 'NotEmpty', fieldName: 'AccountId', message: "'Account Id' must not be empty.", meta: null }],
  },
});

/** Server-side state of the streaming scenarios. */
const streamed = { bytes: 0, finished: false, closedEarly: false };

/** Writes `bytes` in pieces split at `splits`, pausing between them so that each piece travels on its own. */
async function writeInPieces(res: ServerResponse, bytes: Uint8Array, splits: readonly number[]): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/jsv; charset=utf-8' }); // no Content-Length: chunked
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  let from = 0;
  for (const to of [...splits, bytes.length]) {
    res.write(bytes.subarray(from, to));
    from = to;
    await sleep(40);
  }
  res.end();
}

function stall(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, 10_000);
    res.on('close', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    'jsv-camel': requireBearer((_req, res) => sendJsv(res, 200, CAMEL)),
    'jsv-pascal': requireBearer((_req, res) => sendJsv(res, 200, PASCAL)),
    'json-pascal': requireBearer((_req, res) => sendJson(res, 200, toServiceStackJson(GetActiveSessionsResponse, VALUE, 'pascal'))),
    'json-camel': requireBearer((_req, res) => sendJson(res, 200, toServiceStackJson(GetActiveSessionsResponse, VALUE, 'camel'))),
    'json-null-sessions': (_req, res) => sendJson(res, 200, '{"Sessions":null}'),
    'server-error-jsv': (_req, res) => sendJsv(res, 500, SERVER_ERROR_JSV),
    'server-error-json': (_req, res) => sendJson(res, 400, SERVER_ERROR_JSON, 'Bad Request'),
    'bad-gateway-html': (_req, res) => sendText(res, 502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'),
    'unavailable-text': (_req, res) => sendText(res, 503, 'text/plain', 'Down for maintenance until 02:00 UTC\n'),
    'not-found-empty': (_req, res) => sendText(res, 404, 'text/plain', ''),
    'slow-headers': async (_req, res) => {
      await stall(res);
      if (!res.destroyed) sendJsv(res, 200, CAMEL);
    },
    'slow-body': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/jsv', 'content-length': String(Buffer.byteLength(CAMEL)) });
      res.write(CAMEL.slice(0, 500));
      await stall(res);
      res.destroy();
    },
    'content-length-lie': async (_req, res) => {
      const bytes = Buffer.from(CAMEL, 'utf8');
      res.writeHead(200, { 'content-type': 'text/jsv', 'content-length': String(bytes.length + 1000) });
      res.write(bytes);
      await sleep(30);
      res.socket?.destroy();
    },
    'destroyed-chunked': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/jsv' });
      res.write(CAMEL.slice(0, Math.floor(CAMEL.length / 2)));
      await sleep(30);
      res.socket?.destroy();
    },
    'cut-jsv': (_req, res) => sendJsv(res, 200, CAMEL.slice(0, Math.floor(CAMEL.length * 0.7))),
    'malformed-json': (_req, res) => sendJson(res, 200, '{"sessions":[{"id":"ses_1","callState":"Ringing",}]}'),
    'bad-enum': (_req, res) => sendJsv(res, 200, '{sessions:[{callState:Exploded}]}'),
    'split-utf8': (_req, res) => writeInPieces(res, UTF8_BYTES, SPLITS),
    'declared-too-large': (_req, res) => sendJsv(res, 200, PASCAL),
    'streamed-too-large': async (_req, res) => {
      streamed.bytes = 0;
      streamed.finished = false;
      streamed.closedEarly = false;
      let closed = false;
      let wake: (() => void) | undefined;
      res.on('close', () => {
        closed = true;
        wake?.();
      });
      res.writeHead(200, { 'content-type': 'text/jsv' });
      const piece = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 400 && !closed; i++) {
        const ok = res.write(piece);
        streamed.bytes += piece.length;
        if (!ok) await new Promise<void>((resolve) => {
          wake = resolve;
          res.once('drain', resolve);
        });
      }
      if (closed) streamed.closedEarly = true;
      else {
        streamed.finished = true;
        res.end();
      }
    },
    big: requireBearer((_req, res) => sendJsv(res, 200, BIG_JSV)),
    'big-json': requireBearer((_req, res) => sendJson(res, 200, toServiceStackJson(GetActiveSessionsResponse, BIG, 'camel'))),
  });
});

afterAll(async () => {
  await server.close();
});

const client = (scenario: string, extra: Partial<Parameters<typeof createEvoVoiceClient>[0]> = {}) =>
  createEvoVoiceClient({ baseUrl: server.url(scenario), bearerToken: TEST_TOKEN, ...extra });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe('EvoVoice client: successful responses', () => {
  it('decodes camelCase JSV and sends GET /sessions/active with Accept and the bearer token', async () => {
    const before = server.requests.length;
    const res = await client('jsv-camel', { headers: { 'x-client': 'tests', accept: 'application/xml' } }).getActiveSessions();
    expect(res).toEqual(VALUE);
    expect(encode(GetActiveSessionsResponse, res, { keyCase: 'camel' })).toBe(CAMEL);
    const req = server.requests[before];
    expect(req).toMatchObject({ scenario: 'jsv-camel', method: 'GET', path: '/sessions/active' });
    expect(req?.headers.accept).toBe('text/jsv');
    expect(req?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(req?.headers['x-client']).toBe('tests');
  });

  it('decodes PascalCase JSV to the same object and re-encodes it byte for byte', async () => {
    const res = await client('jsv-pascal').getActiveSessions();
    expect(res).toEqual(VALUE);
    expect(encode(GetActiveSessionsResponse, res, { keyCase: 'pascal' })).toBe(PASCAL);
  });

  it('decodes JSON (PascalCase and camelCase, nulls for absent members) to the same object', async () => {
    const pascal = await client('json-pascal').getActiveSessions();
    const camel = await client('json-camel').getActiveSessions();
    expect(pascal).toEqual(VALUE);
    expect(camel).toEqual(VALUE);
    expect(encode(GetActiveSessionsResponse, pascal, { keyCase: 'camel' })).toBe(CAMEL);
    // JSON null means absent (undefined), as a missing JSV member does.
    const json = toServiceStackJson(GetActiveSessionsResponse, VALUE, 'pascal');
    expect(json).toContain('"ConsoleData":null');
    const absent = VALUE.sessions?.findIndex((v) => v.consoleData === undefined) ?? -1;
    expect(absent).toBeGreaterThanOrEqual(0);
    expect(pascal.sessions?.[absent]?.consoleData).toBeUndefined();
    expect(await client('json-null-sessions').getActiveSessions()).toEqual({});
  });

  it('keeps a path prefix of baseUrl and tolerates a trailing slash', async () => {
    const before = server.requests.length;
    const res = await createEvoVoiceClient({ baseUrl: `${server.url('jsv-camel')}/`, bearerToken: TEST_TOKEN }).getActiveSessions();
    expect(res).toEqual(VALUE);
    expect(server.requests[before]?.path).toBe('/sessions/active');
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const spy: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    await client('jsv-camel', { fetch: spy }).getActiveSessions();
    expect(calls).toEqual([`${server.url('jsv-camel')}/sessions/active`]);
  });

  it('decodes a chunked body split inside 3-byte and 4-byte UTF-8 characters', async () => {
    const received: Uint8Array[] = [];
    const recording: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const body = res.body?.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, ctl) {
            received.push(chunk);
            ctl.enqueue(chunk);
          },
        }),
      );
      return new Response(body ?? null, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
    const res = await client('split-utf8', { fetch: recording }).getActiveSessions();
    expect(res).toEqual(UTF8_VALUE);
    expect(res.sessions?.[0]?.fromName).toBe('Zoë 李雷 € 𠮷田 🎧');
    // The body really did arrive in pieces that cut those characters.
    const boundaries: number[] = [];
    let at = 0;
    for (const c of received) boundaries.push((at += c.byteLength));
    for (const split of SPLITS) expect(boundaries).toContain(split);
    expect(UTF8_BYTES[SPLITS[0] as number]! & 0xc0).toBe(0x80); // a continuation byte starts a chunk
    expect(UTF8_BYTES[SPLITS[1] as number]! & 0xc0).toBe(0x80);
  });

  it('handles 10,000 sessions (JSV and JSON)', async () => {
    const jsv = await client('big').getActiveSessions();
    expect(jsv.sessions).toHaveLength(10_000);
    expect(encode(GetActiveSessionsResponse, jsv, { keyCase: 'pascal' })).toBe(BIG_JSV);
    const json = await client('big-json').getActiveSessions();
    expect(json).toEqual(jsv);
  });
});

describe('EvoVoice client: error statuses', () => {
  it('gives EvoVoiceError with the ServiceStack JSV error body for a missing bearer token (401)', async () => {
    const e = await rejection(createEvoVoiceClient({ baseUrl: server.url('jsv-camel') }).getActiveSessions());
    expect(e).toBeInstanceOf(EvoVoiceError);
    expect(e).toBeInstanceOf(ServiceStackError);
    const err = e as EvoVoiceError;
    expect(err.name).toBe('EvoVoiceError');
    expect(err.status).toBe(401);
    expect(err.statusText).toBe('Unauthorized');
    expect(err.responseStatus).toEqual({ errorCode: 'TokenException', message: 'Invalid BearerToken', errors: [] });
    expect(err.url).toBe(`${server.url('jsv-camel')}/sessions/active`);
    expect(err.message).toBe('401 Unauthorized: Invalid BearerToken (TokenException)');
  });

  it('gives EvoVoiceError for a wrong bearer token too', async () => {
    const e = await rejection(client('jsv-camel', { bearerToken: 'nope' }).getActiveSessions());
    expect((e as EvoVoiceError).status).toBe(401);
  });

  it('reads a 500 JSV error body: stack trace and field errors', async () => {
    const err = (await rejection(client('server-error-jsv').getActiveSessions())) as EvoVoiceError;
    expect(err).toBeInstanceOf(EvoVoiceError);
    expect(err.status).toBe(500);
    expect(err.statusText).toBe('Internal Server Error');
    expect(err.responseStatus).toEqual({
      errorCode: 'NullReferenceException',
      message: 'Object reference not set to an instance of an object.',
      stackTrace: '   at Voice.Api.Sessions.SessionService.Get(GetActiveSessions request)\r\n   at ServiceStack.Host.ServiceRunner`1.ExecuteAsync()',
      errors: [
        { errorCode: 'NotEmpty', fieldName: 'AccountId', message: "'Account Id' must not be empty." },
        { errorCode: 'Range', fieldName: 'Limit', message: 'Limit must be between 1, 100' },
      ],
    });
    expect(err.message).toContain('500 Internal Server Error: Object reference not set');
    expect(err.message).toContain("AccountId: 'Account Id' must not be empty.");
  });

  it('reads a camelCase JSON error body with nulls', async () => {
    const err = (await rejection(client('server-error-json').getActiveSessions())) as EvoVoiceError;
    expect(err.status).toBe(400);
    expect(err.responseStatus).toEqual({
      errorCode: 'ValidationException',
      message: 'Validation failed',
      errors: [{ errorCode: 'NotEmpty', fieldName: 'AccountId', message: "'Account Id' must not be empty." }],
    });
  });

  it('falls back to the status when the error body is not a ServiceStack one', async () => {
    const html = (await rejection(client('bad-gateway-html').getActiveSessions())) as EvoVoiceError;
    expect(html).toBeInstanceOf(EvoVoiceError);
    expect(html.responseStatus).toEqual({ errorCode: '502', message: 'Bad Gateway' });
    expect(html.cause).toBeInstanceOf(JsvError);
    const text = (await rejection(client('unavailable-text').getActiveSessions())) as EvoVoiceError;
    expect(text.responseStatus).toEqual({ errorCode: '503', message: 'Down for maintenance until 02:00 UTC' });
    const empty = (await rejection(client('not-found-empty').getActiveSessions())) as EvoVoiceError;
    expect(empty.responseStatus).toEqual({ errorCode: '404', message: 'Not Found' });
    expect(empty.message).toBe('404 Not Found');
  });
});

describe('EvoVoice client: failed requests', () => {
  it('times out waiting for headers', async () => {
    const started = Date.now();
    const e = await rejection(client('slow-headers', { timeoutMs: 150 }).getActiveSessions());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(e).toBeInstanceOf(EvoVoiceRequestError);
    expect(e).toBeInstanceOf(JsvRequestError);
    const err = e as EvoVoiceRequestError;
    expect(err.name).toBe('EvoVoiceRequestError');
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/timed out after 150 ms/);
    expect((err.cause as Error).name).toBe('TimeoutError');
  });

  it('times out in the middle of the body (no half-filled result)', async () => {
    const err = (await rejection(client('slow-body', { timeoutMs: 200 }).getActiveSessions())) as EvoVoiceRequestError;
    expect(err).toBeInstanceOf(EvoVoiceRequestError);
    expect(err.kind).toBe('timeout');
  });

  it('aborts via the signal, before and during the request', async () => {
    const controller = new AbortController();
    const reason = new Error('user closed the page');
    setTimeout(() => controller.abort(reason), 50);
    const err = (await rejection(client('slow-headers').getActiveSessions({ signal: controller.signal }))) as EvoVoiceRequestError;
    expect(err).toBeInstanceOf(EvoVoiceRequestError);
    expect(err.kind).toBe('aborted');
    expect(err.cause).toBe(reason);

    const body = new AbortController();
    setTimeout(() => body.abort(), 50);
    const during = (await rejection(client('slow-body').getActiveSessions({ signal: body.signal }))) as EvoVoiceRequestError;
    expect(during.kind).toBe('aborted');

    const before = server.requests.length;
    const already = (await rejection(client('jsv-camel').getActiveSessions({ signal: AbortSignal.abort() }))) as EvoVoiceRequestError;
    expect(already.kind).toBe('aborted');
    expect(server.requests.length).toBe(before); // never sent
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const err = (await rejection(createEvoVoiceClient({ baseUrl: `http://127.0.0.1:${port}` }).getActiveSessions())) as EvoVoiceRequestError;
    expect(err).toBeInstanceOf(EvoVoiceRequestError);
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.cause).toBeInstanceOf(TypeError);
  });

  it('reports a body cut off by the connection (Content-Length larger than sent, chunked stream destroyed)', async () => {
    for (const scenario of ['content-length-lie', 'destroyed-chunked']) {
      const err = (await rejection(client(scenario).getActiveSessions())) as EvoVoiceRequestError;
      expect(err, scenario).toBeInstanceOf(EvoVoiceRequestError);
      expect(err.kind).toBe('network');
      expect(err.message).toMatch(/was cut off/);
      expect(err.cause).toBeDefined();
    }
  });

  it('rejects a complete response whose JSV is cut short with the JsvError, with its position', async () => {
    const e = await rejection(client('cut-jsv').getActiveSessions());
    expect(e).toBeInstanceOf(JsvSyntaxError);
    const err = e as JsvSyntaxError;
    expect(err.offset).toBeGreaterThan(0);
    expect(err.line).toBeGreaterThanOrEqual(1);
    expect(err.column).toBeGreaterThan(0);
    expect(err.message).toMatch(/line \d+, column \d+/);
  });

  it('rejects malformed JSON with a JsvSyntaxError pointing at the offence', async () => {
    const e = await rejection(client('malformed-json').getActiveSessions());
    expect(e).toBeInstanceOf(JsvSyntaxError);
    const text = '{"sessions":[{"id":"ses_1","callState":"Ringing",}]}';
    expect((e as JsvSyntaxError).offset).toBe(text.indexOf(',}') + 1);
    expect((e as JsvSyntaxError).cause).toBeInstanceOf(SyntaxError);
  });

  it('rejects a value that does not fit the DTOs with the decode error and its path', async () => {
    const e = await rejection(client('bad-enum').getActiveSessions());
    expect(e).toBeInstanceOf(JsvError);
    expect((e as JsvError).code).toBe('INVALID_ENUM');
    expect((e as JsvError).message).toContain('$.sessions[0].callState');
  });

  it('rejects a body over maxResponseBytes: up front from Content-Length', async () => {
    const err = (await rejection(client('declared-too-large', { maxResponseBytes: 1000 }).getActiveSessions())) as EvoVoiceRequestError;
    expect(err).toBeInstanceOf(EvoVoiceRequestError);
    expect(err.kind).toBe('too-large');
    expect(err.message).toMatch(/Content-Length/);
    // A limit the body fits in is fine.
    const ok = await client('declared-too-large', { maxResponseBytes: Buffer.byteLength(PASCAL) }).getActiveSessions();
    expect(ok).toEqual(VALUE);
  });

  it('rejects a streamed body over maxResponseBytes early, cancelling the download', async () => {
    const err = (await rejection(client('streamed-too-large', { maxResponseBytes: 256 * 1024 }).getActiveSessions())) as EvoVoiceRequestError;
    expect(err).toBeInstanceOf(EvoVoiceRequestError);
    expect(err.kind).toBe('too-large');
    for (let i = 0; i < 100 && !streamed.closedEarly && !streamed.finished; i++) await sleep(20);
    expect(streamed.finished).toBe(false);
    expect(streamed.closedEarly).toBe(true);
    expect(streamed.bytes).toBeLessThan(400 * 64 * 1024);
  });

  it('rejects a bad baseUrl at once', () => {
    expect(() => createEvoVoiceClient({ baseUrl: 'not a url' })).toThrow(TypeError);
  });
});
