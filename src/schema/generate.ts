/**
 * Compiled codecs: JavaScript generated from a schema with `new Function` (from the schema only, never from input
 * text). The generated code is a fast path for well-formed, strict text and well-typed values: it walks the text with
 * one cursor, tries the expected next member name before any lookup, interns enum names, and builds every object
 * from one literal in schema order (one hidden class). Whenever anything is unusual (malformed text, a value that does
 * not fit, lenient mode), it gives up and the interpreter redoes the whole call, so results and errors are identical to
 * `jitless` by construction.
 */
import { releaseWriter, takeWriter } from '../text/buffer-writer.js';
import { PlainObject } from '../text/plain-object.js';
import { quoteString } from '../text/quote.js';
import type { Scanner } from '../text/scanner.js';
import type { PathSegment } from '../errors.js';
import type { CompiledCodec } from './codec-cache.js';
import { decodeRoot, decodeScalar } from './interpret-decode.js';
import { encodeAt, type KeyCase } from './interpret-encode.js';
import { memberIndex, setOwn } from './layout.js';
import { CodeBuilder } from './code-builder.js';
import { readBoolean, readInt, readString } from './fast-readers.js';
import { decoderOf } from './generate-decoder.js';
import { encoderOf } from './generate-encoder.js';
import { concatEncoderOf } from './generate-concat-encoder.js';
import { writeScalar } from './scalars.js';
import type { AnySchema } from './types.js';

/** How often generated code handed a call to the interpreter (for tests and profiling; not public API). */
export const fallbackCount = { decode: 0, encode: 0 };

/** Thrown by generated code to hand the call to the interpreter. */
const BAIL: unique symbol = Symbol('jsv-codec.bail');

/** The interpreter's codec: the `jitless` path, and the fallback where `new Function` is unavailable. */
export function interpretedCodec(schema: AnySchema): CompiledCodec {
  return { root: (s) => decodeRoot(schema, s), encode: (v, k, p) => encodeAt(schema, v, k, p) };
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * Whether `for…in` over `v` visits exactly its own enumerable properties: its prototype is `null`, or
 * `Object.prototype` with no enumerable properties of its own (checked each time, so a polluted prototype is seen).
 */
function onlyOwnEnumerable(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto === null) return true;
  if (proto !== Object.prototype) return false;
  for (const _ in Object.prototype) return false;
  return true;
}

const HELPERS = { BAIL, PlainObject, onlyOwnEnumerable, hasOwn: (v: object, k: string) => hasOwnProperty.call(v, k), readString, readBoolean, readInt, decodeScalar, memberIndex, setOwn, quoteString, writeScalar, takeWriter, releaseWriter, isArray: Array.isArray };

/** Lists longer than this at the root (or in a root object's members) make a value "large" for encoding. */
const LARGE_LIST = 32;

/** A JS expression over `v` telling whether the value is large enough for the buffer writer. */
function bigValueTest(schema: AnySchema): string {
  while (schema.kind === 'optional') schema = schema.inner;
  if (schema.kind === 'array') return `H.isArray(v) && v.length > ${LARGE_LIST}`;
  if (schema.kind === 'dict') return 'true';
  if (schema.kind !== 'object') return 'false';
  const lists = schema.members.filter((m) => m.schema.kind === 'array' || (m.schema.kind === 'optional' && m.schema.inner.kind === 'array'));
  if (lists.length === 0) return 'false';
  return lists.map((m) => `(v !== null && typeof v === 'object' && H.isArray(v[${JSON.stringify(m.name)}]) && v[${JSON.stringify(m.name)}].length > ${LARGE_LIST})`).join(' || ');
}

/** Generates the compiled codec of `schema`; the interpreter's codec where `new Function` is unavailable. */
export function generateCodec(schema: AnySchema): CompiledCodec {
  const g = new CodeBuilder();
  const interpreted = interpretedCodec(schema);
  let make: (H: typeof HELPERS, K: unknown[]) => { root: (s: Scanner) => unknown; enc: (v: unknown, N: KeyCase) => string };
  try {
    // Structured roots use generated code; root scalars and bracketless root lists are rare and go to the interpreter.
    const structured = schema.kind === 'object' || schema.kind === 'array' || schema.kind === 'dict';
    const open = schema.kind === 'array' ? 91 : 123;
    const d = structured ? decoderOf(g, schema) : '';
    const e = encoderOf(g, schema);
    const c = concatEncoderOf(g, schema);
    const big = bigValueTest(schema);
    const src = `"use strict";
  ${g.source()}
  let last = 0; // the length of the previous large output: the next one is probably alike
  return {
    root: ${structured ? `function (s) { if (s.text.charCodeAt(s.pos) !== ${open}) throw H.BAIL; const v = ${d}(s, -1); if (s.pos !== s.len) throw H.BAIL; return v; }` : 'null'},
    enc: function (v, N) {
      // Small values: plain concatenation is cheapest. Large ones (long lists): one buffer, no deep rope.
      if (!(${big})) return ${c}(v, N);
      const w = H.takeWriter(last);
      ${e}(v, N, w);
      const out = w.finish();
      last = out.length;
      H.releaseWriter(w);
      return out;
    },
  };`;
    make = new Function('H', 'K', src) as typeof make;
  } catch {
    return interpreted;
  }
  const generated = make(HELPERS, g.consts);
  const genRoot = generated.root;
  const genEnc = generated.enc;
  return {
    root:
      genRoot === null
        ? interpreted.root
        : (s) => {
            if (s.lenient) return interpreted.root(s);
            const start = s.pos;
            try {
              return genRoot(s);
            } catch {
              // Anything unusual: the interpreter redoes the work and produces the value or the exact error.
              fallbackCount.decode++;
              s.rewind(start);
              return interpreted.root(s);
            }
          },
    encode: (v: unknown, keyCase: KeyCase, path: PathSegment[]) => {
      if (v === undefined || v === null) return interpreted.encode(v, keyCase, path);
      try {
        return genEnc(v, keyCase);
      } catch {
        fallbackCount.encode++;
        return interpreted.encode(v, keyCase, path);
      }
    },
  };
}
