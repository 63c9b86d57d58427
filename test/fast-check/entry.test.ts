/**
 * `jsv-codec/fast-check` is its own entry: `fast-check` is an optional peer dependency that only this entry imports
 * (the core, `jsv-codec/evovoice` and the CLI load without it), and it shares the core with the main entry.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../support/ensure-built.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: Record<string, string>; require: Record<string, string> }>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
};

/** Every file a built module imports or requires by a bare or relative name. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map((m) => m[1]!);
}

/** The built files reachable from an entry (through relative imports). */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    // A './x.js' that is not in dist/ is text inside a module (the CLI's help shows `from './dtos.js'`), not an import.
    for (const spec of importsOf(f)) if (spec.startsWith('./') && existsSync(join(ROOT, 'dist', spec.slice(2)))) todo.push(spec.slice(2));
  }
  return seen;
}

describe('the jsv-codec/fast-check entry', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('is exported with types first for import and require', () => {
    const e = pkg.exports['./fast-check']!;
    expect(Object.keys(e.import)[0]).toBe('types');
    expect(Object.keys(e.require)[0]).toBe('types');
    expect(e.import).toEqual({ types: './dist/fast-check.d.ts', default: './dist/fast-check.js' });
    expect(e.require).toEqual({ types: './dist/fast-check.d.cts', default: './dist/fast-check.cjs' });
  });

  it('has fast-check as an optional peer dependency (and a dev dependency for the tests)', () => {
    expect(pkg.peerDependencies?.['fast-check']).toBeDefined();
    expect(pkg.peerDependenciesMeta?.['fast-check']?.optional).toBe(true);
    expect(pkg.devDependencies?.['fast-check']).toBeDefined();
  });

  it('is the only built module that imports fast-check', () => {
    const files = readdirSync(join(ROOT, 'dist')).filter((f) => /\.(c?js)$/.test(f));
    const importers = files.filter((f) => importsOf(f).includes('fast-check')).sort();
    expect(importers).toEqual(['fast-check.cjs', 'fast-check.js']);
    for (const entry of ['index.js', 'evovoice.js', 'cli.js', 'index.cjs', 'evovoice.cjs', 'cli.cjs']) {
      for (const f of closure(entry)) expect(importsOf(f), `${entry} reaches ${f}`).not.toContain('fast-check');
    }
  });

  it('shares the core with the main entry, so its errors are the same classes', async () => {
    const core = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../../src/index.js');
    const F = (await import(join(ROOT, 'dist', 'fast-check.js'))) as typeof import('../../src/fast-check/index.js');
    let thrown: unknown;
    try {
      F.arbitrary({ kind: 'nope' } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(core.JsvError);
  });
});
