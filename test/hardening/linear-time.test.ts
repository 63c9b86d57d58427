/**
 * Linear time, small-scale sanity: each pathological shape at 64 KB and 256 KB (4× the text) through parse, format
 * and decode (both modes) completes, and the time ratio stays far below what quadratic work shows (16×). The bound
 * is loose (30×) because the test machine is shared and noisy; `npm run fuzz` measures 1 MB vs 4 MB with a 10× bound.
 */
import { describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { decode } from '../../src/schema/decode.js';
import { format } from '../../src/text/format.js';
import { parse } from '../../src/text/parse.js';
import { bestTime, swallowJsv } from './support.js';

/** Repeats `unit` to about `n` characters. */
const rep = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

/** Pathological shapes: each gives a text of about `n` characters. */
const SHAPES: Array<[string, (n: number) => string]> = [
  ['all quotes', (n) => rep('"', n)],
  ['one quoted "" run', (n) => `"${rep('""', n - 2)}"`],
  ['list of "" items', (n) => `[${rep('"",', n - 2)}]`],
  ['unterminated quote', (n) => `"${rep('a', n - 1)}`],
  ['many unterminated quotes in a list', (n) => `[${rep('a",', n)}`],
  ['long unquoted token', (n) => `{a:${rep('x', n - 4)}}`],
  ['long key without a colon', (n) => `{${rep('k', n - 1)}`],
  ['deep {a:{a:… (MAX_DEPTH)', (n) => rep('{a:', n)],
  ['wide {a:{},…}', (n) => `{${rep('a:{},', n - 2)}a:{}}`],
  ['many commas', (n) => `[${rep(',', n - 2)}]`],
  ['many unknown members', (n) => `{${rep('x:1,', n - 14)}sessions:[]}`],
  ['deep lists, repeated', (n) => `[${rep(`${'['.repeat(400)}${']'.repeat(400)},`, n - 2)}[]]`],
  ['many lines then an error', (n) => `[${rep('a\n,', n - 1)}`],
  ['lenient whitespace', (n) => `[${rep(' a , ', n - 2)}]`],
];

/** The shape as the value of a string member of a session (so decode walks it with a schema). */
const inSession = (x: string): string => `{sessions:[{consoleData:${x},members:[{applicationData:{k:${x}}}]}]}`;

const OPS: Array<[string, (t: string) => unknown]> = [
  ['parse', (t) => parse(t, { lenient: true })],
  ['format', (t) => format(t)],
  ['decode compiled', (t) => decode(GetActiveSessionsResponse, inSession(t))],
  ['decode jitless', (t) => decode(GetActiveSessionsResponse, inSession(t), { jitless: true })],
  ['decode compiled, root', (t) => decode(GetActiveSessionsResponse, t)],
];

const SMALL = 64 * 1024;
const LARGE = 256 * 1024;

describe('pathological shapes take time linear in their size (64 KB vs 256 KB, loose bound)', () => {
  it.each(SHAPES)('%s', (_, shape) => {
    const small = shape(SMALL);
    const large = shape(LARGE);
    expect(large.length).toBeGreaterThan(3.5 * small.length);
    for (const [op, f] of OPS) {
      // Warm up, then the best of a few runs of each size.
      swallowJsv(() => f(small));
      const ts = bestTime(() => swallowJsv(() => f(small)), 3);
      const tl = bestTime(() => swallowJsv(() => f(large)), 2);
      // 30× (not 4×) for noise; sub-millisecond timings get a 20 ms floor.
      expect(tl, `${op}: ${ts.toFixed(2)} ms at 64 KB, ${tl.toFixed(2)} ms at 256 KB`).toBeLessThan(30 * ts + 20);
    }
  });
});
