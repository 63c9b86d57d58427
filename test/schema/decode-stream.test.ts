import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  JsvDecodeError, JsvError, JsvSyntaxError, array, decode, decodeStream, encode, enumOf, int, object, safeDecode, string,
  type AnySchema,
} from '../../src/index.js';
import { GetActiveSessionsResponse, SessionInfo } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { activeSessionsResponse } from '../support/schema-arbitraries.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

/** Everything a stream gives: its items and its rest. */
async function collect(schema: AnySchema, path: string, chunks: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>, options = {}) {
  const stream = decodeStream(schema, path, chunks, options);
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return { items, rest: await stream.rest() };
}

/** The error a stream ends with (or undefined). */
async function streamError(schema: AnySchema, path: string, chunks: Iterable<Uint8Array | string>, options = {}): Promise<unknown> {
  try {
    await collect(schema, path, chunks, options);
    return undefined;
  } catch (e) {
    return e;
  }
}

/** `text` cut at `cuts` (sorted offsets). */
function cut<T extends string | Uint8Array>(text: T, cuts: readonly number[]): T[] {
  const out: T[] = [];
  let at = 0;
  for (const c of [...cuts, text.length]) {
    out.push(text.slice(at, c) as T);
    at = c;
  }
  return out;
}

const utf8 = new TextEncoder();

/** What an error says about its place: the fields a whole-text decode's error must share. */
function where(e: unknown) {
  if (e instanceof JsvSyntaxError) return { cls: 'syntax', code: e.code, offset: e.offset, line: e.line, column: e.column };
  if (e instanceof JsvDecodeError) return { cls: 'decode', code: e.code, offset: e.offset, line: e.line, column: e.column, path: e.path };
  return { other: String(e) };
}

describe.each(MODES)('decodeStream (jitless: $jitless)', (mode) => {
  const small = generateActiveSessions(3, { seed: 5 });
  const smallText = encode(GetActiveSessionsResponse, small);

  it('yields the same items as decoding the whole text, for a text cut at every offset', async () => {
    const expected = decode(GetActiveSessionsResponse, smallText, mode).sessions;
    for (let at = 0; at <= smallText.length; at++) {
      const { items, rest } = await collect(GetActiveSessionsResponse, 'sessions', cut(smallText, [at]), mode);
      expect(items).toEqual(expected);
      expect(rest).toEqual({ sessions: [] });
    }
  });

  it('reads multi-byte UTF-8 split across byte chunks at every byte offset', async () => {
    const text = encode(GetActiveSessionsResponse as AnySchema, { sessions: [{ displayName: '李雷 𠮷 🎧 José', log: [{ message: 'ok, "fine" ]}' }] }, { fromName: 'Ωmega' }] });
    const bytes = utf8.encode(text);
    const expected = decode(GetActiveSessionsResponse, text, mode).sessions;
    for (let at = 0; at <= bytes.length; at++) {
      const { items } = await collect(GetActiveSessionsResponse, 'sessions', cut(bytes, [at]), mode);
      expect(items).toEqual(expected);
    }
  });

  it('keeps quoted strings holding , ] } and "" whole, wherever the chunks end', async () => {
    const value = { sessions: [{ displayName: 'a, b', outcome: 'x]y}z', consoleData: '{"k":[1,2]}' }, { fromName: '"quoted"' }] };
    const text = encode(GetActiveSessionsResponse as AnySchema, value);
    expect(text).toContain('"a, b"');
    const expected = decode(GetActiveSessionsResponse, text, mode).sessions;
    for (let at = 0; at <= text.length; at++) {
      for (const at2 of [at + 1, at + 7]) {
        const { items } = await collect(GetActiveSessionsResponse, 'sessions', cut(text, at2 <= text.length ? [at, at2] : [at]), mode);
        expect(items).toEqual(expected);
      }
    }
  });

  it('agrees with decode on random responses split at random places, as strings or UTF-8 bytes', async () => {
    await fc.assert(
      fc.asyncProperty(activeSessionsResponse, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), async (value, cutsRaw, asBytes) => {
        const text = encode(GetActiveSessionsResponse, value);
        const source = asBytes ? utf8.encode(text) : text;
        // A lone surrogate has no UTF-8 form (it is sent as U+FFFD): compare with the text the bytes really carry.
        const whole = decode(GetActiveSessionsResponse, asBytes ? new TextDecoder().decode(source as Uint8Array) : text, mode);
        const cuts = [...new Set(cutsRaw.map((c) => c % (source.length + 1)))].sort((a, b) => a - b);
        const { items, rest } = await collect(GetActiveSessionsResponse, 'sessions', cut(source, cuts), mode);
        expect(items).toEqual(whole.sessions ?? []);
        expect(rest).toEqual({ ...whole, sessions: whole.sessions === undefined ? undefined : [] });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the members around the list when iteration ends', async () => {
    const Page = object({ total: int(), sessions: array(SessionInfo), next: string(), state: enumOf(['Open', 'Done'] as const) });
    const text = '{total:2,sessions:[{id:a},{id:b}],next:"p:2",state:Done}';
    for (let at = 0; at <= text.length; at++) {
      const { items, rest } = await collect(Page, 'sessions', cut(text, [at]), mode);
      expect(items.map((s) => (s as { id: string }).id)).toEqual(['a', 'b']);
      expect(rest).toEqual({ ...decode(Page, text, mode), sessions: [] });
    }
  });

  it('streams a list inside nested objects (dotted path) and a root list (empty path)', async () => {
    const Inner = object({ items: array(int()), label: string() });
    const Outer = object({ page: Inner, n: int() });
    const nested = await collect(Outer, 'page.items', cut('{n:1,page:{label:x,items:[1,2,3]}}', [13, 27]), mode);
    expect(nested.items).toEqual([1, 2, 3]);
    expect(nested.rest).toEqual({ page: { items: [], label: 'x' }, n: 1 });
    const root = await collect(array(string()), '', cut('[a,"b,c",,d]', [3]), mode);
    expect(root.items).toEqual(['a', 'b,c', null, 'd']);
    expect(root.rest).toBeUndefined();
  });

  it('matches member names in any case, and yields nothing for an absent or empty list', async () => {
    expect((await collect(GetActiveSessionsResponse, 'sessions', ['{Sessions:[{Id:x}]}'], mode)).items).toHaveLength(1);
    expect(await collect(GetActiveSessionsResponse, 'sessions', ['{}'], mode)).toEqual({ items: [], rest: { sessions: undefined } });
    expect(await collect(GetActiveSessionsResponse, 'sessions', ['{sessions:[]}'], mode)).toEqual({ items: [], rest: { sessions: [] } });
  });

  it('reads pretty-printed text in lenient mode', async () => {
    const text = '{\n  sessions: [\n    { id: a },\n    { id: b }\n  ]\n}';
    const { items } = await collect(GetActiveSessionsResponse, 'sessions', cut(text, [20, 31]), { ...mode, lenient: true });
    expect(items.map((s) => (s as { id: string }).id)).toEqual(['a', 'b']);
  });

  describe('errors are those of a whole-text decode, at their place in the whole text', () => {
    const bad = [
      ['a bad enum in the third item', '{sessions:[{id:a},{id:b},{id:c,callState:Busy}]}'],
      ['an unterminated item', '{sessions:[{id:a},{id:b'],
      ['an unterminated list', '{sessions:[{id:a},{id:b}'],
      ['a character after an item', '{sessions:[{id:a}x,{id:b}]}'],
      ['trailing characters after the root', '{sessions:[{id:a}]}tail'],
      ['a bad member after the list', '{sessions:[{id:a}],sessions2:[x'],
      ['a bad value before the list', '{sessions:{id:a}}'],
      ['a malformed member name', '{sessions:[{id:a,:b}]}'],
      ['an unterminated quoted string in an item', '{sessions:[{id:"a}]}'],
      ['an error on a later line (lenient)', '{\n sessions: [\n  {id: a},\n  {id: b, callState: Busy}\n ]\n}'],
    ] as const;
    for (const [label, text] of bad) {
      it(label, async () => {
        const options = { ...mode, lenient: text.includes('\n') };
        const whole = safeDecode(GetActiveSessionsResponse, text, options);
        expect(whole.ok).toBe(false);
        const expected = where(whole.ok ? undefined : whole.error);
        for (const cuts of [[], [5], [12, 13], [text.length - 1]]) {
          const e = await streamError(GetActiveSessionsResponse, 'sessions', cut(text, cuts), options);
          expect(where(e)).toEqual(expected);
          expect((e as Error).message).toMatch(/at line \d+, column \d+/);
        }
      });
    }

    it('reports maxDepth and maxLength like decode', async () => {
      const deep = `{sessions:[{log:[{message:x}]},{members:[{applicationData:{a:b}}]}]}`;
      const options = { ...mode, maxDepth: 4 };
      const whole = safeDecode(GetActiveSessionsResponse, deep, options);
      expect(whole.ok).toBe(false);
      expect(where(await streamError(GetActiveSessionsResponse, 'sessions', cut(deep, [20]), options))).toEqual(where(whole.ok ? 0 : whole.error));
      const long = await streamError(GetActiveSessionsResponse, 'sessions', cut(smallText, [100]), { ...mode, maxLength: 150 });
      expect(long).toBeInstanceOf(JsvSyntaxError);
      expect((long as JsvSyntaxError).code).toBe('MAX_LENGTH');
      expect((long as JsvSyntaxError).offset).toBe(150);
    });

    it('gives the path from the root', async () => {
      const e = await streamError(GetActiveSessionsResponse, 'sessions', ['{sessions:[{id:a},{members:[{role:Boss}]}]}'], mode);
      expect(e).toBeInstanceOf(JsvDecodeError);
      expect((e as JsvDecodeError).path).toEqual(['sessions', 1, 'members', 0, 'role']);
      expect((e as Error).message).toMatch(/^\$\.sessions\[1\]\.members\[0\]\.role: /);
    });
  });
});

describe('decodeStream sources and control', () => {
  const text = encode(GetActiveSessionsResponse, generateActiveSessions(5, { seed: 2 }));
  const expected = decode(GetActiveSessionsResponse, text).sessions;

  it('reads a ReadableStream of bytes and an async iterable of chunks', async () => {
    const bytes = utf8.encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 97) c.enqueue(bytes.subarray(i, i + 97));
        c.close();
      },
    });
    expect((await collect(GetActiveSessionsResponse, 'sessions', body as unknown as AsyncIterable<Uint8Array>)).items).toEqual(expected);
    async function* gen() {
      for (let i = 0; i < text.length; i += 50) yield text.slice(i, i + 50);
    }
    expect((await collect(GetActiveSessionsResponse, 'sessions', gen())).items).toEqual(expected);
  });

  it('yields an item before the rest of the text has arrived', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const head = `{sessions:[${encode(SessionInfo, expected![0]!)},`;
    expect(text.startsWith(head)).toBe(true);
    const first = head.length;
    async function* slow() {
      yield text.slice(0, first);
      await gate;
      yield text.slice(first);
    }
    const stream = decodeStream(GetActiveSessionsResponse, 'sessions', slow());
    const one = await Promise.race([stream.next(), new Promise((_, reject) => setTimeout(() => reject(new Error('no item before the rest arrived')), 5000))]) as IteratorResult<unknown>;
    expect(one.value).toEqual(expected?.[0]);
    release();
    const rest: unknown[] = [];
    for await (const s of stream) rest.push(s);
    expect(rest).toEqual(expected?.slice(1));
  });

  it('cancels the source when iteration stops early, and rest() then rejects', async () => {
    let cancelled = false;
    const body = new ReadableStream<string>({
      pull(c) {
        c.enqueue(text);
      },
      cancel() {
        cancelled = true;
      },
    });
    const stream = decodeStream(GetActiveSessionsResponse, 'sessions', body as unknown as ReadableStream<Uint8Array>);
    for await (const _ of stream) break;
    expect(cancelled).toBe(true);
    await expect(stream.rest()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('rest() reads, checks and drops the items not taken', async () => {
    const stream = decodeStream(GetActiveSessionsResponse, 'sessions', [text.slice(0, 40), text.slice(40)]);
    expect(await stream.rest()).toEqual({ sessions: [] });
    const broken = decodeStream(GetActiveSessionsResponse, 'sessions', ['{sessions:[{id:a},{callState:Busy}]}']);
    await expect(broken.rest()).rejects.toMatchObject({ code: 'INVALID_ENUM', path: ['sessions', 1, 'callState'] });
  });

  it('stops when the signal fires', async () => {
    const ac = new AbortController();
    async function* gen() {
      yield text.slice(0, 10);
      ac.abort(new Error('stop'));
      yield text.slice(10);
    }
    await expect(collect(GetActiveSessionsResponse, 'sessions', gen(), { signal: ac.signal })).rejects.toThrow('stop');
  });

  it('rejects a path that does not lead to a list, and a source that is not one', async () => {
    expect(() => decodeStream(GetActiveSessionsResponse, 'nope' as 'sessions', [])).toThrow(JsvError);
    expect(() => decodeStream(SessionInfo, 'id' as 'log', [])).toThrow(/not a list/);
    await expect(collect(GetActiveSessionsResponse, 'sessions', 42 as unknown as string[])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(collect(GetActiveSessionsResponse, 'sessions', [{}] as unknown as string[])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
