/**
 * A steady loop for profiling: compiled decode of 1,000 generated sessions, repeated for N seconds.
 *
 *   npx tsup && node --cpu-prof --cpu-prof-dir=bench/profiles bench/profile.mjs [SECONDS] [--sessions=N] [--op=OP]
 *
 * SECONDS defaults to 10. OP is `decode` (compiled, the default), `jitless`, `parse`, `encode` or `stringify`.
 * Open the written `.cpuprofile` in Chrome DevTools (Performance tab) or https://www.speedscope.app.
 */
import { loadPackage, codecsFor } from './load.mjs';

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => !a.startsWith('--')) ?? 10);
const sessions = Number(args.find((a) => a.startsWith('--sessions='))?.slice('--sessions='.length) ?? 1000);
const op = args.find((a) => a.startsWith('--op='))?.slice('--op='.length) ?? 'decode';
if (!(seconds > 0) || !Number.isSafeInteger(sessions) || sessions < 0) {
  console.error('usage: node --cpu-prof bench/profile.mjs [SECONDS] [--sessions=N] [--op=decode|jitless|parse|encode|stringify]');
  process.exit(2);
}

const { J, E } = await loadPackage();
const codecs = codecsFor(J, E.GetActiveSessionsResponse);
const value = E.generateActiveSessions(sessions, { seed: 1 });
// The text as a client receives it (flat, as `response.text()` returns it), as the suite times it.
const jsv = new TextDecoder().decode(new TextEncoder().encode(codecs.compiled.encode(value)));
const run = {
  decode: () => codecs.compiled.decode(jsv),
  jitless: () => codecs.jitless.decode(jsv),
  parse: () => J.parse(jsv),
  encode: () => codecs.compiled.encode(value),
  stringify: () => J.stringify(value),
}[op];
if (!run) {
  console.error(`profile: unknown --op=${op}`);
  process.exit(2);
}

let sink;
let iterations = 0;
const start = process.hrtime.bigint();
const end = start + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < end) {
  sink = run();
  iterations++;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = Buffer.byteLength(jsv, 'utf8');
console.log(
  `${op} of ${sessions} sessions (${(bytes / 1e6).toFixed(2)} MB JSV, codecs via ${codecs.via}): ${iterations} runs in ` +
    `${elapsed.toFixed(1)} s, ${((elapsed / iterations) * 1e3).toFixed(2)} ms/run, ${((bytes * iterations) / 1e6 / elapsed).toFixed(1)} MB/s`,
);
globalThis.jsvProfileSink = sink; // keep the last result observable
