/**
 * Round-trip properties, in both codec modes, on values from `jsv-codec/fast-check`:
 * - arbitrary schemas with arbitrary values: `decode(S, encode(S, v))` deep-equals `v`, for every `keyCase`, and texts
 *   ServiceStack could send for `v` (any key case and member order, unknown members, lenient whitespace) decode to `v`;
 * - arbitrary and generated EvoVoice responses round-trip byte for byte through decode and encode (`roundTrip`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { jsvTextWithValue, roundTrip } from '../../src/fast-check/index.js';
import { schemaAndValue, schemaCase } from '../support/schema-arbitraries.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const KEY_CASES = [undefined, 'camel', 'pascal'] as const;
const RUNS = 300;

describe.each(MODES)('round trips (jitless: $jitless)', (mode) => {
  it.each(KEY_CASES)('decode(S, encode(S, v)) deep-equals v for arbitrary schemas and values (keyCase: %s)', (keyCase) => {
    fc.assert(
      fc.property(schemaAndValue, ({ schema, value }) => {
        const text = encode(schema, value as never, keyCase === undefined ? mode : { ...mode, keyCase });
        expect(decode(schema, text, mode)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('encode(S, decode(S, text)) gives the text back for text that encode wrote', () => {
    fc.assert(
      fc.property(schemaAndValue, ({ schema, value }) => {
        const text = encode(schema, value as never, mode);
        expect(encode(schema, decode(schema, text, mode) as never, mode)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('the compiled and the jitless codecs agree on every text and value', () => {
    fc.assert(
      fc.property(schemaAndValue, ({ schema, value }) => {
        const text = encode(schema, value as never, { jitless: false });
        expect(encode(schema, value as never, { jitless: true })).toBe(text);
        expect(decode(schema, text, { jitless: true })).toEqual(decode(schema, text, { jitless: false }));
      }),
      { numRuns: 200 },
    );
  });

  it.each([false, true])('texts ServiceStack could send for arbitrary schemas decode to their values (lenient: %s)', (lenient) => {
    const cases = schemaCase(3).chain(({ schema, label }) => jsvTextWithValue(schema, { lenient }).map((c) => ({ schema, label, ...c })));
    fc.assert(
      fc.property(cases, ({ schema, text, value }) => {
        expect(decode(schema, text, { ...mode, lenient })).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(KEY_CASES)('arbitrary EvoVoice responses round-trip byte for byte (keyCase: %s)', (keyCase) => {
    fc.assert(roundTrip(GetActiveSessionsResponse, { ...mode, keyCase: keyCase ?? 'declared' }), { numRuns: 150 });
  });

  it.each(KEY_CASES)('generated realistic EvoVoice responses round-trip byte for byte (keyCase: %s)', (keyCase) => {
    const opts = keyCase === undefined ? mode : { ...mode, keyCase };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer(), (count, seed) => {
        const v = generateActiveSessions(count, { seed });
        const text = encode(GetActiveSessionsResponse, v, opts);
        const back = decode(GetActiveSessionsResponse, text, mode);
        expect(back).toEqual(v);
        expect(encode(GetActiveSessionsResponse, back, opts)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it('a large generated response (500 sessions) round-trips byte for byte', () => {
    const v = generateActiveSessions(500, { seed: 7 });
    const text = encode(GetActiveSessionsResponse, v, mode);
    expect(encode(GetActiveSessionsResponse, decode(GetActiveSessionsResponse, text, mode), mode)).toBe(text);
  });
});
