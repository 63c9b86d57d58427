/**
 * Text from a streamed source, chunk by chunk: a WHATWG `ReadableStream` (a fetch `response.body`), or a sync or async
 * iterable of byte chunks (`Uint8Array`, any `ArrayBufferView`, `ArrayBuffer`) or strings. Bytes go through one
 * streaming UTF-8 `TextDecoder`, so a multi-byte character split across chunks is read whole, and a leading byte order
 * mark is dropped, as `response.text()` does. No Node built-ins: runs in browsers and workers too.
 */
import { JsvError } from '../errors.js';

/** Where streamed JSV text comes from. */
export type TextSource =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | ArrayBufferView | ArrayBuffer | string>
  | Iterable<Uint8Array | ArrayBufferView | ArrayBuffer | string>;

function isReadableStream(s: unknown): s is ReadableStream<Uint8Array> {
  return typeof s === 'object' && s !== null && typeof (s as { getReader?: unknown }).getReader === 'function';
}

/** Chunks of `source` as an async iterable (a ReadableStream through its reader, cancelled when iteration stops early). */
async function* rawChunks(source: TextSource, signal: AbortSignal | undefined): AsyncGenerator<unknown> {
  if (isReadableStream(source)) {
    const reader = source.getReader();
    const onAbort = (): void => {
      reader.cancel(signal?.reason).catch(() => {});
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        signal?.throwIfAborted();
        if (done) break;
        yield value;
      }
      finished = true;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!finished) await reader.cancel().catch(() => {});
      reader.releaseLock();
    }
    return;
  }
  if (source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    for await (const chunk of source as AsyncIterable<unknown>) {
      signal?.throwIfAborted();
      yield chunk;
    }
    return;
  }
  throw new JsvError('INVALID_ARGUMENT', `decodeStream: the source must be a ReadableStream or an iterable of chunks, received ${source === null ? 'null' : typeof source}`);
}

/** The text of `source`, chunk by chunk (empty strings skipped). Rejects when `signal` fires. */
export async function* textChunks(source: TextSource, signal?: AbortSignal): AsyncGenerator<string> {
  signal?.throwIfAborted();
  const decoder = new TextDecoder();
  let pending = false; // bytes decoded with stream: true that may hold the start of a character
  for await (const chunk of rawChunks(source, signal)) {
    let text: string;
    if (typeof chunk === 'string') {
      text = pending ? decoder.decode() + chunk : chunk;
      pending = false;
    } else if (chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)) {
      text = decoder.decode(chunk, { stream: true });
      pending = true;
    } else {
      throw new JsvError('INVALID_ARGUMENT', `decodeStream: a chunk must be a Uint8Array or a string, received ${chunk === null ? 'null' : typeof chunk}`);
    }
    if (text.length > 0) yield text;
  }
  if (pending) {
    const tail = decoder.decode();
    if (tail.length > 0) yield tail;
  }
}
