#!/usr/bin/env node
/**
 * `npm run fuzz`: hardening checks against the BUILT package (not part of `npm test`).
 *
 * 1. Linear time: pathological 1 MB and 4 MB inputs through parse, format and decode (compiled and jitless). Fails
 *    (exit 1) when any takes more than 10x longer at 4 MB than at 1 MB (quadratic work shows 16x). Best of several
 *    runs per size, to cut noise.
 * 2. Fuzzing: 100,000 fast-check cases (arbitrary strings, and mutated valid documents from the built
 *    `jsv-codec/fast-check` generators) through parse, format,
 *    decode (both modes) and the CLI's check logic when it is importable. Prints the counts (ok / JsvError / other)
 *    and fails on any other error type.
 *
 * Standalone: `npx tsup && node bench/fuzz.mjs`. Options (environment):
 *   JSV_CODEC_DIST=dir   read the build from another folder (default ../dist)
 *   FUZZ_RUNS=n          fuzz cases (default 100000)
 *   FUZZ_SEED=n          fast-check seed (default: random, printed)
 *   FUZZ_SKIP_TIMING=1   only fuzz;  FUZZ_SKIP_CASES=1  only time
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

const distDir = process.env.JSV_CODEC_DIST ? pathToFileURL(`${process.env.JSV_CODEC_DIST.replace(/\/+$/, '')}/`) : new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', distDir))) {
  console.error(`fuzz: no build at ${distDir.pathname} (run \`npx tsup\` first)`);
  process.exit(2);
}
const J = await import(new URL('index.js', distDir).href);
const E = await import(new URL('evovoice.js', distDir).href);
// The package's own generators (the same ones its property tests use).
const F = await import(new URL('fast-check.js', distDir).href);
const { parse, format, decode, encode, stringify, JsvError, array, dict, string } = J;
const { GetActiveSessionsResponse, generateActiveSessions } = E;

const RATIO_LIMIT = 10;
const MB = 1024 * 1024;
let failed = false;

// ---------------------------------------------------------------------------------------------------------------
// 1. Linear time
// ---------------------------------------------------------------------------------------------------------------

/** Repeats `unit` to about `n` characters. */
const rep = (unit, n) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

/** Realistic traffic of about `n` characters (EvoVoice sessions from the shared generator). */
function sessionsText(n) {
  const one = encode(GetActiveSessionsResponse, generateActiveSessions(200, { seed: 7 }));
  const body = one.slice('{sessions:['.length, -2); // the 200 sessions, comma-separated
  return `{sessions:[${rep(`${body},`, n - 13)}{}]}`;
}

/** Pathological shapes; each gives a text of about `n` characters. */
const SHAPES = [
  ['all quotes', (n) => rep('"', n)],
  ['one quoted "" run', (n) => `"${rep('""', n - 2)}"`],
  ['list of "" items', (n) => `[${rep('"",', n - 2)}]`],
  ['unterminated quote', (n) => `"${rep('a', n - 1)}`],
  ['unterminated quotes, many', (n) => `[${rep('a",', n)}`],
  ['long unquoted token', (n) => `{a:${rep('x', n - 4)}}`],
  ['long key, no colon', (n) => `{${rep('k', n - 1)}`],
  ['deep {a:{a:… (MAX_DEPTH)', (n) => rep('{a:', n)],
  ['wide {a:{},a:{},…}', (n) => `{${rep('a:{},', n - 2)}a:{}}`],
  ['many commas', (n) => `[${rep(',', n - 2)}]`],
  ['many unknown members', (n) => `{${rep('x:1,', n - 14)}sessions:[]}`],
  ['deep lists (400), many', (n) => `[${rep(`${'['.repeat(400)}${']'.repeat(400)},`, n - 2)}[]]`],
  ['lines then an error', (n) => `[${rep('a\n,', n - 1)}`],
  ['lenient whitespace', (n) => `[${rep(' a , ', n - 2)}]`],
  ['empty sessions {},{},…', (n) => `{sessions:[${rep('{},', n - 14)}{}]}`],
  ['realistic sessions', sessionsText],
];

/** The shape as the value of string members of a session, so decode walks it under a schema. */
const inSession = (x) => `{sessions:[{consoleData:${x},members:[{applicationData:{k:${x}}}]}]}`;
/** Shapes that are already EvoVoice documents are decoded as they are. */
const ROOT_SHAPES = new Set(['many unknown members', 'empty sessions {},{},…', 'realistic sessions']);

const OPS = [
  ['parse', (t) => parse(t, { lenient: true })],
  ['format', (t) => format(t)],
  ['decode compiled', (t, name) => decode(GetActiveSessionsResponse, ROOT_SHAPES.has(name) ? t : inSession(t))],
  ['decode jitless', (t, name) => decode(GetActiveSessionsResponse, ROOT_SHAPES.has(name) ? t : inSession(t), { jitless: true })],
];

/** Errors other than JsvError met while timing (each is a failure of the guarantees). */
const timingOthers = [];

/** Runs `f`, swallowing a JsvError (most shapes are meant to fail); returns the outcome. Other errors are recorded. */
function outcome(f, where) {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof JsvError) return e.code;
    if (timingOthers.length < 20 && !timingOthers.some((o) => o.where === where)) {
      timingOthers.push({ where, error: `${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 120)}` });
    }
    return `OTHER ${e?.constructor?.name}`;
  }
}

/**
 * Best times of `small` and `large`, runs interleaved (so both sizes see the same machine load), up to `maxRuns`
 * pairs (at least 2), stopping early once `budgetMs` is spent.
 */
function bestPair(small, large, maxRuns, budgetMs) {
  let t1 = Infinity;
  let t4 = Infinity;
  let spent = 0;
  for (let r = 0; r < maxRuns; r++) {
    let t0 = performance.now();
    small();
    const a = performance.now() - t0;
    t0 = performance.now();
    large();
    const b = performance.now() - t0;
    t1 = Math.min(t1, a);
    t4 = Math.min(t4, b);
    spent += a + b;
    if (r >= 1 && spent > budgetMs) break;
  }
  return [t1, t4];
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

if (!process.env.FUZZ_SKIP_TIMING) {
  console.log(`\nLinear time: best of several runs, 1 MB vs 4 MB (fails above ${RATIO_LIMIT}x; quadratic is 16x)\n`);
  const head = `${pad('shape', 28)} ${pad('operation', 16)} ${pad('outcome', 20)} ${pad('1 MB ms', 9, true)} ${pad('4 MB ms', 9, true)} ${pad('ratio', 6, true)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const worst = { ratio: 0, what: '' };
  for (const [name, shape] of SHAPES) {
    const small = shape(MB);
    const large = shape(4 * MB);
    for (const [op, f] of OPS) {
      const run = (t) => () => outcome(() => f(t, name), `${name} / ${op} at ${(t.length / MB).toFixed(1)} MB`);
      const result = run(small)(); // warm-up, and what happens
      const resultLarge = run(large)();
      // Sub-millisecond timings are noise: compare against at least 1 ms. A ratio over the limit is measured again
      // (twice at most) before it counts, since the machine may be shared.
      let t1 = Infinity;
      let t4 = Infinity;
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio > RATIO_LIMIT; attempt++) {
        const [a, b] = bestPair(run(small), run(large), 5, 6000);
        if (b / Math.max(a, 1) < ratio) [t1, t4, ratio] = [a, b, b / Math.max(a, 1)];
      }
      const bad = ratio > RATIO_LIMIT || result.startsWith('OTHER') || resultLarge.startsWith('OTHER');
      if (bad) failed = true;
      if (ratio > worst.ratio) Object.assign(worst, { ratio, what: `${name} / ${op}` });
      console.log(
        `${pad(name, 28)} ${pad(op, 16)} ${pad(result === resultLarge ? result : `${result}/${resultLarge}`, 20)} ${pad(t1.toFixed(1), 9, true)} ${pad(t4.toFixed(1), 9, true)} ${pad(`${ratio.toFixed(1)}x`, 6, true)}${bad ? '  <-- FAIL' : ''}`,
      );
    }
  }
  console.log(`\nWorst ratio: ${worst.ratio.toFixed(2)}x (${worst.what})${failed ? ' -- FAILED' : ''}`);
  for (const o of timingOthers) console.log(`  not a JsvError: ${o.where}: ${o.error}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Fuzzing
// ---------------------------------------------------------------------------------------------------------------

const SPECIALS = ['"', '""', ',', ':', '{', '}', '[', ']', ' ', '\t', '\r', '\n', '\r\n', '\0', '\uFEFF', '\u2028', '\u2029', '\uD800', '\uDFFF', '\u200B'];
const FLIPS = ['"', '{', '}', '[', ']', ':', ','];
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.string({ unit: anyUnit, maxLength: 60 });
const jsvishString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
    { weight: 3, arbitrary: fc.constantFrom('a', 'B', '1', '-', '.', 'é', '李', '🎧', 'None', 'Active', 'sessions', 'id') },
    { weight: 1, arbitrary: anyUnit },
  ),
  maxLength: 40,
});
// Valid documents: untyped trees, and EvoVoice responses as ServiceStack could send them (either key case, any member
// order, unknown members, empty values; some with lenient whitespace), from `jsv-codec/fast-check`.
const tree = F.jsvNode({ maxDepth: 4 });
const evoDocument = fc.oneof(
  F.jsvText(GetActiveSessionsResponse, { maxItems: 3 }),
  F.jsvText(GetActiveSessionsResponse, { maxItems: 3, lenient: true }),
  fc.tuple(F.arbitrary(GetActiveSessionsResponse, { maxItems: 3 }), fc.constantFrom('pascal', 'camel'))
    .map(([v, keyCase]) => encode(GetActiveSessionsResponse, v, { keyCase })),
);
const validDocument = fc.oneof(tree.map((t) => stringify(t)), evoDocument);
const edit = fc.oneof(
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('insert'), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIALS, ...FLIPS), jsvishString) }),
  fc.record({ op: fc.constant('delete'), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('swap'), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('flip'), at: fc.nat(), ch: fc.constantFrom(...FLIPS) }),
  fc.record({ op: fc.constant('duplicate'), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
);
function applyEdit(doc, e) {
  const n = doc.length;
  if (n === 0) return e.op === 'insert' ? e.text : doc;
  const at = e.at % (n + 1);
  switch (e.op) {
    case 'truncate':
      return doc.slice(0, at);
    case 'insert':
      return doc.slice(0, at) + e.text + doc.slice(at);
    case 'delete':
      return doc.slice(0, at) + doc.slice(at + e.n);
    case 'swap': {
      const i = at % n;
      const j = e.to % n;
      if (i === j) return doc;
      const [a, b] = i < j ? [i, j] : [j, i];
      return doc.slice(0, a) + doc[b] + doc.slice(a + 1, b) + doc[a] + doc.slice(b + 1);
    }
    case 'flip': {
      let i = at % n;
      for (let k = 0; k < n; k++, i = (i + 1) % n) if (FLIPS.includes(doc[i])) break;
      return doc.slice(0, i) + e.ch + doc.slice(i + 1);
    }
    case 'duplicate':
      return doc.slice(0, at) + doc.slice(at, at + e.n) + doc.slice(at);
    default:
      return doc;
  }
}
const mutatedDocument = fc.tuple(validDocument, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([doc, edits]) => edits.reduce(applyEdit, doc));

/** The CLI's check logic, if the build exports it (a function taking the text and returning or throwing). */
function findCliCheck() {
  for (const mod of [J, E]) {
    for (const name of ['check', 'checkJsv', 'checkText', 'runCheck']) if (typeof mod[name] === 'function') return { name, fn: mod[name] };
  }
  return undefined;
}
const cliCheck = findCliCheck();
const AnyDicts = array(dict(string()));

const TARGETS = [
  ['parse', (t, lenient) => parse(t, { lenient })],
  ['format', (t, lenient) => format(t, { lenient })],
  ['decode compiled', (t, lenient) => decode(GetActiveSessionsResponse, t, { lenient })],
  ['decode jitless', (t, lenient) => decode(GetActiveSessionsResponse, t, { lenient, jitless: true })],
  ['decode dicts comp.', (t, lenient) => decode(AnyDicts, t, { lenient })],
  ['decode dicts jitl.', (t, lenient) => decode(AnyDicts, t, { lenient, jitless: true })],
  ...(cliCheck ? [[`cli ${cliCheck.name}`, (t) => cliCheck.fn(t)]] : []),
];

if (!process.env.FUZZ_SKIP_CASES) {
  const total = Number(process.env.FUZZ_RUNS ?? 100_000);
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
  const counts = new Map(TARGETS.map(([name]) => [name, { ok: 0, jsv: 0, other: 0 }]));
  const codes = new Map();
  const others = [];

  /** Runs every target on `text`; false when any threw something other than a JsvError. */
  function runAll(text, lenient) {
    let clean = true;
    for (const [name, f] of TARGETS) {
      const c = counts.get(name);
      try {
        f(text, lenient);
        c.ok++;
      } catch (e) {
        if (e instanceof JsvError) {
          c.jsv++;
          codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
        } else {
          c.other++;
          clean = false;
          if (others.length < 5) others.push({ target: name, error: `${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 200)}`, text: text.slice(0, 200) });
        }
      }
    }
    return clean;
  }

  const plan = [
    ['arbitrary strings', fc.oneof(anyString, jsvishString, fc.string({ unit: 'binary' })), Math.round(total * 0.4)],
    ['mutated documents', mutatedDocument, total - Math.round(total * 0.4)],
  ];
  console.log(`\nFuzzing: ${total} cases, seed ${seed}${cliCheck ? '' : ' (CLI check: not exported by the build, skipped)'}`);
  const t0 = performance.now();
  for (const [label, arb, numRuns] of plan) {
    const r = fc.check(fc.property(arb, fc.boolean(), (text, lenient) => runAll(text, lenient)), { numRuns, seed });
    if (r.failed) {
      failed = true;
      console.log(`  ${label}: FAILED after ${r.numRuns} cases; shrunk counterexample: ${JSON.stringify(r.counterexample?.[0]?.slice?.(0, 300))} (lenient ${r.counterexample?.[1]})`);
    } else console.log(`  ${label}: ${numRuns} cases`);
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);

  const head = `${pad('target', 20)} ${pad('ok', 9, true)} ${pad('JsvError', 9, true)} ${pad('other', 7, true)}`;
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  for (const [name, c] of counts) console.log(`${pad(name, 20)} ${pad(c.ok, 9, true)} ${pad(c.jsv, 9, true)} ${pad(c.other, 7, true)}${c.other ? '  <-- FAIL' : ''}`);
  console.log(`\nJsvError codes: ${[...codes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Fuzzing took ${secs} s (includes shrinking of any failure; counts include shrink runs).`);
  for (const o of others) console.log(`  other error in ${o.target}: ${o.error}\n    input: ${JSON.stringify(o.text)}`);
}

console.log(failed ? '\nfuzz: FAILED' : '\nfuzz: ok');
process.exit(failed ? 1 : 0);
