/**
 * One schema of every schema kind, and nestings of them, for the `roundTrip` tests; kind-coverage.test.ts checks that
 * every kind module in src/schema/kinds appears here.
 */
import {
  array, bigint, boolean, byte, bytes, char, date, dateTime, dateTimeOffset, decimal, dict, enumOf, flags, float, guid,
  int, int16, int64, lazy, number, object, optional, required, sbyte, string, timeSpan, uint16, uint32, uint64,
  type AnySchema, type Schema,
} from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';

type Tree = { name?: string | undefined; at?: unknown; children?: Tree[] | undefined };
const Tree: Schema<Tree> = object({ name: required(string()), at: dateTime(), children: array(lazy(() => Tree)) }, { name: 'Tree' });

/** Every kind, alone and nested. */
export const KIND_SCHEMAS: ReadonlyArray<readonly [string, AnySchema]> = [
  ['string', string()], ['number', number()], ['int', int()], ['bigint', bigint()], ['boolean', boolean()],
  ['date', date()], ['timeSpan', timeSpan()], ['guid', guid()], ['bytes', bytes()],
  ['enum', enumOf(['None', 'Active', 'Held'] as const)], ['flags', flags({ Read: 1, Write: 2, Admin: 1 << 30 })],
  ['decimal', decimal()], ['dateTimeOffset', dateTimeOffset()], ['dateTime', dateTime()], ['float', float()],
  ['char', char()], ['byte', byte()], ['sbyte', sbyte()], ['int16', int16()], ['uint16', uint16()],
  ['uint32', uint32()], ['int64', int64()], ['uint64', uint64()],
  ['object of .NET value types', object({ price: decimal(), at: dateTimeOffset(), n: array(uint64()), c: char(), t: dateTime() })],
  ['array', array(string())], ['array of optional', array(optional(int()))], ['array of bytes', array(bytes())],
  ['array of dateTime', array(dateTime())], ['dict of dateTime', dict(dateTime())],
  ['dict', dict(string())], ['dict of optional', dict(optional(date()))], ['dict of lists', dict(array(guid()))],
  ['optional', optional(string())], ['optional list', optional(array(optional(string())))],
  ['required', required(string())], ['required list', required(array(required(bytes())))],
  ['object with required members', object({ id: required(string()), tags: required(array(string())), note: string(), blob: required(bytes()) })],
  ['lazy (a recursive tree with required names)', Tree], ['lazy root', lazy(() => array(Tree))],
  ['object with wire names', object({ orderId: string(), count: int(), when: optional(dateTime()), state: enumOf(['Active', 'OnHold'] as const, { wireNames: { OnHold: 'on-hold' } }) }, { wireNames: { orderId: 'order_id', count: 'Count:N' } })],
  ['enum with wire names', enumOf(['Active', 'OnHold', 'Closed'] as const, { wireNames: { OnHold: 'on-hold', Closed: 'x,y' } })],
  ['object', object({ name: string(), age: int(), born: optional(date()), tags: array(string()), state: enumOf(['A', 'B'] as const) })],
  ['nested', object({ a: object({ b: array(object({ c: dict(array(number())), d: timeSpan() })) }), e: bigint() })],
  ['EvoVoice GetActiveSessionsResponse', GetActiveSessionsResponse],
];
