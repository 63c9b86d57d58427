/**
 * Generated decoders: one JavaScript function per schema node with the interpreter's `decodeAt` contract
 * (`(s, close) => value | undefined`). They read strict, well-formed text only and throw `H.BAIL` on anything else.
 * Each kind's snippet lives in its module under `kinds/`.
 */
import type { CodeBuilder } from './code-builder.js';
import { kindOf } from './kinds/index.js';
import type { AnySchema } from './types.js';

/** The name of a function `(s, close) => value | undefined` decoding `schema` at the cursor (decodeAt's contract). */
export function decoderOf(g: CodeBuilder, schema: AnySchema, hint: string): string {
  let name = g.decoders.get(schema);
  if (name !== undefined) return name;
  name = g.functionName('decode', hint);
  g.decoders.set(schema, name);
  kindOf(schema).generateDecoder(g, name, schema, hint);
  return name;
}
