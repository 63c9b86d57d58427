#!/usr/bin/env node
/**
 * `npm run conformance`: runs the project's own copies of ServiceStack's conformance vectors (test/conformance) against
 * the build with the checker copied beside them. When `../shared/conformance` is present (a maintainer's or CI's
 * checkout), its vector files that are new or differ from the copies run too: `../shared` can only add vectors.
 * Extra arguments (e.g. `--scope types`, `--verbose`) are passed to the checker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const local = path.join(root, 'test/conformance');
const shared = path.resolve(root, '../shared/conformance');
const checker = path.join(local, 'check.mjs');
const extra = process.argv.slice(2);

/** Runs the checker over one folder (optionally only some of its files); returns its exit status. */
function check(dir, files) {
  const args = [checker, root, '--dirs', dir, ...(files ? ['--files', files.join(',')] : []), ...extra];
  console.log(`conformance: ${path.relative(root, dir) || '.'}${files ? ` (${files.join(', ')})` : ''}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

let status = check(local);
if (existsSync(shared)) {
  const added = readdirSync(shared)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) => !existsSync(path.join(local, f)) || readFileSync(path.join(local, f), 'utf8') !== readFileSync(path.join(shared, f), 'utf8'));
  if (added.length > 0) status = check(shared, added) || status;
}
process.exit(status);
