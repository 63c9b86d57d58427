/**
 * What `jsv` prints for a person is terminal-safe (a hostile server message, a hostile input file, hostile table
 * cells), and `jsv sessions` bounds the response size (16 MiB by default, `--max-bytes`). Runs `run()` in process
 * against a local 127.0.0.1 server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandHelp } from '../../src/cli/run.js';
import { run } from '../../src/cli/run.js';
import { sessionsCommand } from '../../src/cli/commands/sessions.js';
import { terminalSafe } from '../../src/text/terminal-safe.js';
import { sendJson, sendJsv, startTestServer, type TestServer } from '../support/evovoice-server.js';
import { memoryIo } from './memory-io.js';

/** ESC-based CSI and OSC sequences, BEL, a C1 CSI, DEL, a carriage return and bidi override/isolate controls. */
const HOSTILE = 'a\u001b[2J\u001b]0;pwned\u0007\u009b31m\u007f\r\u202eevil\u2066x\u2069';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jsv-terminal-'));
  server = await startTestServer({
    'hostile-message': (_req, res) => sendJson(res, 403, JSON.stringify({ responseStatus: { errorCode: 'Forbidden', message: HOSTILE } })),
    'hostile-names': (_req, res) => sendJsv(res, 200, `{sessions:[{id:s1,fromName:"${HOSTILE}",direction:Incoming,callState:Connected}]}`),
    'hostile-body': (_req, res) => sendJsv(res, 200, `{sessions:[{id:s1,callState:"${HOSTILE}"}]}`),
    'declared-huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/jsv', 'content-length': String(17 * 1024 * 1024) });
      res.write('{sessions:[');
    },
    'declared-2k': (_req, res) => sendJsv(res, 200, `{sessions:[${'{id:x},'.repeat(300)}{id:y}]}`),
    growing: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/jsv' });
      res.write('{sessions:[');
      for (let i = 0; i < 20; i++) res.write('{id:x},'.repeat(20));
      res.end(']}');
    },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('terminalSafe', () => {
  it('shows C0 (but newline and tab), DEL, C1, bidi controls and separators as \\u escapes', () => {
    expect(terminalSafe('x\u001b[31m\u0007\u007f\u0085\u009b\u202a\u202e\u2066\u2069\u200f\u2028\r\n\ty')).toBe(
      'x\\u001b[31m\\u0007\\u007f\\u0085\\u009b\\u202a\\u202e\\u2066\\u2069\\u200f\\u2028\\u000d\n\ty',
    );
    expect(terminalSafe('plain, 李雷 🎧 {a:[1]}')).toBe('plain, 李雷 🎧 {a:[1]}');
  });

  it('on one line turns line breaks and tabs into one space and escapes the rest', () => {
    expect(terminalSafe('Pat\r\n\tsee\u001b]8;;x\u0007', { multiline: false })).toBe('Pat see\\u001b]8;;x\\u0007');
  });
});

describe('jsv: nothing printed for a person can drive the terminal', () => {
  it('a hostile ResponseStatus.message is shown with visible escapes', async () => {
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('hostile-message')], io)).toBe(1);
    expect(io.stderr).not.toMatch(UNSAFE);
    expect(io.stderr).toContain('\\u001b]0;pwned\\u0007');
    expect(io.stderr).toContain('\\u202eevil');
  });

  it('hostile names in the sessions table are shown with visible escapes', async () => {
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('hostile-names'), '--width', '400'], io)).toBe(0);
    expect(io.stdout).not.toMatch(UNSAFE);
    expect(io.stdout).toContain('a\\u001b[2J');
  });

  it('a hostile value in a malformed response is shown with visible escapes', async () => {
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('hostile-body')], io)).toBe(1);
    expect(io.stderr).toMatch(/INVALID_ENUM/);
    expect(io.stderr).not.toMatch(UNSAFE);
  });

  it('a hostile input file: the message and code frame are shown with visible escapes', async () => {
    const file = join(dir, 'bad\u001b]0;x\u0007.jsv');
    writeFileSync(file, `{a:1,b:\u001b[2J\u202e[1,2}}`);
    const io = memoryIo();
    expect(await run(['check', file], io)).toBe(1);
    expect(io.stderr).not.toMatch(UNSAFE);
    expect(io.stderr).toContain('\\u001b[2J\\u202e');
    expect(io.stderr).toContain('bad\\u001b]0;x\\u0007.jsv');
  });
});

describe('jsv sessions: response size limit', () => {
  it('refuses a Content-Length above the default 16 MiB at once, saying the response is too large', async () => {
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('declared-huge')], io)).toBe(1);
    expect(io.stderr).toMatch(/too large/);
    expect(io.stderr).toContain('16777216');
    expect(io.stderr).toContain('--max-bytes');
  });

  it('--max-bytes changes the limit, for a declared length and for a body that grows past it', async () => {
    for (const route of ['declared-2k', 'growing']) {
      const io = memoryIo();
      expect(await run(['sessions', '--base-url', server.url(route), '--max-bytes', '1000'], io)).toBe(1);
      expect(io.stderr).toMatch(/too large/);
      expect(io.stderr).toContain('1000');
    }
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('declared-2k'), '--max-bytes', '4000'], io)).toBe(0);
    expect(io.stdout).toMatch(/301 active sessions\n$/);
  });

  it('--max-bytes must be a positive whole number, and --help describes it', async () => {
    const io = memoryIo();
    expect(await run(['sessions', '--base-url', server.url('growing'), '--max-bytes', '-5'], io)).toBe(2);
    expect(commandHelp(sessionsCommand)).toMatch(/--max-bytes <n>\s+Refuse a response larger than this many bytes \(default 16777216/);
  });
});
