/**
 * `npm run bench`: the jsv-codec benchmark suite, run against the BUILT package in dist/.
 *
 *   node --expose-gc bench/run.mjs [--full] [--json] [--shapes=generated,quoted,text,sparse] [--skip=cold,gc,heap,rss,stream]
 *
 * Data: four differently shaped `GetActiveSessionsResponse` data sets (`shapes.mjs`) at 1, 100, 1,000 and 10,000
 * sessions. JSV = `encode(GetActiveSessionsResponse, value)`, JSON = `JSON.stringify(value)`, both passed through UTF-8
 * bytes and `TextDecoder`, as `await response.text()` gives them to a client.
 *
 * Timed interleaved in this one process (`interleave.mjs`: batches in turn, round after round; ratios per round,
 * medians with ranges): compiled decode, jitless decode, untyped `parse` and `JSON.parse` + ajv / TypeBox / zod against
 * `JSON.parse`; compiled encode, untyped `stringify` and fast-json-stringify against `JSON.stringify`; encode to UTF-8
 * bytes against `TextEncoder` of `JSON.stringify`. In fresh processes (`child.mjs`): the first decode of 100 sessions
 * against `JSON.parse`'s first call, decode speed in the 200 ms after a full GC against warm speed, retained heap after
 * decoding 100,000 sessions and peak RSS decoding 10,000, each against `JSON.parse`; and `decodeStream` of 100,000
 * sessions from a local HTTP server (`stream-*.mjs`). Ends with the targets of issue 16 per shape.
 *
 * Before timing, every decoder's result is checked against `fromJsonValue(schema, JSON.parse(json))`, every validator
 * must accept the data and fast-json-stringify's output must parse back to the value; a mismatch exits with status 1.
 * Targets are reported, never asserted.
 *
 * default      15 rounds of ~6 ms batches, 5 fresh processes per cold-start side, 2 heap rounds (a few minutes)
 * --full       31 rounds of ~15 ms batches, 9 fresh processes, 3 heap rounds, alternatives at every size
 * --quick      the default (kept for old scripts)
 * --json       also write bench/results.json with every number
 */
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPackage, codecsFor } from './load.mjs';
import { firstDifference } from './equal.mjs';
import { shapes as allShapes } from './shapes.mjs';
import { alternativesFor } from './alternatives.mjs';
import { interleave, summary, fmtRange } from './interleave.mjs';
import { table, fmtBytes } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node --expose-gc bench/run.mjs [--full] [--json] [--shapes=a,b] [--skip=cold,gc,heap,rss,stream]');
  process.exit(0);
}
for (const a of args) {
  if (!/^--(quick|full|json|shapes=[a-z,]+|skip=[a-z,]+)$/.test(a)) {
    console.error(`bench: unknown option ${a} (try --help)`);
    process.exit(2);
  }
}
const full = args.includes('--full');
const writeJson = args.includes('--json');
const listArg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');
const skip = new Set(listArg('skip') ?? []);
const ROUNDS = full ? 31 : 15;
const BATCH_MS = full ? 15 : 6;
const COLD_RUNS = full ? 9 : 5;
const HEAP_ROUNDS = full ? 3 : 2;
const HEAP_SESSIONS = 100_000;
const GC_ROUNDS = full ? 7 : 4;
const SEED = 1;
const SIZES = [1, 100, 1000, 10000];

// ---------------------------------------------------------------------------------------------------------------------
// Setup

const { J, E, dir } = await loadPackage();
const schema = E.GetActiveSessionsResponse;
const codecs = codecsFor(J, schema);
const alt = alternativesFor(schema);
const shapeList = allShapes(E).filter((s) => !listArg('shapes') || listArg('shapes').includes(s.name));
const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const received = (text) => new TextDecoder().decode(new TextEncoder().encode(text));
const utf8 = new TextEncoder();

const env = {
  node: process.version,
  v8: process.versions.v8,
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  platform: `${os.platform()} ${os.arch()}`,
  loadAvg: os.loadavg().map((x) => Number(x.toFixed(2))),
  date: new Date().toISOString(),
  build: path.relative(process.cwd(), dir) || dir,
  mode: full ? 'full' : 'default',
  rounds: ROUNDS,
  batchMs: BATCH_MS,
};
console.log('jsv-codec benchmarks');
console.log(`Node ${env.node} (V8 ${env.v8}), ${env.cpu}, ${env.cores} cores, ${env.platform}, load ${env.loadAvg.join(' ')}`);
console.log(`build: ${env.build}; ${env.mode} mode: ${ROUNDS} interleaved rounds of ~${BATCH_MS} ms batches per case`);
console.log('ratio = our time per call / the baseline\'s in the same round; median (min–max) over the rounds; below 1.00 = faster\n');

/** Which comparisons run at a size: the targets' plus, at 100 and 1,000 (every size with --full), the alternatives. */
function opsAt(size) {
  const ops = new Set(['decode']);
  if (size >= 100) ops.add('encode');
  if (size === 1 || size === 1000) ops.add('parse');
  if (size === 1000) ['jitless', 'stringify', 'bytes'].forEach((o) => ops.add(o));
  if (full || size === 100 || size === 1000) ops.add('alternatives');
  if (full) ['encode', 'parse', 'stringify', 'jitless'].forEach((o) => ops.add(o));
  return ops;
}

const datasets = [];
for (const shape of shapeList) {
  for (const size of SIZES) {
    const value = shape.make(size, SEED);
    datasets.push({
      shape: shape.name, size, value, ops: opsAt(size),
      jsv: received(codecs.compiled.encode(value)),
      json: received(JSON.stringify(value)),
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Sanity checks (once, before timing)

let failed = false;
function fail(message) {
  failed = true;
  console.error(`SANITY CHECK FAILED: ${message}`);
}
function attempt(what, fn) {
  try {
    return fn();
  } catch (e) {
    fail(`${what} threw: ${e?.stack ?? e}`);
    return undefined;
  }
}
for (const ds of datasets) {
  const label = `${ds.shape} × ${ds.size}`;
  const expected = attempt(`fromJsonValue(${label})`, () => J.fromJsonValue(schema, JSON.parse(ds.json)));
  if (expected === undefined) continue;
  for (const [name, run] of [['compiled decode', codecs.compiled.decode], ['jitless decode', codecs.jitless.decode]]) {
    const got = attempt(`${name} of ${label}`, () => run(ds.jsv));
    const d = got === undefined ? null : firstDifference(got, expected);
    if (d) fail(`${name} of ${label} vs fromJsonValue(JSON.parse): at ${d.path}: ${d.message}`);
  }
  if (attempt(`jitless encode of ${label}`, () => codecs.jitless.encode(ds.value)) !== ds.jsv) fail(`jitless encode of ${label} differs from compiled encode`);
  attempt(`untyped parse of ${label}`, () => J.parse(ds.jsv));
  attempt(`untyped stringify of ${label}`, () => J.parse(J.stringify(ds.value)));
  for (const [name, run] of Object.entries(alt.decoders)) attempt(`${name} of ${label}`, () => run(ds.json));
  for (const [name, run] of Object.entries(alt.encoders)) {
    const text = attempt(`${name} of ${label}`, () => run(ds.value));
    const d = text === undefined ? null : firstDifference(JSON.parse(text), JSON.parse(ds.json));
    if (d) fail(`${name} of ${label} does not parse back to the value: at ${d.path}: ${d.message}`);
  }
}
if (failed) {
  console.error('\nbench: a codec disagrees with JSON on the same data; not timing wrong results.');
  process.exit(1);
}
console.log('sanity: compiled and jitless decode equal fromJsonValue(schema, JSON.parse(json)) on every shape and size;');
console.log('every validator accepts the data; fast-json-stringify parses back to the value\n');

// ---------------------------------------------------------------------------------------------------------------------
// Interleaved timing

/** `results[shape][size][op]` = `{ ratio, msPerCall, baseline }`. */
const results = {};
const record = (shape, size, name, r, baseline) => {
  ((results[shape] ??= {})[size] ??= {})[name] = { ...r, baseline };
};

for (const shape of shapeList) {
  const sets = datasets.filter((d) => d.shape === shape.name);
  const q = (s) => (s.match(/"/g)?.length ?? 0) / 2;
  const info = sets.find((d) => d.size === 1000);
  console.log(`== ${shape.name}: ${shape.describe} ==`);
  if (info) console.log(`1,000 sessions: JSV ${fmtBytes(bytesOf(info.jsv))}, JSON ${fmtBytes(bytesOf(info.json))}, about ${Math.round(q(info.jsv) / 1000)} quoted values a session`);
  const rows = [];
  for (const ds of sets) {
    // At 10,000 sessions one call is a batch (tens of ms to a second): fewer rounds keep the run short.
    const opts = { rounds: ds.size >= 10000 ? Math.min(ROUNDS, full ? 11 : 7) : ROUNDS, batchMs: BATCH_MS, warmMs: Math.max(60, BATCH_MS * 3) };
    const { jsv, json, value } = ds;
    const decodeCases = [{ name: 'JSON.parse', fn: () => JSON.parse(json) }, { name: 'compiled decode', fn: () => codecs.compiled.decode(jsv) }];
    if (ds.ops.has('jitless')) decodeCases.push({ name: 'jitless decode', fn: () => codecs.jitless.decode(jsv) });
    if (ds.ops.has('parse')) decodeCases.push({ name: 'untyped parse', fn: () => J.parse(jsv) });
    if (ds.ops.has('alternatives')) for (const [name, fn] of Object.entries(alt.decoders)) decodeCases.push({ name, fn: () => fn(json) });
    const groups = [['JSON.parse', decodeCases]];
    if (ds.ops.has('encode') || ds.ops.has('stringify')) {
      const enc = [{ name: 'JSON.stringify', fn: () => JSON.stringify(value) }];
      if (ds.ops.has('encode')) enc.push({ name: 'compiled encode', fn: () => codecs.compiled.encode(value) });
      if (ds.ops.has('stringify')) enc.push({ name: 'untyped stringify', fn: () => J.stringify(value) });
      if (ds.ops.has('alternatives')) for (const [name, fn] of Object.entries(alt.encoders)) enc.push({ name, fn: () => fn(value) });
      groups.push(['JSON.stringify', enc]);
    }
    if (ds.ops.has('bytes')) {
      groups.push(['TextEncoder(JSON.stringify)', [
        { name: 'TextEncoder(JSON.stringify)', fn: () => utf8.encode(JSON.stringify(value)) },
        { name: 'encode to UTF-8 bytes', fn: () => utf8.encode(codecs.compiled.encode(value)) },
      ]]);
    }
    for (const [baseline, cases] of groups) {
      const r = interleave(cases, opts);
      for (const c of cases) {
        record(shape.name, ds.size, c.name, r[c.name], baseline);
        rows.push([ds.size.toLocaleString('en-US'), c.name, `${r[c.name].msPerCall.median.toPrecision(3)} ms`, c.name === baseline ? '1.00 (base)' : `${fmtRange(r[c.name].ratio)} vs ${baseline}`]);
      }
    }
  }
  console.log(table(['sessions', 'operation', 'time/call (median)', 'ratio: median (range)'], rows, 'rlrl'));
  console.log('');
}
datasets.length = 0; // let the big data sets go before the fresh-process measurements

// ---------------------------------------------------------------------------------------------------------------------
// Fresh processes: cold start, after-GC window, peak RSS, retained heap

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jsv-bench-'));
const child = (argv) => {
  const outText = execFileSync(process.execPath, ['--expose-gc', path.join(here, 'child.mjs'), ...argv], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(outText.trim().split('\n').pop());
};
const fresh = {};
try {
  for (const shape of shapeList) {
    const f = (fresh[shape.name] = {});
    const files = {};
    for (const size of [100, 10000]) {
      const value = shape.make(size, SEED);
      files[size] = { jsv: path.join(tmp, `${shape.name}-${size}.jsv`), json: path.join(tmp, `${shape.name}-${size}.json`) };
      writeFileSync(files[size].jsv, codecs.compiled.encode(value));
      writeFileSync(files[size].json, JSON.stringify(value));
    }
    if (!skip.has('cold')) {
      const ms = { decode: [], json: [], ajv: [] };
      for (let i = 0; i < COLD_RUNS; i++) {
        ms.decode.push(child(['cold', files[100].jsv, 'decode']).ms);
        ms.json.push(child(['cold', files[100].json, 'json']).ms);
        ms.ajv.push(child(['cold', files[100].json, 'ajv']).ms);
      }
      f.cold = {
        ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, summary(v)])),
        ratio: summary(ms.decode.map((d, i) => d / ms.json[i])),
        ajvRatio: summary(ms.ajv.map((d, i) => d / ms.json[i])),
      };
    }
    if (!skip.has('gc')) {
      const r = child(['aftergc', files[100].jsv, files[100].json, String(GC_ROUNDS)]);
      f.afterGc = { decode: summary(r.ratios.decode), json: summary(r.ratios['JSON.parse']) };
    }
    if (!skip.has('rss')) {
      const kb = { decode: [], json: [] };
      for (let i = 0; i < 3; i++) {
        kb.decode.push(child(['rss', files[10000].jsv, 'decode']).maxRssKb);
        kb.json.push(child(['rss', files[10000].json, 'json']).maxRssKb);
      }
      f.rss = { kb: { decode: summary(kb.decode), json: summary(kb.json) }, ratio: summary(kb.decode.map((d, i) => d / kb.json[i])) };
    }
    if (!skip.has('heap')) {
      const count = shape.heapSessions ?? HEAP_SESSIONS;
      f.heap = { ...child(['heap', shape.name, String(count), String(HEAP_ROUNDS)]), sessions: count };
    }
    console.log(`== ${shape.name}: fresh processes ==`);
    const rows = [];
    if (f.cold) {
      rows.push(['first decode of 100 sessions / JSON.parse\'s first call', `${fmtRange(f.cold.ratio)}`, `ours ${fmtRange(f.cold.ms.decode, 1)} ms, JSON.parse ${fmtRange(f.cold.ms.json, 2)} ms (${COLD_RUNS} processes each)`]);
      rows.push(['first JSON.parse + ajv (compile included) / JSON.parse\'s', `${fmtRange(f.cold.ajvRatio)}`, `${fmtRange(f.cold.ms.ajv, 1)} ms`]);
    }
    if (f.afterGc) {
      rows.push(['decode speed in the 200 ms after a full GC / warm', fmtRange(f.afterGc.decode), `JSON.parse: ${fmtRange(f.afterGc.json)} (${GC_ROUNDS} rounds, 100 sessions)`]);
    }
    if (f.rss) rows.push(['peak RSS decoding 10,000 sessions / JSON.parse\'s', fmtRange(f.rss.ratio), `ours ${(f.rss.kb.decode.median / 1024).toFixed(0)} MB, JSON.parse ${(f.rss.kb.json.median / 1024).toFixed(0)} MB (3 processes each)`]);
    if (f.heap) rows.push([`retained heap after decoding ${f.heap.sessions.toLocaleString('en-US')} sessions / JSON.parse's`, f.heap.ratio.toFixed(2), `ours ${fmtBytes(f.heap.retained.decode)}, JSON.parse ${fmtBytes(f.heap.retained['JSON.parse'])} (median of ${HEAP_ROUNDS})`]);
    console.log(table(['measure', 'ratio', 'detail'], rows, 'lrl'));
    console.log('');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------------
// decodeStream from a local server

let stream;
if (!skip.has('stream') && typeof J.decodeStream === 'function') {
  const { measureStream } = await import('./stream-measure.mjs');
  stream = await measureStream({ sessions: HEAP_SESSIONS, runs: full ? 3 : 2 });
  console.log(`== decodeStream: ${HEAP_SESSIONS.toLocaleString('en-US')} sessions (${fmtBytes(stream.bytes)}) from a local HTTP server, fresh processes ==`);
  console.log(table(['measure', 'value'], [
    ['peak RSS streaming / decoding the whole response', fmtRange(stream.rssRatio)],
    ['peak RSS streaming, whole response', `${(stream.rssKb.stream.median / 1024).toFixed(0)} MB, ${(stream.rssKb.whole.median / 1024).toFixed(0)} MB`],
    ['time to the first item (from the request)', `${fmtRange(stream.firstItemMs.stream, 1)} ms (whole response decoded: ${fmtRange(stream.totalMs.whole, 0)} ms)`],
    ['time to the last item, streaming / whole', fmtRange(stream.totalRatio)],
  ], 'll'));
  console.log('');
}

// ---------------------------------------------------------------------------------------------------------------------
// Targets (issue 16), per shape

const r = (shape, size, op) => results[shape]?.[size]?.[op]?.ratio;
const TARGETS = [
  ['compiled decode / JSON.parse, 1 session', 0.8, (s) => r(s, 1, 'compiled decode')],
  ['compiled decode / JSON.parse, 100 sessions', 0.7, (s) => r(s, 100, 'compiled decode')],
  ['compiled decode / JSON.parse, 1,000 sessions', 0.6, (s) => r(s, 1000, 'compiled decode')],
  ['compiled decode / JSON.parse, 10,000 sessions', 0.7, (s) => r(s, 10000, 'compiled decode')],
  ['compiled encode / JSON.stringify, 100 sessions', 1.0, (s) => r(s, 100, 'compiled encode')],
  ['compiled encode / JSON.stringify, 1,000 sessions', 1.0, (s) => r(s, 1000, 'compiled encode')],
  ['compiled encode / JSON.stringify, 10,000 sessions', 1.0, (s) => r(s, 10000, 'compiled encode')],
  ['encode to UTF-8 bytes / TextEncoder(JSON.stringify), 1,000', 0.9, (s) => r(s, 1000, 'encode to UTF-8 bytes')],
  ['untyped parse / JSON.parse, 1 session', 1.3, (s) => r(s, 1, 'untyped parse')],
  ['untyped parse / JSON.parse, 1,000 sessions', 1.3, (s) => r(s, 1000, 'untyped parse')],
  ['untyped stringify / JSON.stringify, 1,000 sessions', 1.3, (s) => r(s, 1000, 'untyped stringify')],
  ['jitless decode / JSON.parse, 1,000 sessions', 2.0, (s) => r(s, 1000, 'jitless decode')],
  ['first decode of 100 sessions (fresh process) / JSON.parse', 2.0, (s) => fresh[s]?.cold?.ratio],
  ['decode speed in the 200 ms after a full GC / warm', -0.8, (s) => fresh[s]?.afterGc?.decode],
  ['retained heap, 100,000 sessions / JSON.parse', 1.05, (s) => { const h = fresh[s]?.heap; return h ? { median: h.ratio, min: h.ratio, max: h.ratio, n: 1 } : undefined; }],
  ['peak RSS decoding 10,000 sessions / JSON.parse', 1.2, (s) => fresh[s]?.rss?.ratio],
];
const names = shapeList.map((s) => s.name);
const targets = TARGETS.map(([measure, target, get]) => {
  const per = Object.fromEntries(names.map((n) => [n, get(n)]));
  const ok = (v) => (v === undefined ? undefined : target < 0 ? v.median >= -target : v.median <= target);
  return { measure, target, per, met: Object.fromEntries(names.map((n) => [n, ok(per[n])])) };
});
console.log('== targets of issue 16 (median (range); * = target met; reported, not asserted) ==');
console.log(table(
  ['measure', 'target', ...names],
  targets.map((t) => [t.measure, t.target < 0 ? `≥ ${-t.target}` : `≤ ${t.target}`, ...names.map((n) => (t.per[n] ? `${fmtRange(t.per[n])}${t.met[n] ? ' *' : ''}` : 'n/a'))]),
  `lr${'l'.repeat(names.length)}`,
));
const cells = targets.flatMap((t) => names.map((n) => t.met[n])).filter((x) => x !== undefined);
console.log(`\n${cells.filter(Boolean).length} of ${cells.length} (target, shape) cells met. Node ${env.node}, ${env.cpu}, ${env.cores} cores, load at start ${env.loadAvg.join(' ')}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}.`);

if (writeJson) {
  const file = path.join(here, 'results.json');
  writeFileSync(file, `${JSON.stringify({ env, results, fresh, stream: stream ?? null, targets }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
