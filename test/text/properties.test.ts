/**
 * fast-check properties of the untyped core: the writer and reader are inverse on trees of strings, the writer is a
 * fixed point on its own output, lenient reading agrees with strict reading on trimmed data, and the reader, safeParse
 * and format never fail with anything but a JsvError, whose position is consistent.
 * `JSV_FC_RUNS=20000 npx vitest run test/text/properties.test.ts` runs them harder.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsvError, JsvSyntaxError, format, parse, safeParse, stringify, type JsvNode, type ParseOptions } from '../../src/index.js';
import { jsvString, jsvTree, jsvTrimmedTree, jsvishText, someString } from '../support/arbitraries.js';

const NUM_RUNS = Number(process.env['JSV_FC_RUNS'] ?? 500);


/** Writer-produced texts, with a few characters inserted, deleted or replaced, or cut short. */
const mutatedText: fc.Arbitrary<string> = fc
  .tuple(
    jsvTree.map((v) => stringify(v)),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace', 'truncate'),
        fc.nat(),
        fc.constantFrom('{', '}', '[', ']', ':', ',', '"', '""', ' ', '\n', '\r\n', 'x', '\ufeff', '\ud800'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [op, n, ch] of edits) {
      const at = t.length === 0 ? 0 : n % (t.length + 1);
      if (op === 'insert') t = t.slice(0, at) + ch + t.slice(at);
      else if (op === 'delete') t = t.slice(0, at) + t.slice(at + 1);
      else if (op === 'replace') t = t.slice(0, at) + ch + t.slice(at + 1);
      else t = t.slice(0, at);
    }
    return t;
  });

const anyText = fc.oneof(jsvishText, mutatedText);
const parseOptions: fc.Arbitrary<ParseOptions> = fc.record(
  { lenient: fc.boolean(), maxDepth: fc.integer({ min: 0, max: 8 }) },
  { requiredKeys: [] },
);

/**
 * Deep equality with prototypes checked (node's isDeepStrictEqual): vitest's toStrictEqual compares `.constructor`,
 * which an own `constructor` member (valid JSV data) shadows.
 */
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

/** Runs `f`; returns the error it threw (or undefined). */
function thrown(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}

/** The error is a JsvError; a JsvSyntaxError's offset, line, column and frame agree with the text. */
function checkError(e: unknown, text: string): void {
  expect(e).toBeInstanceOf(JsvError);
  if (!(e instanceof JsvSyntaxError)) return;
  expect(e.offset).toBeGreaterThanOrEqual(0);
  expect(e.offset).toBeLessThanOrEqual(text.length);
  const before = text.slice(0, e.offset);
  const lastNl = before.lastIndexOf('\n');
  expect(e.line).toBe(before.split('\n').length);
  expect(e.column).toBe(e.offset - lastNl);
  expect(e.message.endsWith(e.frame)).toBe(true);
  expect(e.frame).toMatch(/\n *\^$/);
}

describe('round trips', () => {
  it('parse(stringify(v)) deep-equals v for trees of strings, lists (with null items) and objects', () => {
    fc.assert(
      fc.property(jsvTree, (v) => {
        expectSame(parse(stringify(v)), v);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parse(stringify(s)) is s for every string at the root, in a list and as a member value and key', () => {
    fc.assert(
      fc.property(jsvString.filter((s) => s.charCodeAt(0) !== 0xfeff), (s) => {
        expect(parse(stringify(s))).toBe(s);
        expectSame(parse(stringify([s, s])), [s, s]);
        expectSame(parse(stringify({ [s]: s })), { [s]: s });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stringify(parse(s)) === s for every text s the writer produced', () => {
    fc.assert(
      fc.property(jsvTree, (v) => {
        const s = stringify(v);
        expect(stringify(parse(s))).toBe(s);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the writer never emits whitespace outside string values: trimmed trees read the same in lenient mode', () => {
    fc.assert(
      fc.property(jsvTrimmedTree, (v) => {
        const s = stringify(v);
        expectSame(parse(s, { lenient: true }), parse(s));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('strict and lenient reading differ on writer output only when a string has leading or trailing whitespace', () => {
    fc.assert(
      fc.property(jsvTree, (v) => {
        const s = stringify(v);
        const lenient = safeParse(s, { lenient: true });
        const same = lenient.ok && JSON.stringify(lenient.value) === JSON.stringify(parse(s));
        if (!same) expect(someString(v, (x) => /^\s|\s$/.test(x))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('the reader fails only with JsvError', () => {
  it('parse either returns or throws a JsvError with a consistent position, for arbitrary and mutated texts', () => {
    fc.assert(
      fc.property(anyText, parseOptions, (text, options) => {
        const e = thrown(() => parse(text, options));
        if (e !== undefined) checkError(e, text);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('safeParse never throws and agrees with parse', () => {
    fc.assert(
      fc.property(anyText, parseOptions, (text, options) => {
        let r: ReturnType<typeof safeParse> | undefined;
        expect(() => {
          r = safeParse(text, options);
        }).not.toThrow();
        const e = thrown(() => parse(text, options));
        if (r!.ok) {
          expect(e).toBeUndefined();
          expectSame(r!.value, parse(text, options));
        } else {
          expect(r!.error).toBeInstanceOf(JsvError);
          expect(r!.error).toBe(r!.error);
          expect((e as JsvError).code).toBe(r!.error.code);
          expect((e as JsvError).message).toBe(r!.error.message);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('format either returns or throws a JsvError, and throws exactly when parse does', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, lenient) => {
        const e = thrown(() => format(text, { lenient }));
        const p = thrown(() => parse(text, { lenient }));
        if (e !== undefined) checkError(e, text);
        expect(e === undefined).toBe(p === undefined);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a text that parses strictly also parses after stringify(parse(text)) and reads the same', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = safeParse(text);
        if (!r.ok || containsSingleNullList(r.value)) return;
        expectSame(parse(stringify(r.value)), stripNullMembers(r.value));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** Whether a tree holds a list whose only item is null (JSV writes it as `[]`). */
function containsSingleNullList(v: JsvNode): boolean {
  if (v === null || typeof v === 'string') return false;
  if (Array.isArray(v)) return (v.length === 1 && v[0] === null) || v.some(containsSingleNullList);
  return Object.values(v).some(containsSingleNullList);
}

/** The tree with null members removed (the writer omits them), as own data properties. */
function stripNullMembers(v: JsvNode): JsvNode {
  if (v === null || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(stripNullMembers);
  const out: { [k: string]: JsvNode } = {};
  for (const k of Object.keys(v)) {
    const x = v[k] ?? null;
    if (x !== null) Object.defineProperty(out, k, { value: stripNullMembers(x), writable: true, enumerable: true, configurable: true });
  }
  return out;
}
