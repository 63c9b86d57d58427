import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsvError, JsvSyntaxError } from '../../src/errors.js';
import { EvoVoiceError } from '../../src/evovoice/evovoice-error.js';
import { jsvFetch } from '../../src/fetch/jsv-fetch.js';
import { JsvRequestError } from '../../src/fetch/request-error.js';
import { ServiceStackError } from '../../src/fetch/service-stack-error.js';
import { array, int, object, string } from '../../src/schema/builders.js';
import { sendJsv, sendText, serviceStackErrorJsv, startTestServer, type TestServer } from '../support/evovoice-server.js';

const Item = object({ id: int(), name: string(), tags: array(string()) }, { name: 'Item' });

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    item: (_req, res) => sendJsv(res, 200, '{Id:7,Name:"Widget, large",Tags:[a,"b,c"]}'),
    'no-type-json': (_req, res) => {
      res.writeHead(200);
      res.end('{"id":7,"name":"Widget, large","tags":["a","b,c"]}');
    },
    'no-type-jsv': (_req, res) => {
      res.writeHead(200);
      res.end('{id:7,name:"Widget, large",tags:[a,"b,c"]}');
    },
    pretty: (_req, res) => sendJsv(res, 200, '{\n  id: 7,\n  name:"Widget, large",\n  tags: [a, "b,c"]\n}'),
    latin1: (_req, res) => sendText(res, 200, 'text/jsv; charset=iso-8859-1', Buffer.from('{id:1,name:Zoë Ångström}', 'latin1')),
    bom: (_req, res) => sendText(res, 200, 'text/jsv; charset=utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{id:2,name:李雷}')])),
    echo: async (req, res) => {
      const parts: Buffer[] = [];
      for await (const c of req) parts.push(c as Buffer);
      const body = Buffer.concat(parts).toString('utf8');
      sendJsv(res, 200, `{id:${body.length},name:"${req.method ?? ''} ${req.headers['content-type'] ?? ''}",tags:[${req.headers.accept ?? ''}]}`);
    },
    'no-content': (_req, res) => {
      res.writeHead(204);
      res.end();
    },
    forbidden: (_req, res) => sendJsv(res, 403, serviceStackErrorJsv('Forbidden', 'Not your account'), 'Forbidden'),
    'big-error': (_req, res) => sendJsv(res, 500, serviceStackErrorJsv('Boom', 'x'.repeat(5000))),
  });
});

afterAll(async () => {
  await server.close();
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe('jsvFetch', () => {
  it('decodes a JSV body with any schema, asking for text/jsv', async () => {
    const before = server.requests.length;
    expect(await jsvFetch(Item, `${server.url('item')}/x`)).toEqual({ id: 7, name: 'Widget, large', tags: ['a', 'b,c'] });
    expect(await jsvFetch(Item, new URL(`${server.url('item')}/x`))).toEqual({ id: 7, name: 'Widget, large', tags: ['a', 'b,c'] });
    expect(server.requests[before]?.headers.accept).toBe('text/jsv');
  });

  it('passes the RequestInit through: method, body, headers, and keeps a caller Accept', async () => {
    const res = await jsvFetch(Item, server.url('echo'), {
      method: 'POST',
      body: '{Name:x}',
      headers: { 'content-type': 'text/jsv', accept: 'application/jsv' },
    });
    expect(res).toEqual({ id: 8, name: 'POST text/jsv', tags: ['application/jsv'] });
  });

  it('works out the format when the response has no Content-Type', async () => {
    const want = { id: 7, name: 'Widget, large', tags: ['a', 'b,c'] };
    expect(await jsvFetch(Item, server.url('no-type-json'))).toEqual(want);
    expect(await jsvFetch(Item, server.url('no-type-jsv'))).toEqual(want);
  });

  it('passes decodeOptions to the decoder', async () => {
    expect(await rejection(jsvFetch(Item, server.url('pretty')))).toBeInstanceOf(JsvError);
    expect(await jsvFetch(Item, server.url('pretty'), { decodeOptions: { lenient: true } })).toEqual({ id: 7, name: 'Widget, large', tags: ['a', 'b,c'] });
    const tooLong = await rejection(jsvFetch(Item, server.url('item'), { decodeOptions: { maxLength: 10 } }));
    expect((tooLong as JsvError).code).toBe('MAX_LENGTH');
    const tooLongJson = await rejection(jsvFetch(Item, server.url('no-type-json'), { decodeOptions: { maxLength: 10 } }));
    expect((tooLongJson as JsvError).code).toBe('MAX_LENGTH');
  });

  it('honours the charset and drops a UTF-8 BOM', async () => {
    expect(await jsvFetch(Item, server.url('latin1'))).toMatchObject({ id: 1, name: 'Zoë Ångström' });
    expect(await jsvFetch(Item, server.url('bom'))).toMatchObject({ id: 2, name: '李雷' });
  });

  it('rejects an empty 2xx body with a JsvError (never an empty result)', async () => {
    expect(await rejection(jsvFetch(Item, server.url('no-content')))).toBeInstanceOf(JsvError);
  });

  it('throws ServiceStackError (not the EvoVoice subclass) for error statuses', async () => {
    const e = await rejection(jsvFetch(Item, server.url('forbidden')));
    expect(e).toBeInstanceOf(ServiceStackError);
    expect(e).not.toBeInstanceOf(EvoVoiceError);
    expect((e as ServiceStackError).name).toBe('ServiceStackError');
    expect((e as ServiceStackError).responseStatus).toEqual({ errorCode: 'Forbidden', message: 'Not your account' });
    expect((e as ServiceStackError).message).toBe('403 Forbidden: Not your account');
  });

  it('reads error bodies only up to the limit, falling back to the status', async () => {
    const e = (await rejection(jsvFetch(Item, server.url('big-error'), { maxResponseBytes: 100 }))) as ServiceStackError;
    expect(e).toBeInstanceOf(ServiceStackError);
    expect(e.responseStatus).toEqual({ errorCode: '500', message: 'Internal Server Error' });
    const full = (await rejection(jsvFetch(Item, server.url('big-error')))) as ServiceStackError;
    expect(full.responseStatus.errorCode).toBe('Boom');
  });

  it('times out even with a fetch that ignores its signal (headers never come)', async () => {
    const hanging: typeof fetch = () => new Promise<Response>(() => {});
    const e = (await rejection(jsvFetch(Item, 'http://example.invalid/x', { fetch: hanging, timeoutMs: 50 }))) as JsvRequestError;
    expect(e).toBeInstanceOf(JsvRequestError);
    expect(e.name).toBe('JsvRequestError');
    expect(e.kind).toBe('timeout');
    expect(e.url).toBe('http://example.invalid/x');
  });

  it('times out even with a body stream that ignores the signal', async () => {
    const stalled: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('{id:1,name:'));
          },
        }),
        { headers: { 'content-type': 'text/jsv' } },
      );
    const e = (await rejection(jsvFetch(Item, 'http://example.invalid/x', { fetch: stalled, timeoutMs: 50 }))) as JsvRequestError;
    expect(e.kind).toBe('timeout');
  });

  it('counts bytes, not characters, against maxResponseBytes', async () => {
    const body = '{id:1,name:李雷李雷}'; // 16 characters, 24 bytes
    const once: typeof fetch = async () => new Response(body, { headers: { 'content-type': 'text/jsv' } });
    const e = (await rejection(jsvFetch(Item, 'http://example.invalid/x', { fetch: once, maxResponseBytes: 23 }))) as JsvRequestError;
    expect(e.kind).toBe('too-large');
    expect(await jsvFetch(Item, 'http://example.invalid/x', { fetch: once, maxResponseBytes: 24 })).toMatchObject({ name: '李雷李雷' });
  });

  it('reports a fetch that throws as a network error, with the original as cause', async () => {
    const boom = new TypeError('Failed to fetch');
    const failing: typeof fetch = () => Promise.reject(boom);
    const e = (await rejection(jsvFetch(Item, 'http://example.invalid/x', { fetch: failing }))) as JsvRequestError;
    expect(e.kind).toBe('network');
    expect(e.cause).toBe(boom);
    expect(e.message).toBe('Request to http://example.invalid/x failed: Failed to fetch');
  });

  it('validates its options', async () => {
    await expect(jsvFetch(Item, server.url('item'), { maxResponseBytes: -1 })).rejects.toThrow(RangeError);
    await expect(jsvFetch(Item, server.url('item'), { timeoutMs: Number.NaN })).rejects.toThrow(RangeError);
  });

  it('rejects malformed JSON with a positioned JsvSyntaxError', async () => {
    const bad: typeof fetch = async () => new Response('{"id":1,"name":"x"', { headers: { 'content-type': 'application/json' } });
    const e = (await rejection(jsvFetch(Item, 'http://example.invalid/x', { fetch: bad }))) as JsvSyntaxError;
    expect(e).toBeInstanceOf(JsvSyntaxError);
    expect(e.offset).toBe(18);
    expect(e.message).toMatch(/the text ends where/);
    expect(e.cause).toBeInstanceOf(SyntaxError);
  });
});
