/**
 * What a value that does not fit its schema gives: a JsvDecodeError with code, path, expected, received and a
 * position with a code frame; on encode a JsvEncodeError with the path. `safeDecode` never throws. Both codec modes.
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, JsvEncodeError, JsvError, JsvSyntaxError, array, bigint, date, decode, dict, encode, enumOf, formatPath,
  guid, int, object, optional, safeDecode, string, timeSpan, type AnySchema,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const CallState = enumOf(['Disconnected', 'Ringing', 'Connected'] as const);
const Session = object({ id: string(), callState: CallState, n: int() }, { name: 'Session' });
const Response = object({ sessions: array(Session) });

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe.each(MODES)('decode errors (jitless: $jitless)', (mode) => {
  const text = '{sessions:[{id:a},{id:b},{id:c},{id:d,callState:Bogus}]}';
  const err = () => caught(() => decode(Response, text, mode)) as JsvDecodeError;

  it('is a JsvDecodeError, which is a JsvError', () => {
    expect(err()).toBeInstanceOf(JsvDecodeError);
    expect(err()).toBeInstanceOf(JsvError);
    expect(err().name).toBe('JsvDecodeError');
  });
  it('has the code of the kind that did not fit', () => {
    expect(err().code).toBe('INVALID_ENUM');
  });
  it("has the path as an array: ['sessions', 3, 'callState']", () => {
    expect(err().path).toEqual(['sessions', 3, 'callState']);
  });
  it('prints the path in the message as $.sessions[3].callState', () => {
    expect(err().message).toMatch(/^\$\.sessions\[3\]\.callState: /);
  });
  it('says what was expected (the enum names) and what was received', () => {
    expect(err().expected).toMatch(/Disconnected, Ringing, Connected/);
    expect(err().received).toBe('Bogus');
    expect(err().message).toContain('"Bogus"');
  });
  it('has the offset, line and column of the value', () => {
    const e = err();
    expect(e.offset).toBe(text.indexOf('Bogus'));
    expect(e.line).toBe(1);
    expect(e.column).toBe(text.indexOf('Bogus') + 1);
  });
  it('has a code frame with a caret under the value', () => {
    const e = err();
    const [line, caret] = e.frame.split('\n');
    expect(line).toContain('callState:Bogus');
    expect(caret!.indexOf('^')).toBe(line!.indexOf('Bogus'));
    expect(e.message).toContain(e.frame);
  });
  it('counts lines and columns in multi-line (lenient) text', () => {
    const e = caught(() => decode(Response, '{\n  sessions: [\n    { callState: Nope }\n  ]\n}', { ...mode, lenient: true })) as JsvDecodeError;
    expect(e.path).toEqual(['sessions', 0, 'callState']);
    expect(e.line).toBe(3);
    expect(e.column).toBe(18);
    expect(e.frame.split('\n')[0]).toContain('{ callState: Nope }');
  });
  it('shortens a long received text', () => {
    const e = caught(() => decode(int(), 'x'.repeat(500), mode)) as JsvDecodeError;
    expect(e.received.length).toBeLessThanOrEqual(60);
  });
  it('an empty value says so', () => {
    const e = caught(() => decode(object({ n: int() }), '{n:}', mode)) as JsvDecodeError;
    expect(e.received).toBe('');
    expect(e.message).toContain('an empty value');
  });
  it.each([
    ['INVALID_NUMBER', int(), 'x'], ['INVALID_NUMBER', bigint(), '1.5'], ['INVALID_DATE', date(), 'x'],
    ['INVALID_GUID', guid(), 'x'], ['INVALID_TIMESPAN', timeSpan(), 'x'], ['INVALID_ENUM', CallState, 'x'],
    ['EXPECTED_OBJECT', object({}), 'x'], ['EXPECTED_OBJECT', dict(int()), '[1]'],
  ] as const)('%s for a root %s', (code, s: AnySchema, t) => {
    expect(caught(() => decode(s, t, mode))).toMatchObject({ code, path: [] });
  });
  it('malformed text is a JsvSyntaxError with a position, not a decode error', () => {
    const e = caught(() => decode(Response, '{sessions:[{id:a}', mode));
    expect(e).toBeInstanceOf(JsvSyntaxError);
    expect((e as JsvSyntaxError).code).toBe('UNTERMINATED_ARRAY');
    expect((e as JsvSyntaxError).line).toBe(1);
  });
  it('a name that needs brackets is printed as ["…"] in the path', () => {
    const e = caught(() => decode(dict(int()), '{"a b":x}', mode)) as JsvDecodeError;
    expect(e.path).toEqual(['a b']);
    expect(e.message.startsWith('$["a b"]:')).toBe(true);
  });
  it('is never a silent default: a bad enum deep inside fails instead of giving the first member', () => {
    expect(safeDecode(Response, '{sessions:[{callState:Hold}]}', mode).ok).toBe(false);
  });
});

describe.each(MODES)('safeDecode (jitless: $jitless)', (mode) => {
  it('returns { ok: true, value } on success', () => {
    expect(safeDecode(Session, '{id:x,n:2}', mode)).toEqual({ ok: true, value: { id: 'x', callState: 'Disconnected', n: 2 } });
  });
  it('returns { ok: false, error } with the JsvDecodeError', () => {
    const r = safeDecode(Session, '{n:x}', mode);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(JsvDecodeError);
      expect(r.error.code).toBe('INVALID_NUMBER');
    }
  });
  it('returns { ok: false } for malformed text and for input that is not a string; never throws', () => {
    expect(safeDecode(Session, '{n:1', mode).ok).toBe(false);
    for (const bad of [42, null, undefined, {}, ['x']]) {
      const r = safeDecode(Session, bad as never, mode);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBeInstanceOf(JsvError);
    }
  });
  it('reports maxLength', () => {
    const r = safeDecode(Session, '{id:abcdef}', { ...mode, maxLength: 4 });
    expect(r.ok === false && r.error.code).toBe('MAX_LENGTH');
  });
});

describe.each(MODES)('encode errors (jitless: $jitless)', (mode) => {
  const enc = (s: AnySchema, v: unknown) => () => encode(s, v as never, mode);
  const N = object({ l: array(object({ n: int(), b: bigint(), d: date(), e: CallState })) });
  const item = { n: 1, b: 1n, d: new Date(0), e: 'Ringing' };

  it('a non-integer for int: JsvEncodeError with the path', () => {
    const e = caught(enc(N, { l: [item, { ...item, n: 2.5 }] }));
    expect(e).toBeInstanceOf(JsvEncodeError);
    expect(e).toMatchObject({ path: ['l', 1, 'n'] });
    expect((e as Error).message).toMatch(/^\$\.l\[1\]\.n: /);
  });
  it('an int out of the 32-bit range', () => {
    expect(caught(enc(N, { l: [{ ...item, n: 2 ** 31 }] }))).toMatchObject({ path: ['l', 0, 'n'] });
  });
  it('an invalid Date', () => {
    expect(caught(enc(N, { l: [{ ...item, d: new Date(NaN) }] }))).toMatchObject({ path: ['l', 0, 'd'] });
  });
  it('a bigint outside 64 bits (above UInt64 max, below Int64 min)', () => {
    expect(caught(enc(N, { l: [{ ...item, b: 2n ** 64n }] }))).toMatchObject({ path: ['l', 0, 'b'] });
    expect(caught(enc(N, { l: [{ ...item, b: -(2n ** 63n) - 1n }] }))).toMatchObject({ path: ['l', 0, 'b'] });
  });
  it('a value that is not a member of the enum (names are case-sensitive on write)', () => {
    expect(caught(enc(N, { l: [{ ...item, e: 'Bogus' }] }))).toMatchObject({ path: ['l', 0, 'e'] });
    expect(caught(enc(CallState, 'ringing'))).toBeInstanceOf(JsvEncodeError);
  });
  it('a wrong JS type (a number for a string, a string for an int, an array for an object)', () => {
    expect(caught(enc(object({ s: string() }), { s: 5 }))).toMatchObject({ path: ['s'] });
    expect(caught(enc(object({ i: int() }), { i: '1' }))).toMatchObject({ path: ['i'] });
    expect(caught(enc(object({ o: object({}) }), { o: [] }))).toMatchObject({ path: ['o'] });
  });
  it('a guid that is not a guid', () => {
    expect(caught(enc(guid(), 'nope'))).toBeInstanceOf(JsvEncodeError);
  });
  it('undefined at the root, unless the schema is optional', () => {
    expect(caught(enc(int(), undefined))).toBeInstanceOf(JsvEncodeError);
    expect(encode(optional(int()), undefined, mode)).toBe('');
  });
  it('every encode error is a JsvError', () => {
    expect(caught(enc(int(), 1.5))).toBeInstanceOf(JsvError);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '$'], [['sessions', 3, 'callState'], '$.sessions[3].callState'], [['a b'], '$["a b"]'], [[0, 1], '$[0][1]'],
  ] as const)('%j prints as %s', (path, want) => {
    expect(formatPath(path)).toBe(want);
  });
});
