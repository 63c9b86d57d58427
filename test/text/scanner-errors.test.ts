/**
 * Syntax errors of the untyped reader: where ServiceStack silently defaults, truncates or crashes (spec §8, §1.7), we
 * throw a positioned JsvSyntaxError with a closed-set code, a 1-based line/column, and a code frame.
 */
import { describe, expect, it } from 'vitest';
import { JsvError, JsvSyntaxError, format, parse, safeParse, type JsvErrorCode, type ParseOptions } from '../../src/index.js';

interface Where {
  code: JsvErrorCode;
  offset: number;
  line: number;
  column: number;
}

/** Runs `parse(text)`, expecting a JsvSyntaxError; returns it. */
function syntaxError(text: string, options?: ParseOptions): JsvSyntaxError {
  let caught: unknown;
  try {
    parse(text, options);
  } catch (e) {
    caught = e;
  }
  expect(caught, `parse(${JSON.stringify(text)}) should throw`).toBeInstanceOf(JsvSyntaxError);
  return caught as JsvSyntaxError;
}

/** Checks code and position, the code frame at the end of the message, the class chain, and safeParse. */
function expectSyntaxError(text: string, want: Where, options?: ParseOptions): JsvSyntaxError {
  const e = syntaxError(text, options);
  expect({ code: e.code, offset: e.offset, line: e.line, column: e.column }).toEqual(want);
  expect(e).toBeInstanceOf(JsvError);
  expect(e).toBeInstanceOf(Error);
  expect(e.name).toBe('JsvSyntaxError');
  // The message names the place and ends with the code frame: the offending line and a caret under the column.
  expect(e.message).toContain(`line ${want.line}, column ${want.column}`);
  expect(e.message.endsWith(`\n\n${e.frame}`)).toBe(true);
  const [shown, caret, ...rest] = e.frame.split('\n');
  expect(rest).toEqual([]);
  const lineText = text.split('\n')[want.line - 1]?.replace(/\r$/, '') ?? '';
  if (lineText.length <= 100) {
    expect(shown).toBe(`${want.line} | ${lineText.replace(/[\t\r]/g, ' ')}`);
    expect(caret).toBe(`${' '.repeat(`${want.line} | `.length + want.column - 1)}^`);
  }
  // safeParse never throws and reports the same error.
  const r = safeParse(text, options);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error).toBeInstanceOf(JsvSyntaxError);
    expect(r.error.code).toBe(want.code);
    expect(r.error.message).toBe(e.message);
  }
  return e;
}

describe('unterminated tokens and blocks (ServiceStack reads them to the end of the text)', () => {
  it('fails with UNTERMINATED_STRING at the opening quote of a quoted value with no closing quote', () => {
    expectSyntaxError('{A:"abc', { code: 'UNTERMINATED_STRING', offset: 3, line: 1, column: 4 });
  });

  it('fails with UNTERMINATED_STRING for a root quoted string with no closing quote (ServiceStack drops the last char)', () => {
    expectSyntaxError('"abc', { code: 'UNTERMINATED_STRING', offset: 0, line: 1, column: 1 });
  });

  it('fails with UNTERMINATED_STRING for a lone quote', () => {
    expectSyntaxError('"', { code: 'UNTERMINATED_STRING', offset: 0, line: 1, column: 1 });
  });

  it('fails with UNTERMINATED_STRING when the last quote is doubled (an escaped quote, not a closing one)', () => {
    expectSyntaxError('"a""', { code: 'UNTERMINATED_STRING', offset: 0, line: 1, column: 1 });
    expectSyntaxError('[a,"b""]', { code: 'UNTERMINATED_STRING', offset: 3, line: 1, column: 4 });
  });

  it('fails with UNTERMINATED_STRING for an unterminated quoted key', () => {
    expectSyntaxError('{"abc:1}', { code: 'UNTERMINATED_STRING', offset: 1, line: 1, column: 2 });
  });

  it('fails with UNTERMINATED_OBJECT at the opening brace when "}" is missing', () => {
    expectSyntaxError('{A:1', { code: 'UNTERMINATED_OBJECT', offset: 0, line: 1, column: 1 });
    expectSyntaxError('{A:{B:1}', { code: 'UNTERMINATED_OBJECT', offset: 0, line: 1, column: 1 });
  });

  it('fails with UNTERMINATED_OBJECT for a lone "{" (ServiceStack reads an empty object)', () => {
    expectSyntaxError('{', { code: 'UNTERMINATED_OBJECT', offset: 1, line: 1, column: 2 });
  });

  it('fails with UNTERMINATED_OBJECT when the text ends inside a member name', () => {
    expectSyntaxError('{A', { code: 'UNTERMINATED_OBJECT', offset: 1, line: 1, column: 2 });
    expectSyntaxError('{A:1,B', { code: 'UNTERMINATED_OBJECT', offset: 5, line: 1, column: 6 });
  });

  it('fails with UNTERMINATED_ARRAY at the opening bracket when "]" is missing', () => {
    expectSyntaxError('[a,b', { code: 'UNTERMINATED_ARRAY', offset: 0, line: 1, column: 1 });
    expectSyntaxError('[', { code: 'UNTERMINATED_ARRAY', offset: 0, line: 1, column: 1 });
    expectSyntaxError('[[a]', { code: 'UNTERMINATED_ARRAY', offset: 0, line: 1, column: 1 });
    expectSyntaxError('{A:[a,b}', { code: 'UNTERMINATED_ARRAY', offset: 3, line: 1, column: 4 });
  });
});

describe('member names', () => {
  it('fails with EXPECTED_COLON for a key with no ":" after it', () => {
    const e = expectSyntaxError('{A}', { code: 'EXPECTED_COLON', offset: 2, line: 1, column: 3 });
    expect(e.message).toContain('"A"');
  });

  it('fails with EXPECTED_COLON when a "," follows a key', () => {
    expectSyntaxError('{A,B:1}', { code: 'EXPECTED_COLON', offset: 2, line: 1, column: 3 });
  });

  it('fails with EXPECTED_COLON for text between a quoted key and its ":"', () => {
    expectSyntaxError('{"k"x:1}', { code: 'EXPECTED_COLON', offset: 4, line: 1, column: 5 });
  });

  it('fails with UNEXPECTED_CHARACTER for an empty key', () => {
    expectSyntaxError('{:1}', { code: 'UNEXPECTED_CHARACTER', offset: 1, line: 1, column: 2 });
  });

  it('fails with UNEXPECTED_CHARACTER for "{,}" and a doubled comma in an object', () => {
    expectSyntaxError('{,}', { code: 'UNEXPECTED_CHARACTER', offset: 1, line: 1, column: 2 });
    expectSyntaxError('{A:1,,B:2}', { code: 'UNEXPECTED_CHARACTER', offset: 5, line: 1, column: 6 });
  });

  it('fails with EXPECTED_COLON for "{ }" in strict mode (the space is a key), as conformance vector parse-26 requires', () => {
    expectSyntaxError('{ }', { code: 'EXPECTED_COLON', offset: 2, line: 1, column: 3 });
  });
});

describe('§8.1 trailing whitespace, commas and text (ServiceStack throws IndexOutOfRange or ignores them)', () => {
  it('fails with TRAILING_CHARACTERS for a newline after the root object, and hints at lenient mode', () => {
    const e = expectSyntaxError('{A:1}\n', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
    expect(e.message).toContain('lenient: true');
  });

  it('fails with TRAILING_CHARACTERS for CRLF after the root object', () => {
    expectSyntaxError('{A:1}\r\n', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
  });

  it('fails with TRAILING_CHARACTERS for a space after a root list or root quoted string', () => {
    expectSyntaxError('[a] ', { code: 'TRAILING_CHARACTERS', offset: 3, line: 1, column: 4 });
    expectSyntaxError('"a" ', { code: 'TRAILING_CHARACTERS', offset: 3, line: 1, column: 4 });
  });

  it('fails with TRAILING_CHARACTERS for text after the root object', () => {
    const e = expectSyntaxError('{A:1}x', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
    expect(e.message).not.toContain('lenient');
  });

  it('fails with TRAILING_CHARACTERS for concatenated objects and stray closers', () => {
    expectSyntaxError('{A:1}{B:2}', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
    expectSyntaxError('{A:1}}', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
    expectSyntaxError('[a,b]]', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
    expectSyntaxError('[a,b],', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
  });

  it('fails with UNEXPECTED_CHARACTER for a trailing comma in an object ({Id:1,})', () => {
    const e = expectSyntaxError('{Id:1,}', { code: 'UNEXPECTED_CHARACTER', offset: 6, line: 1, column: 7 });
    expect(e.message).toMatch(/trailing comma/);
    expectSyntaxError('{A:[a,b],}', { code: 'UNEXPECTED_CHARACTER', offset: 9, line: 1, column: 10 });
  });

  it('reads a trailing comma in a list as a null item, as ServiceStack does ([a,] is [a,null])', () => {
    expect(parse('[a,]')).toEqual(['a', null]);
  });
});

describe('text after a closing quote or block (ServiceStack blindly skips one char as the separator)', () => {
  it('fails with UNEXPECTED_CHARACTER for text after the closing quote of a value', () => {
    expectSyntaxError('{A:"x"y}', { code: 'UNEXPECTED_CHARACTER', offset: 6, line: 1, column: 7 });
    expectSyntaxError('{A:"a"b"}', { code: 'UNEXPECTED_CHARACTER', offset: 6, line: 1, column: 7 });
    expectSyntaxError('["a"b]', { code: 'UNEXPECTED_CHARACTER', offset: 4, line: 1, column: 5 });
  });

  it('fails with TRAILING_CHARACTERS for text after a closing quote at the root', () => {
    expectSyntaxError('"abc"x', { code: 'TRAILING_CHARACTERS', offset: 5, line: 1, column: 6 });
  });

  it('fails with UNEXPECTED_CHARACTER for a space after a quoted value in an object ({Name:"a" ,Id:3} loses Id in ServiceStack)', () => {
    const e = expectSyntaxError('{Name:"a" ,Id:3}', { code: 'UNEXPECTED_CHARACTER', offset: 9, line: 1, column: 10 });
    expect(e.message).toContain('lenient: true');
  });

  it('fails with UNEXPECTED_CHARACTER for a space after a quoted list item (["a" ,b] gives [a,null,b] in ServiceStack)', () => {
    expectSyntaxError('["a" ,b]', { code: 'UNEXPECTED_CHARACTER', offset: 4, line: 1, column: 5 });
  });

  it('fails with UNEXPECTED_CHARACTER for a space after a nested block in a list ([{Id:1} ,{Id:2}])', () => {
    expectSyntaxError('[{Id:1} ,{Id:2}]', { code: 'UNEXPECTED_CHARACTER', offset: 7, line: 1, column: 8 });
  });

  it('fails with UNEXPECTED_CHARACTER for text after a nested block', () => {
    expectSyntaxError('{A:[a]b}', { code: 'UNEXPECTED_CHARACTER', offset: 6, line: 1, column: 7 });
    expectSyntaxError('{A:{B:1}x}', { code: 'UNEXPECTED_CHARACTER', offset: 8, line: 1, column: 9 });
  });

  it('fails with UNTERMINATED_OBJECT when "]" stands where "}" should close an object ("]" in an object value is data)', () => {
    expectSyntaxError('[{A:1]', { code: 'UNTERMINATED_OBJECT', offset: 1, line: 1, column: 2 });
  });
});

describe('maxDepth', () => {
  it('fails with MAX_DEPTH at the first "[" deeper than maxDepth', () => {
    expectSyntaxError('[[[]]]', { code: 'MAX_DEPTH', offset: 2, line: 1, column: 3 }, { maxDepth: 2 });
  });

  it('fails with MAX_DEPTH at the first "{" deeper than maxDepth', () => {
    expectSyntaxError('{a:{a:{a:x}}}', { code: 'MAX_DEPTH', offset: 6, line: 1, column: 7 }, { maxDepth: 2 });
  });

  it('allows nesting exactly maxDepth deep', () => {
    expect(parse('[[[]]]', { maxDepth: 3 })).toEqual([[[]]]);
  });

  it('defaults maxDepth to 512', () => {
    expect(() => parse('['.repeat(512) + ']'.repeat(512))).not.toThrow();
    const e = syntaxError('['.repeat(513) + ']'.repeat(513));
    expect(e.code).toBe('MAX_DEPTH');
    expect(e.offset).toBe(512);
  });

  it('counts scalars as no depth (maxDepth 0 still reads a root scalar)', () => {
    expect(parse('a', { maxDepth: 0 })).toBe('a');
    expectSyntaxError('[]', { code: 'MAX_DEPTH', offset: 0, line: 1, column: 1 }, { maxDepth: 0 });
  });

  it('fails with MAX_DEPTH (from safeParse) for 100000 nested lists even when maxDepth is raised', () => {
    const r = safeParse('['.repeat(100_000) + ']'.repeat(100_000), { maxDepth: Number.POSITIVE_INFINITY });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(JsvError);
      expect(r.error.code).toBe('MAX_DEPTH');
    }
  });

  // Was a bug (fixed, kept as a regression test): (src/text/parse.ts, recursive parseObject/parseList): with maxDepth raised above what the JS stack holds,
  // parse throws the engine's RangeError ("Maximum call stack size exceeded") instead of a JsvError; only safeParse
  // converts it. Expected: a JsvError with code MAX_DEPTH.
  it('throws a JsvError, not a RangeError, from parse when nesting exhausts the stack', () => {
    expect(() => parse('['.repeat(100_000) + ']'.repeat(100_000), { maxDepth: Number.POSITIVE_INFINITY })).toThrow(JsvError);
  });
});

describe('positions', () => {
  it('counts lines from 1 and columns from 1 after each "\\n"', () => {
    expectSyntaxError('{A:1,\nB:"x', { code: 'UNTERMINATED_STRING', offset: 8, line: 2, column: 3 });
  });

  it('counts "\\r\\n" as one line break and leaves the "\\r" out of the frame', () => {
    const e = expectSyntaxError('{A:1,\r\nB:"x}', { code: 'UNTERMINATED_STRING', offset: 9, line: 2, column: 3 });
    expect(e.frame).not.toContain('\r');
  });

  it('reports an error on the third line with that line in the frame', () => {
    const e = expectSyntaxError('{\nA:1,\nBB:2}x', { code: 'TRAILING_CHARACTERS', offset: 12, line: 3, column: 6 });
    expect(e.frame.split('\n')[0]).toBe('3 | BB:2}x');
  });

  it('counts the skipped byte order mark in offsets and columns', () => {
    const e = syntaxError('\ufeff{A}');
    expect({ code: e.code, offset: e.offset, column: e.column }).toEqual({ code: 'EXPECTED_COLON', offset: 3, column: 4 });
  });

  it('shows a window of a long line with the caret under the offending character', () => {
    const text = `{A:${'x'.repeat(300)}}!`;
    const e = syntaxError(text);
    expect(e.code).toBe('TRAILING_CHARACTERS');
    expect(e.offset).toBe(text.length - 1);
    const [shown = '', caret = ''] = e.frame.split('\n');
    expect(shown.length).toBeLessThan(120);
    expect(shown[caret.length - 1]).toBe('!');
  });
});

describe('the metadata-page sample (spec §1.8)', () => {
  const sample = '{ sessions: [ { dialState: None, ended: False, members: [ { identity: String, muted: False } ] } ] }';

  it('fails in strict mode with a positioned error whose message suggests lenient: true', () => {
    const e = syntaxError(sample);
    expect(e.message).toContain('lenient: true');
    expect(e.line).toBe(1);
    expect(e.column).toBe(e.offset + 1);
  });

  it('parses with lenient: true', () => {
    expect(parse(sample, { lenient: true })).toEqual({
      sessions: [{ dialState: 'None', ended: 'False', members: [{ identity: 'String', muted: 'False' }] }],
    });
  });
});

describe('non-text input', () => {
  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['an object', {}],
    ['null', null],
  ])('fails with a JsvError (not a TypeError) for %s', (_name, input) => {
    expect(() => parse(input as unknown as string)).toThrow(JsvError);
    const r = safeParse(input as unknown as string);
    expect(r.ok).toBe(false);
  });
});

describe('format reports the same syntax errors as parse', () => {
  it('throws UNTERMINATED_OBJECT from format("{A:1")', () => {
    expect(() => format('{A:1')).toThrow(JsvSyntaxError);
    try {
      format('{A:1');
    } catch (e) {
      expect((e as JsvSyntaxError).code).toBe('UNTERMINATED_OBJECT');
    }
  });
});
