/**
 * Interleaved timing: every case of a group runs a short batch in turn, round after round, so that drift on a shared
 * machine (other tenants, heap growth, CPU frequency) lands on all of them alike. Each round gives every case a time per
 * call; a ratio is taken per round (case / baseline of the same round), and reported as the median with its range.
 *
 * No `gc()` is forced anywhere in here: a full collection deoptimizes generated code and would distort every ratio.
 */
import { performance } from 'node:perf_hooks';

/** Sorted copy. */
function sorted(xs) {
  return [...xs].sort((a, b) => a - b);
}

/** Median of numbers. */
export function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** `{ median, min, max, n }` of numbers. */
export function summary(xs) {
  const s = sorted(xs);
  return { median: median(s), min: s[0], max: s[s.length - 1], n: s.length };
}

let sink;

/** Calls `fn` `n` times, returns milliseconds per call. */
function batch(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink = fn();
  return (performance.now() - t0) / n;
}

/**
 * Times `cases` (`[{ name, fn }]`; the first is the baseline) interleaved. Each case is warmed for about `warmMs`,
 * calibrated to batches of about `batchMs`, then run `rounds` times, the order rotating each round. Returns
 * `{ [name]: { msPerCall: summary, ratio: summary } }` where `ratio` is per round against the first case.
 */
export function interleave(cases, { rounds = 7, batchMs = 15, warmMs = 60 } = {}) {
  const iterations = cases.map((c) => {
    const start = performance.now();
    let n = 0;
    do {
      sink = c.fn();
      n++;
    } while (performance.now() - start < warmMs);
    const per = (performance.now() - start) / n;
    return Math.max(1, Math.round(batchMs / per));
  });
  const times = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + r) % cases.length;
      times[i].push(batch(cases[i].fn, iterations[i]));
    }
  }
  sink = undefined;
  const out = {};
  cases.forEach((c, i) => {
    out[c.name] = {
      msPerCall: summary(times[i]),
      ratio: summary(times[i].map((t, r) => t / times[0][r])),
    };
  });
  return out;
}

/** `0.71 (0.65–0.80)`. */
export function fmtRange(s, digits = 2) {
  if (!s || !Number.isFinite(s.median)) return 'n/a';
  if (s.n === 1) return s.median.toFixed(digits);
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}
