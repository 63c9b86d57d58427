/**
 * Compiled codecs: JavaScript generated from a schema with `new Function` (from the schema only, never from input
 * text). The generated code is a fast path for well-formed, strict text and well-typed values: it walks the text with
 * one cursor, tries the expected next member name before any lookup, interns enum names, and builds every object
 * from one literal in schema order (one hidden class). When the input is unusual (malformed text, a value that does
 * not fit, lenient mode) it throws one of the signals defined in fast-path.ts and the interpreter redoes the whole
 * call, so results and errors are identical to `jitless` by construction. Any other exception is a bug in generated
 * code and is thrown as a `GeneratedCodeError` (cause: the original exception), never answered by the interpreter in
 * silence. The only other fallback: the environment refusing `new Function` (a CSP,
 * `--disallow-code-generation-from-strings`), where the interpreter is the codec. See docs/contributing-codegen.md.
 */
import { flatString } from '../text/flat-string.js';
import { PlainObject } from '../text/plain-object.js';
import { memberPrefix, quoteString } from '../text/quote.js';
import type { Scanner } from '../text/scanner.js';
import type { PathSegment } from '../errors.js';
import type { CompiledCodec } from './codec-cache.js';
import { decodeRoot, decodeScalar } from './interpret-decode.js';
import { encodeAt, type KeyCase } from './interpret-encode.js';
import { memberIndex, setOwn } from './layout.js';
import { readBoolean, readInt, readString } from './fast-readers.js';
import { buildSources, type CodecSources, type GeneratedSource } from './codec-source.js';
import { writeScalar } from './scalars.js';
import { rootSchemaOf } from './lazy-target.js';
import type { AnySchema } from './types.js';
import { BAIL, GeneratedCodeError, fastPathStats, isCodeGenerationRefused, isDecodeSignal, isEncodeSignal, noteFallback } from './fast-path.js';

/** How often generated code handed a call to the interpreter (for tests and profiling; not public API). */
export const fallbackCount = fastPathStats;

/** The interpreter's codec: the `jitless` path, and the fallback where `new Function` is unavailable. */
export function interpretedCodec(schema: AnySchema): CompiledCodec {
  return { root: (s) => decodeRoot(schema, s), encode: (v, k, p) => encodeAt(schema, v, k, p) };
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * Whether `for…in` over `v` visits exactly its own enumerable properties: its prototype is `null`, or
 * `Object.prototype` with no enumerable properties of its own (checked each time, so a polluted prototype is seen).
 */
function onlyOwnEnumerable(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto === null) return true;
  if (proto !== Object.prototype) return false;
  for (const _ in Object.prototype) return false;
  return true;
}

const HELPERS = { BAIL, flatString, memberPrefix, PlainObject, onlyOwnEnumerable, hasOwn: (v: object, k: string) => hasOwnProperty.call(v, k), readString, readBoolean, readInt, decodeScalar, memberIndex, setOwn, quoteString, writeScalar, isArray: Array.isArray };

/** Internal hooks for tests (not public API). */
export interface GenerateOptions {
  /** Rewrites the generated source before it is compiled (tests use it to break generated code on purpose). */
  readonly patchSource?: (source: string) => string;
}

type Compiled<F> = (H: typeof HELPERS, K: unknown[]) => F;
type RootDecoder = (s: Scanner) => unknown;
type RootEncoder = (v: unknown, N: KeyCase) => string;

/**
 * Generates the compiled codec of `schema`; the interpreter's codec only where the environment refuses `new Function`.
 * Any other failure while generating is a bug and throws a {@link GeneratedCodeError}.
 */
export function generateCodec(schema: AnySchema, options?: GenerateOptions): CompiledCodec {
  const interpreted = interpretedCodec(schema);
  const what = `the generated codec of ${describeRoot(schema)}`;
  let sources: CodecSources;
  try {
    sources = buildSources(schema);
  } catch (e) {
    throw new GeneratedCodeError(`generating ${what}`, e);
  }
  const compileSource = <F>(gen: GeneratedSource): F | typeof REFUSED => {
    let make: Compiled<F>;
    try {
      const src = options?.patchSource ? options.patchSource(gen.source) : gen.source;
      make = new Function('H', 'K', src) as Compiled<F>;
    } catch (e) {
      // The only fallback at generation time: the environment forbids code generation from strings.
      if (isCodeGenerationRefused(e)) return REFUSED;
      throw new GeneratedCodeError(`compiling ${what}`, e);
    }
    try {
      return make(HELPERS, gen.consts);
    } catch (e) {
      throw new GeneratedCodeError(`setting up ${what}`, e);
    }
  };
  const genEnc = compileSource<RootEncoder>(sources.encoder);
  if (genEnc === REFUSED) return interpreted;
  const genRoot = sources.decoder === null ? null : compileSource<RootDecoder>(sources.decoder);
  if (genRoot === REFUSED) return interpreted;
  const open = rootSchemaOf(schema).kind === 'array' ? 91 : 123;
  return {
    root:
      genRoot === null
        ? interpreted.root
        : (s) => {
            // Lenient text, and a root that does not start with its bracket (a bracketless root list, or text that
            // does not fit), go to the interpreter before any generated code runs.
            if (s.lenient || s.text.charCodeAt(s.pos) !== open) return interpreted.root(s);
            const start = s.pos;
            try {
              return genRoot(s);
            } catch (e) {
              // Only the defined signals hand the call to the interpreter, which redoes it from the start and produces
              // the value or the exact error; anything else is a bug in generated code and is thrown.
              if (!isDecodeSignal(e)) throw new GeneratedCodeError(`the generated decoder of ${describeRoot(schema)}`, e);
              noteFallback('decode', `the generated decoder of ${describeRoot(schema)}`, e);
              s.rewind(start);
              return interpreted.root(s);
            }
          },
    encode: (v: unknown, keyCase: KeyCase, path: PathSegment[]) => {
      if (v === undefined || v === null) return interpreted.encode(v, keyCase, path);
      try {
        return genEnc(v, keyCase);
      } catch (e) {
        const where = `the generated encoder of ${describeRoot(schema)}`;
        if (isEncodeSignal(e)) {
          noteFallback('encode', where, e);
          return interpreted.encode(v, keyCase, path);
        }
        // Not a signal: either the value's own code threw (a getter, a Proxy trap: the interpreter runs it too and
        // throws the same as jitless mode) or generated code has a bug. The interpreter tells them apart; its result
        // is never returned here.
        if (fastPathStats.strict) throw new GeneratedCodeError(where, e);
        interpreted.encode(v, keyCase, path);
        throw new GeneratedCodeError(where, e);
      }
    },
  };
}

const REFUSED: unique symbol = Symbol('jsv-codec.refused');

/** The root schema as named in messages. */
function describeRoot(schema: AnySchema): string {
  return schema.kind === 'object' && schema.name !== undefined ? schema.name : `a ${schema.kind} schema`;
}
