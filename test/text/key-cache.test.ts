import { describe, expect, it } from 'vitest';
import { keyAt } from '../../src/text/key-cache.js';

/** A reader's state, as the scanner keeps it. */
const reader = () => ({ keyCredit: 64 });
import { parse } from '../../src/index.js';

describe('keyAt', () => {
  it('gives the name at the range, the same string object when the name repeats', () => {
    const text = 'name:a,name:b,other:c';
    const state = reader();
    const first = keyAt(text, 0, 4, state);
    expect(first).toBe('name');
    expect(keyAt(text, 7, 11, state)).toBe(first);
    expect(keyAt(text, 14, 19, state)).toBe('other');
  });

  it('never confuses names that share a length and their first, middle and last characters', () => {
    const state = reader();
    const names = ['abcxd', 'abxcd', 'aycxd', 'ab\u00e9xd', 'a', 'b', 'k'.repeat(32), 'k'.repeat(33), ''];
    const text = names.join('|');
    for (let round = 0; round < 3; round++) {
      let at = 0;
      for (const n of names) {
        expect(keyAt(text, at, at + n.length, state)).toBe(n);
        at += n.length + 1;
      }
    }
  });

  it('keeps giving the right names after many distinct ones have used up its credit', () => {
    const state = reader();
    const names = Array.from({ length: 5000 }, (_, i) => `user_${(i * 7919) % 100003}`);
    const text = names.join(',');
    let at = 0;
    for (const n of names) {
      expect(keyAt(text, at, at + n.length, state)).toBe(n);
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
