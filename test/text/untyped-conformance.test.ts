/**
 * The conformance vectors that need no schema: string lists (`{"array":"string"}`), string dictionaries
 * (`{"dict":"string"}`) and strings (`"string"`), scope core, not error cases. Their `jsv` must read through the untyped
 * `parse` as `json` (a `null` dictionary value means the entry is absent or empty), and, for `dir` both/serialize,
 * `stringify(json)` must give `jsv` byte for byte.
 *
 * Left out: list/dictionary vectors whose text does not start with `[`/`{` (a root list without brackets such as `a,b`
 * is a typed-reader feature; untyped, it is one string) and the empty text for "string".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from '../../src/index.js';

interface Vector {
  id: string;
  desc?: string;
  jsv: string;
  json: unknown;
  dir: 'both' | 'serialize' | 'deserialize';
  error?: boolean;
  schema?: unknown;
  scope?: string;
}

const dir = new URL('../conformance/', import.meta.url);
const UNTYPED = new Set(['{"array":"string"}', '{"dict":"string"}', '"string"']);

function applies(v: Vector): boolean {
  const schema = JSON.stringify(v.schema);
  if (!UNTYPED.has(schema) || v.scope !== 'core' || v.error === true) return false;
  if (schema === '"string"') return v.jsv.startsWith('"') || v.jsv.length > 0;
  return v.jsv.startsWith('[') || v.jsv.startsWith('{');
}

const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const vectors: (Vector & { file: string })[] = [];
for (const file of files) {
  for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const v = JSON.parse(line) as Vector;
    if (applies(v)) vectors.push({ ...v, file });
  }
}
const readVectors = vectors.filter((v) => v.dir !== 'serialize');
const writeVectors = vectors.filter((v) => v.dir !== 'deserialize');

/**
 * Whether the parsed tree matches the vector's json: lists item by item (null is an empty item); dictionaries key by
 * key, where a null json value matches an absent entry or an empty (null) one.
 */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (typeof expected !== 'object' || actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const exp = expected as Record<string, unknown>;
  const act = actual as Record<string, unknown>;
  for (const k of Object.keys(act)) if (!Object.hasOwn(exp, k)) return false;
  for (const k of Object.keys(exp)) {
    if (exp[k] === null ? Object.hasOwn(act, k) && act[k] !== null : !matches(act[k], exp[k])) return false;
  }
  return true;
}

describe('untyped conformance vectors', () => {
  it('selects the string-list, string-dictionary and string vectors (guards the filter)', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(vectors.length).toBeGreaterThanOrEqual(440);
    expect(readVectors.length).toBeGreaterThanOrEqual(400);
    expect(writeVectors.length).toBeGreaterThanOrEqual(400);
  });

  it.each(readVectors.map((v) => [`${v.file} ${v.id}`, v] as const))('parse reads %s as its json', (_name, v) => {
    const got = parse(v.jsv);
    if (!matches(got, v.json)) expect(got).toEqual(v.json);
    expect(matches(got, v.json)).toBe(true);
  });

  it.each(writeVectors.map((v) => [`${v.file} ${v.id}`, v] as const))('stringify writes %s byte for byte', (_name, v) => {
    expect(stringify(v.json)).toBe(v.jsv);
  });

  it('matches() is strict: an extra key, a wrong value or a missing list item does not match', () => {
    expect(matches({ a: '1', b: '2' }, { a: '1' })).toBe(false);
    expect(matches({ a: '2' }, { a: '1' })).toBe(false);
    expect(matches(['a'], ['a', null])).toBe(false);
    expect(matches({ a: 'x' }, { a: null })).toBe(false);
    expect(matches({}, { a: null })).toBe(true);
    expect(isDeepStrictEqual(parse('{A:}'), { A: null })).toBe(true);
  });
});
