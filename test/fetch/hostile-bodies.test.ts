/**
 * Hostile 2xx bodies and options for jsvFetch (and the EvoVoice client through it), against a local server: a JSON
 * `null` body, JSON nested 10,000 deep, invalid UTF-8, and a timeout beyond setTimeout's 2^31-1 ms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsvError, JsvSyntaxError } from '../../src/errors.js';
import { createEvoVoiceClient } from '../../src/evovoice/client.js';
import { jsvFetch } from '../../src/fetch/jsv-fetch.js';
import { array, int, object, optional, string } from '../../src/schema/builders.js';
import { sendJson, sendText, sleep, startTestServer, TEST_TOKEN, type TestServer } from '../support/evovoice-server.js';

const Item = object({ id: int(), name: string() }, { name: 'Item' });
const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    'json-null': (_req, res) => sendJson(res, 200, 'null'),
    'json-null-spaced': (_req, res) => sendJson(res, 200, ' \n null \n'),
    'deep-json': (_req, res) => sendJson(res, 200, deep),
    'deep-untyped': (_req, res) => sendText(res, 200, 'application/octet-stream', deep),
    'bad-utf8-jsv': (_req, res) => sendText(res, 200, 'text/jsv; charset=utf-8', Buffer.from([...Buffer.from('{id:1,name:'), 0xff, 0xfe, ...Buffer.from('}')])),
    'bad-utf8-json': (_req, res) => sendText(res, 200, 'application/json', Buffer.from([...Buffer.from('{"id":1,"name":"'), 0xc3, ...Buffer.from('"}')])),
    'cut-utf8': (_req, res) => sendText(res, 200, 'text/jsv', Buffer.from('{id:1,name:李}').subarray(0, 13)),
    slow: async (_req, res) => {
      await sleep(30);
      sendJson(res, 200, '{"id":3,"name":"late"}');
    },
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

describe('jsvFetch: a JSON null body', () => {
  it('rejects with a JsvError for a schema that is not optional (object, list, string)', async () => {
    for (const schema of [Item, array(int()), string()]) {
      for (const route of ['json-null', 'json-null-spaced']) {
        const e = await rejection(jsvFetch(schema, server.url(route)));
        expect(e).toBeInstanceOf(JsvError);
        expect((e as JsvError).message).toMatch(/received "null"/);
      }
    }
    expect(((await rejection(jsvFetch(Item, server.url('json-null')))) as JsvError).code).toBe('EXPECTED_OBJECT');
  });

  it('resolves undefined for an optional schema', async () => {
    expect(await jsvFetch(optional(Item), server.url('json-null'))).toBeUndefined();
  });

  it('rejects through the EvoVoice client too', async () => {
    const evo = createEvoVoiceClient({ baseUrl: server.url('json-null'), bearerToken: TEST_TOKEN });
    expect(await rejection(evo.getActiveSessions())).toBeInstanceOf(JsvError);
  });
});

describe('jsvFetch: deeply nested JSON', () => {
  it('rejects 10,000 levels with a small MAX_DEPTH JsvSyntaxError, never a RangeError', async () => {
    for (const route of ['deep-json', 'deep-untyped']) {
      for (const schema of [array(int()), Item]) {
        const e = await rejection(jsvFetch(schema, server.url(route)));
        expect(e).toBeInstanceOf(JsvSyntaxError);
        expect((e as JsvSyntaxError).code).toBe('MAX_DEPTH');
        expect((e as JsvSyntaxError).offset).toBe(512);
        expect((e as Error).message.length).toBeLessThan(400);
      }
    }
  });

  it('honours decodeOptions.maxDepth for JSON and ignores brackets inside strings', async () => {
    const e = (await rejection(jsvFetch(array(int()), server.url('deep-json'), { decodeOptions: { maxDepth: 3 } }))) as JsvSyntaxError;
    expect(e.code).toBe('MAX_DEPTH');
    expect(e.offset).toBe(3);
    const quoted: typeof fetch = async () => new Response(`{"id":1,"name":"${'[{'.repeat(600)}\\"["}`, { headers: { 'content-type': 'application/json' } });
    expect(await jsvFetch(Item, 'http://example.invalid/x', { fetch: quoted })).toEqual({ id: 1, name: `${'[{'.repeat(600)}"[` });
  });
});

describe('jsvFetch: invalid text encoding', () => {
  it('rejects invalid UTF-8 in a JSV or JSON body with a JsvError instead of decoding U+FFFD', async () => {
    for (const route of ['bad-utf8-jsv', 'bad-utf8-json', 'cut-utf8']) {
      const e = await rejection(jsvFetch(Item, server.url(route)));
      expect(e).toBeInstanceOf(JsvError);
      expect((e as JsvError).code).toBe('UNEXPECTED_CHARACTER');
      expect((e as Error).message).toMatch(/not valid utf-8/);
    }
  });
});

describe('jsvFetch: timeoutMs beyond setTimeout', () => {
  it('a timeout of 2^31 ms or more does not fire at once', async () => {
    for (const timeoutMs of [2 ** 31, 2 ** 31 + 1, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(await jsvFetch(Item, server.url('slow'), { timeoutMs })).toEqual({ id: 3, name: 'late' });
    }
  });
});
