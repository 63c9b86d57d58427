import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from '../../src/index.js';
import { EvoVoiceError, GetActiveSessionsResponse, createEvoVoiceClient, generateActiveSessions } from '../../src/evovoice/index.js';

const data = generateActiveSessions(40, { seed: 3 });
const jsv = encode(GetActiveSessionsResponse, data);
let server: Server;
let origin = '';
const seen: { auth?: string | undefined; accept?: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ auth: req.headers.authorization, accept: req.headers.accept });
    if (req.url?.startsWith('/jsv/')) {
      res.writeHead(200, { 'content-type': 'text/jsv; charset=utf-8' });
      const bytes = Buffer.from(jsv, 'utf8');
      // Small chunks, cut anywhere (inside multi-byte characters too).
      let i = 0;
      const step = (): void => {
        if (i >= bytes.length) return void res.end();
        res.write(bytes.subarray(i, i + 333));
        i += 333;
        setImmediate(step);
      };
      step();
    } else if (req.url?.startsWith('/json/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    } else {
      res.writeHead(401, { 'content-type': 'text/jsv' });
      res.end('{responseStatus:{errorCode:Unauthorized,message:Token required}}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('EvoVoice client: streamActiveSessions', () => {
  it('yields the same sessions as getActiveSessions, sending Accept and the bearer token', async () => {
    const evo = createEvoVoiceClient({ baseUrl: `${origin}/jsv`, bearerToken: 'tok' });
    const whole = await evo.getActiveSessions();
    const stream = evo.streamActiveSessions();
    const items = [];
    for await (const s of stream) items.push(s);
    expect(items).toEqual(whole.sessions);
    expect(await stream.rest()).toEqual({ sessions: [] });
    expect(seen.at(-1)).toEqual({ auth: 'Bearer tok', accept: 'text/jsv' });
  });

  it('reads a JSON answer too', async () => {
    const items = [];
    for await (const s of createEvoVoiceClient({ baseUrl: `${origin}/json` }).streamActiveSessions()) items.push(s);
    expect(items).toEqual((await createEvoVoiceClient({ baseUrl: `${origin}/json` }).getActiveSessions()).sessions);
  });

  it('rejects with EvoVoiceError and the ServiceStack status for an error status', async () => {
    const stream = createEvoVoiceClient({ baseUrl: `${origin}/nope` }).streamActiveSessions();
    const e = await stream.next().then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(EvoVoiceError);
    expect((e as EvoVoiceError).status).toBe(401);
    expect((e as EvoVoiceError).responseStatus.errorCode).toBe('Unauthorized');
  });
});
