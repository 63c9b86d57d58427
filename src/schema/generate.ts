/**
 * Compiled codecs: JavaScript generated from a schema with `new Function` (from the schema only, never from input
 * text). The generated code is a fast path for well-formed, strict text and well-typed values: it walks the text with
 * one cursor, tries the expected next member name before any lookup, interns enum names, and builds every object
 * from one literal in schema order (one hidden class). Whenever anything is unusual (malformed text, a value that does
 * not fit, lenient mode), it gives up and the interpreter redoes the whole call, so results and errors are identical to
 * `jitless` by construction.
 */
import { flatString } from '../text/flat-string.js';
import { PlainObject } from '../text/plain-object.js';
import { memberPrefix, quoteString } from '../text/quote.js';
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

const HELPERS = { BAIL, flatString, memberPrefix, PlainObject, onlyOwnEnumerable, hasOwn: (v: object, k: string) => hasOwnProperty.call(v, k), readString, readBoolean, readInt, decodeScalar, memberIndex, setOwn, quoteString, writeScalar, isArray: Array.isArray };

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
    const src = `"use strict";
  ${g.source()}
  return {
    root: ${structured ? `function (s) { if (s.text.charCodeAt(s.pos) !== ${open}) throw H.BAIL; const v = ${d}(s, -1); if (s.pos !== s.len) throw H.BAIL; return v; }` : 'null'},
    enc: function (v, N) { return ${e}(v, N); },
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
