#!/usr/bin/env node
/**
 * Builds the package (`npx tsup`) when `dist/` is missing or older than anything it is built from (`src/`, the tsup
 * and TypeScript configs, package.json). Used by `npm run demo`, `bench`, `fuzz` and `conformance`, which run the
 * build rather than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/evovoice.js', 'dist/evovoice.cjs', 'dist/evovoice.d.ts', 'dist/codegen.js', 'dist/cli.js'];
const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json'];

/** The newest modification time of a file, or of any file under a directory. */
function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  return t;
}

function staleReason() {
  const missing = OUTPUTS.find((f) => !existsSync(path.join(root, f)));
  if (missing !== undefined) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((f) => statSync(path.join(root, f)).mtimeMs));
  const changed = INPUTS.map((f) => path.join(root, f)).filter((f) => existsSync(f) && newest(f) > built);
  return changed.length === 0 ? undefined : `${changed.map((f) => path.relative(root, f)).join(', ')} changed since the last build`;
}

const reason = staleReason();
if (reason !== undefined) {
  console.error(`ensure-build: ${reason}; building with tsup…`);
  const r = spawnSync('npx', ['tsup'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.error) {
    console.error(`ensure-build: could not run tsup: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}
