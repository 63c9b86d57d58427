/**
 * The `jsv` command ships: `bin` is written the way npm keeps it (`npm publish` drops a `bin` path it finds invalid,
 * such as `./dist/cli.js`, with only a warning), the file is in the package, starts with a shebang and is executable.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../support/ensure-built.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('the jsv bin', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('is declared as jsv, with a plain relative path (no ./, no backslashes)', () => {
    expect(Object.keys(pkg.bin)).toEqual(['jsv']);
    for (const file of Object.values(pkg.bin)) expect(file).toMatch(/^[\w-]+(\/[\w.-]+)+$/);
  });

  it('is packed by npm, starts with a node shebang and is executable', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    const [{ files }] = JSON.parse(out) as [{ files: { path: string; mode: number }[] }];
    for (const file of Object.values(pkg.bin)) {
      const packed = files.find((f) => f.path === file);
      expect(packed, `${file} is in the package`).toBeDefined();
      expect((packed?.mode ?? 0) & 0o111, `${file} is executable in the tarball`).not.toBe(0);
      expect(readFileSync(join(ROOT, file), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
      expect(statSync(join(ROOT, file)).mode & 0o111).not.toBe(0);
    }
  });
});
