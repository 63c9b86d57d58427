/**
 * The state shared by the code generators of one schema tree: the emitted function sources, the constants they refer
 * to (`K[i]`), and one generated function per schema and family, so shared sub-schemas are generated once.
 */
import type { ObjectLayout } from './layout.js';
import type { AnySchema } from './types.js';

/** Collects generated functions and the constants they use. */
export class CodeBuilder {
  /** The source of each generated function, in order. */
  readonly lines: string[] = [];
  /** Values the generated code refers to as `K[i]`. */
  readonly consts: unknown[] = [];
  /** Decoder function names by schema. */
  readonly decoders = new Map<AnySchema, string>();
  /** Encoder function names by schema. */
  readonly encoders = new Map<AnySchema, string>();
  /** Every function name given out. */
  private readonly used = new Set<string>();

  /**
   * A unique function name `<family>_<hint>` (e.g. `decode_Pet_tags_item`), where the hint is the schema's path from
   * the root (member names, `item`, `value`, `inner`) or a named object's name; a number is added on a clash.
   */
  functionName(family: 'decode' | 'encode', hint: string): string {
    const base = `${family}_${identifierPart(hint)}`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  /** The expression `K[i]` for a constant (added once). */
  constant(v: unknown): string {
    let i = this.consts.indexOf(v);
    if (i < 0) i = this.consts.push(v) - 1;
    return `K[${i}]`;
  }

  /** All generated functions. */
  source(): string {
    return this.lines.join('\n');
  }
}

/** `text` as part of a JavaScript identifier: characters other than letters, digits, `_` and `$` become `_`. */
export function identifierPart(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_$]/g, '_');
  return id === '' ? '_' : id;
}

/** The name hint of a schema reached from `parent`: a named object's own name, else the path. */
export function childHint(schema: AnySchema, parent: string, step: string): string {
  return schema.kind === 'object' && schema.name !== undefined ? schema.name : `${parent}_${step}`;
}

/** A JS literal for a member default (numbers, booleans, bigint 0, enum names, undefined). */
export function literalOf(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  return JSON.stringify(v);
}

/**
 * The constant holding an object schema's written names for each key case: `first` (`name:`) for the first member
 * written and `rest` (`,name:`) for the others.
 */
export function writtenNames(g: CodeBuilder, layout: ObjectLayout): string {
  return g.constant(
    Object.fromEntries(
      (['declared', 'camel', 'pascal'] as const).map((kc) => [kc, { first: layout.written[kc].map((w) => w + ':'), rest: layout.written[kc].map((w) => ',' + w + ':') }]),
    ),
  );
}

/**
 * Code that reads the members of the object `v` into locals `m0…mN` in one `for…in` pass: the value's own enumerable
 * properties, as `JSON.stringify` reads them. Reading `v.name` for each declared member instead is fast only while all
 * values share one shape; values built with varying optional members make those reads megamorphic (~20x slower).
 */
export function collectMembers(layout: ObjectLayout): string {
  const locals = layout.members.map((_, i) => `m${i}`).join(', ');
  const cases = layout.members.map((m, i) => `case ${JSON.stringify(m.name)}: if (own || H.hasOwn(v, k)) m${i} = v[k]; break;`).join('\n      ');
  return `${locals === '' ? '' : `let ${locals};`}
  const own = H.onlyOwnEnumerable(v);
  for (const k in v) {
    switch (k) {
      ${cases}
    }
  }`;
}

/**
 * A test that the text at `p + offset` holds `word`, as one comparison per character: for short member names this is
 * two to three times faster than `startsWith`, which V8 calls as a builtin every time.
 */
export function sameChars(word: string, offset: number): string {
  return Array.from({ length: word.length }, (_, i) => `t.charCodeAt(p + ${offset + i}) === ${word.charCodeAt(i)}`).join(' && ') || 'true';
}
