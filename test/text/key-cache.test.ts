import { describe, expect, it } from 'vitest';
import { KeyCache } from '../../src/text/key-cache.js';
import { parse } from '../../src/index.js';

describe('KeyCache', () => {
  it('gives the name at the range, the same string object when the name repeats', () => {
    const text = 'name:a,name:b,other:c';
    const cache = new KeyCache();
    const first = cache.keyAt(text, 0, 4);
    expect(first).toBe('name');
    expect(cache.keyAt(text, 7, 11)).toBe(first);
    expect(cache.keyAt(text, 14, 19)).toBe('other');
  });

  it('never confuses names that share a length and their first, middle and last characters', () => {
    const cache = new KeyCache();
    const names = ['abcxd', 'abxcd', 'aycxd', 'ab\u00e9xd', 'a', 'b', 'k'.repeat(32), 'k'.repeat(33), ''];
    const text = names.join('|');
    for (let round = 0; round < 3; round++) {
      let at = 0;
      for (const n of names) {
        expect(cache.keyAt(text, at, at + n.length)).toBe(n);
        at += n.length + 1;
      }
    }
  });

  it('keeps giving the right names after many distinct ones have used up its credit', () => {
    const cache = new KeyCache();
    const names = Array.from({ length: 5000 }, (_, i) => `user_${(i * 7919) % 100003}`);
    const text = names.join(',');
    let at = 0;
    for (const n of names) {
      expect(cache.keyAt(text, at, at + n.length)).toBe(n);
      at += n.length + 1;
    }
  });

  it('parses objects whose names repeat, collide and differ in case exactly', () => {
    const text = '{' + Array.from({ length: 300 }, (_, i) => `a${i % 7}${'bB'[i % 2]}:{x:${i},X:${-i}}`).join(',') + '}';
    const value = parse(text) as Record<string, Record<string, string>>;
    expect(Object.keys(value)).toHaveLength(14);
    expect(value['a0b']).toEqual({ x: '294', X: '-294' });
  });
});
