/**
 * Depth: `parse`, `decode` (both modes) and `format` bound nesting with `maxDepth` (default 512) and fail with
 * `MAX_DEPTH` at the position of the first `{`/`[` too deep, never with a RangeError (stack overflow).
 */
import { describe, expect, it } from 'vitest';
import { JsvError, JsvSyntaxError } from '../../src/errors.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { array, dict, int, object, optional, string } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import type { AnySchema } from '../../src/schema/types.js';
import { format } from '../../src/text/format.js';
import { parse } from '../../src/text/parse.js';
import { MODES, thrown } from './support.js';

const MILLION = 1_000_000;
const deepLists = '['.repeat(MILLION);
const deepObjects = '{a:'.repeat(MILLION);

function expectMaxDepth(e: unknown, offset?: number): void {
  expect(e).toBeInstanceOf(JsvError);
  expect(e).not.toBeInstanceOf(RangeError);
  expect((e as JsvError).code).toBe('MAX_DEPTH');
  if (offset !== undefined) {
    expect(e).toBeInstanceOf(JsvSyntaxError);
    const s = e as JsvSyntaxError;
    expect(s.offset).toBe(offset);
    expect(s.line).toBe(1);
    expect(s.column).toBe(offset + 1);
    expect(s.message).toMatch(/maxDepth \(\d+\)/);
  }
}

/** `array(array(…int()…))`, `levels` arrays deep. */
function nestedArrays(levels: number): AnySchema {
  let s: AnySchema = int();
  for (let i = 0; i < levels; i++) s = array(s);
  return s;
}
/** `dict(dict(…string()…))`, `levels` dictionaries deep. */
function nestedDicts(levels: number): AnySchema {
  let s: AnySchema = string();
  for (let i = 0; i < levels; i++) s = dict(s);
  return s;
}

describe('parse bounds nesting', () => {
  it('1,000,000 nested "[" fail with MAX_DEPTH at the 513th "[" (offset 512), not a RangeError', () => {
    expectMaxDepth(thrown(() => parse(deepLists)), 512);
  });
  it('1,000,000 nested "{a:" fail with MAX_DEPTH at the 513th "{" (offset 1536)', () => {
    expectMaxDepth(thrown(() => parse(deepObjects)), 512 * 3);
  });
  it('the default bound is 512: 512 levels parse, 513 fail', () => {
    expect(() => parse('['.repeat(512) + ']'.repeat(512))).not.toThrow();
    expectMaxDepth(thrown(() => parse('['.repeat(513) + ']'.repeat(513))), 512);
  });
  it('a custom maxDepth is honoured exactly, mixed lists and objects counted alike', () => {
    expect(parse('[{a:[]}]', { maxDepth: 3 })).toEqual([{ a: [] }]);
    expectMaxDepth(thrown(() => parse('[{a:[[]]}]', { maxDepth: 3 })), 5);
    expectMaxDepth(thrown(() => parse('[]', { maxDepth: 0 })), 0);
    expect(parse('abc', { maxDepth: 0 })).toBe('abc');
  });
  it('depth is nesting, not count: 100,000 sibling lists at depth 2 parse', () => {
    const wide = `[${'[],'.repeat(100_000)}[]]`;
    expect((parse(wide) as unknown[]).length).toBe(100_001);
  });
  it('lenient mode bounds nesting the same way', () => {
    expectMaxDepth(thrown(() => parse('[ '.repeat(MILLION), { lenient: true })), 1024);
  });
  it('a larger maxDepth (2,000) allows deeper text', () => {
    expect(() => parse('['.repeat(2000) + ']'.repeat(2000), { maxDepth: 2000 })).not.toThrow();
  });
  // Was a bug (a RangeError escaped); fixed in e2c810a.
  it('with maxDepth far above the stack (1e7), 1,000,000 nested "[" still give MAX_DEPTH, never a RangeError', () => {
    expectMaxDepth(thrown(() => parse(deepLists, { maxDepth: 1e7 })));
  });
});

describe('format bounds nesting', () => {
  it('1,000,000 nested "[" or "{a:" fail with MAX_DEPTH and the position', () => {
    expectMaxDepth(thrown(() => format(deepLists)), 512);
    expectMaxDepth(thrown(() => format(deepObjects)), 1536);
  });
  it('a custom maxDepth is honoured', () => {
    expect(format('[[a]]', { maxDepth: 2 })).toBe('[\n\t[\n\t\ta\n\t]\n]');
    expectMaxDepth(thrown(() => format('[[[a]]]', { maxDepth: 2 })), 2);
  });
  // Was a bug (a RangeError escaped); fixed in e2c810a.
  it('with maxDepth far above the stack (1e7), 1,000,000 nested "{a:" still give MAX_DEPTH, never a RangeError', () => {
    expectMaxDepth(thrown(() => format(deepObjects, { maxDepth: 1e7 })));
  });
});

describe.each(MODES)('decode bounds nesting ($name)', ({ jitless }) => {
  it('EvoVoice: 1,000,000 nested "{a:" in an unknown member fail with MAX_DEPTH at the 513th "{"', () => {
    const text = `{foo:${deepObjects}`;
    expectMaxDepth(thrown(() => decode(GetActiveSessionsResponse, text, { jitless })), 5 + 512 * 3 - 3);
  });
  it('EvoVoice: 1,000,000 nested "[" where a string is expected (kept raw) fail with MAX_DEPTH', () => {
    const prefix = '{sessions:[{members:[{applicationData:{k:';
    // depth so far: response {, sessions [, session {, members [, member {, applicationData { = 6
    expectMaxDepth(thrown(() => decode(GetActiveSessionsResponse, prefix + deepLists, { jitless })), prefix.length + 512 - 6);
  });
  it('EvoVoice: 1,000,000 nested "[" at the root fail with MAX_DEPTH or a decode error, never a RangeError', () => {
    const e = thrown(() => decode(GetActiveSessionsResponse, deepLists, { jitless }));
    expect(e).toBeInstanceOf(JsvError);
  });
  it('array(array(…)) 600 levels deep: 1,000,000 nested "[" fail with MAX_DEPTH at offset 512', () => {
    expectMaxDepth(thrown(() => decode(nestedArrays(600), deepLists, { jitless })), 512);
  });
  it('array(array(int())): deeper text than the schema fails with MAX_DEPTH (skipped block is bounded too)', () => {
    expectMaxDepth(thrown(() => decode(nestedArrays(2), deepLists, { jitless })), 512);
  });
  it('dict(dict(…)) 600 levels deep: 1,000,000 nested "{a:" fail with MAX_DEPTH at offset 1536', () => {
    expectMaxDepth(thrown(() => decode(nestedDicts(600), deepObjects, { jitless })), 1536);
  });
  it('a custom maxDepth is honoured exactly for typed containers', () => {
    const s = nestedArrays(3);
    expect(decode(s, '[[[1]]]', { jitless, maxDepth: 3 })).toEqual([[[1]]]);
    expectMaxDepth(thrown(() => decode(s, '[[[1]]]', { jitless, maxDepth: 2 })), 2);
    const d = nestedDicts(2);
    expect(decode(d, '{a:{b:c}}', { jitless, maxDepth: 2 })).toEqual({ a: { b: 'c' } });
    expectMaxDepth(thrown(() => decode(d, '{a:{b:c}}', { jitless, maxDepth: 1 })), 3);
  });
  it('600-level schemas decode 600-level text when maxDepth allows it', () => {
    const text = '['.repeat(600) + '7' + ']'.repeat(600);
    let v: unknown = decode(nestedArrays(600), text, { jitless, maxDepth: 600 });
    for (let i = 0; i < 600; i++) v = (v as unknown[])[0];
    expect(v).toBe(7);
  });
  it('objects nested through optional members are bounded too', () => {
    let s: AnySchema = object({ v: string() });
    for (let i = 0; i < 20; i++) s = object({ a: optional(s) });
    const text = '{a:'.repeat(20) + '{v:x}' + '}'.repeat(20);
    expect(() => decode(s, text, { jitless, maxDepth: 21 })).not.toThrow();
    expectMaxDepth(thrown(() => decode(s, text, { jitless, maxDepth: 20 })), 60);
  });
  it('with maxDepth far above the stack (1e7), 1,000,000 nested "{a:" or "[" give a JsvError (MAX_DEPTH or unterminated), never a RangeError', () => {
    const texts: Array<[AnySchema, string]> = [
      [nestedDicts(3), deepObjects],
      [GetActiveSessionsResponse, `{x:${deepObjects}`],
      [GetActiveSessionsResponse, `{sessions:[{id:${deepLists}`],
      [nestedArrays(600), deepLists],
    ];
    for (const [schema, text] of texts) {
      const e = thrown(() => decode(schema, text, { jitless, maxDepth: 1e7 }));
      expect(e).toBeInstanceOf(JsvError);
      expect(['MAX_DEPTH', 'UNTERMINATED_OBJECT', 'UNTERMINATED_ARRAY']).toContain((e as JsvError).code);
    }
  });
  it('EvoVoice: 1,000,000 nested "{a:" where a string is expected (raw brace token) fail with MAX_DEPTH', () => {
    const prefix = '{sessions:[{consoleData:';
    expectMaxDepth(thrown(() => decode(GetActiveSessionsResponse, prefix + deepObjects, { jitless })));
  });
});

describe('depth and length options are validated', () => {
  it.each([NaN, -1, '10', null])('maxDepth %s is refused with INVALID_ARGUMENT instead of silently turning the bound off', (bad) => {
    for (const run of [() => parse('[[a]]', { maxDepth: bad as number }), () => format('[[a]]', { maxDepth: bad as number })]) {
      expect(run).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });
  it('maxLength NaN is refused with INVALID_ARGUMENT', () => {
    expect(() => parse('a', { maxLength: NaN })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
