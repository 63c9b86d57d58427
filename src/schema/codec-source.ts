/**
 * The JavaScript source of a schema's compiled codec: one decoder source and one encoder source, each a function body
 * `(H, K) => { … return root }` with named functions (`decode_Pet`, `decode_Pet_tags_item`, `encode_Pet`, …) and a
 * `//# sourceURL=jsv-codec/<name>-decoder.js` comment, so stack traces and profiles say where they are.
 * `codecSource(schema)` prints both for maintainers (internal; see docs/contributing-codegen.md).
 */
import { CodeBuilder, identifierPart } from './code-builder.js';
import { decoderOf } from './generate-decoder.js';
import { encoderOf } from './generate-encoder.js';
import { kindOf } from './kinds/index.js';
import type { AnySchema } from './types.js';

/** One generated source and the constants (`K`) it refers to. */
export interface GeneratedSource {
  /** A function body taking `H` (helpers) and `K` (constants) and returning the root function. */
  readonly source: string;
  readonly consts: unknown[];
}

/** The decoder source (`null` where the root is read by the interpreter: scalars) and the encoder source. */
export interface CodecSources {
  readonly decoder: GeneratedSource | null;
  readonly encoder: GeneratedSource;
}

/** The name a root schema's generated files and functions carry: its object name, else its kind. */
export function rootNameOf(schema: AnySchema): string {
  return identifierPart(schema.kind === 'object' && schema.name !== undefined ? schema.name : schema.kind);
}

/** Whether the root of `schema` is decoded by generated code (structured roots; root scalars use the interpreter). */
export function hasGeneratedRoot(schema: AnySchema): boolean {
  return kindOf(schema).generatedRoot;
}

/** Generates the decoder and encoder sources of `schema`. */
export function buildSources(schema: AnySchema): CodecSources {
  const name = rootNameOf(schema);
  let decoder: GeneratedSource | null = null;
  if (hasGeneratedRoot(schema)) {
    const g = new CodeBuilder();
    const d = decoderOf(g, schema, name);
    decoder = {
      source: `"use strict";
${g.source()}
return function decode_root(s) { const v = ${d}(s, -1); if (s.pos !== s.len) throw H.BAIL; return v; };
//# sourceURL=jsv-codec/${name}-decoder.js`,
      consts: g.consts,
    };
  }
  const g = new CodeBuilder();
  const e = encoderOf(g, schema, name);
  const encoder = {
    source: `"use strict";
${g.source()}
return ${e};
//# sourceURL=jsv-codec/${name}-encoder.js`,
    consts: g.consts,
  };
  return { decoder, encoder };
}

/**
 * The generated source of a schema's codec, as compiled (decoder, then encoder), for reading and debugging. `K[i]` are
 * constants (schemas, layouts, name tables) and `H.…` the shared helpers of generate.ts.
 */
export function codecSource(schema: AnySchema): string {
  const { decoder, encoder } = buildSources(schema);
  const dec = decoder === null ? '// decoder: the root is read by the interpreter (a root scalar)\n' : `// decoder\n${decoder.source}\n`;
  return `${dec}\n// encoder\n${encoder.source}\n`;
}
