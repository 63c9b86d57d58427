/**
 * The state shared by the code generators of one schema tree: the emitted function sources, the constants they refer
 * to (`K[i]`), and one generated function per schema and family, so shared sub-schemas are generated once.
 */
import type { AnySchema } from './types.js';

/** Collects generated functions and the constants they use. */
export class CodeBuilder {
  /** The source of each generated function, in order. */
  readonly lines: string[] = [];
  /** Values the generated code refers to as `K[i]`. */
  readonly consts: unknown[] = [];
  /** Decoder function names (`dN`) by schema. */
  readonly decoders = new Map<AnySchema, string>();
  /** Buffer-writer encoder names (`eN`) by schema. */
  readonly encoders = new Map<AnySchema, string>();
  /** Concatenating encoder names (`cN`) by schema. */
  readonly concatEncoders = new Map<AnySchema, string>();

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

/** A JS literal for a member default (numbers, booleans, bigint 0, enum names, undefined). */
export function literalOf(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  return JSON.stringify(v);
}
