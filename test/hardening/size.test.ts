/**
 * Size: `maxLength` on parse/decode/format fails with MAX_LENGTH before doing any work, and the EvoVoice client's
 * `maxResponseBytes` stops reading an over-large body early.
 */
import { describe, expect, it } from 'vitest';
import { JsvSyntaxError } from '../../src/errors.js';
import { createEvoVoiceClient } from '../../src/evovoice/client.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { EvoVoiceRequestError } from '../../src/evovoice/evovoice-error.js';
import { array, string } from '../../src/schema/builders.js';
import { decode, safeDecode } from '../../src/schema/decode.js';
import { format } from '../../src/text/format.js';
import { parse, safeParse } from '../../src/text/parse.js';
import { MODES, bestTime, thrown } from './support.js';

/** ~10 MB of valid, newline-free JSV: a list of 2.5 million short items. */
const BIG = `{sessions:[${'{id:ab},'.repeat(1_250_000)}{id:z}]}`;

function expectMaxLength(e: unknown, limit: number): void {
  expect(e).toBeInstanceOf(JsvSyntaxError);
  expect((e as JsvSyntaxError).code).toBe('MAX_LENGTH');
  expect((e as JsvSyntaxError).offset).toBe(limit);
  expect((e as JsvSyntaxError).message).toContain(`maxLength (${limit})`);
}

describe('maxLength', () => {
  it('text of exactly maxLength is accepted; one more character fails with MAX_LENGTH at offset maxLength', () => {
    expect(parse('{a:1}', { maxLength: 5 })).toEqual({ a: '1' });
    expectMaxLength(thrown(() => parse('{a:12}', { maxLength: 5 })), 5);
    expectMaxLength(thrown(() => format('{a:12}', { maxLength: 5 })), 5);
  });
  it('the default is unlimited', () => {
    const text = `[${'ab,'.repeat(400_000)}z]`;
    expect((parse(text) as unknown[]).length).toBe(400_001);
    expect(decode(array(string()), text).length).toBe(400_001);
  });
  it.each(MODES)('decode ($name) fails with MAX_LENGTH, and safeDecode returns it', ({ jitless }) => {
    expectMaxLength(thrown(() => decode(GetActiveSessionsResponse, '{sessions:[]}', { jitless, maxLength: 12 })), 12);
    expect(decode(GetActiveSessionsResponse, '{sessions:[]}', { jitless, maxLength: 13 })).toEqual({ sessions: [] });
    const r = safeDecode(array(string()), 'a,b,c', { jitless, maxLength: 3 });
    expect(r.ok === false && r.error.code).toBe('MAX_LENGTH');
  });
  it('safeParse returns MAX_LENGTH instead of throwing', () => {
    const r = safeParse('abcdef', { maxLength: 3 });
    expect(r.ok === false && r.error.code).toBe('MAX_LENGTH');
  });
  it('a 10 MB text with maxLength 100 fails before doing the work: far faster than parsing or decoding it', () => {
    const fullParse = bestTime(() => parse(BIG), 1);
    const limited = bestTime(() => {
      for (const f of [
        () => parse(BIG, { maxLength: 100 }),
        () => format(BIG, { maxLength: 100 }),
        () => decode(GetActiveSessionsResponse, BIG, { maxLength: 100 }),
        () => decode(GetActiveSessionsResponse, BIG, { maxLength: 100, jitless: true }),
      ]) expectMaxLength(thrown(f), 100);
    }, 3);
    // All four refusals together take well under a fifth of one parse (they only read the length and one line);
    // decoding the text is slower than parsing it, so the parse time is the stricter yardstick.
    expect(limited).toBeLessThan(fullParse / 5);
  });
});

describe('EvoVoice client maxResponseBytes', () => {
  /** A fetch answering with an endless JSV body, counting the bytes the client pulled. */
  function endlessFetch(declareLength: boolean): { fetch: typeof fetch; pulled: () => number } {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`${'{id:x},'.repeat(1000)}`);
    const f = (async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const headers: Record<string, string> = { 'content-type': 'text/jsv; charset=utf-8' };
      if (declareLength) headers['content-length'] = String(1e12);
      return new Response(body, { status: 200, headers });
    }) as typeof fetch;
    return { fetch: f, pulled: () => pulled };
  }

  it('an endless body is refused with a too-large EvoVoiceRequestError after about maxResponseBytes', async () => {
    const { fetch, pulled } = endlessFetch(false);
    const evo = createEvoVoiceClient({ baseUrl: 'https://evo.example', fetch, maxResponseBytes: 64 * 1024 });
    const e = await evo.getActiveSessions().then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(EvoVoiceRequestError);
    expect((e as EvoVoiceRequestError).kind).toBe('too-large');
    // The stream may be asked for a chunk or two ahead, never for much more than the limit.
    expect(pulled()).toBeLessThan(64 * 1024 + 4 * 7000);
  });
  it('a declared Content-Length above maxResponseBytes is refused before reading the body', async () => {
    const { fetch, pulled } = endlessFetch(true);
    const evo = createEvoVoiceClient({ baseUrl: 'https://evo.example', fetch, maxResponseBytes: 1024 });
    const e = await evo.getActiveSessions().then(() => undefined, (err: unknown) => err);
    expect((e as EvoVoiceRequestError).kind).toBe('too-large');
    expect(pulled()).toBeLessThanOrEqual(7000 * 2);
  });
});
