/**
 * Per-schema lookup tables, built once and cached: member lookup by wire name, the written names for each key case,
 * the .NET defaults of missing members, and enum name tables.
 */
import { toCamelCase, toPascalCase } from '../text/member-name.js';
import { quoteString } from '../text/quote.js';
import type { AnySchema, EnumSchema, FlagsSchema, MemberInfo, ObjectSchema } from './types.js';

/** What the decoders and encoders need to know about an object schema. */
export interface ObjectLayout {
  readonly members: readonly MemberInfo[];
  /** Declared names, in wire order. */
  readonly names: readonly string[];
  /** Exact wire spellings (declared, camelCase, PascalCase) to member index. */
  readonly exact: ReadonlyMap<string, number>;
  /** Lower-cased names to member index, for the case-insensitive fallback. */
  readonly lower: ReadonlyMap<string, number>;
  /** The value of each member when it is missing from the text. */
  readonly defaults: readonly unknown[];
  /** An instance with every member at its default, in wire order; copied by spreading (one hidden class). */
  readonly template: Readonly<Record<string, unknown>>;
  /** Names as written for each key case: quoted by the string rule when they hold a special character or are empty. */
  readonly written: { readonly declared: readonly string[]; readonly camel: readonly string[]; readonly pascal: readonly string[] };
}

const layouts = new WeakMap<object, ObjectLayout>();

/** The .NET default of a member missing from the text: 0, false, the first enum member; `undefined` otherwise. */
export function defaultOf(schema: AnySchema): unknown {
  switch (schema.kind) {
    case 'int':
    case 'number':
    case 'flags':
      return 0;
    case 'bigint':
      return 0n;
    case 'boolean':
      return false;
    case 'enum':
      return schema.values[0];
    default:
      return undefined;
  }
}

/** The cached layout of an object schema. */
export function layoutOf(schema: ObjectSchema): ObjectLayout {
  let l = layouts.get(schema);
  if (l === undefined) {
    const names = schema.members.map((m) => m.name);
    const exact = new Map<string, number>();
    const lower = new Map<string, number>();
    const camel = names.map(toCamelCase);
    const pascal = names.map(toPascalCase);
    names.forEach((n, i) => {
      for (const spelling of [n, camel[i]!, pascal[i]!]) if (!exact.has(spelling)) exact.set(spelling, i);
      lower.set(n.toLowerCase(), i);
    });
    const defaults = schema.members.map((m) => defaultOf(m.schema));
    const template: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) setOwn(template, names[i]!, defaults[i]);
    const written = { declared: names.map(quoteString), camel: camel.map(quoteString), pascal: pascal.map(quoteString) };
    l = { members: schema.members, names, exact, lower, defaults, template, written };
    layouts.set(schema, l);
  }
  return l;
}

/** Finds the member index for a wire name: exact spellings first, then case-insensitively; -1 when unknown. */
export function memberIndex(layout: ObjectLayout, key: string): number {
  const i = layout.exact.get(key);
  if (i !== undefined) return i;
  return layout.lower.get(key.toLowerCase()) ?? -1;
}

/** A fresh instance of an object schema with every member set to its default, in wire order (one hidden class). */
export function createInstance(layout: ObjectLayout): Record<string, unknown> {
  return { ...layout.template };
}

/** Sets an own data property; `__proto__` becomes ordinary data, never a prototype change. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Name tables of an enum schema. */
export interface EnumTable {
  /** Lower-cased name to the first declared name with that spelling (the case-insensitive fallback). */
  readonly byLower: ReadonlyMap<string, string>;
  /** The set of declared names (for encode). */
  readonly names: ReadonlySet<string>;
  /** A description for messages. */
  readonly expected: string;
}
const enumTables = new WeakMap<object, EnumTable>();

/** The cached tables of an enum schema. */
export function enumTableOf(schema: EnumSchema): EnumTable {
  let t = enumTables.get(schema);
  if (t === undefined) {
    t = {
      byLower: firstByLower(schema.values),
      names: new Set(schema.values),
      expected: `one of ${schema.values.join(', ')} (or 0-${schema.values.length - 1})`,
    };
    enumTables.set(schema, t);
  }
  return t;
}

/** Lower-cased names to the first declared name of each: `['a', 'A']` reads `a` and `A` exactly, and nothing else. */
function firstByLower(values: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const v of values) {
    const k = v.toLowerCase();
    if (!m.has(k)) m.set(k, v);
  }
  return m;
}

/** Name tables of a flags schema. */
export interface FlagsTable {
  readonly byLower: ReadonlyMap<string, number>;
  readonly expected: string;
}
const flagsTables = new WeakMap<object, FlagsTable>();

/** The cached tables of a flags schema. */
export function flagsTableOf(schema: FlagsSchema): FlagsTable {
  let t = flagsTables.get(schema);
  if (t === undefined) {
    const entries = Object.entries(schema.members);
    t = {
      byLower: new Map(entries.map(([k, v]) => [k.toLowerCase(), v])),
      expected: `a number or names from ${entries.map(([k]) => k).join(', ')}`,
    };
    flagsTables.set(schema, t);
  }
  return t;
}
