/**
 * The CLI's parts, in process: the argument parser, the JSON reader and writer, the error report, and `run()`'s
 * handling of failures that cannot be provoked from outside (internal errors).
 */
import { describe, expect, it } from 'vitest';
import { JsvDecodeError, JsvSyntaxError } from '../../src/errors.js';
import { UsageError, parseArgs, type OptionSpec } from '../../src/cli/args.js';
import { dropFinalNewline } from '../../src/cli/io.js';
import { locateJsonPath, readJson } from '../../src/fetch/json-read.js';
import { toJsonText } from '../../src/cli/json-write.js';
import { formatJsvError } from '../../src/cli/report-error.js';
import { run } from '../../src/cli/run.js';
import { resolveSchema } from '../../src/cli/schemas.js';
import { TimeSpan } from '../../src/text/time-span-value.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { memoryIo } from './memory-io.js';

describe('run()', () => {
  it('an unexpected error inside a command prints "jsv: internal error: <message>" and exits 70, no stack', async () => {
    const io = memoryIo({ stdin: () => Promise.reject(new Error('disk on fire\n    at somewhere (x.js:1:1)')) });
    expect(await run(['check'], io)).toBe(70);
    expect(io.stderr).toBe('jsv: internal error: disk on fire\n');
    expect(io.stdout).toBe('');
  });

  it('a terminal on stdin with no file is a usage error (exit 2), not a silent wait', async () => {
    const io = { ...memoryIo(), stdinIsTerminal: true };
    const out: string[] = [];
    io.err = (t) => void out.push(t);
    expect(await run(['check'], io)).toBe(2);
    expect(out.join('')).toMatch(/^jsv: no input/);
  });

  it('reads stdin through the io it is given', async () => {
    const io = memoryIo({ stdin: new TextEncoder().encode('{a:1}\n') });
    expect(await run(['to-json', '--compact'], io)).toBe(0);
    expect(io.stdout).toBe('{"a":"1"}\n');
  });
});

describe('parseArgs', () => {
  const specs: OptionSpec[] = [
    { name: 'schema', type: 'value', description: '' },
    { name: 'compact', type: 'flag', description: '' },
    { name: 'help', short: 'h', type: 'flag', description: '' },
  ];

  it('reads --name value, --name=value, flags, short flags, - and positionals after --', () => {
    const a = parseArgs(['-', '--schema', 'X', '--compact', '-h'], specs, 1);
    expect([...a.options]).toEqual([['schema', 'X'], ['compact', true], ['help', true]]);
    expect(a.positionals).toEqual(['-']);
    const b = parseArgs(['--schema=a=b', '--', '--compact'], specs, 1);
    expect(b.options.get('schema')).toBe('a=b');
    expect(b.positionals).toEqual(['--compact']);
  });

  it('an empty value after = is a value, not a missing one', () => {
    expect(parseArgs(['--schema='], specs, 0).options.get('schema')).toBe('');
  });

  it.each([
    [['--nope'], /unknown option --nope/],
    [['-x'], /unknown option -x/],
    [['--schema'], /needs a value/],
    [['--compact=1'], /takes no value/],
    [['--compact', '--compact'], /more than once/],
    [['a', 'b'], /unexpected argument 'b'/],
  ])('%j is a UsageError', (argv, message) => {
    expect(() => parseArgs(argv, specs, 1, 'to-json')).toThrow(UsageError);
    expect(() => parseArgs(argv, specs, 1, 'to-json')).toThrow(message);
  });
});

describe('toJsonText (to-json output of typed values)', () => {
  it('writes bigint as a string of digits, Date as ISO, TimeSpan as XSD, bytes as base64, NaN/Infinity as strings', () => {
    const value = {
      big: 9223372036854775807n,
      when: new Date(Date.UTC(2025, 5, 2, 14, 29, 13)),
      span: TimeSpan.fromSeconds(5400),
      bytes: new Uint8Array([1, 2, 3, 255]),
      nums: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5],
      absent: undefined,
      slots: ['a', null],
    };
    expect(JSON.parse(toJsonText(value, true))).toEqual({
      big: '9223372036854775807',
      when: '2025-06-02T14:29:13.000Z',
      span: 'PT1H30M',
      bytes: 'AQID/w==',
      nums: ['NaN', 'Infinity', '-Infinity', 1.5],
      slots: ['a', null],
    });
  });

  it('indents by two spaces unless compact', () => {
    expect(toJsonText({ a: [1] }, false)).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(toJsonText({ a: [1] }, true)).toBe('{"a":[1]}');
  });
});

describe('readJson (from-json input)', () => {
  it('reads what JSON.parse reads', () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9\\"\\\\\\/"],"b":{}, "c" : [ ] }';
    expect(readJson(text)).toEqual(JSON.parse(text));
  });

  it('keeps integers beyond 2^53 exact as bigint when asked, as numbers otherwise', () => {
    expect(readJson('[12345678901234567890, 12, 1.5e300]', { bigIntegers: 'bigint' })).toEqual([12345678901234567890n, 12, 1.5e300]);
    expect(readJson('[12345678901234567890]')).toEqual([12345678901234567890]);
  });

  it('__proto__ becomes an own property and changes no prototype', () => {
    const v = readJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['', 1, 'UNEXPECTED_CHARACTER'],
    ['{"a":1,}', 8, 'UNEXPECTED_CHARACTER'],
    ['{"a" 1}', 6, 'UNEXPECTED_CHARACTER'],
    ['"abc', 1, 'UNTERMINATED_STRING'],
    ['"a\\x"', 3, 'UNEXPECTED_CHARACTER'],
    ['[1] x', 5, 'UNEXPECTED_CHARACTER'],
    ['tru', 1, 'UNEXPECTED_CHARACTER'],
    ['[01]', 3, 'UNEXPECTED_CHARACTER'],
  ])('%j is a JsvSyntaxError at column %i', (text, column, code) => {
    try {
      readJson(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsvSyntaxError);
      expect((e as JsvSyntaxError).column).toBe(column);
      expect((e as JsvSyntaxError).code).toBe(code);
    }
  });

  it('bounds nesting with MAX_DEPTH instead of overflowing the stack', () => {
    expect(() => readJson('['.repeat(100_000))).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
  });
});

describe('locateJsonPath', () => {
  const text = '{\n  "Sessions": [\n    {},\n    {"CallState": "Nope"}\n  ]\n}';

  it('finds the value at a path, matching member names case-insensitively', () => {
    expect(locateJsonPath(text, ['sessions', 1, 'callState'])).toBe(text.indexOf('"Nope"'));
  });

  it('stops at the deepest part of the path that exists', () => {
    expect(locateJsonPath(text, ['sessions', 7, 'x'])).toBe(text.indexOf('['));
  });
});

describe('formatJsvError', () => {
  it('a decode error: file:line:column, message without the path, [CODE], frame, then the path', () => {
    const e = new JsvDecodeError('INVALID_ENUM', { path: ['sessions', 3, 'callState'], expected: 'one of A, B', received: 'C', text: '{x:\ny:C}', offset: 6 });
    expect(formatJsvError(e, 'f.jsv', '{x:\ny:C}')).toBe('f.jsv:2:3: expected one of A, B, received "C" [INVALID_ENUM]\n  2 | y:C}\n        ^\n  at $.sessions[3].callState\n');
  });

  it('an error without a position uses locate(), or just the file name', () => {
    const e = new JsvDecodeError('INVALID_ENUM', { path: ['a'], expected: 'x', received: 'y' });
    expect(formatJsvError(e, 'f.json', '{"a":"y"}', () => 5)).toMatch(/^f\.json:1:6: /);
    expect(formatJsvError(e, 'f.json', '{"a":"y"}')).toMatch(/^f\.json: expected x/);
  });
});

describe('resolveSchema', () => {
  it('accepts evovoice:Name, Name in any case, and Name[] for a list', () => {
    expect(resolveSchema('evovoice:GetActiveSessionsResponse', 'x')).toBe(GetActiveSessionsResponse);
    expect(resolveSchema('GETACTIVESESSIONSRESPONSE', 'x')).toBe(GetActiveSessionsResponse);
    const list = resolveSchema('evovoice:GetActiveSessionsResponse[]', 'x');
    expect(list.kind === 'array' && list.item).toBe(GetActiveSessionsResponse);
  });
});

describe('dropFinalNewline', () => {
  it('drops one final LF or CRLF only', () => {
    expect(dropFinalNewline('a\n\n')).toBe('a\n');
    expect(dropFinalNewline('a\r\n')).toBe('a');
    expect(dropFinalNewline('a\r')).toBe('a\r');
  });
});

describe('checkText (what jsv check runs, for fuzzers)', () => {
  it('returns for valid text and throws the JsvError for invalid text', async () => {
    const { checkText } = await import('../../src/cli/commands/check.js');
    expect(() => checkText('{sessions:[]}', { schema: GetActiveSessionsResponse })).not.toThrow();
    expect(() => checkText('{sessions:[{callState:X}]}', { schema: GetActiveSessionsResponse })).toThrow(JsvDecodeError);
    expect(() => checkText('{a:[1] }')).toThrow(JsvSyntaxError);
    expect(() => checkText('{a:[1] }', { lenient: true })).not.toThrow();
  });
});
