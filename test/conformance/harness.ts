/**
 * Runs ServiceStack's conformance vectors (copied into this folder; also `../shared/conformance` when present) against
 * the source, in the same way `../shared/conformance/check.mjs` runs them against the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as J from '../../src/index.js';
import * as evo from '../../src/evovoice/dto.js';
import type { AnySchema } from '../../src/index.js';

/** One line of a vector file. */
export interface Vector {
  id?: string;
  desc?: string;
  jsv: string;
  json: unknown;
  dir: 'both' | 'serialize' | 'deserialize';
  error?: boolean;
  schema?: Descriptor;
  options?: Record<string, unknown>;
  scope?: string;
  outReason?: string;
  note?: string;
}
type Descriptor = string | { [k: string]: any };

const here = new URL('.', import.meta.url).pathname;
const shared = join(here, '../../../shared/conformance');

/** Every vector file: the copies here, plus any file in ../shared/conformance not copied yet (new files may appear). */
export function vectorFiles(): { name: string; path: string }[] {
  const files = new Map<string, string>();
  for (const f of readdirSync(here).filter((n) => n.endsWith('.jsonl'))) files.set(f, join(here, f));
  if (existsSync(shared)) {
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.jsonl'))) {
      // Run a shared file unless this folder holds an identical copy (new or changed files are run too).
      const local = files.get(f);
      if (local && readFileSync(local, 'utf8') === readFileSync(join(shared, f), 'utf8')) continue;
      files.set(`shared/${f}`, join(shared, f));
    }
  }
  return [...files].sort().map(([name, path]) => ({ name, path }));
}

/** The vectors of a file. */
export function readVectors(path: string): Vector[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Vector);
}

const SCALARS: Record<string, () => AnySchema> = {
  string: J.string, number: J.number, int: J.int, bigint: J.bigint, boolean: J.boolean, date: J.date,
  timeSpan: J.timeSpan, guid: J.guid, bytes: J.bytes,
  // scope "types": the .NET types beyond the EvoVoice DTOs
  decimal: J.decimal, dateTimeOffset: J.dateTimeOffset, char: J.char, byte: J.byte, sbyte: J.sbyte, int16: J.int16,
  uint16: J.uint16, uint32: J.uint32, int64: J.int64, uint64: J.uint64,
};

/** Builds a schema from a descriptor with the public builders. */
export function build(d: Descriptor): AnySchema {
  if (typeof d === 'string') {
    if (d.startsWith('evovoice:')) {
      const s = (evo as Record<string, unknown>)[d.slice(9)];
      if (!s) throw new Error(`jsv-codec/evovoice does not export ${d.slice(9)}`);
      return s as AnySchema;
    }
    const fn = SCALARS[d];
    if (!fn) throw new Error(`unknown scalar ${d}`);
    return fn();
  }
  if (d.enum) return J.enumOf(d.enum);
  if (d.flags) return J.flags(d.flags);
  if (d.array) return J.array(build(d.array));
  if (d.dict) return J.dict(build(d.dict));
  if (d.optional) return J.optional(build(d.optional));
  if (d.object) return J.object(Object.fromEntries(Object.entries(d.object).map(([k, v]) => [k, build(v as Descriptor)])));
  throw new Error(`unknown descriptor ${JSON.stringify(d)}`);
}

const hex = (s: unknown) => String(s).replace(/[-{}()]/g, '').toLowerCase();
const b64 = (u8: Uint8Array) => Buffer.from(u8).toString('base64');
const num = (x: unknown) => (x === 'NaN' ? NaN : x === 'Infinity' ? Infinity : x === '-Infinity' ? -Infinity : Number(x));
const isAbsent = (x: unknown) => x === null || x === undefined;
function dateMs(s: unknown): number {
  if (s instanceof Date) return s.getTime();
  const t = String(s);
  const wcf = /^\\?\/Date\((-?\d+)/.exec(t);
  if (wcf) return Number(wcf[1]);
  return Date.parse(/T/.test(t) && !/(Z|[+-]\d\d:?\d\d)$/.test(t) ? t + 'Z' : t);
}
function member(obj: any, key: string): unknown {
  if (obj instanceof Map) obj = Object.fromEntries(obj);
  if (obj === null || typeof obj !== 'object') return undefined;
  if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  const k = Object.keys(obj).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : obj[k];
}
const show = (x: unknown) => {
  try {
    return JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 120);
  } catch {
    return String(x);
  }
};
const NET_DEFAULT: Record<string, (w: unknown) => boolean> = {
  date: (w) => dateMs(w) === -62135596800000,
  guid: (w) => /^[0-]+$/.test(String(w)),
  timeSpan: (w) => /^(00:00:00|PT0S)$/.test(String(w)),
};

/** Compares a decoded value with the expected JSON value; a path to the first difference, or null. */
export function diff(d: Descriptor | null, got: any, want: any, path = '$'): string | null {
  if (isAbsent(want)) return isAbsent(got) ? null : `${path}: expected absent, got ${show(got)}`;
  if (isAbsent(got) && typeof d === 'string' && NET_DEFAULT[d]?.(want)) return null;
  if (typeof d === 'string' && d.startsWith('evovoice:')) d = null;
  if (d === null) return diffLoose(got, want, path);
  if (typeof d === 'object' && d.optional) return diff(d.optional, got, want, path);
  const fail = `${path}: expected ${show(want)}, got ${show(got)}`;
  switch (typeof d === 'string' ? d : Object.keys(d)[0]) {
    case 'string': case 'enum': case 'char': return got === want ? null : fail;
    case 'decimal': case 'dateTimeOffset': return String(got) === String(want) ? null : fail;
    case 'int64': case 'uint64': return typeof got === 'bigint' && got === BigInt(want) ? null : fail;
    case 'byte': case 'sbyte': case 'int16': case 'uint16': case 'uint32': return got === want ? null : fail;
    case 'number': case 'int': case 'flags': return Object.is(num(got), num(want)) || num(got) === num(want) ? null : fail;
    case 'bigint': return BigInt(got) === BigInt(want) ? null : fail;
    case 'boolean': return got === want ? null : fail;
    case 'date': return dateMs(got) === dateMs(want) ? null : fail;
    case 'guid': return hex(got) === hex(want) ? null : fail;
    case 'bytes': return (got instanceof Uint8Array ? b64(got) : got) === want ? null : fail;
    case 'timeSpan': return null;
    case 'array': {
      if (!Array.isArray(got) || got.length !== want.length) return fail;
      for (let i = 0; i < want.length; i++) { const r = diff((d as any).array, got[i], want[i], `${path}[${i}]`); if (r) return r; }
      return null;
    }
    case 'dict': {
      const g = got instanceof Map ? Object.fromEntries(got) : got;
      if (!g || typeof g !== 'object') return fail;
      const gk = Object.keys(g).filter((k) => !isAbsent(g[k])), wk = Object.keys(want).filter((k) => !isAbsent(want[k]));
      if (gk.length !== wk.length) return `${path}: expected keys ${show(wk)}, got ${show(gk)}`;
      for (const k of wk) { const r = diff((d as any).dict, g[k], want[k], `${path}.${k}`); if (r) return r; }
      return null;
    }
    case 'object': {
      if (!got || typeof got !== 'object') return fail;
      for (const [k, sub] of Object.entries((d as any).object)) {
        const r = diff(sub as Descriptor, member(got, k), member(want, k), `${path}.${k}`); if (r) return r;
      }
      return null;
    }
  }
  return `${path}: unknown descriptor`;
}
function diffLoose(got: any, want: any, path: string): string | null {
  if (isAbsent(want)) return isAbsent(got) ? null : `${path}: expected absent, got ${show(got)}`;
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return `${path}: expected ${show(want)}, got ${show(got)}`;
    for (let i = 0; i < want.length; i++) { const r = diffLoose(got[i], want[i], `${path}[${i}]`); if (r) return r; }
    return null;
  }
  if (typeof want === 'object') {
    if (!got || typeof got !== 'object') return `${path}: expected object, got ${show(got)}`;
    for (const k of Object.keys(want)) { const r = diffLoose(member(got, k), want[k], `${path}.${k}`); if (r) return r; }
    for (const k of Object.keys(got)) {
      if (!isAbsent(member(got, k)) && member(want, k) === undefined) return `${path}.${k}: unexpected member`;
    }
    return null;
  }
  return got === want || String(got) === String(want) ? null : `${path}: expected ${show(want)}, got ${show(got)}`;
}

/** Turns the expected JSON value into the JS value the encoder takes. */
export function fromJson(d: Descriptor, v: any): unknown {
  if (isAbsent(v)) return undefined;
  if (typeof d === 'object' && d.optional) return fromJson(d.optional, v);
  switch (typeof d === 'string' ? d : Object.keys(d)[0]) {
    case 'number': case 'int': case 'flags': return num(v);
    case 'bigint': case 'int64': case 'uint64': return BigInt(v);
    case 'date': return new Date(dateMs(v));
    case 'bytes': return new Uint8Array(Buffer.from(v, 'base64'));
    case 'array': return v.map((x: unknown) => fromJson((d as any).array, x));
    case 'dict': return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson((d as any).dict, x)]));
    case 'object': return Object.fromEntries(Object.keys((d as any).object).map((k) => [k, fromJson((d as any).object[k], member(v, k))]));
    default: return v;
  }
}

/** Runs one vector; returns the problems found (empty when it passes). */
export function runVector(v: Vector, mode: { jitless: boolean }): string[] {
  const opts = { ...(v.options ?? {}), jitless: mode.jitless };
  const problems: string[] = [];
  const schema = build(v.schema!);
  if (v.error) {
    const r = J.safeDecode(schema, v.jsv, opts);
    if (r.ok) problems.push(`expected a JsvError, got ${show(r.value)}`);
    else if (!(r.error instanceof J.JsvError)) problems.push(`expected a JsvError, got ${(r.error as Error)?.name}`);
    return problems;
  }
  const reads = v.dir !== 'serialize';
  const writes = v.dir !== 'deserialize';
  const viaDecode = writes && (v.dir === 'both' || v.json === null || /evovoice:|"timeSpan"/.test(JSON.stringify(v.schema)));
  let decoded: unknown;
  try {
    if (reads || viaDecode) {
      decoded = J.decode(schema, v.jsv, opts);
      if (reads && v.json !== null && v.json !== undefined) {
        const isEvo = typeof v.schema === 'string' && v.schema.startsWith('evovoice:');
        const r = diff(isEvo ? null : v.schema!, decoded, v.json);
        if (r) problems.push(`decode ${r}`);
      }
    }
    if (writes) {
      const value = viaDecode ? decoded : fromJson(v.schema!, v.json);
      const out = J.encode(schema, value as never, opts as J.EncodeCallOptions);
      if (out !== v.jsv) problems.push(`encode: expected ${show(v.jsv)}, got ${show(out)}`);
    }
  } catch (e) {
    problems.push(`threw ${(e as Error)?.name}: ${String((e as Error)?.message).split('\n')[0]!.slice(0, 160)}`);
  }
  return problems;
}
