/**
 * Error messages stay small whatever the input: every message quotes at most a short excerpt of it. Huge inputs (1 MB
 * of NUL, which JSON escaping makes six times longer; a huge member name or dictionary key; a very deep path) give
 * messages of a few hundred characters, in the scanner, `parse`, `decode` (both modes), `fromJsonValue`,
 * `stringify`/`encode`, the option checks and `ServiceStackError`.
 */
import { describe, expect, it } from 'vitest';
import { JsvError, ServiceStackError, decode, dict, fromJsonValue, int, object, parse, stringify, type AnySchema } from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { MODES } from './support.js';

const MB = 1 << 20;
const NUL = '\0'.repeat(MB);
const LIMIT = 1000;

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

describe('syntax error messages quote a short excerpt', () => {
  it.each([
    ['{ and 1 MB of NUL (EXPECTED_COLON)', `{${NUL}`],
    ['a 1 MB member name without a colon', `{${'a'.repeat(MB)},`],
    ['a 1 MB member name inside a list', `[{${NUL}}]`],
    ['1 MB after the root', `[a]${NUL}`],
    ['1 MB after a value', `{a:"b"${NUL}`],
    ['an unterminated 1 MB quote', `"${NUL}`],
  ])('%s', (_, text) => {
    for (const lenient of [false, true]) {
      const e = (() => {
        try {
          parse(text, { lenient });
        } catch (x) {
          return x as JsvError;
        }
        throw new Error('expected a throw');
      })();
      expect(e).toBeInstanceOf(JsvError);
      expect(e.message.length).toBeLessThan(LIMIT);
    }
  });

  it('says how long the cut member name was', () => {
    const m = messageOf(() => parse(`{${NUL}}`));
    expect(m).toContain(`(${MB} characters)`);
    expect(m).toContain('\\u0000');
  });
});

describe.each(MODES)('decode ($name) messages quote a short excerpt', ({ jitless }) => {
  const cases: [string, AnySchema, string][] = [
    ['an object', object({ a: int() }), `{${NUL}`],
    ['an int', int(), `{${NUL}`],
    ['a dictionary key', dict(int()), `{${NUL}:x}`],
    ['a wide-character key', dict(int()), `{${'é'.repeat(MB)}:x}`],
    ['the sessions DTO', GetActiveSessionsResponse, `{Sessions:[{DialState:${NUL}}]}`],
    ['a block where a member is expected', GetActiveSessionsResponse, `{Sessions:[{${NUL}}]}`],
  ];
  it.each(cases)('%s', (_, schema, text) => {
    expect(messageOf(() => decode(schema, text, { jitless })).length).toBeLessThan(LIMIT);
  });
});

describe('messages about values quote a short excerpt', () => {
  it('fromJsonValue with a huge dictionary key', () => {
    expect(messageOf(() => fromJsonValue(dict(int()), { [NUL]: 'x' })).length).toBeLessThan(LIMIT);
  });

  it('stringify with a huge member name', () => {
    expect(messageOf(() => stringify({ [NUL]: () => 1 })).length).toBeLessThan(LIMIT);
  });

  it('a path 100,000 steps deep is shown by its ends', () => {
    let v: unknown = [() => 1];
    for (let i = 0; i < 100_000; i++) v = [v];
    const m = messageOf(() => stringify(v, { maxDepth: Infinity }));
    expect(m.length).toBeLessThan(LIMIT);
    expect(m).toMatch(/^\$\[0\]\[0\]\[0\]\[0\]…\(99987 more\)…(\[0\]){10}: /);
  });

  it.each([
    ['parse maxDepth', () => parse('1', { maxDepth: NUL as unknown as number })],
    ['parse maxLength', () => parse('1', { maxLength: new Array(MB).fill('a') as unknown as number })],
    ['stringify maxDepth', () => stringify(1, { maxDepth: NUL as unknown as number })],
  ])('option checks: %s', (_, f) => {
    const m = messageOf(f);
    expect(m.length).toBeLessThan(LIMIT);
    expect(m).toContain('must be a number >= 0');
  });

  it('ServiceStackError with a huge message and many field errors', () => {
    const e = new ServiceStackError({
      status: 400,
      statusText: 'Bad Request',
      url: 'http://x/',
      responseStatus: {
        errorCode: 'E'.repeat(MB),
        message: 'm'.repeat(MB),
        errors: Array.from({ length: 10_000 }, (_, i) => ({ errorCode: 'x', fieldName: `F${i}`.repeat(1000), message: 'bad'.repeat(1000) })),
      },
    });
    expect(e.message.length).toBeLessThan(4 * LIMIT);
    expect(e.message).toContain('9990 more');
    expect(e.responseStatus.message.length).toBe(MB);
  });
});
