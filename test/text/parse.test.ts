/**
 * The untyped reader, rule by rule (spec §1 grammar and tokenizer, §2.3 reader unescape, §1.7 whitespace, §1.8 the
 * metadata sample). Malformed text is covered in scanner-errors.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, safeParse, type JsvNode } from '../../src/index.js';

describe('§1.3 plain tokens', () => {
  it('keeps a plain value verbatim, spaces included', () => {
    expect(parse('{A: x y }')).toEqual({ A: ' x y ' });
    expect(parse('[ a , b ]')).toEqual([' a ', ' b ']);
  });

  it('keeps ":" inside a plain value (ServiceStack accepts {Name:a:b})', () => {
    expect(parse('{A:b:c}')).toEqual({ A: 'b:c' });
    expect(parse('[2:nd]')).toEqual(['2:nd']);
  });

  it('keeps a quote inside a plain value that does not start with one ({Name:a"b} is a"b)', () => {
    expect(parse('{A:a"b}')).toEqual({ A: 'a"b' });
    expect(parse('[x"y"]')).toEqual(['x"y"']);
  });

  it('keeps "]" inside a plain object value and "}" inside a plain list item', () => {
    expect(parse('{A:x]y}')).toEqual({ A: 'x]y' });
    expect(parse('[a}b]')).toEqual(['a}b']);
  });

  it('keeps "{" and "[" inside a plain value that does not start with them', () => {
    expect(parse('{A:x{y}')).toEqual({ A: 'x{y' });
    expect(parse('[a{b,c[d]')).toEqual(['a{b', 'c[d']);
  });

  it('keeps a quote after leading spaces as data (parse-340: [ "a" ] is [ \' "a" \'])', () => {
    expect(parse('[ "a" ]')).toEqual([' "a" ']);
  });

  it('keeps tabs, newlines and non-ASCII inside plain values', () => {
    expect(parse('{A:a\tb,B:é😀}')).toEqual({ A: 'a\tb', B: 'é😀' });
    expect(parse('[a\nb]')).toEqual(['a\nb']);
  });

  it('keeps apostrophes and backslashes as data (no escaping but doubled quotes)', () => {
    expect(parse("[c 'd,\\n]")).toEqual(["c 'd", '\\n']);
  });
});

describe('§1.3 empty values', () => {
  it('reads an empty member value as null ({A:})', () => {
    expect(parse('{A:}')).toEqual({ A: null });
    expect(parse('{A:,B:x}')).toEqual({ A: null, B: 'x' });
  });

  it('reads an empty list item between commas as null ([a,,b])', () => {
    expect(parse('[a,,b]')).toEqual(['a', null, 'b']);
  });

  it('reads a trailing comma in a list as one more null item ([a,])', () => {
    expect(parse('[a,]')).toEqual(['a', null]);
  });

  it('reads [,] as two null items', () => {
    expect(parse('[,]')).toEqual([null, null]);
  });

  it('reads a leading comma in a list as a null first item ([,a])', () => {
    expect(parse('[,a]')).toEqual([null, 'a']);
  });

  it('reads [] as the empty list and {} as the empty object', () => {
    expect(parse('[]')).toEqual([]);
    expect(parse('{}')).toEqual({});
  });

  it('reads the empty text as null', () => {
    expect(parse('')).toBeNull();
  });

  it('reads "" as the empty string, not null', () => {
    expect(parse('""')).toBe('');
    expect(parse('{A:""}')).toEqual({ A: '' });
    expect(parse('[""]')).toEqual(['']);
  });

  it('reads [ ] in strict mode as a list of one space (whitespace is data)', () => {
    expect(parse('[ ]')).toEqual([' ']);
  });
});

describe('§1.2 root values', () => {
  it('reads a root scalar as the whole text, ":" and "," included', () => {
    expect(parse('2010-12-20T10:11:12Z')).toBe('2010-12-20T10:11:12Z');
    expect(parse('a,b')).toBe('a,b');
    expect(parse('a}b]')).toBe('a}b]');
  });

  it('reads a root scalar with its leading and trailing spaces and newlines', () => {
    expect(parse(' x ')).toBe(' x ');
    expect(parse('a\nb\n')).toBe('a\nb\n');
  });

  it('reads a root quoted string unescaped', () => {
    expect(parse('"a,b"')).toBe('a,b');
    expect(parse('"""q"""')).toBe('"q"');
  });

  it('reads a root string that starts with a quote but is not a quoted token verbatim (a"b)', () => {
    expect(parse('a"b')).toBe('a"b');
  });
});

describe('§1.3 nested blocks', () => {
  it('reads nested objects and lists embedded raw', () => {
    expect(parse('{Child:{Id:1},Kids:[{Id:2}],Map:{k:v}}')).toEqual({ Child: { Id: '1' }, Kids: [{ Id: '2' }], Map: { k: 'v' } });
  });

  it('reads lists of lists and empty nested containers', () => {
    expect(parse('[[1,2],[3],[],[[]],{}]')).toEqual([['1', '2'], ['3'], [], [[]], {}]);
  });

  it('reads null items next to nested blocks', () => {
    expect(parse('[{A:1},,[x],]')).toEqual([{ A: '1' }, null, ['x'], null]);
  });

  it('reads a string that holds JSV text when it is quoted ({S:"{Id:1}"})', () => {
    expect(parse('{S:"{Id:1}"}')).toEqual({ S: '{Id:1}' });
  });

  it('reads 5 levels of mixed nesting', () => {
    expect(parse('{A:[{B:[x,{C:}]}],D:{}}')).toEqual({ A: [{ B: ['x', { C: null }] }], D: {} });
  });
});

describe('§1.3 member names', () => {
  it('reads a key up to the next ":" (the rest is the value)', () => {
    expect(parse('{a b:c:d}')).toEqual({ 'a b': 'c:d' });
  });

  it('keeps spaces around a key in strict mode', () => {
    expect(parse('{ a :1}')).toEqual({ ' a ': '1' });
  });

  it('keeps a quote inside an unquoted key', () => {
    expect(parse('{a"b:1}')).toEqual({ 'a"b': '1' });
  });

  it('reads a key starting with "[" without bracket matching (to the first ":")', () => {
    expect(parse('{[a:1}')).toEqual({ '[a': '1' });
    expect(parse('{a]:1}')).toEqual({ 'a]': '1' });
  });

  it('unescapes a quoted key like a value ({"a:b":"c,d"})', () => {
    expect(parse('{"a:b":"c,d"}')).toEqual({ 'a:b': 'c,d' });
    expect(parse('{"a""b":1}')).toEqual({ 'a"b': '1' });
  });

  it('reads the empty quoted key ""', () => {
    expect(parse('{"":empty}')).toEqual({ '': 'empty' });
  });

  it('keeps member order as written', () => {
    expect(Object.keys(parse('{z:1,a:2,m:3,b:4}') as object)).toEqual(['z', 'a', 'm', 'b']);
  });

  it('lets the last of duplicate keys win, at the place of the first', () => {
    const o = parse('{A:1,B:2,A:3}') as Record<string, JsvNode>;
    expect(o).toEqual({ A: '3', B: '2' });
    expect(Object.keys(o)).toEqual(['A', 'B']);
  });

  it('treats keys case-sensitively ({A:1,a:2} has two members)', () => {
    expect(parse('{A:1,a:2}')).toEqual({ A: '1', a: '2' });
  });
});

describe('prototype safety', () => {
  it('reads __proto__ as an own data property and leaves the prototype alone', () => {
    const o = parse('{__proto__:x}') as Record<string, JsvNode>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.hasOwn(o, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')).toEqual({ value: 'x', writable: true, enumerable: true, configurable: true });
    expect(Object.keys(o)).toEqual(['__proto__']);
  });

  it('does not pollute Object.prototype through a nested __proto__ object', () => {
    const o = parse('{__proto__:{polluted:yes},a:{__proto__:{polluted:yes}}}') as Record<string, any>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(o['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(o['a'])).toBe(Object.prototype);
    expect(o['__proto__']).toEqual({ polluted: 'yes' });
  });

  it('reads a quoted "__proto__" key as an own property too', () => {
    const o = parse('{"__proto__":x}') as Record<string, JsvNode>;
    expect(Object.hasOwn(o, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });

  it('reads constructor, toString and hasOwnProperty as ordinary own data properties', () => {
    const o = parse('{constructor:y,toString:z,hasOwnProperty:w}') as Record<string, JsvNode>;
    expect(Object.keys(o)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(o['constructor']).toBe('y');
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.prototype.toString.call(o)).toBe('[object Object]');
  });

  it('keeps __proto__ in member order and lets a later duplicate win', () => {
    const o = parse('{a:1,__proto__:2,b:3,__proto__:4}') as Record<string, JsvNode>;
    expect(Object.keys(o)).toEqual(['a', '__proto__', 'b']);
    expect(o['__proto__']).toBe('4');
  });
});

describe('§2.3 reader unescape of quoted tokens', () => {
  it('drops the outer quotes and undoubles inner quotes', () => {
    expect(parse('{A:"a""b"}')).toEqual({ A: 'a"b' });
    expect(parse('[""""]')).toEqual(['"']);
  });

  it('keeps newlines, CR and special characters raw inside quotes', () => {
    expect(parse('["line\nbreak","a\r\nb","{}[],:"]')).toEqual(['line\nbreak', 'a\r\nb', '{}[],:']);
  });

  it('keeps leading and trailing spaces inside quotes', () => {
    expect(parse('[" a "]')).toEqual([' a ']);
  });

  it('reads "" as the empty string and """""" as two quotes', () => {
    expect(parse('["",""""""]')).toEqual(['', '""']);
  });
});

describe('byte order mark', () => {
  it('skips a leading BOM before an object, a list and a scalar', () => {
    expect(parse('\ufeff{A:1}')).toEqual({ A: '1' });
    expect(parse('\ufeff[a]')).toEqual(['a']);
    expect(parse('\ufeffabc')).toBe('abc');
  });

  it('reads a lone BOM as the empty text (null)', () => {
    expect(parse('\ufeff')).toBeNull();
  });

  it('keeps a U+FEFF that is not at the start as data', () => {
    expect(parse('[\ufeffx]')).toEqual(['\ufeffx']);
  });
});

describe('§1.7 lenient mode', () => {
  it('skips whitespace around { } [ ] : , in lenient mode', () => {
    expect(parse(' { A : 1 , B : [ a , b ] } ', { lenient: true })).toEqual({ A: '1', B: ['a', 'b'] });
  });

  it('keeps the same whitespace as data in strict mode (the default)', () => {
    expect(parse(' { A : 1 , B : [ a , b ] } ')).toBe(' { A : 1 , B : [ a , b ] } ');
    expect(parse('{ A : 1 }', { lenient: false })).toEqual({ ' A ': ' 1 ' });
  });

  it('skips tabs, CR and LF around structure in lenient mode', () => {
    expect(parse('{\r\n\tA:\t1,\n\tB: x\n}\n', { lenient: true })).toEqual({ A: '1', B: 'x' });
  });

  it('keeps whitespace inside a plain value in lenient mode', () => {
    expect(parse('{ A : x y }', { lenient: true })).toEqual({ A: 'x y' });
  });

  it('keeps whitespace inside quotes in lenient mode', () => {
    expect(parse('{ A : " x " }', { lenient: true })).toEqual({ A: ' x ' });
  });

  it('reads empty values and empty containers with spaces in lenient mode', () => {
    expect(parse('[ a , , b ]', { lenient: true })).toEqual(['a', null, 'b']);
    expect(parse('{ A : , B : x }', { lenient: true })).toEqual({ A: null, B: 'x' });
    expect(parse('[ ]', { lenient: true })).toEqual([]);
    expect(parse('{ }', { lenient: true })).toEqual({});
  });

  it('trims a root scalar in lenient mode and reads all-whitespace text as null', () => {
    expect(parse(' x ', { lenient: true })).toBe('x');
    expect(parse('  \n ', { lenient: true })).toBeNull();
  });

  it('allows a space after a quoted value in lenient mode', () => {
    expect(parse('{Name:"a" ,Id:3}', { lenient: true })).toEqual({ Name: 'a', Id: '3' });
  });
});

describe('§1.8 the EvoVoice metadata-page sample', () => {
  const page = readFileSync(new URL('../fixtures/evovoice-active-sessions.txt', import.meta.url), 'utf8');
  const sample = /\{ sessions: .*\} \] \}/.exec(page)?.[0] ?? '';

  it('finds the sample on the page', () => {
    expect(sample.startsWith('{ sessions: [ { dialState: None')).toBe(true);
  });

  it('parses with lenient: true into sessions with their members', () => {
    const tree = parse(sample, { lenient: true }) as { sessions: Array<Record<string, JsvNode>> };
    expect(tree.sessions).toHaveLength(1);
    const s = tree.sessions[0]!;
    expect(s['dialState']).toBe('None');
    expect(s['ended']).toBe('False');
    expect(s['customerBreadcrumb']).toEqual([{ id: 'String', name: 'String' }]);
    expect(s['members']).toEqual([
      {
        identity: 'String', endpointId: 'String', displayName: 'String', isOriginalMember: 'False', avatarUrl: 'String',
        applicationData: { String: 'String' }, callState: 'None', role: 'None', callSid: 'String', muted: 'False',
      },
    ]);
    expect(s['lastModifiedBy']).toBe('String');
  });

  it('fails in strict mode with a message that suggests lenient: true', () => {
    const r = safeParse(sample);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('lenient: true');
  });
});

describe('safeParse', () => {
  it('returns { ok: true, value } for good text', () => {
    expect(safeParse('{A:[b]}')).toEqual({ ok: true, value: { A: ['b'] } });
    expect(safeParse('')).toEqual({ ok: true, value: null });
  });

  it('returns { ok: false, error } for bad text instead of throwing', () => {
    const r = safeParse('{A:1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('UNTERMINATED_OBJECT');
  });

  it('passes the options on (lenient, maxDepth)', () => {
    expect(safeParse(' [ a ] ', { lenient: true })).toEqual({ ok: true, value: ['a'] });
    const r = safeParse('[[a]]', { maxDepth: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('MAX_DEPTH');
  });
});
