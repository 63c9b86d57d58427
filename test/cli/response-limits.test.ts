/**
 * `jsv codegen` and `jsv call` read what a server sends with a bound (16 MiB by default, `--max-bytes`): a declared
 * Content-Length above it is refused before reading, a body that grows past it is cut off, and invalid UTF-8 is refused
 * rather than turned into U+FFFD. Each failure is one line that says what was too large and how to raise the limit.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readFileSync } from 'node:fs';
import { memoryIo } from './memory-io.js';

const METADATA_FILE = fileURLToPath(new URL('../fixtures/shop-metadata.json', import.meta.url));
const METADATA = readFileSync(METADATA_FILE, 'utf8');

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/declared/types/metadata') {
      // Claims 20 MiB (above the default limit) and sends nothing more.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) });
      res.flushHeaders();
      return;
    }
    if (path === '/growing/types/metadata') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${METADATA.slice(0, -1)}${' '.repeat(5000)}}`);
      return;
    }
    if (path === '/latin1/types/metadata') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from(METADATA.slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(METADATA.slice(20))]));
      return;
    }
    if (path === '/ok/types/metadata') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(METADATA);
      return;
    }
    // Any operation: a JSV answer of 5,000 bytes.
    res.writeHead(200, { 'content-type': 'text/jsv' });
    res.end(`{Operation:${'x'.repeat(4988)}}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function cli(args: string[]) {
  const io = memoryIo({ stdinIsTerminal: true });
  const code = await run(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('jsv codegen reads a metadata document with a bound', () => {
  it('refuses a Content-Length above the default 16 MiB at once, saying it is too large', async () => {
    const r = await cli(['codegen', `${origin}/declared`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/too large: the response declares 20971520 bytes \(Content-Length\), more than the limit of 16777216/);
    expect(r.err).toContain('--max-bytes');
  });

  it('--max-bytes lowers the limit for a body that grows past it, and raises it again', async () => {
    const small = await cli(['codegen', `${origin}/growing`, '--max-bytes', String(METADATA.length + 100)]);
    expect(small.code).toBe(1);
    expect(small.err).toMatch(/too large: the response is larger than the limit/);
    const enough = await cli(['codegen', `${origin}/growing`, '--max-bytes', String(METADATA.length + 10_000)]);
    expect(enough.err).not.toMatch(/too large/);
    expect(enough.code).toBe(0);
  });

  it('refuses invalid UTF-8 instead of decoding U+FFFD', async () => {
    const r = await cli(['codegen', `${origin}/latin1`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not valid utf-8/);
  });

  it('--max-bytes must be a positive whole number', async () => {
    expect((await cli(['codegen', `${origin}/ok`, '--max-bytes', '0'])).code).toBe(2);
  });
});

describe('jsv call reads the metadata and the response with a bound', () => {
  it('a metadata document above the limit is refused, saying it is too large', async () => {
    const r = await cli(['call', 'SearchOrders', '--metadata', `${origin}/declared/types/metadata`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the metadata from .* is too large/);
    const grown = await cli(['call', 'SearchOrders', '--metadata', `${origin}/growing/types/metadata`, '--max-bytes', '1000']);
    expect(grown.code).toBe(1);
    expect(grown.err).toMatch(/too large/);
  });

  it('a response above --max-bytes is refused with a hint; under it, it is printed', async () => {
    const over = await cli(['call', 'SearchOrders', '--metadata', METADATA_FILE, '--base-url', origin, '--max-bytes', '4000']);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/too large|larger than/);
    expect(over.err).toContain('--max-bytes');
    const fits = await cli(['call', 'SearchOrders', '--metadata', METADATA_FILE, '--base-url', origin, '--max-bytes', '6000']);
    expect(fits.err).toBe('');
    expect(fits.code).toBe(0);
    expect(JSON.parse(fits.out)).toMatchObject({ operation: 'x'.repeat(4988) });
  });
});
