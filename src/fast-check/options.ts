/**
 * Options of the `jsv-codec/fast-check` arbitraries and the context they pass down while building a schema's arbitrary.
 */
import type fc from 'fast-check';
import type { AnySchema } from '../schema/types.js';

/** Options for {@link arbitrary} (and the value side of `jsvText` and `roundTrip`). */
export interface ArbitraryOptions {
  /** The most items of a list and entries of a dictionary (default 4). */
  readonly maxItems?: number;
  /**
   * The deepest nesting of lists, dictionaries and objects (default 8). Below it lists and dictionaries are empty and
   * members that may be absent are left out, which is what bounds recursion through `lazy`.
   */
  readonly maxDepth?: number;
  /** The strings used for string values and dictionary keys (default {@link edgeString}()). */
  readonly strings?: fc.Arbitrary<string>;
}

/** What a kind's arbitrary builder receives. */
export interface ArbitraryContext {
  readonly maxItems: number;
  readonly maxDepth: number;
  readonly strings: fc.Arbitrary<string>;
  /** How many lists, dictionaries and objects enclose the value being built. */
  readonly depth: number;
  /** The arbitrary of present values of another schema at `depth` (the builder of the children). */
  of(schema: AnySchema, depth: number): fc.Arbitrary<unknown>;
}
