/**
 * Retained heap of a value-producing call: gc, read `heapUsed`, call and keep the result, gc, read again. Needs
 * `node --expose-gc` (as `npm run bench` runs); without it, `gc` is obtained through `v8.setFlagsFromString`.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** The `gc` function, or `undefined` when it cannot be had. */
export function getGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    return typeof gc === 'function' ? gc : undefined;
  } catch {
    return undefined;
  }
}

const keep = [];

function fullGc(gc) {
  // Twice: the first pass may only promote; the second settles weak references and finalizers.
  gc();
  gc();
}

/** Bytes retained by the result of `fn()` (one measurement). */
export function retainedBytes(gc, fn) {
  fullGc(gc);
  const before = process.memoryUsage().heapUsed;
  keep.push(fn());
  fullGc(gc);
  const after = process.memoryUsage().heapUsed;
  keep.length = 0;
  return after - before;
}

/**
 * Median over `rounds` of the retained bytes of each named producer; the producers are interleaved round by round so
 * that drift (other tenants, heap growth) hits them alike. Returns `{ [name]: bytes }`.
 */
export function compareRetained(gc, producers, rounds = 5) {
  const samples = Object.fromEntries(Object.keys(producers).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(producers)) samples[name].push(retainedBytes(gc, fn));
  }
  fullGc(gc);
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
