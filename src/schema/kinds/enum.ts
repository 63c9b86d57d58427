/**
 * The `enum` kind: a plain .NET enum, written by name, or by its declared wire name (`[EnumMember(Value = …)]`). Wire
 * names match exactly first, then declared names, then either in any case (the first declared of names that differ
 * only by case), surrounding spaces allowed; the numbers of defined members are read too. The .NET default is the
 * first member.
 */
import { parseInt32 } from '../../text/dotnet-number.js';
import { quoteString } from '../../text/quote.js';
import { sameChars } from '../code-builder.js';
import type { EnumSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Name tables of an enum schema. */
export interface EnumTable {
  /** Wire names (the declared wire name, else the value's name) to values, exact; then declared names. */
  readonly exact: ReadonlyMap<string, string>;
  /** Lower-cased wire names, then declared names, to the first value with that spelling (the case-insensitive fallback). */
  readonly byLower: ReadonlyMap<string, string>;
  /** Each value's written text (its wire name, quoted when needed). */
  readonly written: ReadonlyMap<string, string>;
  /** The wire names, in declared order. */
  readonly wire: readonly string[];
  /** A description for messages. */
  readonly expected: string;
}
const tables = /* @__PURE__ */ new WeakMap<object, EnumTable>();

/** The wire name of each value of an enum schema: its declared wire name (`[EnumMember(Value = …)]`), else its name. */
export function enumWireNames(schema: EnumSchema): readonly string[] {
  const w = schema.wireNames as Readonly<Record<string, string | undefined>> | undefined;
  return schema.values.map((v) => w?.[v] ?? v);
}

/** The cached tables of an enum schema. */
export function enumTableOf(schema: EnumSchema): EnumTable {
  let t = tables.get(schema);
  if (t === undefined) {
    const wire = enumWireNames(schema);
    const exact = new Map<string, string>();
    const byLower = new Map<string, string>();
    // Wire names first; a declared name is read too (as ServiceStack's Enum.Parse does) unless it spells another wire name.
    for (const [names] of [[wire], [schema.values]] as const) {
      names.forEach((n, i) => {
        if (!exact.has(n)) exact.set(n, schema.values[i]!);
      });
      names.forEach((n, i) => {
        if (!byLower.has(n.toLowerCase())) byLower.set(n.toLowerCase(), schema.values[i]!);
      });
    }
    const written = new Map(schema.values.map((v, i) => [v, quoteString(wire[i]!)] as const));
    t = { exact, byLower, written, wire, expected: `one of ${wire.join(', ')} (or 0-${schema.values.length - 1})` };
    tables.set(schema, t);
  }
  return t;
}

/** Reads an enum member from its wire name, its name or the number of a defined member; {@link FAIL} otherwise. */
export function readEnum(schema: EnumSchema, text: string): string | typeof FAIL {
  const t = enumTableOf(schema);
  const hit = t.exact.get(text);
  if (hit !== undefined) return hit;
  const trimmed = text.trim();
  const trimmedHit = t.exact.get(trimmed) ?? t.byLower.get(text.toLowerCase()) ?? t.byLower.get(trimmed.toLowerCase());
  if (trimmedHit !== undefined) return trimmedHit;
  const n = parseInt32(text);
  if (n !== undefined && n >= 0 && n < schema.values.length) return schema.values[n]!;
  return FAIL;
}

/** Everything about `enumOf([...])`. */
export const enumKind = /* @__PURE__ */ scalarKind<EnumSchema>({
  kind: 'enum',
  code: 'INVALID_ENUM',
  expected: (schema) => enumTableOf(schema).expected,
  read: readEnum,
  write: (schema, v) => (typeof v === 'string' ? enumTableOf(schema).written.get(v) : undefined),
  fromJson: (schema, v) =>
    typeof v === 'number' ? (Number.isInteger(v) && v >= 0 && v < schema.values.length ? schema.values[v] : FAIL)
    : typeof v === 'string' ? readEnum(schema, v)
    : FAIL,
  defaultOf: (schema) => schema.values[0],
  mayStartWithBom: () => true,
  // The declared names are compared character by character (exact match first), grouped by length; anything else
  // goes through readEnum, which applies the same rule.
  decoderSource(name, k, schema) {
    const byLength = new Map<number, [string, string][]>();
    const wire = enumWireNames(schema);
    schema.values.forEach((v, i) => {
      const w = wire[i]!;
      byLength.set(w.length, [...(byLength.get(w.length) ?? []), [w, v]]);
    });
    const cases = [...byLength]
      .map(([len, vs]) => `case ${len}: ${vs.map(([w, v]) => `if (${sameChars(w, 0)}) { s.pos = e; return ${JSON.stringify(v)}; }`).join(' ')} break;`)
      .join('\n      ');
    return `function ${name}(s, c) {
  const t = s.text, p = s.pos, x = t.charCodeAt(p);
  if (x !== 34 && x !== 123 && x !== 91) {
    const e = s.plainEnd(c);
    switch (e - p) {
    ${cases}
    }
  }
  return H.decodeScalar(${k}, s, c);
}`;
  },
  encoderSource(name, _k, schema) {
    const written = enumTableOf(schema).written;
    const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: return ${JSON.stringify(written.get(v))};`).join(' ');
    return `function ${name}(v) { switch (v) { ${cases} } throw H.BAIL; }`;
  },
});
