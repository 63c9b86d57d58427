/**
 * `roundTrip(schema)` over every schema kind, nested, in both codec modes and both reading modes; and that it fails
 * for values that do not survive the codec.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { int, object, string } from '../../src/index.js';
import { RoundTripError, roundTrip } from '../../src/fast-check/index.js';
import { KIND_SCHEMAS } from './kind-schemas.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

describe.each(MODES)('roundTrip (jitless: $jitless)', (mode) => {
  it.each(KIND_SCHEMAS)('holds for %s', (_, schema) => {
    fc.assert(roundTrip(schema, mode), { numRuns: schema === GetActiveSessionsResponse ? 60 : 150 });
  });

  it.each(KIND_SCHEMAS)('holds for %s with lenient texts', (_, schema) => {
    fc.assert(roundTrip(schema, { ...mode, lenient: true }), { numRuns: schema === GetActiveSessionsResponse ? 40 : 80 });
  });
});

describe('roundTrip', () => {
  it('fails, with what differed, for values that do not survive the codec', () => {
    // A `null` member is written as nothing and reads back as `undefined`.
    const r = fc.check(roundTrip(object({ a: string() }), { values: fc.constant({ a: null }) }), { numRuns: 5 });
    expect(r.failed).toBe(true);
    expect(r.errorInstance).toBeInstanceOf(RoundTripError);
    expect(String((r.errorInstance as Error).message)).toContain('decode(encode(v)) differs from v at $.a: undefined is not null');
  });

  it('fails for a value encode refuses', () => {
    const r = fc.check(roundTrip(int(), { values: fc.constant(1.5) }), { numRuns: 5 });
    expect(r.failed).toBe(true);
    expect((r.errorInstance as Error).name).toBe('JsvEncodeError');
  });
});
