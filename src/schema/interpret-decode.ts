/**
 * The interpreted decoder (the `jitless` path): walks the schema at run time and reads the text directly with the
 * scanner, building only the final values (never the untyped tree). Each kind's rules live in its module under
 * `kinds/`; this module dispatches to them. The generated decoders follow the same rules.
 */
import type { Scanner } from '../text/scanner.js';
import { kindOf } from './kinds/index.js';
import { decodeFault } from './kinds/shared.js';
import type { AnySchema } from './types.js';

export { NO_CLOSE, atEmpty } from './kinds/shared.js';

/** Fails: the value at `start` (already read up to `s.pos`) does not fit `schema`. */
export function fault(schema: AnySchema, s: Scanner, start: number, end: number = s.pos): never {
  return decodeFault(kindOf(schema), schema, s, start, end);
}

/**
 * Decodes the value at the cursor inside a container closed by `close`. Returns `undefined` for an empty value of a
 * kind that may be absent (strings, bytes, lists, dictionaries, objects, optional); other kinds fail on it.
 */
export function decodeAt(schema: AnySchema, s: Scanner, close: number): unknown {
  return kindOf(schema).decode(schema, s, close);
}

/** Reads one scalar token at the cursor and converts it (generated code calls it as `H.decodeScalar`). */
export function decodeScalar(schema: AnySchema, s: Scanner, close: number): unknown {
  return kindOf(schema).decode(schema, s, close);
}

/** Decodes a whole text as a value of `schema` (the root rules: a root scalar is the whole text; a root list may lack brackets). */
export function decodeRoot(schema: AnySchema, s: Scanner): unknown {
  s.skipSpace();
  return kindOf(schema).decodeRoot(schema, s);
}
