/**
 * The `required` kind: ServiceStack's `isRequired` member. It must be present and not empty: a missing member (checked
 * by the object decoders) or an empty value fails with `MISSING_MEMBER`; it has no .NET default, and writing
 * `undefined`/`null` for it fails. Otherwise it reads and writes exactly as its inner schema.
 */
import { DecodeFault } from '../decode-fault.js';
import { decodeAt, decodeRoot } from '../interpret-decode.js';
import { encodeAt } from '../interpret-encode.js';
import { fromJsonAt } from '../from-json.js';
import { childHint } from '../code-builder.js';
import { decoderOf } from '../generate-decoder.js';
import { encoderOf } from '../generate-encoder.js';
import type { RequiredSchema } from '../types.js';
import { kindOf } from './index.js';
import type { Kind } from './kind.js';
import { atEmpty, decodeFault, jsonFault } from './shared.js';

/** The expectation message of a required value. */
function expectedOf(schema: RequiredSchema): string {
  return `${kindOf(schema.inner).expected(schema.inner)} (required)`;
}

/** The fault of a required member missing from an object: `offset` is where the object's text ends. */
export function missingMember(schema: RequiredSchema, name: string, offset: number): DecodeFault {
  const f = new DecodeFault('MISSING_MEMBER', expectedOf(schema), '', offset);
  f.path.push(name);
  return f;
}

/** Everything about `required(inner)`. */
export const requiredKind: Kind<RequiredSchema> = {
  kind: 'required',
  code: 'MISSING_MEMBER',
  expected: expectedOf,
  defaultOf: () => undefined,
  mayBeAbsent: false,
  nullableItem: false,
  required: true,
  mayStartWithBom: (schema) => kindOf(schema.inner).mayStartWithBom(schema.inner),
  generatedRoot: false,

  decode(schema, s, close) {
    const start = s.pos;
    if (atEmpty(s, close)) return decodeFault(requiredKind, schema, s, start);
    const v = decodeAt(schema.inner, s, close);
    return v === undefined ? decodeFault(requiredKind, schema, s, start) : v;
  },
  decodeRoot(schema, s) {
    const start = s.pos;
    const v = s.pos >= s.len ? undefined : decodeRoot(schema.inner, s);
    return v === undefined ? decodeFault(requiredKind, schema, s, start) : v;
  },
  encode: (schema, v, keyCase, path) => encodeAt(schema.inner, v, keyCase, path),
  fromJson(schema, v, path) {
    const y = fromJsonAt(schema.inner, v, path);
    return y === undefined ? jsonFault(requiredKind, schema, v, path) : y;
  },

  // Generated code reads a present value as its inner schema and hands an empty one to the interpreter (H.BAIL),
  // which throws the exact error; the object decoder checks presence the same way.
  generateDecoder(g, name, schema, hint) {
    const inner = decoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
    g.lines.push(`function ${name}(s, c) { const x = s.text.charCodeAt(s.pos); if (x === 44 || x === c || s.pos >= s.len) throw H.BAIL; const v = ${inner}(s, c); if (v === undefined) throw H.BAIL; return v; }`);
  },
  generateEncoder(g, name, schema, hint) {
    const inner = encoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
    g.lines.push(`function ${name}(v, N) { return ${inner}(v, N); }`);
  },
};
