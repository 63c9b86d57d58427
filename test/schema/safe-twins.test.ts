/**
 * Every throwing API has a non-throwing `safe…` twin: `safeEncode` (and a codec's `safeEncode`), `safeStringify` and
 * `safeFormat` return `{ ok: true, value }` with exactly what the throwing call returns, or `{ ok: false, error }`
 * with the same `JsvError` it throws; anything else thrown (a user's getter) comes back as a `JsvError` whose `cause`
 * is the original exception. Both modes (compiled and jitless).
 */
import { describe, expect, it } from 'vitest';
import {
  JsvEncodeError, JsvError, JsvSyntaxError, compile, encode, format, int, object, optional, safeEncode, safeFormat,
  safeStringify, string, stringify,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const Pet = object({ name: string(), age: optional(int()) }, { name: 'Pet' });

describe.each(MODES)('safeEncode (jitless: $jitless)', (mode) => {
  it('returns what encode returns', () => {
    expect(safeEncode(Pet, { name: 'Rex', age: 3 }, mode)).toEqual({ ok: true, value: encode(Pet, { name: 'Rex', age: 3 }, mode) });
    expect(safeEncode(Pet, { name: 'a,b' }, { ...mode, keyCase: 'camel' })).toEqual({ ok: true, value: '{name:"a,b"}' });
  });

  it('returns the JsvEncodeError encode throws, with its path', () => {
    const r = safeEncode(Pet, { name: 'Rex', age: 1.5 }, mode);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(JsvEncodeError);
    expect(r.error.code).toBe('INVALID_VALUE');
    expect((r.error as JsvEncodeError).path).toEqual(['age']);
    expect(() => encode(Pet, { name: 'Rex', age: 1.5 }, mode)).toThrow(r.error.message);
  });

  it('never throws: a throwing getter comes back as a JsvError with the original cause', () => {
    const boom = new TypeError('getter exploded');
    const value = { get name(): string { throw boom; } };
    const r = safeEncode(Pet, value, mode);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(JsvError);
    expect(r.error.cause).toBe(boom);
  });

  it('a compiled codec has it too', () => {
    const codec = compile(Pet, mode);
    expect(codec.safeEncode({ name: 'Rex' })).toEqual({ ok: true, value: codec.encode({ name: 'Rex' }) });
    const r = codec.safeEncode({ name: 5 as unknown as string });
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_VALUE');
  });
});

describe('safeStringify', () => {
  it('returns what stringify returns', () => {
    const v = { a: [1, 2], b: 'x:y' };
    expect(safeStringify(v)).toEqual({ ok: true, value: stringify(v) });
  });

  it('returns CIRCULAR, MAX_DEPTH and UNSUPPORTED_VALUE as errors', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const codes = [safeStringify(cyclic), safeStringify([[[1]]], { maxDepth: 1 }), safeStringify({ f: () => 1 }), safeStringify(1, { maxDepth: Number.NaN })].map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['CIRCULAR', 'MAX_DEPTH', 'UNSUPPORTED_VALUE', 'INVALID_ARGUMENT']);
  });
});

describe('safeFormat', () => {
  it('returns what format returns', () => {
    expect(safeFormat('{a:1,b:[x,y]}')).toEqual({ ok: true, value: format('{a:1,b:[x,y]}') });
  });

  it('returns the JsvSyntaxError for malformed text, with its position', () => {
    const r = safeFormat('{a:1,b');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(JsvSyntaxError);
    expect((r.error as JsvSyntaxError).offset).toBeGreaterThan(0);
  });
});
