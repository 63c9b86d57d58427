/**
 * Reads a `fetch` response body as text with a byte limit: streamed chunk by chunk through one streaming `TextDecoder`
 * (so a chunk boundary inside a multi-byte UTF-8 character is harmless), counting bytes and cancelling the stream as
 * soon as the limit is passed. Works with any WHATWG `Response` (Node, browsers, Deno, Bun, workers).
 */

/** What {@link readBodyText} does when the body is larger than `limit` bytes. */
export type OverLimit = 'throw' | 'truncate';

/** The body is larger than allowed; thrown by {@link readBodyText} in `'throw'` mode. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(
    /** The limit, in bytes. */
    readonly limit: number,
    /** What was known when reading stopped: the `Content-Length`, or the bytes received so far. */
    readonly received: number,
    /** Whether `received` is the declared `Content-Length` (checked before reading anything). */
    readonly declared: boolean,
  ) {
    super(
      declared
        ? `the response declares ${received} bytes (Content-Length), more than the limit of ${limit}`
        : `the response is larger than the limit of ${limit} bytes (stopped after ${received})`,
    );
  }
}

/** The body is not valid text in its charset (invalid UTF-8, say); thrown by {@link readBodyText} in `'throw'` mode. */
export class BodyEncodingError extends Error {
  override name = 'BodyEncodingError';
  constructor(
    /** The charset the body was decoded with (`utf-8` unless the `Content-Type` names another). */
    readonly encoding: string,
    /** The body's bytes before the chunk holding the first invalid sequence. */
    readonly atByte: number,
    options?: { cause?: unknown },
  ) {
    super(`the body is not valid ${encoding} (an invalid byte sequence at or after byte ${atByte})`, options);
  }
}

/** Limits and cancellation for reading a response body. */
export interface ReadBodyOptions {
  /** The most bytes to accept (after content decoding); `Infinity` for no limit. */
  readonly limit: number;
  /** `'throw'` (default): reject with {@link BodyTooLargeError}; `'truncate'`: return the first `limit` bytes' text. */
  readonly overLimit?: OverLimit;
  /** Stops reading when it fires (rejects with its reason), even if the stream itself ignores the abort. */
  readonly signal?: AbortSignal;
}

/** The text of a response body; `truncated` when `overLimit: 'truncate'` cut it short. */
export interface BodyText {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * Reads `response`'s body as text, decoding with the `charset` of its `Content-Type` (UTF-8 when there is none or it
 * is unknown; a UTF-8 byte order mark is dropped). Rejects when the stream fails or `signal` fires: never returns a
 * partial text unless `overLimit` is `'truncate'` and the limit was reached.
 */
export async function readBodyText(response: Response, options: ReadBodyOptions): Promise<BodyText> {
  const { limit, overLimit = 'throw', signal } = options;
  const body = response.body;
  signal?.throwIfAborted();
  const declared = contentLength(response.headers);
  if (declared !== undefined && declared > limit && overLimit === 'throw') {
    cancelQuietly(body, signal?.reason);
    throw new BodyTooLargeError(limit, declared, true);
  }
  if (body === null) return { text: '', truncated: false };

  // No data silently lost: in 'throw' mode an invalid byte sequence rejects instead of becoming U+FFFD.
  const decoder = textDecoderFor(response.headers.get('content-type'), overLimit === 'throw');
  const decodeChunk = (chunk: Uint8Array | undefined, at: number): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch (e) {
      throw new BodyEncodingError(decoder.encoding, at, { cause: e });
    }
  };
  const reader = body.getReader();
  // A stream that ignores the fetch's signal is cancelled by hand; a pending read then ends with `done`, and the
  // signal check after it turns that into a rejection instead of a short text.
  const onAbort = (): void => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const parts: string[] = [];
  let bytes = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      if (bytes + value.byteLength > limit) {
        reader.cancel().catch(() => {});
        if (overLimit === 'throw') throw new BodyTooLargeError(limit, bytes + value.byteLength, false);
        parts.push(decodeChunk(value.subarray(0, limit - bytes), bytes));
        bytes = limit;
        truncated = true;
        break;
      }
      bytes += value.byteLength;
      parts.push(decodeChunk(value, bytes));
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
  // Flush: an incomplete trailing character is an error in 'throw' mode, U+FFFD when truncating.
  parts.push(decodeChunk(undefined, bytes));
  return { text: parts.length === 1 ? (parts[0] as string) : parts.join(''), truncated };
}

/** The `Content-Length` header as a number, or `undefined` when absent or not a plain decimal. */
export function contentLength(headers: Headers): number | undefined {
  const raw = headers.get('content-length');
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
}

/** The lowercased media type of a `Content-Type` value (`text/jsv; charset=utf-8` → `text/jsv`), or `''`. */
export function mediaTypeOf(contentType: string | null): string {
  if (contentType === null) return '';
  const semi = contentType.indexOf(';');
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

function textDecoderFor(contentType: string | null, fatal: boolean): TextDecoder {
  const m = contentType === null ? null : /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  if (m?.[1] !== undefined) {
    try {
      return new TextDecoder(m[1], { fatal });
    } catch {
      // An unknown charset label: fall back to UTF-8, which is what ServiceStack writes.
    }
  }
  return new TextDecoder('utf-8', { fatal });
}

function cancelQuietly(body: ReadableStream<Uint8Array> | null, reason: unknown): void {
  if (body === null || body.locked) return;
  body.cancel(reason).catch(() => {});
}
