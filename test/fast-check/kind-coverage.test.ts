/**
 * Every schema kind has an arbitrary: the kind modules in src/schema/kinds are read from the folder (not from a list
 * kept here), so a kind added later without an arbitrary, or without a schema in the round-trip table, fails here.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_ARBITRARIES } from '../../src/fast-check/kinds.js';
import { arbitrary } from '../../src/fast-check/index.js';
import { kindOf } from '../../src/schema/kinds/index.js';
import type { AnySchema } from '../../src/schema/types.js';
import { KIND_SCHEMAS } from './kind-schemas.js';

const KINDS_DIR = new URL('../../src/schema/kinds/', import.meta.url);

/** The `kind` names of every kind module exported from src/schema/kinds (objects with a kind name and codecs). */
async function registeredKinds(): Promise<string[]> {
  const found = new Set<string>();
  for (const file of readdirSync(fileURLToPath(KINDS_DIR)).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(pathToFileURL(fileURLToPath(new URL(file, KINDS_DIR))).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      if (v === null || typeof v !== 'object') continue;
      const k = v as { kind?: unknown; decode?: unknown; encode?: unknown };
      if (typeof k.kind === 'string' && typeof k.decode === 'function' && typeof k.encode === 'function') found.add(k.kind);
    }
  }
  return [...found].sort();
}

/** Every kind used anywhere in a schema (through containers and lazy targets). */
function kindsIn(schema: AnySchema, out = new Set<string>(), seen = new Set<AnySchema>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  out.add(schema.kind);
  const s = schema as unknown as { inner?: AnySchema; item?: AnySchema; value?: AnySchema; getter?: () => AnySchema };
  for (const child of [s.inner, s.item, s.value, s.getter?.(), ...(schema.kind === 'object' ? schema.members.map((m) => m.schema) : [])]) {
    if (child !== undefined) kindsIn(child, out, seen);
  }
  return out;
}

describe('every schema kind has an arbitrary', () => {
  it('finds the kind modules (the scan works)', async () => {
    const kinds = await registeredKinds();
    expect(kinds.length).toBeGreaterThanOrEqual(29);
    for (const k of ['string', 'object', 'lazy', 'required', 'dateTime', 'decimal', 'uint64']) expect(kinds).toContain(k);
  });

  it('has an arbitrary builder for every kind module in src/schema/kinds', async () => {
    const missing = (await registeredKinds()).filter((k) => !Object.hasOwn(KIND_ARBITRARIES, k));
    expect(missing).toEqual([]);
  });

  it('has a schema of every kind in the round-trip table, and arbitrary() builds values for each', async () => {
    const used = new Set<string>();
    for (const [, schema] of KIND_SCHEMAS) kindsIn(schema, used);
    expect((await registeredKinds()).filter((k) => !used.has(k))).toEqual([]);
    for (const [label, schema] of KIND_SCHEMAS) {
      expect(kindOf(schema).kind, label).toBe(schema.kind); // registered (builders register on use)
      expect(fc.sample(arbitrary(schema), { numRuns: 5, seed: 1 }), label).toHaveLength(5);
    }
  });
});
