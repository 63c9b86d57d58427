#!/usr/bin/env node
/**
 * `npm run size`: what the published package costs a browser bundle. Packs the package (`npm pack`, so exactly the
 * files a user installs), puts it in a scratch `node_modules/jsv-codec`, and bundles each entry of
 * scripts/size-budgets.mjs with esbuild (bundle, minify, ESM, browser platform). Prints a table of minified and
 * minified + gzipped (level 9) sizes and exits 1 when an entry is over its budget, or when its bundle is not what it
 * claims to measure: empty, holding nothing from the package, or not giving the right answer when run.
 *
 *   node scripts/size.mjs          # the built package (run `npm run build` first; `npm run size` does)
 *   node scripts/size.mjs --src    # the same imports bundled from src/, to tell a build problem from a code problem
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUDGETS } from './size-budgets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromSource = process.argv.includes('--src');

/** For `--src`: the source module behind each subpath of the package's `exports`. */
const SOURCE_ENTRIES = { 'jsv-codec': 'src/index.ts', 'jsv-codec/evovoice': 'src/evovoice/index.ts' };

/** Packs the package as npm would publish it and unpacks it as `<scratch>/node_modules/jsv-codec`. */
function installPacked(scratch) {
  const packDir = path.join(scratch, 'pack');
  mkdirSync(packDir);
  const out = execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const [{ filename }] = JSON.parse(out);
  const target = path.join(scratch, 'node_modules', 'jsv-codec');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(packDir, filename), '-C', target, '--strip-components=1']);
  return target;
}

/** An esbuild plugin resolving `jsv-codec` imports to src/ (for `--src`). */
const sourcePlugin = {
  name: 'jsv-codec-source',
  setup(b) {
    b.onResolve({ filter: /^jsv-codec(\/.*)?$/ }, (args) => {
      const file = SOURCE_ENTRIES[args.path];
      if (file === undefined) return { errors: [{ text: `no source entry for ${args.path}: add it to SOURCE_ENTRIES in scripts/size.mjs` }] };
      return { path: path.join(root, file) };
    });
  },
};

/** Bundles one entry; returns its minified text and the bytes it holds from the package. */
async function bundle(entry, scratch, packageDir) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: scratch, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: fromSource ? [sourcePlugin] : [],
  });
  const text = result.outputFiles[0]?.text ?? '';
  const inside = fromSource ? path.join(root, 'src') : packageDir;
  let fromPackage = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (path.resolve(scratch, input).startsWith(inside + path.sep) || path.resolve(root, input).startsWith(inside + path.sep)) {
        fromPackage += bytesInOutput;
      }
    }
  }
  return { text, fromPackage };
}

/** Runs a bundle's default export; returns why it is wrong, or undefined when `check` accepts its result. */
async function verify(entry, text, file) {
  writeFileSync(file, text);
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.default !== 'function') return 'the bundle has no default export run()';
    const result = await mod.default();
    return entry.check(result) ? undefined : `run() gave ${JSON.stringify(result)}, which check() refuses`;
  } catch (e) {
    return `running the bundle threw ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
}

const kb = (n) => `${(n / 1000).toFixed(2)} KB`;

async function main() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'jsv-codec-size-'));
  try {
    const packageDir = fromSource ? undefined : installPacked(scratch);
    const rows = [];
    const failures = [];
    for (const [i, entry] of BUDGETS.entries()) {
      let text;
      let fromPackage;
      try {
        ({ text, fromPackage } = await bundle(entry, scratch, packageDir));
      } catch (e) {
        failures.push(`${entry.name}: esbuild failed: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const min = Buffer.byteLength(text);
      const gz = gzipSync(text, { level: 9 }).length;
      const problems = [];
      if (min === 0) problems.push('the bundle is empty');
      if (fromPackage === 0) problems.push('the bundle holds nothing from jsv-codec');
      const wrong = await verify(entry, text, path.join(scratch, `bundle-${i}.mjs`));
      if (wrong !== undefined) problems.push(wrong);
      const over = entry.budget !== undefined && gz > entry.budget;
      if (over) problems.push(`${kb(gz)} is over its budget of ${kb(entry.budget)}`);
      for (const p of problems) failures.push(`${entry.name}: ${p}`);
      const status = problems.length > 0 ? (over ? 'OVER' : 'FAIL') : entry.budget === undefined ? '' : 'ok';
      rows.push([entry.name, kb(min), kb(gz), entry.budget === undefined ? '–' : kb(entry.budget), status]);
    }
    const head = ['Import', 'Minified', 'Min + gzip', 'Budget (min + gzip)', ''];
    console.log(`Bundle sizes (esbuild, minified, ESM, browser; from ${fromSource ? 'src/' : 'the packed package'})\n`);
    console.log(`| ${head.join(' | ')} |`);
    console.log(`| ${head.map((_, i) => (i === 0 || i === 4 ? '---' : '---:')).join(' | ')} |`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    if (failures.length > 0) {
      console.error(`\nsize: ${failures.length} problem(s):`);
      for (const f of failures) console.error(`- ${f}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
