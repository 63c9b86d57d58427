/**
 * `lazy(() => schema)`: recursive DTOs (a tree, a linked list, mutually recursive types) in both codec modes, with
 * decoding bounded by `maxDepth` and encoding by the lazy nesting bound (MAX_DEPTH, never a RangeError).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsvEncodeError, JsvError, JsvSyntaxError, array, compile, decode, encode, int, lazy, object, optional, string,
  type Infer, type Schema,
} from '../../src/index.js';
import { fallbackCount } from '../../src/schema/generate.js';
import { codecSource } from '../../src/schema/codec-source.js';
import { roundTrip } from '../../src/fast-check/index.js';

type TreeNode = { name?: string | undefined; children?: TreeNode[] | undefined }
const TreeNode: Schema<TreeNode> = object({ name: string(), children: array(lazy(() => TreeNode)) }, { name: 'TreeNode' });

type ListNode = { value: number; next?: ListNode | undefined }
const ListNode: Schema<ListNode> = object({ value: int(), next: lazy(() => ListNode) }, { name: 'ListNode' });

type Category = { name?: string | undefined; items?: Item[] | undefined }
type Item = { title?: string | undefined; category?: Category | undefined }
const Category: Schema<Category> = object({ name: string(), items: array(lazy(() => Item)) }, { name: 'Category' });
const Item: Schema<Item> = object({ title: string(), category: lazy(() => Category) }, { name: 'Item' });

const MODES = [{ jitless: false }, { jitless: true }] as const;

/** The text of `f()`, or the error it threw. */
function safeEncode(f: () => string): { ok: true; text: string } | { ok: false; error: unknown } {
  try {
    return { ok: true, text: f() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A linked list of `n` nodes, as a value and as its text. */
function chain(n: number): { value: ListNode; text: string } {
  let value: ListNode | undefined;
  for (let i = n - 1; i >= 0; i--) value = value === undefined ? { value: i } : { value: i, next: value };
  let text = '';
  for (let i = 0; i < n; i++) text += i === n - 1 ? `{value:${i}` : `{value:${i},next:`;
  return { value: value!, text: text + '}'.repeat(n) };
}

describe.each(MODES)('lazy (jitless: $jitless)', (mode) => {
  it('decodes and encodes a tree', () => {
    const text = '{name:root,children:[{name:a,children:[{name:a1}]},{name:b,children:[]}]}';
    const v = decode(TreeNode, text, mode);
    expect(v).toEqual({ name: 'root', children: [{ name: 'a', children: [{ name: 'a1', children: undefined }] }, { name: 'b', children: [] }] });
    expect(encode(TreeNode, v, mode)).toBe(text);
  });

  it('decodes and encodes a linked list', () => {
    const { value, text } = chain(5);
    expect(decode(ListNode, text, mode)).toEqual(value);
    expect(encode(ListNode, value, mode)).toBe(text);
  });

  it('decodes and encodes mutually recursive types', () => {
    const text = '{name:Tools,items:[{title:Hammer,category:{name:Heavy,items:[{title:Anvil}]}},{title:Saw}]}';
    const v = decode(Category, text, mode);
    expect(v.items?.[0]?.category?.items?.[0]?.title).toBe('Anvil');
    expect(encode(Category, v, mode)).toBe(text);
    expect(decode(Item, '{title:x,category:{name:c}}', mode)).toEqual({ title: 'x', category: { name: 'c', items: undefined } });
  });

  it('a lazy root decodes and encodes as its target', () => {
    const Root = lazy(() => TreeNode);
    expect(decode(Root, '{name:r}', mode)).toEqual({ name: 'r', children: undefined });
    expect(encode(Root, { name: 'r' }, mode)).toBe('{name:r}');
    const Rows = lazy(() => array(int()));
    expect(decode(Rows, '[1,2]', mode)).toEqual([1, 2]);
    expect(compile(Rows, mode).encode([1, 2])).toBe('[1,2]');
  });

  it('reports errors inside the recursion with their path', () => {
    expect(() => decode(ListNode, '{value:1,next:{value:x}}', mode)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: ['next', 'value'] }));
    expect(() => encode(ListNode, { value: 1, next: { value: 'x' as never } }, mode)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE', path: ['next', 'value'] }));
  });

  it('bounds decoding by maxDepth: a deep list is MAX_DEPTH, never a RangeError', () => {
    const { text } = chain(600);
    expect(() => decode(ListNode, text, mode)).toThrow(JsvSyntaxError);
    expect(() => decode(ListNode, text, mode)).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
    expect(() => decode(ListNode, chain(20).text, { ...mode, maxDepth: 10 })).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
    expect(decode(ListNode, chain(10).text, { ...mode, maxDepth: 10 })).toEqual(chain(10).value);
    // Far past what the stack holds: still MAX_DEPTH.
    expect(() => decode(ListNode, chain(200_000).text, { ...mode, maxDepth: 1_000_000 })).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
  });

  it('bounds encoding: a value nesting more than 512 lazies, or a cycle, is MAX_DEPTH', () => {
    expect(encode(ListNode, chain(500).value, mode)).toBe(chain(500).text);
    expect(() => encode(ListNode, chain(600).value, mode)).toThrow(JsvEncodeError);
    expect(() => encode(ListNode, chain(600).value, mode)).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
    const cyclic: ListNode = { value: 1 };
    cyclic.next = cyclic;
    expect(() => encode(ListNode, cyclic, mode)).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
    // The bound is released after a failure: a later call works.
    expect(encode(ListNode, { value: 2 }, mode)).toBe('{value:2}');
  });

  it('bounds encoding by the { and [ levels each lazy opens: MAX_DEPTH, never a RangeError, and text decode reads back', () => {
    // Four lists and two objects per level: 512 nested lazies used to overflow the stack (RangeError) and shallower
    // values were written deeper than decode's default maxDepth.
    type Deep = { v: number; a?: { next?: Deep | undefined }[][][][] | undefined };
    const Deep: Schema<Deep> = object({ v: int(), a: array(array(array(array(object({ next: lazy(() => Deep) }))))) });
    const deep = (n: number): Deep => {
      let d: Deep = { v: 0 };
      for (let i = 0; i < n; i++) d = { v: i, a: [[[[{ next: d }]]]] };
      return d;
    };
    for (const n of [85, 100, 511, 2000]) {
      const r = safeEncode(() => encode(Deep, deep(n), mode));
      if (r.ok) {
        expect(decode(Deep, r.text, mode)).toEqual(deep(n)); // within decode's default maxDepth
      } else {
        expect(r.error).toBeInstanceOf(JsvEncodeError);
        expect(r.error).toMatchObject({ code: 'MAX_DEPTH' });
      }
      if (n === 85) expect(r.ok).toBe(true); // 85 levels of 6: 510 + 1 root level
      if (n >= 100) expect(r.ok).toBe(false);
    }
    // A tree opens two levels (an object and a list) per node: 255 nodes deep is written, 300 is refused.
    const tree = (n: number): TreeNode => (n === 0 ? { name: 'leaf' } : { name: String(n), children: [tree(n - 1)] });
    expect(decode(TreeNode, encode(TreeNode, tree(255), mode), mode)).toEqual(JSON.parse(JSON.stringify(tree(255))) as unknown);
    expect(() => encode(TreeNode, tree(300), mode)).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
  });

  it('round-trips with jsv-codec/fast-check (values and ServiceStack-like texts, lenient too)', () => {
    fc.assert(roundTrip(TreeNode, mode), { numRuns: 100 });
    fc.assert(roundTrip(Category, { ...mode, lenient: true }), { numRuns: 60 });
    fc.assert(roundTrip(ListNode, mode), { numRuns: 60 });
  });

  it('round-trips random trees', () => {
    const tree: fc.Arbitrary<TreeNode> = fc.letrec<{ node: TreeNode }>((tie) => ({
      node: fc.record({
        name: fc.option(fc.stringMatching(/^[a-z ,:{}\[\]"]{0,5}$/), { nil: undefined }),
        children: fc.option(fc.array(tie('node'), { maxLength: 3 }), { nil: undefined, depthSize: 'small' }),
      }),
    })).node;
    fc.assert(
      fc.property(tree, (v) => {
        const back = decode(TreeNode, encode(TreeNode, v, mode), mode);
        expect(back).toEqual(JSON.parse(JSON.stringify(v)) as unknown);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lazy: schema rules and generated code', () => {
  it('calls the getter on first use, not when the schema is built', () => {
    let calls = 0;
    const L = lazy(() => {
      calls++;
      return object({ a: int() });
    });
    const Holder = object({ x: L });
    expect(calls).toBe(0);
    expect(decode(Holder, '{x:{a:1}}')).toEqual({ x: { a: 1 } });
    expect(decode(Holder, '{x:{a:2}}', { jitless: true })).toEqual({ x: { a: 2 } });
    expect(calls).toBe(1);
  });

  it('refuses a getter that returns a scalar or not a schema (INVALID_SCHEMA)', () => {
    expect(() => decode(object({ x: lazy(() => int() as never) }), '{x:1}', { jitless: true })).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
    expect(() => decode(lazy(() => 42 as never), '{}', { jitless: true })).toThrow(JsvError);
    expect(() => lazy(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
  });

  it('generates one function per schema: a recursive schema refers back to its own decoder and encoder', () => {
    const src = codecSource(TreeNode);
    expect(src.match(/function decode_TreeNode\(/g)).toHaveLength(1);
    expect(src.match(/function encode_TreeNode\(/g)).toHaveLength(1);
    expect(src).toMatch(/return decode_TreeNode\(s, c\);/);
    const mutual = codecSource(Category);
    expect(mutual.match(/function decode_Item\(/g)).toHaveLength(1);
    expect(mutual.match(/function decode_Category\(/g)).toHaveLength(1);
  });

  it('valid text and values never need the interpreter in compiled mode', () => {
    const before = { d: fallbackCount.decode, e: fallbackCount.encode };
    const text = '{name:Tools,items:[{title:Hammer,category:{name:Heavy,items:[{title:Anvil}]}}]}';
    encode(Category, decode(Category, text));
    encode(ListNode, decode(ListNode, chain(100).text));
    expect({ d: fallbackCount.decode, e: fallbackCount.encode }).toEqual(before);
  });

  it('Infer of a lazy is its target\'s value type', () => {
    const L = lazy(() => object({ a: int(), b: optional(string()) }));
    const v: Infer<typeof L> = { a: 1 };
    const n: Infer<typeof ListNode> = { value: 1, next: { value: 2 } };
    expect([v.a, n.next?.value]).toEqual([1, 2]);
    // @ts-expect-error: the annotation is checked against the schema (value is an int, not a string)
    const Wrong: Schema<{ value: string }> = object({ value: int() });
    void Wrong;
  });
});
