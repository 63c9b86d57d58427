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
