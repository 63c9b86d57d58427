/**
 * The generic DTO pattern (`QueryResponse<T>`): a function from an item schema to an object schema. Each instance is a
 * schema of its own whose codec is generated once and cached; build instances once (module level), not per call.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { array, decode, encode, enumOf, int, object, string, type AnySchema, type Infer } from '../../src/index.js';
import { codecFor } from '../../src/schema/codec-cache.js';
import { codecSource } from '../../src/schema/codec-source.js';

/** ServiceStack's `QueryResponse<T>`. */
const QueryResponse = <T extends AnySchema>(item: T) =>
  object({ offset: int(), total: int(), results: array(item) }, { name: 'QueryResponse' });

const SessionInfo = object({ id: string(), state: enumOf(['Active', 'Ended'] as const) }, { name: 'SessionInfo' });
const SessionsPage = QueryResponse(SessionInfo);
const NamesPage = QueryResponse(string());

const MODES = [{ jitless: false }, { jitless: true }] as const;

describe.each(MODES)('a generic DTO (jitless: $jitless)', (mode) => {
  it('decodes and encodes each instance with its item schema', () => {
    const text = '{offset:0,total:2,results:[{id:a,state:Active},{id:b,state:Ended}]}';
    const page = decode(SessionsPage, text, mode);
    expect(page.results?.[1]).toEqual({ id: 'b', state: 'Ended' });
    expect(encode(SessionsPage, page, mode)).toBe(text);
    expect(decode(NamesPage, '{offset:5,total:6,results:[x,,y]}', mode)).toEqual({ offset: 5, total: 6, results: ['x', null, 'y'] });
    expect(() => decode(SessionsPage, '{results:[{state:Gone}]}', mode)).toThrow(expect.objectContaining({ path: ['results', 0, 'state'] }));
  });
});

describe('a generic DTO: types and caching', () => {
  it('infers the item type into the instance', () => {
    expectTypeOf<Infer<typeof SessionsPage>['results']>().toEqualTypeOf<Array<{ id?: string | undefined; state: 'Active' | 'Ended' }> | undefined>();
    expectTypeOf<Infer<typeof NamesPage>['results']>().toEqualTypeOf<Array<string | null> | undefined>();
    expectTypeOf<Infer<typeof SessionsPage>['total']>().toEqualTypeOf<number>();
  });

  it('compiles each instance once: its codec is cached with the instance', () => {
    decode(SessionsPage, '{total:1}');
    const codec = codecFor(SessionsPage);
    decode(SessionsPage, '{total:2}');
    encode(SessionsPage, { offset: 0, total: 0 });
    expect(codecFor(SessionsPage)).toBe(codec);
    // Another instance is another schema with its own codec (so build instances once, not per request).
    expect(codecFor(QueryResponse(SessionInfo))).not.toBe(codec);
    expect(codecFor(NamesPage)).not.toBe(codec);
  });

  it('generates code for the item schema inside the instance, named after it', () => {
    expect(codecSource(SessionsPage)).toMatch(/function decode_SessionInfo\(/);
    expect(codecSource(NamesPage)).not.toMatch(/SessionInfo/);
  });
});
