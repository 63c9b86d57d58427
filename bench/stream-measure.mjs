/**
 * `decodeStream` from a local server: writes `sessions` generated sessions to a temporary file, serves it with
 * `stream-server.mjs`, and runs `stream-client.mjs` in fresh processes, streaming and whole-response, `runs` times each,
 * interleaved. Returns peak RSS and times, with ratios per pair (median and range).
 */
import os from 'node:os';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadPackage } from './load.mjs';
import { summary } from './interleave.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/** See the module comment. */
export async function measureStream({ sessions, runs }) {
  const { J, E } = await loadPackage();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jsv-stream-'));
  const file = path.join(tmp, 'sessions.jsv');
  const text = J.encode(E.GetActiveSessionsResponse, E.generateActiveSessions(sessions, { seed: 1 }));
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  const server = spawn(process.execPath, [path.join(here, 'stream-server.mjs'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const port = await new Promise((resolve, reject) => {
      server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
      server.once('error', reject);
    });
    const url = `http://127.0.0.1:${port}/sessions/active`;
    const client = async (mode) => {
      const { stdout } = await run(process.execPath, [path.join(here, 'stream-client.mjs'), url, mode], { maxBuffer: 1 << 20 });
      const r = JSON.parse(stdout.trim().split('\n').pop());
      if (r.items !== sessions) throw new Error(`stream-client ${mode}: ${r.items} sessions, expected ${sessions}`);
      return r;
    };
    const s = [];
    const w = [];
    for (let i = 0; i < runs; i++) {
      s.push(await client('stream'));
      w.push(await client('whole'));
    }
    return {
      sessions, bytes,
      rssKb: { stream: summary(s.map((r) => r.maxRssKb)), whole: summary(w.map((r) => r.maxRssKb)) },
      rssRatio: summary(s.map((r, i) => r.maxRssKb / w[i].maxRssKb)),
      firstItemMs: { stream: summary(s.map((r) => r.firstItemMs)) },
      totalMs: { stream: summary(s.map((r) => r.totalMs)), whole: summary(w.map((r) => r.totalMs)) },
      totalRatio: summary(s.map((r, i) => r.totalMs / w[i].totalMs)),
    };
  } finally {
    server.stdin.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}
