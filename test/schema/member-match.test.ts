/**
 * The interpreter tries the next members' plain spellings at the cursor before reading a key; the result must be what
 * reading the key and looking it up gives: exact spellings first, then any case;
 * members in any order; prefixes of other keys; quoted names; wire names. Compiled and jitless must agree.
 */
import { describe, expect, it } from 'vitest';
import { decode, int, object, optional, safeDecode, string } from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const S = object({ id: optional(int()), idx: optional(int()), name: optional(string()), ['a:b']: optional(string()), orderId: optional(string()) }, { name: 'M', wireNames: { orderId: 'order_id' } });

const CASES: Array<[string, Record<string, unknown>]> = [
  ['{idx:2,id:1}', { idx: 2, id: 1 }],
  ['{id:1,idx:2}', { id: 1, idx: 2 }],
  ['{ID:1,IDX:2}', { id: 1, idx: 2 }],
  ['{Name:x,idx:1}', { name: 'x', idx: 1 }],
  ['{name:y,Name:x}', { name: 'x' }],
  ['{NAME:z}', { name: 'z' }],
  ['{"a:b":q,id:3}', { 'a:b': 'q', id: 3 }],
  ['{order_id:o,ORDER_ID:p}', { orderId: 'p' }],
  ['{orderId:o}', {}],
  ['{idxx:9,id:1}', { id: 1 }],
];

describe.each(MODES)('member names at the cursor (jitless: $jitless)', (mode) => {
  it.each(CASES)('%s', (text, expected) => {
    const v = decode(S, text, mode) as Record<string, unknown>;
    for (const [k, x] of Object.entries(expected)) expect(v[k], k).toEqual(x);
    expect(safeDecode(S, text, { jitless: !mode.jitless })).toEqual({ ok: true, value: v });
  });
});
