/**
 * Per-schema lookup tables, built once and cached: member lookup by wire name, the written names for each key case,
 * the .NET defaults of missing members (enum and flags name tables live in kinds/enum.ts and kinds/flags.ts).
 */
import { PlainObject } from '../text/plain-object.js';
import { toCamelCase, toPascalCase } from '../text/member-name.js';
import { needsQuoting, quoteString } from '../text/quote.js';
import { kindOf } from './kinds/index.js';
import type { AnySchema, MemberInfo, ObjectSchema } from './types.js';

/** What the decoders and encoders need to know about an object schema. */
export interface ObjectLayout {
  readonly members: readonly MemberInfo[];
  /** Declared names, in wire order. */
  readonly names: readonly string[];
  /** Exact wire spellings (declared, camelCase, PascalCase; or the declared wire name alone) to member index. */
  readonly exact: ReadonlyMap<string, number>;
  /** Lower-cased names to member index, for the case-insensitive fallback. */
  readonly lower: ReadonlyMap<string, number>;
  /**
   * Lower-cased declared (JavaScript) names of the members with a declared wire name, for `fromJsonValue` only (it
   * also maps already-decoded values); JSV text matches wire names only.
   */
  readonly properties: ReadonlyMap<string, number>;
  /** The value of each member when it is missing from the text. */
  readonly defaults: readonly unknown[];
  /** The indexes of the members that must be present (`required`), in wire order. */
  readonly required: readonly number[];
  /**
   * For each member, its spellings followed by `:` (`name:`, `Name:`) that the text holds unquoted and that `exact`
   * maps to it: the interpreter tries these at the cursor before reading and looking up a key.
   */
  readonly plainKeys: readonly (readonly string[])[];
  /** Names as written for each key case: quoted by the string rule when they hold a special character or are empty. */
  readonly written: { readonly declared: readonly string[]; readonly camel: readonly string[]; readonly pascal: readonly string[] };
}

const layouts = new WeakMap<object, ObjectLayout>();

/** The .NET default of a member missing from the text: 0, false, the first enum member; `undefined` otherwise. */
export function defaultOf(schema: AnySchema): unknown {
  return kindOf(schema).defaultOf(schema);
}

/** The cached layout of an object schema. */
export function layoutOf(schema: ObjectSchema): ObjectLayout {
  let l = layouts.get(schema);
  if (l === undefined) {
    const names = schema.members.map((m) => m.name);
    const exact = new Map<string, number>();
    const lower = new Map<string, number>();
    const properties = new Map<string, number>();
    // A declared wire name is the only spelling of its member, whatever the key case.
    const wire = schema.members.map((m) => m.wireName);
    const declared = names.map((n, i) => wire[i] ?? n);
    const camel = names.map((n, i) => wire[i] ?? toCamelCase(n));
    const pascal = names.map((n, i) => wire[i] ?? toPascalCase(n));
    names.forEach((n, i) => {
      for (const spelling of [declared[i]!, camel[i]!, pascal[i]!]) if (!exact.has(spelling)) exact.set(spelling, i);
      lower.set(declared[i]!.toLowerCase(), i);
    });
    names.forEach((n, i) => {
      if (wire[i] !== undefined && !lower.has(n.toLowerCase())) properties.set(n.toLowerCase(), i);
    });
    const defaults = schema.members.map((m) => defaultOf(m.schema));
    const required = schema.members.flatMap((m, i) => (kindOf(m.schema).required === true ? [i] : []));
    const plainKeys = names.map((_, i) =>
      [...new Set([declared[i]!, camel[i]!, pascal[i]!])].filter((w) => exact.get(w) === i && !needsQuoting(w)).map((w) => `${w}:`),
    );
    const written = { declared: declared.map(quoteString), camel: camel.map(quoteString), pascal: pascal.map(quoteString) };
    l = { members: schema.members, names, exact, lower, properties, defaults, required, plainKeys, written };
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

/**
 * A fresh instance of an object schema with every member set to its default, in schema order (one hidden class per
 * schema). Written member by member, not as `{ ...template }`: this one site serves every object schema, and a spread
 * at a site that sees many shapes goes megamorphic and runs in the runtime, about 10x slower (it was a third of
 * jitless decode time).
 */
export function createInstance(layout: ObjectLayout): Record<string, unknown> {
  const o = new PlainObject();
  const { names, defaults } = layout;
  for (let i = 0; i < names.length; i++) setOwn(o, names[i]!, defaults[i]);
  return o;
}

/** Sets an own data property; `__proto__` becomes ordinary data, never a prototype change. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Like {@link memberIndex}, then the declared name of a member with a wire name (in any case): for `fromJsonValue`. */
export function jsonMemberIndex(layout: ObjectLayout, key: string): number {
  const i = memberIndex(layout, key);
  return i >= 0 ? i : layout.properties.get(key.toLowerCase()) ?? -1;
}
