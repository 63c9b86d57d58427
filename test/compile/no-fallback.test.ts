/**
 * Valid text and well-typed values never need the interpreter: with the fast path in strict mode (any hand-over to
 * the interpreter throws a GeneratedCodeError), every valid conformance vector, the property-test schemas and values,
 * and the EvoVoice sample and generated responses decode and encode with generated code alone.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { fastPathStats } from '../../src/schema/fast-path.js';
import { readVectors, runVector, vectorFiles } from '../conformance/harness.js';
import { activeSessionsResponse, schemaAndValue } from '../support/schema-arbitraries.js';

const SAMPLE = readFileSync(new URL('../../examples/active-sessions.sample.jsv', import.meta.url), 'utf8');

describe('valid input never falls back to the interpreter (strict fast path)', () => {
  let before = { decode: 0, encode: 0 };
  beforeEach(() => {
    before = { decode: fastPathStats.decode, encode: fastPathStats.encode };
    fastPathStats.strict = true;
  });
  afterEach(() => {
    fastPathStats.strict = false;
  });
  const noFallbacks = () => expect({ decode: fastPathStats.decode, encode: fastPathStats.encode }).toEqual(before);

  it('every valid core conformance vector, compiled', () => {
    const failures: string[] = [];
    let ran = 0;
    for (const file of vectorFiles()) {
      for (const v of readVectors(file.path)) {
        if ((v.scope ?? 'core') !== 'core' || v.schema === undefined || v.error) continue;
        ran++;
        const problems = runVector(v, { jitless: false });
        if (problems.length) failures.push(`${file.name} ${v.id ?? v.desc}: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(ran).toBeGreaterThan(100);
    noFallbacks();
  });

  it('arbitrary schemas and values (the property suite), every key case', () => {
    fc.assert(
      fc.property(schemaAndValue, ({ schema, value }) => {
        for (const keyCase of [undefined, 'camel', 'pascal'] as const) {
          const text = encode(schema, value as never, keyCase ? { keyCase } : {});
          expect(decode(schema, text)).toEqual(value);
        }
      }),
      { numRuns: 300 },
    );
    noFallbacks();
  });

  it('EvoVoice responses: the metadata sample, generated responses and arbitrary ones', () => {
    // The sample is pretty-printed: lenient text, which is read by the interpreter by design (not a fallback).
    const sample = encode(GetActiveSessionsResponse, decode(GetActiveSessionsResponse, SAMPLE, { lenient: true }));
    expect(encode(GetActiveSessionsResponse, decode(GetActiveSessionsResponse, sample))).toBe(sample);
    const data = generateActiveSessions(200, { seed: 7 });
    for (const keyCase of ['camel', 'pascal'] as const) {
      const text = encode(GetActiveSessionsResponse, data, { keyCase });
      expect(encode(GetActiveSessionsResponse, decode(GetActiveSessionsResponse, text), { keyCase })).toBe(text);
    }
    fc.assert(
      fc.property(activeSessionsResponse, (r) => {
        const text = encode(GetActiveSessionsResponse, r);
        expect(encode(GetActiveSessionsResponse, decode(GetActiveSessionsResponse, text))).toBe(text);
      }),
      { numRuns: 100 },
    );
    noFallbacks();
  });
});
