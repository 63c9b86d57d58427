import { describe, expect, it } from 'vitest';
import { readVectors, runVector, vectorFiles } from './harness.js';

// Every in-scope ("core") vector of every file, in both the compiled and the interpreted (jitless) mode.
for (const mode of [{ jitless: false }, { jitless: true }]) {
  describe(`conformance vectors (${mode.jitless ? 'jitless' : 'compiled'})`, () => {
    for (const file of vectorFiles()) {
      const vectors = readVectors(file.path).filter((v) => (v.scope ?? 'core') === 'core' && v.schema !== undefined);
      it(`${file.name}: all ${vectors.length} core vectors pass`, () => {
        const failures: string[] = [];
        for (const v of vectors) {
          const problems = runVector(v, mode);
          if (problems.length) failures.push(`${v.id ?? v.desc}: ${problems.join('; ')}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });
}

// The "types" scope (oracle-types.jsonl: decimal, DateTimeOffset, char, the narrow integers, Int64/UInt64), both modes.
for (const mode of [{ jitless: false }, { jitless: true }]) {
  describe(`conformance vectors, scope types (${mode.jitless ? 'jitless' : 'compiled'})`, () => {
    for (const file of vectorFiles()) {
      const vectors = readVectors(file.path).filter((v) => v.scope === 'types' && v.schema !== undefined);
      if (vectors.length === 0) continue;
      it(`${file.name}: all ${vectors.length} types vectors pass`, () => {
        const failures: string[] = [];
        for (const v of vectors) {
          const problems = runVector(v, mode);
          if (problems.length) failures.push(`${v.id ?? v.desc}: ${problems.join('; ')}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });
}
