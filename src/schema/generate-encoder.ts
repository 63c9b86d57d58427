/**
 * Generated encoders (`(v, N) => string`): each returns the text of a present value by concatenation. They throw
 * `H.BAIL` for any value that does not fit (the interpreter then raises the error with its path). Each kind's
 * snippet lives in its module under `kinds/`.
 */
import type { CodeBuilder } from './code-builder.js';
import { kindOf } from './kinds/index.js';
import type { AnySchema } from './types.js';

/** The name of a function `(v, N) => string` returning the text of a present (non-null) value of `schema`; `N` picks the key case. */
export function encoderOf(g: CodeBuilder, schema: AnySchema, hint: string): string {
  let name = g.encoders.get(schema);
  if (name !== undefined) return name;
  name = g.functionName('encode', hint);
  g.encoders.set(schema, name);
  kindOf(schema).generateEncoder(g, name, schema, hint);
  return name;
}
