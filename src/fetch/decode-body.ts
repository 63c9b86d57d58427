/**
 * Turns a response body into a typed value: JSV through the schema decoder, JSON through `JSON.parse` and
 * `fromJsonValue` (so a server that ignores `Accept: text/jsv` still gives the same typed object). Every failure is a
 * `JsvError` with a position: a malformed JSON body becomes a `JsvSyntaxError` too.
 */
import { JsvSyntaxError } from '../errors.js';
import { decode, type DecodeCallOptions } from '../schema/decode.js';
import { fromJsonValue } from '../schema/from-json.js';
import type { AnySchema, Infer } from '../schema/types.js';
import { readJson } from './json-read.js';
import { mediaTypeOf } from './read-body.js';

/** How a body is written. `'unknown'`: no (or an unrelated) `Content-Type`; the body decides. */
export type BodyFormat = 'jsv' | 'json' | 'unknown';

/** `application/json`, `text/json`, `…+json` → `'json'`; `text/jsv`, `application/jsv`, `text/x-jsv` → `'jsv'`. */
export function bodyFormatOf(contentType: string | null): BodyFormat {
  const media = mediaTypeOf(contentType);
  if (media === 'application/json' || media === 'text/json' || media.endsWith('+json') || media.endsWith('/x-json')) return 'json';
  if (media.endsWith('/jsv') || media.endsWith('/x-jsv')) return 'jsv';
  return 'unknown';
}

/**
 * Decodes `text` with `schema` according to `format`. `'unknown'` tries JSON first (cheap: JSV text fails it at the
 * first member name) and then JSV, reporting the JSV error when both fail.
 */
export function decodeBody<S extends AnySchema>(schema: S, text: string, format: BodyFormat, options?: DecodeCallOptions): Infer<S> {
  const maxLength = options?.maxLength;
  if (maxLength !== undefined && text.length > maxLength && format !== 'jsv') {
    // The JSV decoder checks this itself; JSON gets the same limit.
    throw new JsvSyntaxError('MAX_LENGTH', `The text is longer than maxLength (${text.length} > ${maxLength})`, text, maxLength);
  }
  if (format === 'json') return fromJsonValue(schema, parseJson(text));
  if (format === 'unknown') {
    let json: { value: unknown } | undefined;
    try {
      json = { value: JSON.parse(text) as unknown };
    } catch {
      json = undefined;
    }
    if (json !== undefined) return fromJsonValue(schema, json.value);
  }
  return options === undefined ? decode(schema, text) : decode(schema, text, options);
}

/** `JSON.parse`, failing with a `JsvSyntaxError` that points at the offending character (`cause`: the engine's error). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // Read it again with our own reader, which says where the text breaks (V8's message often does not).
    readJson(text, { cause: e });
    throw new JsvSyntaxError('UNEXPECTED_CHARACTER', 'Invalid JSON', text, 0, { cause: e });
  }
}
