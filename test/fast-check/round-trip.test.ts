/**
 * `roundTrip(schema)` over every schema kind, nested, in both codec modes and both reading modes; and that it fails
 * for values that do not survive the codec.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  array, bigint, boolean, byte, bytes, char, dateTimeOffset, decimal, float, int16, int64, sbyte, uint16,
  uint32, uint64, date, dict, enumOf, flags, guid, int, number, object, optional, string, timeSpan,
  type AnySchema,
} from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { RoundTripError, roundTrip } from '../../src/fast-check/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

/** One schema of every kind, and nestings of them. */
const KIND_SCHEMAS: ReadonlyArray<readonly [string, AnySchema]> = [
  ['string', string()], ['number', number()], ['int', int()], ['bigint', bigint()], ['boolean', boolean()],
  ['date', date()], ['timeSpan', timeSpan()], ['guid', guid()], ['bytes', bytes()],
  ['enum', enumOf(['None', 'Active', 'Held'] as const)], ['flags', flags({ Read: 1, Write: 2, Admin: 1 << 30 })],
  ['decimal', decimal()], ['dateTimeOffset', dateTimeOffset()], ['float', float()],
  ['char', char()], ['byte', byte()], ['sbyte', sbyte()], ['int16', int16()], ['uint16', uint16()],
  ['uint32', uint32()], ['int64', int64()], ['uint64', uint64()],
  ['object of .NET value types', object({ price: decimal(), at: dateTimeOffset(), n: array(uint64()), c: char() })],
  ['array', array(string())], ['array of optional', array(optional(int()))], ['array of bytes', array(bytes())],
  ['dict', dict(string())], ['dict of optional', dict(optional(date()))], ['dict of lists', dict(array(guid()))],
  ['optional', optional(string())], ['optional list', optional(array(optional(string())))],
  ['object', object({ name: string(), age: int(), born: optional(date()), tags: array(string()), state: enumOf(['A', 'B'] as const) })],
  ['nested', object({ a: object({ b: array(object({ c: dict(array(number())), d: timeSpan() })) }), e: bigint() })],
  ['EvoVoice GetActiveSessionsResponse', GetActiveSessionsResponse],
];

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
