/**
 * fast-check arbitraries for the schema layer: arbitrary schemas (nested objects, arrays, dictionaries and optional
 * members over every scalar builder) paired with arbitrary values of them, and arbitrary EvoVoice
 * `GetActiveSessionsResponse` values.
 *
 * Values are generated the way a decoder would give them back, so `decode(S, encode(S, v))` can deep-equal `v`:
 * - an absent member is left out (or `undefined`), never `null` (a `null` member is written as nothing and read back as
 *   `undefined`, which `toEqual` tells apart from `null`);
 * - a list slot that JSV can leave empty (strings, bytes, optional items) may be `null`, but never as the only item:
 *   ServiceStack writes `[null]` as `[]`, which reads back as an empty list (spec §2.1);
 * - dictionary values are always present (`null` values are omitted on write; unit tests pin that);
 * - guids are lowercase dashed, dates lie in .NET's DateTime range, time spans in the Int64 tick range, flags in Int32.
 */
import fc from 'fast-check';
import {
  TimeSpan, array, bigint, boolean, bytes, date, dict, enumOf, flags, guid, int, number, object, optional, string, timeSpan,
  type AnySchema,
} from '../../src/index.js';
import {
  FlowChannels, SessionCallState, SessionDialState, SessionDirections, SessionHoldReasons, SessionMemberCallState,
  SessionMemberRoles, SessionQueueStates, type CustomerBreadcrumb, type GetActiveSessionsResponse, type SessionInfo,
  type SessionLogInfo, type SessionMemberInfo,
} from '../../src/evovoice/dto.js';

/** A schema and an arbitrary of the values it decodes to (always present values; see {@link presentIn}). */
export interface SchemaCase {
  readonly schema: AnySchema;
  /** A present (non-absent) value of the schema. For `optional(s)` this is a present value of `s`. */
  readonly value: fc.Arbitrary<unknown>;
  /** A short description, for counterexamples. */
  readonly label: string;
}

/** The characters that make JSV quote a string, plus whitespace, a zero-width space and U+FEFF (a byte order mark). */
const SPECIAL_CHARS = ['"', ':', ',', '{', '}', '[', ']', '\r', '\n', ' ', '\t', 'a', 'Z', '0', '\u200b', '\ufeff', '\u00e9', '\ud83c\udfa7'];

/** Strings that stress the JSV string rule: specials, whitespace, look-alikes of other scalars, any Unicode. */
export const jsvString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', ' ', 'null', 'True', 'False', '123', '1E+15', '""', '"', '{}', '[]', '__proto__', 'constructor', 'a b'),
);

/** An identifier usable as a .NET member or enum name. */
const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/);
/** Names that `enumOf` reserves (they are properties of the schema). */
const RESERVED = new Set(['kind', 'values', 'members']);

/** Distinct identifiers, distinct also when lower-cased (member names and enum names are case-insensitive). */
function names(min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(identifier.filter((n) => !RESERVED.has(n)), { minLength: min, maxLength: max, selector: (n) => n.toLowerCase() });
}

const MIN_DATE_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
const MAX_DATE_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const hexDigit = fc.constantFrom(...'0123456789abcdef');

/** Every scalar builder with an arbitrary of its values. */
export const scalarCase: fc.Arbitrary<SchemaCase> = fc.oneof(
  fc.constant<SchemaCase>({ schema: string(), value: jsvString, label: 'string' }),
  fc.constant<SchemaCase>({ schema: number(), value: fc.double(), label: 'number' }),
  fc.constant<SchemaCase>({ schema: int(), value: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), label: 'int' }),
  fc.constant<SchemaCase>({ schema: bigint(), value: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), label: 'bigint' }),
  fc.constant<SchemaCase>({ schema: boolean(), value: fc.boolean(), label: 'boolean' }),
  fc.constant<SchemaCase>({
    schema: date(),
    value: fc.oneof(
      fc.date({ min: new Date(MIN_DATE_MS), max: new Date(MAX_DATE_MS), noInvalidDate: true }),
      // whole days and whole seconds take the short written forms
      fc.integer({ min: -719_162, max: 2_932_896 }).map((d) => new Date(d * 86_400_000)),
      fc.integer({ min: -62_135_596_800, max: 253_402_300_799 }).map((s) => new Date(s * 1000)),
    ),
    label: 'date',
  }),
  fc.constant<SchemaCase>({
    schema: timeSpan(),
    value: fc.oneof(
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.constantFrom(0n, 1n, -1n, 864_000_000_000n, 36_000_000_000n),
    ).map((t) => new TimeSpan(t)),
    label: 'timeSpan',
  }),
  fc.constant<SchemaCase>({
    schema: guid(),
    value: fc.oneof(
      fc.uuid(),
      fc.string({ unit: hexDigit, minLength: 32, maxLength: 32 }).map(
        (h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
      ),
    ),
    label: 'guid',
  }),
  fc.constant<SchemaCase>({ schema: bytes(), value: fc.uint8Array({ maxLength: 12 }), label: 'bytes' }),
  names(1, 5).map((ns): SchemaCase => ({ schema: enumOf(ns), value: fc.constantFrom(...ns), label: `enumOf(${ns.join('|')})` })),
  fc.tuple(names(1, 4), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 })).map(([ns, bits]): SchemaCase => {
    const members = Object.fromEntries(ns.map((n, i) => [n, 1 << bits[i]!]));
    return { schema: flags(members), value: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), label: `flags(${ns.join('|')})` };
  }),
);

/** Kinds a list may hold as an empty slot (`null`). */
function nullableItem(s: AnySchema): boolean {
  return s.kind === 'string' || s.kind === 'bytes' || s.kind === 'optional';
}
/** Kinds whose missing member decodes to `undefined` (reference types and optional). */
function absentable(s: AnySchema): boolean {
  return !['int', 'number', 'bigint', 'boolean', 'enum', 'flags'].includes(s.kind);
}

/** Builds a dictionary from entries with own data properties (so a `__proto__` key is data, as the decoder makes it). */
function toDict(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Wraps a case in `array()`. */
function arrayOf(c: SchemaCase): SchemaCase {
  const item = nullableItem(c.schema) ? fc.option(c.value, { nil: null, freq: 4 }) : c.value;
  return {
    schema: array(c.schema),
    value: fc.array(item, { maxLength: 4 }).filter((a) => !(a.length === 1 && a[0] === null)),
    label: `array(${c.label})`,
  };
}

/** Wraps a case in `dict()`. */
function dictOf(c: SchemaCase): SchemaCase {
  return {
    schema: dict(c.schema),
    value: fc.uniqueArray(fc.tuple(jsvString, c.value), { maxLength: 4, selector: (e) => e[0] }).map(toDict),
    label: `dict(${c.label})`,
  };
}

/** Wraps a case in `optional()`; its present values are the inner ones. */
function optionalOf(c: SchemaCase): SchemaCase {
  return { schema: optional(c.schema), value: c.value, label: `optional(${c.label})` };
}

/** An object schema over member cases; absentable members are sometimes left out. */
function objectOf(ns: readonly string[], cases: readonly SchemaCase[]): SchemaCase {
  const shape = Object.fromEntries(ns.map((n, i) => [n, cases[i]!.schema]));
  const schema = object(shape);
  const memberArbs = ns.map((_, i) => {
    const c = cases[i]!;
    return absentable(c.schema) ? fc.option(c.value, { nil: undefined, freq: 3 }) : c.value;
  });
  const value = fc.tuple(...memberArbs).map((vs) => {
    const o: Record<string, unknown> = {};
    ns.forEach((n, i) => {
      if (vs[i] !== undefined) o[n] = vs[i];
    });
    return o;
  });
  return { schema, value, label: `object({${ns.map((n, i) => `${n}: ${cases[i]!.label}`).join(', ')}})` };
}

/** An arbitrary schema of nesting depth up to `depth`, with its values. */
export function schemaCase(depth: number): fc.Arbitrary<SchemaCase> {
  if (depth <= 0) return scalarCase;
  const inner = schemaCase(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: scalarCase },
    { weight: 2, arbitrary: inner.map(arrayOf) },
    { weight: 1, arbitrary: inner.map(dictOf) },
    { weight: 1, arbitrary: inner.map(optionalOf) },
    {
      weight: 3,
      arbitrary: names(0, 5).chain((ns) => fc.array(inner, { minLength: ns.length, maxLength: ns.length }).map((cs) => objectOf(ns, cs))),
    },
  );
}

/** An arbitrary schema and one arbitrary value of it; at the root, `optional(s)` may also be `undefined`. */
export const schemaAndValue: fc.Arbitrary<{ schema: AnySchema; value: unknown; label: string }> = schemaCase(3).chain((c) => {
  const v = c.schema.kind === 'optional' ? fc.option(c.value, { nil: undefined }) : c.value;
  return v.map((value) => ({ schema: c.schema, value, label: c.label }));
});

// ---------------------------------------------------------------------------------------------------------------------
// EvoVoice responses

/** Realistic-ish string values: ids, SIDs, dates as text, names with specials. */
const evoString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: jsvString },
  { weight: 2, arbitrary: fc.stringMatching(/^(ses|usr|acc|cus|end)_[0-9]{3,6}$/) },
  { weight: 1, arbitrary: fc.string({ unit: hexDigit, minLength: 32, maxLength: 32 }).map((h) => `CA${h}`) },
  { weight: 1, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom("O'Brien, Pat", 'José García', '李雷', 'sip:agent@example.com', '+15415550123', 'https://x.io/a?b=c') },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const enumValue = <V extends string>(e: { readonly values: readonly V[] }) => fc.constantFrom(...e.values);

/** Drops keys whose value is `undefined` (a real response leaves those members out). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const breadcrumb: fc.Arbitrary<CustomerBreadcrumb> = fc.record({ id: maybe(evoString), name: maybe(evoString) }).map(compact);
const logInfo: fc.Arbitrary<SessionLogInfo> = fc.record({ date: maybe(evoString), message: maybe(evoString) }).map(compact);
const memberInfo: fc.Arbitrary<SessionMemberInfo> = fc.record({
  identity: maybe(evoString),
  endpointId: maybe(evoString),
  displayName: maybe(evoString),
  isOriginalMember: fc.boolean(),
  avatarUrl: maybe(evoString),
  applicationData: maybe(fc.uniqueArray(fc.tuple(jsvString, evoString), { maxLength: 3, selector: (e) => e[0] }).map((es) => toDict(es) as Record<string, string>)),
  callState: enumValue(SessionMemberCallState),
  role: enumValue(SessionMemberRoles),
  callSid: maybe(evoString),
  muted: fc.boolean(),
}).map(compact);

const s = () => maybe(evoString);
/** An arbitrary `SessionInfo`, every member exercised (absent reference members left out). */
export const sessionInfo: fc.Arbitrary<SessionInfo> = fc.record({
  dialState: enumValue(SessionDialState), callState: enumValue(SessionCallState), queueState: enumValue(SessionQueueStates),
  accountId: s(), accountName: s(), customerId: s(), customerBreadcrumb: maybe(fc.array(breadcrumb, { maxLength: 3 })),
  customerName: s(), endpointId: s(), endpointName: s(), dateCompleted: s(), destination: s(), toAddress: s(),
  fromAddress: s(), fromName: s(), answeredByName: s(), queueMemberId: s(), channel: enumValue(FlowChannels),
  ended: fc.boolean(), outcome: s(), callSid: s(), consoleData: s(), holdQueueName: s(), heldByUserId: s(),
  holdReason: enumValue(SessionHoldReasons), conferenceSid: s(), displayName: s(),
  log: maybe(fc.array(logInfo, { maxLength: 3 })), members: maybe(fc.array(memberInfo, { maxLength: 3 })),
  callbackNumber: s(), answeredById: s(), direction: enumValue(SessionDirections), fromPhoneNumber: s(),
  mostRecentParticipantCallSid: s(), wasMissed: fc.boolean(), ringQueueId: s(),
  id: s(), dateCreated: s(), dateLastModified: s(), createdBy: s(), lastModifiedBy: s(),
}).map(compact);

/** An arbitrary `GetActiveSessionsResponse` (sometimes with the `sessions` list left out). */
export const activeSessionsResponse: fc.Arbitrary<GetActiveSessionsResponse> = fc.oneof(
  { weight: 9, arbitrary: fc.array(sessionInfo, { maxLength: 4 }).map((sessions) => ({ sessions })) },
  { weight: 1, arbitrary: fc.constant({}) },
);
