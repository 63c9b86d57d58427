/** decodeStream with `required(...)` members: a required list is streamed; presence is checked on the whole text. */
import { describe, expect, it } from 'vitest';
import { JsvDecodeError, array, decodeStream, int, object, required, string } from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const Page = object({ items: required(array(object({ id: required(int()) }))), total: required(int()), note: string() });

async function collect(text: string, options = {}) {
  const stream = decodeStream(Page, 'items', [text.slice(0, 7), text.slice(7)], options);
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return { items, rest: await stream.rest() };
}

describe.each(MODES)('decodeStream and required members (jitless: $jitless)', (mode) => {
  it('streams a required list whose required members come after it', async () => {
    const { items, rest } = await collect('{items:[{id:1},{id:2}],total:2}', mode);
    expect(items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(rest).toEqual({ items: [], total: 2 });
  });
  it('a required member missing from the whole text fails with MISSING_MEMBER', async () => {
    const e = await collect('{items:[{id:1}]}', mode).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(JsvDecodeError);
    expect((e as JsvDecodeError).code).toBe('MISSING_MEMBER');
    expect((e as JsvDecodeError).path).toEqual(['total']);
  });
  it('a streamed item missing a required member fails with its path', async () => {
    const e = await collect('{items:[{id:1},{}],total:2}', mode).then(() => undefined, (x: unknown) => x);
    expect((e as JsvDecodeError).code).toBe('MISSING_MEMBER');
    expect((e as JsvDecodeError).path).toEqual(['items', 1, 'id']);
  });
});
