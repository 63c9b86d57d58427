/**
 * `format`: a readable multi-line layout that, unlike ServiceStack's JsvFormatter (spec §6, §8.11), parses back:
 * `parse(format(t), { lenient: true })` deep-equals `parse(t)`.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, parse, safeParse, stringify } from '../../src/index.js';
import { jsvTree, jsvishText } from '../support/arbitraries.js';

const NUM_RUNS = 500;

/** Deep equality that also holds for own `constructor` members (vitest's matchers compare `.constructor`). */
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

function roundTrips(text: string): void {
  expectSame(parse(format(text), { lenient: true }), parse(text));
}

describe('layout', () => {
  it('puts each member and item on its own line, indented by a tab, with a space after ":"', () => {
    expect(format('{A:1,B:[a,b],C:{D:x}}')).toBe('{\n\tA: 1,\n\tB: [\n\t\ta,\n\t\tb\n\t],\n\tC: {\n\t\tD: x\n\t}\n}');
  });

  it('writes empty containers on one line', () => {
    expect(format('{A:[],B:{}}')).toBe('{\n\tA: [],\n\tB: {}\n}');
    expect(format('[]')).toBe('[]');
    expect(format('{}')).toBe('{}');
  });

  it('writes a null member as "key:" with nothing after it', () => {
    expect(format('{A:,B:x}')).toBe('{\n\tA:,\n\tB: x\n}');
  });

  it('writes null list items as empty lines', () => {
    expect(format('[a,,b]')).toBe('[\n\ta,\n\t,\n\tb\n]');
  });

  it('writes a root scalar as itself and the empty text as the empty text', () => {
    expect(format('x')).toBe('x');
    expect(format('')).toBe('');
  });

  it('keeps the JSV quoting of strings', () => {
    expect(format('{A:"a,b",B:"""q""",C:""}')).toBe('{\n\tA: "a,b",\n\tB: """q""",\n\tC: ""\n}');
  });

  it('quotes strings with leading or trailing whitespace so lenient reading keeps it', () => {
    expect(format('{A: lead,B:trail\t}')).toBe('{\n\tA: " lead",\n\tB: "trail\t"\n}');
    expect(format('[ a]')).toBe('[\n\t" a"\n]');
    expect(format(' x ')).toBe('" x "');
  });

  it('quotes keys with leading or trailing whitespace', () => {
    expect(format('{ k:v}')).toBe('{\n\t" k": v\n}');
  });

  it('uses the indent option for each level', () => {
    expect(format('{A:[b,c],D:{E:f}}', { indent: '  ' })).toBe('{\n  A: [\n    b,\n    c\n  ],\n  D: {\n    E: f\n  }\n}');
  });

  it('uses the newline option', () => {
    expect(format('{A:[b]}', { newline: '\r\n', indent: ' ' })).toBe('{\r\n A: [\r\n  b\r\n ]\r\n}');
  });

  it('reads spaced input with lenient: true', () => {
    expect(format('{ A : 1 }', { lenient: true })).toBe('{\n\tA: 1\n}');
  });

  it('reads spaced input as data in strict mode (the default)', () => {
    expect(format('{ A : 1 }')).toBe('{\n\t" A ": " 1 "\n}');
  });

  it('is readable: no line of a formatted EvoVoice-like document holds more than one member', () => {
    const text = stringify({ sessions: [{ id: 'a1', dialState: 'None', members: [{ identity: 'x', muted: false }] }] });
    const out = format(text);
    for (const line of out.split('\n')) expect(line.match(/[^"]:\s/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(out.split('\n')).toHaveLength(14);
  });
});

describe('format output parses back with lenient: true', () => {
  it.each([
    '{A:1,B:[a,,b],C:{},D:[],E:{F:" x "},G:}',
    '[,]',
    '[a,]',
    '[ a]',
    '{ k:v}',
    '{A:"""q"""}',
    '[[],[[]]]',
    '{A:[{B:1}]}',
    '[a, b]',
    '{A:\t}',
    '"a,b"',
    '""',
    ' lead',
    '{"a:b":"c,d","":x}',
    '{__proto__:x,constructor:y}',
  ])('round-trips %j', (text) => {
    roundTrips(text);
  });

  it('round-trips writer-produced texts of arbitrary trees (strings with leading/trailing spaces included)', () => {
    fc.assert(
      fc.property(jsvTree, (v) => {
        roundTrips(stringify(v));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('round-trips every text the strict parser accepts', () => {
    fc.assert(
      fc.property(jsvishText, (text) => {
        const r = safeParse(text);
        if (r.ok) expectSame(parse(format(text), { lenient: true }), r.value);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  // Was a bug (fixed, kept as a regression test): (src/text/format.ts formatString; same root cause as stringify): a root string that starts with U+FEFF is
  // written raw, and the reader skips a leading U+FEFF as a byte order mark, so the character is lost.
  // Input '\ufeff\ufeffx' parses to '\ufeffx'; format gives '\ufeffx', which parses back (lenient) to 'x'.
  // Expected: format quotes a root string starting with U+FEFF ('"\ufeffx"').
  it('round-trips a root string that starts with U+FEFF', () => {
    roundTrips('\ufeff\ufeffx');
  });

  it('is stable: formatting formatted text (read leniently) gives the same text', () => {
    fc.assert(
      fc.property(jsvTree, (v) => {
        const once = format(stringify(v));
        expect(format(once, { lenient: true })).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
