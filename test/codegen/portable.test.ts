/**
 * A generated module that this build can compile and run (test/codegen/generated/portable.generated.ts, typechecked by
 * the strict `tsc --noEmit` of `npm test`, as is its JavaScript twin's .d.ts): it is the generator's current output,
 * and its schemas decode, encode and round-trip under fast-check in both codec modes.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateModule } from '../../src/codegen/index.js';
import { decode, encode } from '../../src/index.js';
import { AuditBase, Paged, Permissions, QueryBase, QueryResponse } from './generated/portable.generated.js';
import { PORTABLE } from './portable-options.js';

const META: unknown = JSON.parse(readFileSync(new URL('../fixtures/codegen/kitchen-sink-metadata.json', import.meta.url), 'utf8'));
const read = (name: string): string => readFileSync(new URL(`./generated/${name}`, import.meta.url), 'utf8');
const MODES = [{ jitless: false }, { jitless: true }] as const;

describe('the committed portable module', () => {
  it('is what the generator writes now (TypeScript and the JavaScript twin’s .d.ts)', () => {
    expect(generateModule(META, PORTABLE).code).toBe(read('portable.generated.ts'));
    expect(generateModule(META, { ...PORTABLE, lang: 'js' }).declarations).toBe(read('portable-js.generated.d.ts'));
  });

  for (const mode of MODES) {
    it(`decodes and encodes generic instances and [Flags] (jitless: ${mode.jitless})`, () => {
      const Page = Paged(QueryBase);
      const v = decode(Page, '{Items:[{Skip:1},{Take:2}],Page:4}', mode);
      expect(v).toEqual({ items: [{ skip: 1 }, { take: 2 }], page: 4 });
      expect(encode(Page, v)).toBe('{items:[{skip:1},{take:2}],page:4}');
      const R = QueryResponse(Permissions);
      expect(decode(R, '{Offset:1,Total:2,Results:[Read,"Read, Write",4],Meta:{a:b}}', mode)).toEqual({ offset: 1, total: 2, results: [1, 3, 4], meta: { a: 'b' } });
    });
  }

  it('keeps every DateTime tick and all 64 bits (dateTime(), int64())', () => {
    const text = '{createdAt:2024-05-01T10:11:12.1234567Z,id:9223372036854775807}';
    for (const mode of MODES) {
      const v = decode(AuditBase, text, mode);
      expect(v.id).toBe(9223372036854775807n);
      expect(encode(AuditBase, v)).toBe(text);
    }
  });

  it('round-trips under fast-check', () => {
    const Page = Paged(QueryBase);
    const int32 = fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: undefined });
    const arb = fc.record({ items: fc.array(fc.record({ skip: int32, take: int32 }), { maxLength: 4 }), page: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(fc.property(arb, (value) => {
      for (const mode of MODES) expect(decode(Page, encode(Page, value), mode)).toEqual(value);
    }), { numRuns: 200 });
  });
});
