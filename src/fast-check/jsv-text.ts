/**
 * `jsvText(schema)`: texts ServiceStack could send for a schema, for testing readers: member names in PascalCase,
 * camelCase or as declared, members in any order, unknown members, empty values and left-out members where they mean
 * absent, value-type members left out when they hold the default (`ExcludeDefaultValues`); with `lenient`, whitespace
 * around structure. Each text comes with the value it must decode to.
 */
import fc from 'fast-check';
import { array } from '../schema/builders.js';
import { encode } from '../schema/encode.js';
import { layoutOf } from '../schema/layout.js';
import { lazyTarget } from '../schema/lazy-target.js';
import type { AnySchema, ArraySchema, DictSchema, Infer, ObjectSchema } from '../schema/types.js';
import { stringify } from '../text/stringify.js';
import { quoteString } from '../text/quote.js';
import { arbitrary } from './arbitrary.js';
import { firstDifference } from './deep-equal.js';
import type { ArbitraryOptions } from './options.js';
import { absenceOf } from './semantics.js';
import { LENIENT_SPACE_CHARS, edgeString } from './strings.js';
import { jsvNode } from './untyped.js';

/** Options for {@link jsvText} and {@link jsvTextWithValue}. */
export interface JsvTextOptions extends ArbitraryOptions {
  /** Put whitespace around `{ } [ ] : ,` (text for `decode(…, { lenient: true })`). Default false. */
  readonly lenient?: boolean;
  /** Add members the schema does not have (skipped by the reader). Default true. */
  readonly unknownMembers?: boolean;
}

/** A text and the value it decodes to. */
export interface JsvTextCase<T> {
  readonly text: string;
  readonly value: T;
}

const LENIENT_WS = fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\r\n', ' \n\t ');
const NO_WS = fc.constant('');

/** Names for unknown members (checked against the schema's names, which match in any case). */
const unknownName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/),
  fc.constantFrom('__proto__', 'constructor', 'ResponseStatus', '__type', 'toString'),
);

interface TextContext {
  readonly ws: fc.Arbitrary<string>;
  readonly lenient: boolean;
  readonly unknown: boolean;
  readonly unknownValue: fc.Arbitrary<string>;
}

/**
 * An arbitrary of JSV texts ServiceStack could send for `schema`, each with the value it decodes to (`decode(schema,
 * text, { lenient })` deep-equals `value`).
 */
export function jsvTextWithValue<S extends AnySchema>(schema: S, options?: JsvTextOptions): fc.Arbitrary<JsvTextCase<Infer<S>>> {
  const lenient = options?.lenient === true;
  const ctx: TextContext = {
    ws: lenient ? LENIENT_WS : NO_WS,
    lenient,
    unknown: options?.unknownMembers !== false,
    // Lenient reading trims the strings of skipped values too, so those have no whitespace at the ends then.
    unknownValue: jsvNode({ maxDepth: 2, maxItems: 3, ...(lenient ? { strings: edgeString().filter((x) => quoteSpaced(x) === x) } : {}) })
      .map((n) => (n === null ? '' : inner(stringify(n), lenient))),
  };
  return arbitrary(schema, options).chain((value) =>
    fc.tuple(ctx.ws, rootText(schema, value, ctx), ctx.ws).map(([a, t, b]) => ({ text: a + t + b, value })),
  );
}

/** An arbitrary of JSV texts ServiceStack could send for `schema` (see {@link jsvTextWithValue} for the values). */
export function jsvText(schema: AnySchema, options?: JsvTextOptions): fc.Arbitrary<string> {
  return jsvTextWithValue(schema, options).map((c) => c.text);
}

/** A text of a scalar at the root, or a container. */
function rootText(schema: AnySchema, v: unknown, ctx: TextContext): fc.Arbitrary<string> {
  if (v === undefined || v === null) return fc.constant('');
  if (schema.kind === 'optional' || schema.kind === 'required') return rootText(schema.inner, v, ctx);
  if (schema.kind === 'lazy') return rootText(lazyTarget(schema), v, ctx);
  if (isContainer(schema)) return textOf(schema, v, ctx);
  return scalarForms(schema, encode(schema, v as never, { jitless: true })).map((t) => (ctx.lenient ? quoteSpaced(t) : t));
}

/**
 * The texts ServiceStack writes for a scalar whose canonical text is `written`: that text, and for a Utc `dateTime`
 * with a fraction of a second also the .NET Framework form with the fraction's trailing zeros trimmed (`…05.12Z`).
 */
function scalarForms(schema: AnySchema, written: string): fc.Arbitrary<string> {
  if (schema.kind === 'dateTime') {
    const m = /^(.*\.\d*?)0*Z$/.exec(written);
    if (m !== null && m[1]! + 'Z' !== written) return fc.constantFrom(written, m[1]! + 'Z');
  }
  return fc.constant(written);
}

function isContainer(schema: AnySchema): boolean {
  return schema.kind === 'array' || schema.kind === 'dict' || schema.kind === 'object' || schema.kind === 'optional';
}

/** Quotes a raw text that starts or ends with whitespace (lenient reading would drop that whitespace). */
function quoteSpaced(text: string): string {
  if (text === '' || text.startsWith('"')) return text;
  const spaced = LENIENT_SPACE_CHARS.includes(text[0]!) || LENIENT_SPACE_CHARS.includes(text[text.length - 1]!);
  return spaced ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A nested text: quoted when lenient reading would change it. */
function inner(text: string, lenient: boolean): string {
  return lenient ? quoteSpaced(text) : text;
}

/** A text of a present value inside a container. */
function textOf(schema: AnySchema, v: unknown, ctx: TextContext): fc.Arbitrary<string> {
  switch (schema.kind) {
    case 'optional':
    case 'required':
      return textOf(schema.inner, v, ctx);
    case 'lazy':
      return textOf(lazyTarget(schema), v, ctx);
    case 'array':
      return listText(schema, v as unknown[], ctx);
    case 'dict':
      return dictText(schema, v as Record<string, unknown>, ctx);
    case 'object':
      return objectText(schema, v as Record<string, unknown>, ctx);
    default:
      // A scalar as it is written inside a list (the same as inside an object or dictionary).
      return scalarForms(schema, encode(array(schema), [v] as never, { jitless: true }).slice(1, -1)).map((t) => inner(t, ctx.lenient));
  }
}

function joined(open: string, parts: readonly fc.Arbitrary<string>[], close: string, ctx: TextContext): fc.Arbitrary<string> {
  if (parts.length === 0) return ctx.ws.map((w) => open + w + close);
  const spaced = parts.map((p) => fc.tuple(ctx.ws, p, ctx.ws).map(([a, t, b]) => a + t + b));
  return fc.tuple(...spaced).map((ts) => open + ts.join(',') + close);
}

function listText(schema: ArraySchema, items: readonly unknown[], ctx: TextContext): fc.Arbitrary<string> {
  return joined('[', items.map((x) => (x === null || x === undefined ? fc.constant('') : textOf(schema.item, x, ctx))), ']', ctx);
}

function member(name: fc.Arbitrary<string>, value: fc.Arbitrary<string>, ctx: TextContext): fc.Arbitrary<string> {
  return fc.tuple(name, ctx.ws, ctx.ws, value).map(([n, a, b, t]) => `${n}${a}:${b}${t}`);
}

function shuffled(parts: fc.Arbitrary<string>[], open: string, close: string, ctx: TextContext): fc.Arbitrary<string> {
  if (parts.length === 0) return joined(open, [], close, ctx);
  return fc.tuple(...parts).chain((ts) => fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length }))
    .chain((ts) => joined(open, ts.map((t) => fc.constant(t)), close, ctx));
}

function unknownMembers(known: ReadonlySet<string>, ctx: TextContext): fc.Arbitrary<fc.Arbitrary<string>[]> {
  if (!ctx.unknown) return fc.constant([]);
  const name = unknownName.filter((n) => !known.has(n.toLowerCase()));
  return fc.array(fc.tuple(name, ctx.unknownValue), { maxLength: 2 }).map((us) => us.map(([n, t]) => fc.constant(`${n}:${t}`)));
}

function dictText(schema: DictSchema, d: Record<string, unknown>, ctx: TextContext): fc.Arbitrary<string> {
  const keys = Object.keys(d);
  const keyText = (k: string): string => inner(quoteString(k), ctx.lenient);
  const parts = keys.map((k) => member(fc.constant(keyText(k)), textOf(schema.value, d[k], ctx), ctx));
  // Keys with an empty value are left out by the reader when the value kind may be absent.
  const empties = absenceOf(schema.value).emptyDictValue
    ? fc.array(fc.constantFrom('Empty', 'missing', ' k ', '__proto__').filter((k) => !Object.hasOwn(d, k.trim()) && !Object.hasOwn(d, k)), { maxLength: 1 })
    : fc.constant([]);
  return empties.chain((es) => shuffled([...parts, ...es.map((k) => member(fc.constant(keyText(k)), fc.constant(''), ctx))], '{', '}', ctx));
}

function objectText(schema: ObjectSchema, o: Record<string, unknown>, ctx: TextContext): fc.Arbitrary<string> {
  const layout = layoutOf(schema);
  const known = new Set<string>();
  const parts: fc.Arbitrary<string>[] = [];
  layout.members.forEach((m, i) => {
    const names = [layout.written.declared[i]!, layout.written.camel[i]!, layout.written.pascal[i]!];
    for (const n of names) known.add(n.toLowerCase());
    // A wire name with whitespace at an end is quoted for lenient reading, which would drop that whitespace.
    const name = fc.constantFrom(...new Set(names.map((n) => inner(n, ctx.lenient))));
    const x = Object.prototype.propertyIsEnumerable.call(o, m.name) ? o[m.name] : undefined;
    const absence = absenceOf(m.schema);
    if (x === undefined || x === null) {
      // Left out, or (where an empty value means absent) written empty.
      if (absence.emptyMember) parts.push(fc.boolean().chain((w) => (w ? member(name, fc.constant(''), ctx) : fc.constant(''))));
      return;
    }
    const written = member(name, textOf(m.schema, x, ctx), ctx);
    // A value-type member holding its default may be left out (ServiceStack's ExcludeDefaultValues).
    // Only for primitive defaults (numbers, booleans, enum names): not checked for the class-valued kinds yet.
    if (!absence.missingMember && typeof absence.missingValue !== 'object' && firstDifference(x, absence.missingValue) === undefined) {
      parts.push(fc.boolean().chain((w) => (w ? written : fc.constant(''))));
    } else parts.push(written);
  });
  return unknownMembers(known, ctx).chain((us) =>
    fc.tuple(...parts).chain((ts) => shuffled([...ts.filter((t) => t !== '').map((t) => fc.constant(t)), ...us], '{', '}', ctx)),
  );
}
