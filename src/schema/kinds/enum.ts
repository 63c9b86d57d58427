/**
 * The `enum` kind: a plain .NET enum, written by name. Names match exactly first, then in any case (the first declared
 * of names that differ only by case), surrounding spaces allowed; the numbers of defined members are read too. The
 * .NET default is the first member.
 */
import { parseInt32 } from '../../text/dotnet-number.js';
import { quoteString } from '../../text/quote.js';
import { sameChars } from '../code-builder.js';
import type { EnumSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Name tables of an enum schema. */
export interface EnumTable {
  /** Lower-cased name to the first declared name with that spelling (the case-insensitive fallback). */
  readonly byLower: ReadonlyMap<string, string>;
  /** The set of declared names. */
  readonly names: ReadonlySet<string>;
  /** A description for messages. */
  readonly expected: string;
}
const tables = new WeakMap<object, EnumTable>();

/** The cached tables of an enum schema. */
export function enumTableOf(schema: EnumSchema): EnumTable {
  let t = tables.get(schema);
  if (t === undefined) {
    const byLower = new Map<string, string>();
    for (const v of schema.values) if (!byLower.has(v.toLowerCase())) byLower.set(v.toLowerCase(), v);
    t = { byLower, names: new Set(schema.values), expected: `one of ${schema.values.join(', ')} (or 0-${schema.values.length - 1})` };
    tables.set(schema, t);
  }
  return t;
}

/** Reads an enum member from its name or the number of a defined member; {@link FAIL} otherwise. */
export function readEnum(schema: EnumSchema, text: string): string | typeof FAIL {
  const t = enumTableOf(schema);
  if (t.names.has(text)) return text;
  const trimmed = text.trim();
  if (t.names.has(trimmed)) return trimmed;
  const hit = t.byLower.get(text.toLowerCase()) ?? t.byLower.get(trimmed.toLowerCase());
  if (hit !== undefined) return hit;
  const n = parseInt32(text);
  if (n !== undefined && n >= 0 && n < schema.values.length) return schema.values[n]!;
  return FAIL;
}

/** Everything about `enumOf([...])`. */
export const enumKind = scalarKind<EnumSchema>({
  kind: 'enum',
  code: 'INVALID_ENUM',
  expected: (schema) => enumTableOf(schema).expected,
  read: readEnum,
  write: (schema, v) => (typeof v === 'string' && enumTableOf(schema).names.has(v) ? quoteString(v) : undefined),
  fromJson: (schema, v) =>
    typeof v === 'number' ? (Number.isInteger(v) && v >= 0 && v < schema.values.length ? schema.values[v] : FAIL)
    : typeof v === 'string' ? readEnum(schema, v)
    : FAIL,
  defaultOf: (schema) => schema.values[0],
  mayStartWithBom: () => true,
  // The declared names are compared character by character (exact match first), grouped by length; anything else
  // goes through readEnum, which applies the same rule.
  decoderSource(name, k, schema) {
    const byLength = new Map<number, string[]>();
    for (const v of schema.values) byLength.set(v.length, [...(byLength.get(v.length) ?? []), v]);
    const cases = [...byLength]
      .map(([len, vs]) => `case ${len}: ${vs.map((v) => `if (${sameChars(v, 0)}) { s.pos = e; return ${JSON.stringify(v)}; }`).join(' ')} break;`)
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
    const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: return ${JSON.stringify(quoteString(v))};`).join(' ');
    return `function ${name}(v) { switch (v) { ${cases} } throw H.BAIL; }`;
  },
});
