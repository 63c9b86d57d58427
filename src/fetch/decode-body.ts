/**
 * Turns a response body into a typed value: JSV through the schema decoder, JSON through `JSON.parse` and
 * `fromJsonValue` (so a server that ignores `Accept: text/jsv` still gives the same typed object). Every failure is a
 * `JsvError` with a position: a malformed JSON body becomes a `JsvSyntaxError` too.
 */
import { JsvDecodeError, JsvSyntaxError } from '../errors.js';
import { decode, type DecodeCallOptions } from '../schema/decode.js';
import { fromJsonValue } from '../schema/from-json.js';
import { kindOf } from '../schema/kinds/index.js';
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
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (format === 'json') return fromJsonRoot(schema, parseJson(text, maxDepth), text);
  if (format === 'unknown') {
    let json: { value: unknown } | undefined;
    try {
      json = { value: JSON.parse(text) as unknown };
    } catch {
      json = undefined;
    }
    if (json !== undefined) {
      checkJsonDepth(text, maxDepth);
      return fromJsonRoot(schema, json.value, text);
    }
  }
  return options === undefined ? decode(schema, text) : decode(schema, text, options);
}

/** The deepest JSON nesting accepted in a body unless `decodeOptions.maxDepth` says otherwise (as the JSV decoder). */
const DEFAULT_MAX_DEPTH = 512;

/**
 * `fromJsonValue` for a whole body: a root `null` is refused unless the schema is `optional(…)`, as an empty JSV body
 * is (a `null` member or item still means absent, as in JSV).
 */
function fromJsonRoot<S extends AnySchema>(schema: S, value: unknown, text: string): Infer<S> {
  if (value === null && schema.kind !== 'optional') {
    const kind = kindOf(schema);
    throw new JsvDecodeError(kind.code, { path: [], expected: kind.expected(schema), received: 'null', text, offset: text.length - text.trimStart().length });
  }
  return fromJsonValue(schema, value);
}

/**
 * Refuses JSON nested deeper than `maxDepth` with a `MAX_DEPTH` {@link JsvSyntaxError} pointing at the first bracket
 * too deep: one scan of the text, without recursion, before the value is mapped (which recurses, and whose messages
 * quote values).
 */
export function checkJsonDepth(text: string, maxDepth: number): void {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string: up to the next unescaped quote.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) throw new JsvSyntaxError('MAX_DEPTH', `Nesting deeper than ${maxDepth} levels`, text, i);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

/** `JSON.parse`, failing with a `JsvSyntaxError` that points at the offending character (`cause`: the engine's error). */
export function parseJson(text: string, maxDepth = DEFAULT_MAX_DEPTH): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    // Read it again with our own reader, which says where the text breaks (V8's message often does not).
    readJson(text, { cause: e });
    throw new JsvSyntaxError('UNEXPECTED_CHARACTER', 'Invalid JSON', text, 0, { cause: e });
  }
  checkJsonDepth(text, maxDepth);
  return value;
}
