/**
 * Time spent in garbage collection while a function runs, from the engine's own `gc` performance entries
 * (`perf_hooks`): separates how a cost grows with input size from what the collector adds on top.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';

/**
 * Runs `fn` `iterations` times and returns `{ totalMs, gcMs }`: the wall time of the loop and the part of it the
 * collector's pauses took (entries whose start falls inside the loop).
 */
export async function timeWithGc(fn, iterations) {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  const end = performance.now();
  // GC entries are delivered asynchronously: let them arrive before disconnecting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gcMs = entries.filter((e) => e.startTime >= start && e.startTime < end).reduce((sum, e) => sum + e.duration, 0);
  return { totalMs: end - start, gcMs };
}
