/**
 * Loads the BUILT package (dist/) and picks the codecs the benchmarks time. `compile(schema, { jitless })` is used when
 * the package exports it; otherwise the free functions `decode`/`encode` (which use the per-schema compiled codec)
 * stand in for "compiled", and `{ jitless: true }` for the interpreter.
 *
 * `JSV_BENCH_DIST=/some/dir` points at another build (handy while others rebuild dist/ with `clean: true`).
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Imports `index.js` and `evovoice.js` from the build directory. */
export async function loadPackage() {
  const dir = process.env.JSV_BENCH_DIST ? path.resolve(process.env.JSV_BENCH_DIST) : path.join(here, '..', 'dist');
  const indexFile = path.join(dir, 'index.js');
  const evoFile = path.join(dir, 'evovoice.js');
  if (!existsSync(indexFile) || !existsSync(evoFile)) {
    throw new Error(`No build at ${dir} (expected index.js and evovoice.js): run \`npx tsup\` first`);
  }
  const J = await import(pathToFileURL(indexFile).href);
  const E = await import(pathToFileURL(evoFile).href);
  if (typeof E.generateActiveSessions !== 'function') {
    throw new Error('The build does not export generateActiveSessions from jsv-codec/evovoice');
  }
  return { J, E, dir };
}

/**
 * The compiled and jitless codecs of `schema` as `{ decode(text), encode(value) }`, plus how they were obtained
 * (`'compile'` or `'free functions'`).
 */
export function codecsFor(J, schema) {
  if (typeof J.compile === 'function') {
    const compiled = J.compile(schema);
    const jitless = J.compile(schema, { jitless: true });
    return {
      via: 'compile',
      compiled: { decode: (t) => compiled.decode(t), encode: (v) => compiled.encode(v) },
      jitless: { decode: (t) => jitless.decode(t), encode: (v) => jitless.encode(v) },
    };
  }
  const JITLESS = { jitless: true };
  return {
    via: 'free functions',
    compiled: { decode: (t) => J.decode(schema, t), encode: (v) => J.encode(schema, v) },
    jitless: { decode: (t) => J.decode(schema, t, JITLESS), encode: (v) => J.encode(schema, v, JITLESS) },
  };
}
