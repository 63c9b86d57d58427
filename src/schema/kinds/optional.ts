/** The `optional` kind: the value may be absent; a missing member or empty value is `undefined` (`null` in a list). */
import { decodeAt, decodeRoot } from '../interpret-decode.js';
import { encodeAt } from '../interpret-encode.js';
import { fromJsonAt } from '../from-json.js';
import { childHint } from '../code-builder.js';
import { decoderOf } from '../generate-decoder.js';
import { encoderOf } from '../generate-encoder.js';
import type { OptionalSchema } from '../types.js';
import { kindOf } from './index.js';
import type { Kind } from './kind.js';
import { atEmpty } from './shared.js';

/** Everything about `optional(inner)`. */
export const optionalKind: Kind<OptionalSchema> = {
  kind: 'optional',
  code: 'EXPECTED_VALUE',
  expected: (schema) => `${kindOf(schema.inner).expected(schema.inner)} or nothing`,
  defaultOf: () => undefined,
  mayBeAbsent: true,
  nullableItem: true,
  mayStartWithBom: (schema) => kindOf(schema.inner).mayStartWithBom(schema.inner),
  generatedRoot: false,

  decode: (schema, s, close) => (atEmpty(s, close) ? undefined : decodeAt(schema.inner, s, close)),
  decodeRoot: (schema, s) => (s.pos >= s.len ? undefined : decodeRoot(schema.inner, s)),
  encode: (schema, v, keyCase, path) => encodeAt(schema.inner, v, keyCase, path),
  fromJson: (schema, v, path) => fromJsonAt(schema.inner, v, path),

  generateDecoder(g, name, schema, hint) {
    const inner = decoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
    g.lines.push(`function ${name}(s, c) { const x = s.text.charCodeAt(s.pos); if (x === 44 || x === c || s.pos >= s.len) return undefined; return ${inner}(s, c); }`);
  },
  generateEncoder(g, name, schema, hint) {
    const inner = encoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
    g.lines.push(`function ${name}(v, N) { return ${inner}(v, N); }`);
  },
};
