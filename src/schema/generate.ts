/**
 * Compiled codecs: JavaScript generated from a schema with `new Function` (from the schema only, never from input
 * text). The generated code is a fast path for well-formed, strict text and well-typed values: it walks the text with
 * one cursor, tries the expected next member name before any lookup, interns enum names, and builds every object
 * from one literal in schema order (one hidden class). Whenever anything is unusual (malformed text, a value that does
 * not fit, lenient mode), it gives up and the interpreter redoes the whole call, so results and errors are identical to
 * `jitless` by construction.
 */
import { releaseWriter, takeWriter } from '../text/buffer-writer.js';
import { quoteString } from '../text/quote.js';
import type { Scanner } from '../text/scanner.js';
import type { PathSegment } from '../errors.js';
import type { CompiledCodec } from './codec-cache.js';
import { decodeRoot, decodeScalar } from './interpret-decode.js';
import { encodeAt, type KeyCase } from './interpret-encode.js';
import { layoutOf, memberIndex, setOwn } from './layout.js';
import { writeScalar } from './scalars.js';
import type { AnySchema, ArraySchema, DictSchema, EnumSchema, ObjectSchema } from './types.js';

/** How often generated code handed a call to the interpreter (for tests and profiling; not public API). */
export const fallbackCount = { decode: 0, encode: 0 };

/** Thrown by generated code to hand the call to the interpreter. */
const BAIL: unique symbol = Symbol('jsv-codec.bail');

/** The interpreter's codec: the `jitless` path, and the fallback where `new Function` is unavailable. */
export function interpretedCodec(schema: AnySchema): CompiledCodec {
  return { root: (s) => decodeRoot(schema, s), encode: (v, k, p) => encodeAt(schema, v, k, p) };
}

/** A string value at the cursor (`undefined` when empty): the fast path of the interpreter's string rule. */
function readString(s: Scanner, close: number): string | undefined {
  const t = s.text;
  const p = s.pos;
  const c = t.charCodeAt(p);
  if (c === 34) return s.readQuoted();
  if (c === 44 || c === close || p >= s.len) return undefined;
  if (c === 123 || c === 91) {
    s.pos = s.blockEnd();
    return t.slice(p, s.pos);
  }
  const e = s.plainEnd(close);
  s.pos = e;
  return t.slice(p, e);
}

/** A boolean at the cursor: `True`/`False` directly, anything else through the interpreter's reader. */
function readBoolean(s: Scanner, close: number, schema: AnySchema): unknown {
  const t = s.text;
  const p = s.pos;
  const c = t.charCodeAt(p);
  if (c === 84 && t.startsWith('True', p)) {
    const d = t.charCodeAt(p + 4);
    if (d === 44 || d === close || p + 4 >= s.len) {
      s.pos = p + 4;
      return true;
    }
  } else if (c === 70 && t.startsWith('False', p)) {
    const d = t.charCodeAt(p + 5);
    if (d === 44 || d === close || p + 5 >= s.len) {
      s.pos = p + 5;
      return false;
    }
  }
  return decodeScalar(schema, s, close);
}

/** An Int32 at the cursor: plain digits directly, anything else through the interpreter's reader. */
function readInt(s: Scanner, close: number, schema: AnySchema): unknown {
  const t = s.text;
  const n = s.len;
  let p = s.pos;
  let c = t.charCodeAt(p);
  const neg = c === 45;
  if (neg) c = t.charCodeAt(++p);
  const start = p;
  let v = 0;
  while (c >= 48 && c <= 57 && p - start < 10) {
    v = v * 10 + (c - 48);
    c = t.charCodeAt(++p);
  }
  if (p > start && (c === 44 || c === close || p >= n) && v <= (neg ? 2147483648 : 2147483647)) {
    s.pos = p;
    return neg ? 0 - v : v;
  }
  return decodeScalar(schema, s, close);
}

const HELPERS = { BAIL, readString, readBoolean, readInt, decodeScalar, memberIndex, setOwn, quoteString, writeScalar, takeWriter, releaseWriter, isArray: Array.isArray };

/** Builds the source of the decoder and encoder functions of a schema tree. */
class Generator {
  private readonly lines: string[] = [];
  private readonly decoders = new Map<AnySchema, string>();
  private readonly encoders = new Map<AnySchema, string>();
  private readonly concatEncoders = new Map<AnySchema, string>();
  /** Values the generated code refers to as `K[i]`. */
  readonly consts: unknown[] = [];

  constant(v: unknown): string {
    let i = this.consts.indexOf(v);
    if (i < 0) i = this.consts.push(v) - 1;
    return `K[${i}]`;
  }

  source(): string {
    return this.lines.join('\n');
  }

  /** The name of a function `(s, close) => value | undefined` decoding `schema` at the cursor (decodeAt's contract). */
  decoder(schema: AnySchema): string {
    let name = this.decoders.get(schema);
    if (name !== undefined) return name;
    name = `d${this.decoders.size}`;
    this.decoders.set(schema, name);
    const k = this.constant(schema);
    switch (schema.kind) {
      case 'string':
        this.lines.push(`function ${name}(s, c) { return H.readString(s, c); }`);
        break;
      case 'boolean':
        this.lines.push(`function ${name}(s, c) { return H.readBoolean(s, c, ${k}); }`);
        break;
      case 'int':
        this.lines.push(`function ${name}(s, c) { return H.readInt(s, c, ${k}); }`);
        break;
      case 'enum':
        this.enumDecoder(name, schema, k);
        break;
      case 'optional': {
        const inner = this.decoder(schema.inner);
        this.lines.push(`function ${name}(s, c) { const x = s.text.charCodeAt(s.pos); if (x === 44 || x === c || s.pos >= s.len) return undefined; return ${inner}(s, c); }`);
        break;
      }
      case 'array':
        this.arrayDecoder(name, schema);
        break;
      case 'dict':
        this.dictDecoder(name, schema);
        break;
      case 'object':
        this.objectDecoder(name, schema);
        break;
      default:
        this.lines.push(`function ${name}(s, c) { return H.decodeScalar(${k}, s, c); }`);
    }
    return name;
  }

  private enumDecoder(name: string, schema: EnumSchema, k: string): void {
    const byLength = new Map<number, string[]>();
    for (const v of schema.values) byLength.set(v.length, [...(byLength.get(v.length) ?? []), v]);
    const cases = [...byLength]
      .map(([len, vs]) => `case ${len}: ${vs.map((v) => `if (t.startsWith(${JSON.stringify(v)}, p)) { s.pos = e; return ${JSON.stringify(v)}; }`).join(' ')} break;`)
      .join('\n      ');
    this.lines.push(`function ${name}(s, c) {
    const t = s.text, p = s.pos, x = t.charCodeAt(p);
    if (x !== 34 && x !== 123 && x !== 91) {
      const e = s.plainEnd(c);
      switch (e - p) {
      ${cases}
      }
    }
    return H.decodeScalar(${k}, s, c);
  }`);
  }

  private arrayDecoder(name: string, schema: ArraySchema): void {
    const item = this.decoder(schema.item);
    const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
    this.lines.push(`function ${name}(s, c) {
    const t = s.text, x = t.charCodeAt(s.pos);
    if (x !== 91) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
    if (++s.depth > s.maxDepth) throw H.BAIL;
    s.pos++;
    const a = [];
    if (t.charCodeAt(s.pos) === 93) { s.pos++; s.depth--; return a; }
    for (;;) {
      const v = ${item}(s, 93);
      ${nullable ? 'a.push(v === undefined ? null : v);' : 'if (v === undefined) throw H.BAIL; a.push(v);'}
      const y = t.charCodeAt(s.pos);
      if (y === 44) { s.pos++; continue; }
      if (y === 93) { s.pos++; s.depth--; return a; }
      throw H.BAIL;
    }
  }`);
  }

  private dictDecoder(name: string, schema: DictSchema): void {
    const value = this.decoder(schema.value);
    this.lines.push(`function ${name}(s, c) {
    const t = s.text, x = t.charCodeAt(s.pos);
    if (x !== 123) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
    if (++s.depth > s.maxDepth) throw H.BAIL;
    s.pos++;
    const o = {};
    if (t.charCodeAt(s.pos) === 125) { s.pos++; s.depth--; return o; }
    for (;;) {
      const k = s.readKey();
      const v = ${value}(s, 125);
      if (v !== undefined) { if (k === "__proto__") H.setOwn(o, k, v); else o[k] = v; }
      const y = t.charCodeAt(s.pos);
      if (y === 44) { s.pos++; if (t.charCodeAt(s.pos) === 125) throw H.BAIL; continue; }
      if (y === 125) { s.pos++; s.depth--; return o; }
      throw H.BAIL;
    }
  }`);
  }

  private objectDecoder(name: string, schema: ObjectSchema): void {
    const layout = layoutOf(schema);
    const L = this.constant(layout);
    const members = layout.members;
    const literal = members
      .map((m, i) => `${m.name === '__proto__' ? '["__proto__"]' : JSON.stringify(m.name)}: ${literalOf(layout.defaults[i])}`)
      .join(', ');
    // The expected next member first (wire order is schema order): its declared/camelCase/PascalCase spellings + ':'.
    const spellingsOf = (i: number) => [...new Set([members[i]!.name, layout.written.camel[i]!, layout.written.pascal[i]!])].map((w) => w + ':');
    // The cases fall through: from the expected member on, each later one is tried in turn (absent members are skipped).
    const expect = members
      .map((_, i) => {
        const sp = spellingsOf(i);
        const rest = sp[0]!.slice(1);
        const firsts = [...new Set(sp.map((w) => w.charCodeAt(0)))];
        const test = sp.every((w) => w.slice(1) === rest)
          ? `(${firsts.map((c) => `f === ${c}`).join(' || ')}) && t.startsWith(${JSON.stringify(rest)}, p + 1)`
          : sp.map((w) => `t.startsWith(${JSON.stringify(w)}, p)`).join(' || ');
        return `case ${i}: if (${test}) { i = ${i}; p += ${sp[0]!.length}; break; }`;
      })
      .join('\n        ');
    // Otherwise: find the ':' and compare only the members whose names have that length (no string is built).
    const byLength = new Map<number, string[]>();
    members.forEach((_, i) => {
      for (const w of spellingsOf(i)) byLength.set(w.length, [...(byLength.get(w.length) ?? []), `if (t.startsWith(${JSON.stringify(w)}, p)) { i = ${i}; p += ${w.length}; }`]);
    });
    const lookup = [...byLength]
      .map(([len, tests]) => `case ${len}: ${tests.join(' else ')} break;`)
      .join('\n          ');
    const assign = members
      .map((m, i) => {
        const d = this.decoder(m.schema);
        const target = m.name === '__proto__' ? `H.setOwn(o, "__proto__", ${d}(s, 125))` : `o[${JSON.stringify(m.name)}] = ${d}(s, 125)`;
        return `case ${i}: ${target}; break;`;
      })
      .join('\n        ');
    this.lines.push(`function ${name}(s, c) {
    const t = s.text, n = s.len, x = t.charCodeAt(s.pos);
    if (x !== 123) { if (x === 44 || x === c || s.pos >= n) return undefined; throw H.BAIL; }
    if (++s.depth > s.maxDepth) throw H.BAIL;
    let p = s.pos + 1;
    const o = { ${literal} };
    if (t.charCodeAt(p) === 125) { s.pos = p + 1; s.depth--; return o; }
    let next = 0;
    for (;;) {
      let i = -1;
      const f = t.charCodeAt(p);
      switch (next) {
        ${expect}
      }
      if (i < 0) {
        let e = p;
        while (e < n) { const k = t.charCodeAt(e); if (k === 58 || k === 44 || k === 125 || k === 34) break; e++; }
        if (t.charCodeAt(e) === 58) {
          switch (e + 1 - p) {
          ${lookup}
          }
        }
        if (i < 0) { s.pos = p; i = H.memberIndex(${L}, s.readKey()); } else s.pos = p;
      } else s.pos = p;
      switch (i) {
        ${assign}
        default: s.skipValue(125);
      }
      next = i + 1;
      p = s.pos;
      const y = t.charCodeAt(p);
      if (y === 44) { p++; continue; }
      if (y === 125) { s.pos = p + 1; s.depth--; return o; }
      throw H.BAIL;
    }
  }`);
  }

  /**
   * The name of a function `(v, N, w)` writing a present (non-null) value of `schema` into the writer `w`; `N` picks
   * the key case. It throws `BAIL` for anything that does not fit (the interpreter then raises the error).
   */
  encoder(schema: AnySchema): string {
    let name = this.encoders.get(schema);
    if (name !== undefined) return name;
    name = `e${this.encoders.size}`;
    this.encoders.set(schema, name);
    const k = this.constant(schema);
    switch (schema.kind) {
      case 'string':
        this.lines.push(`function ${name}(v, N, w) { if (typeof v !== 'string') throw H.BAIL; w.str(v); }`);
        break;
      case 'boolean':
        this.lines.push(`function ${name}(v, N, w) { if (v === true) w.raw('True'); else if (v === false) w.raw('False'); else throw H.BAIL; }`);
        break;
      case 'int':
        this.lines.push(`function ${name}(v, N, w) { if ((v | 0) === v) { w.raw('' + v); return; } const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; w.raw(r); }`);
        break;
      case 'enum': {
        const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: w.raw(${JSON.stringify(quoteString(v))}); return;`).join(' ');
        this.lines.push(`function ${name}(v, N, w) { switch (v) { ${cases} } throw H.BAIL; }`);
        break;
      }
      case 'optional': {
        const inner = this.encoder(schema.inner);
        this.lines.push(`function ${name}(v, N, w) { ${inner}(v, N, w); }`);
        break;
      }
      case 'array': {
        const item = this.encoder(schema.item);
        const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
        this.lines.push(`function ${name}(v, N, w) {
    if (!H.isArray(v)) throw H.BAIL;
    w.char(91);
    for (let i = 0, n = v.length; i < n; i++) {
      if (i > 0) w.char(44);
      const x = v[i];
      if (x === undefined || x === null) { ${nullable ? '' : 'throw H.BAIL;'} }
      else ${item}(x, N, w);
    }
    w.char(93);
  }`);
        break;
      }
      case 'dict': {
        const value = this.encoder(schema.value);
        this.lines.push(`function ${name}(v, N, w) {
    if (typeof v !== 'object' || H.isArray(v) || v instanceof Map) throw H.BAIL;
    w.char(123);
    let sep = false;
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const x = v[key];
      if (x === undefined || x === null) continue;
      if (sep) w.char(44);
      w.str(key);
      w.char(58);
      ${value}(x, N, w);
      sep = true;
    }
    w.char(125);
  }`);
        break;
      }
      case 'object':
        this.objectEncoder(name, schema);
        break;
      default:
        this.lines.push(`function ${name}(v, N, w) { const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; w.raw(r); }`);
    }
    return name;
  }

  private objectEncoder(name: string, schema: ObjectSchema): void {
    const layout = layoutOf(schema);
    // Names with ':' for the first written member, and with a leading ',' for the others; once a member that is
    // always written (a value type) has been written, every later member statically takes the ',' form.
    const names = this.constant(
      Object.fromEntries(
        (['declared', 'camel', 'pascal'] as const).map((kc) => [kc, { first: layout.written[kc].map((w) => w + ':'), rest: layout.written[kc].map((w) => ',' + w + ':') }]),
      ),
    );
    let written = false; // whether some earlier member is certainly written
    const body = layout.members
      .map((m, i) => {
        const e = this.encoder(m.schema);
        const read = m.name === '__proto__' ? `(Object.prototype.hasOwnProperty.call(v, "__proto__") ? v["__proto__"] : undefined)` : `v[${JSON.stringify(m.name)}]`;
        const dflt = layout.defaults[i];
        const nameOut = written ? `w.raw(R[${i}]);` : `w.raw(sep ? R[${i}] : F[${i}]); sep = true;`;
        if (dflt === undefined) return `x = ${read}; if (x !== undefined && x !== null) { ${nameOut} ${e}(x, N, w); }`;
        written = true;
        return `x = ${read}; if (x === undefined || x === null) x = ${literalOf(dflt)}; ${nameOut} ${e}(x, N, w);`;
      })
      .join('\n    ');
    this.lines.push(`function ${name}(v, N, w) {
    if (typeof v !== 'object' || H.isArray(v)) throw H.BAIL;
    const W = ${names}[N], F = W.first, R = W.rest;
    let sep = false, x;
    w.char(123);
    ${body}
    w.char(125);
  }`);
  }

  /**
   * The name of a function `(v, N) => string` returning the text of a present value of `schema` by concatenation:
   * cheapest for small values (the buffer writer wins for large ones, where ropes get deep).
   */
  concatEncoder(schema: AnySchema): string {
    let name = this.concatEncoders.get(schema);
    if (name !== undefined) return name;
    name = `c${this.concatEncoders.size}`;
    this.concatEncoders.set(schema, name);
    const k = this.constant(schema);
    switch (schema.kind) {
      case 'string':
        this.lines.push(`function ${name}(v) { if (typeof v !== 'string') throw H.BAIL; return H.quoteString(v); }`);
        break;
      case 'boolean':
        this.lines.push(`function ${name}(v) { if (v === true) return 'True'; if (v === false) return 'False'; throw H.BAIL; }`);
        break;
      case 'int':
        this.lines.push(`function ${name}(v) { if ((v | 0) === v) return '' + v; const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`);
        break;
      case 'enum': {
        const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: return ${JSON.stringify(quoteString(v))};`).join(' ');
        this.lines.push(`function ${name}(v) { switch (v) { ${cases} } throw H.BAIL; }`);
        break;
      }
      case 'optional': {
        const inner = this.concatEncoder(schema.inner);
        this.lines.push(`function ${name}(v, N) { return ${inner}(v, N); }`);
        break;
      }
      case 'array': {
        const item = this.concatEncoder(schema.item);
        const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
        this.lines.push(`function ${name}(v, N) {
    if (!H.isArray(v)) throw H.BAIL;
    const n = v.length;
    if (n === 0) return '[]';
    const parts = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x === undefined || x === null) { ${nullable ? "parts[i] = '';" : 'throw H.BAIL;'} }
      else parts[i] = ${item}(x, N);
    }
    return '[' + parts.join(',') + ']';
  }`);
        break;
      }
      case 'dict': {
        const value = this.concatEncoder(schema.value);
        this.lines.push(`function ${name}(v, N) {
    if (typeof v !== 'object' || H.isArray(v) || v instanceof Map) throw H.BAIL;
    let out = '{', sep = '';
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const x = v[key];
      if (x === undefined || x === null) continue;
      out += sep + H.quoteString(key) + ':' + ${value}(x, N);
      sep = ',';
    }
    return out + '}';
  }`);
        break;
      }
      case 'object':
        this.concatObjectEncoder(name, schema);
        break;
      default:
        this.lines.push(`function ${name}(v) { const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`);
    }
    return name;
  }

  private concatObjectEncoder(name: string, schema: ObjectSchema): void {
    const layout = layoutOf(schema);
    // Names with ':' for the first written member, and with a leading ',' for the others; once a member that is
    // always written (a value type) has been written, every later member statically takes the ',' form.
    const names = this.constant(
      Object.fromEntries(
        (['declared', 'camel', 'pascal'] as const).map((kc) => [kc, { first: layout.written[kc].map((w) => w + ':'), rest: layout.written[kc].map((w) => ',' + w + ':') }]),
      ),
    );
    let written = false; // whether some earlier member is certainly written
    const body = layout.members
      .map((m, i) => {
        const e = this.concatEncoder(m.schema);
        const read = m.name === '__proto__' ? `(Object.prototype.hasOwnProperty.call(v, "__proto__") ? v["__proto__"] : undefined)` : `v[${JSON.stringify(m.name)}]`;
        const dflt = layout.defaults[i];
        const name = written ? `R[${i}]` : `(sep ? R[${i}] : F[${i}])`;
        let code: string;
        if (dflt === undefined) {
          code = `x = ${read}; if (x !== undefined && x !== null) { out += ${name} + ${e}(x, N); sep = true; }`;
        } else {
          code = `x = ${read}; if (x === undefined || x === null) x = ${literalOf(dflt)}; out += ${name} + ${e}(x, N); sep = true;`;
          written = true;
        }
        return code;
      })
      .join('\n    ');
    this.lines.push(`function ${name}(v, N) {
    if (typeof v !== 'object' || H.isArray(v)) throw H.BAIL;
    const W = ${names}[N], F = W.first, R = W.rest;
    let out = '{', sep = false, x;
    ${body}
    return out + '}';
  }`);
  }
}

/** A JS literal for a member default (numbers, booleans, bigint 0, enum names, undefined). */
function literalOf(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  return JSON.stringify(v);
}

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
  const g = new Generator();
  const interpreted = interpretedCodec(schema);
  let make: (H: typeof HELPERS, K: unknown[]) => { root: (s: Scanner) => unknown; enc: (v: unknown, N: KeyCase) => string };
  try {
    // Structured roots use generated code; root scalars and bracketless root lists are rare and go to the interpreter.
    const structured = schema.kind === 'object' || schema.kind === 'array' || schema.kind === 'dict';
    const open = schema.kind === 'array' ? 91 : 123;
    const d = structured ? g.decoder(schema) : '';
    const e = g.encoder(schema);
    const c = g.concatEncoder(schema);
    const big = bigValueTest(schema);
    const src = `"use strict";
  ${g.source()}
  return {
    root: ${structured ? `function (s) { if (s.text.charCodeAt(s.pos) !== ${open}) throw H.BAIL; const v = ${d}(s, -1); if (s.pos !== s.len) throw H.BAIL; return v; }` : 'null'},
    enc: function (v, N) {
      // Small values: plain concatenation is cheapest. Large ones (long lists): one buffer, no deep rope.
      if (!(${big})) return ${c}(v, N);
      const w = H.takeWriter();
      ${e}(v, N, w);
      const out = w.finish();
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
