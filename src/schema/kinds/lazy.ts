/**
 * The `lazy` kind: `lazy(() => schema)` stands for a schema defined later (a recursive or mutually recursive DTO). The
 * getter runs on first use. Every rule is the target's; the target must be an object, array or dict schema, whose
 * absence rules (may be missing, an empty list slot fails, no .NET default) are this kind's static ones.
 *
 * Generated code: one function per schema, so the lazy's function calls the target's, which the code builder names
 * once (a recursive schema refers back to the function being generated instead of generating it again). Decoding
 * depth is bounded by `maxDepth` as for any `{`/`[`; encoding counts the `{`/`[` levels each nested lazy opens
 * ({@link lazyEncodeWeight}, at most MAX_LAZY_ENCODE_DEPTH = 512, decoding's default `maxDepth`), so a deep or cyclic
 * value fails with `MAX_DEPTH` in both modes, never with a `RangeError` or with text that `decode` would refuse.
 */
import { JsvEncodeError } from '../../errors.js';
import { childHint } from '../code-builder.js';
import { decoderOf } from '../generate-decoder.js';
import { encoderOf } from '../generate-encoder.js';
import { fromJsonAt } from '../from-json.js';
import { decodeAt } from '../interpret-decode.js';
import { encodeAt } from '../interpret-encode.js';
import { MAX_LAZY_ENCODE_DEPTH, lazyEncodeDepth, lazyEncodeWeight, lazyTarget } from '../lazy-target.js';
import type { LazySchema } from '../types.js';
import { kindOf } from './index.js';
import type { Kind } from './kind.js';

/** Everything about `lazy(getter)`. */
export const lazyKind: Kind<LazySchema> = {
  kind: 'lazy',
  code: 'EXPECTED_OBJECT',
  expected: (schema) => {
    const t = lazyTarget(schema);
    return kindOf(t).expected(t);
  },
  defaultOf: () => undefined,
  mayBeAbsent: true,
  nullableItem: false,
  mayStartWithBom: () => false,
  generatedRoot: true,
  concatenateInLists: true,

  decode: (schema, s, close) => decodeAt(lazyTarget(schema), s, close),
  decodeRoot(schema, s) {
    const t = lazyTarget(schema);
    return kindOf(t).decodeRoot(t, s);
  },
  encode(schema, v, keyCase, path) {
    const w = lazyEncodeWeight(schema);
    if (lazyEncodeDepth.n + w > MAX_LAZY_ENCODE_DEPTH) {
      throw new JsvEncodeError('MAX_DEPTH', `the value nests more than ${MAX_LAZY_ENCODE_DEPTH} levels of { and [ through lazy() values (a cycle?)`, path.slice());
    }
    lazyEncodeDepth.n += w;
    try {
      return encodeAt(lazyTarget(schema), v, keyCase, path);
    } finally {
      lazyEncodeDepth.n -= w;
    }
  },
  fromJson: (schema, v, path) => fromJsonAt(lazyTarget(schema), v, path),

  generateDecoder(g, name, schema, hint) {
    const t = lazyTarget(schema);
    const target = decoderOf(g, t, childHint(t, hint, 'lazy'));
    g.lines.push(`function ${name}(s, c) { return ${target}(s, c); }`);
  },
  generateEncoder(g, name, schema, hint) {
    const t = lazyTarget(schema);
    const target = encoderOf(g, t, childHint(t, hint, 'lazy'));
    const D = g.constant(lazyEncodeDepth);
    const w = lazyEncodeWeight(schema);
    // Past the bound, the interpreter redoes the call and raises MAX_DEPTH with the path.
    g.lines.push(`function ${name}(v, N) {
  const D = ${D};
  if (D.n + ${w} > ${MAX_LAZY_ENCODE_DEPTH}) throw H.BAIL;
  D.n += ${w};
  try { return ${target}(v, N); } finally { D.n -= ${w}; }
}`);
  },
};
