/**
 * One client of the streaming benchmark, in a fresh process: `node bench/stream-client.mjs <url> <stream|whole>`.
 * `stream`: `decodeStream` over `response.body`, counting the sessions (none kept); `whole`: `await response.text()` and
 * `decode`. Prints `{ items, firstItemMs, totalMs, maxRssKb }` (times from just before `fetch`).
 */
import { performance } from 'node:perf_hooks';
import { loadPackage } from './load.mjs';

const [url, mode] = process.argv.slice(2);
const { J, E } = await loadPackage();
const t0 = performance.now();
const response = await fetch(url);
let items = 0;
let firstItemMs;
if (mode === 'stream') {
  for await (const s of J.decodeStream(E.GetActiveSessionsResponse, 'sessions', response.body)) {
    if (items++ === 0) firstItemMs = performance.now() - t0;
    if (typeof s.id !== 'string') throw new Error('a session without an id');
  }
} else {
  const value = J.decode(E.GetActiveSessionsResponse, await response.text());
  items = value.sessions.length;
  firstItemMs = performance.now() - t0;
}
const totalMs = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ items, firstItemMs, totalMs, maxRssKb: process.resourceUsage().maxRSS })}\n`);
