/**
 * What a schema kind declares, in one place: how the interpreter reads and writes it, how a JSON value maps to it, its
 * .NET default and whether it may be missing or empty, its error code and expectation message, and the code the
 * generator emits for it. Every kind has one module in this folder and one line in the registry (`index.ts`); the
 * interpreter, the code generator, `fromJsonValue` and Standard Schema all go through it.
 *
 * Scalar kinds are built with {@link scalarKind}, which supplies the shared token rules; a scalar module only says how
 * its text and JSON values convert (and may emit faster code for its common forms).
 */
import type { JsvErrorCode, PathSegment } from '../../errors.js';
import type { Scanner } from '../../text/scanner.js';
import type { CodeBuilder } from '../code-builder.js';
import { FAIL } from '../fail.js';
import type { AnySchema } from '../types.js';
import type { KeyCase } from '../interpret-encode.js';
import { decodeToken, decodeRootScalar, encodeFault, jsonFault } from './shared.js';

export { FAIL };

/** Everything about one schema kind. `S` is its schema type. */
export interface Kind<S extends AnySchema = AnySchema> {
  /** The `kind` of its schemas. */
  readonly kind: S['kind'];
  /** The error code when text or a value does not fit. */
  readonly code: JsvErrorCode;
  /** What the schema expects, for messages (`a 32-bit integer`). */
  expected(schema: S): string;
  /** The .NET default of a member missing from the text (value types), or `undefined`: the member stays absent. */
  defaultOf(schema: S): unknown;
  /** Whether `null`/`undefined` is accepted when writing and from JSON (the member is omitted / absent). */
  readonly mayBeAbsent: boolean;
  /** Whether an empty list slot (`[a,,b]`) reads as `null` (.NET reference types and nullables); else it fails. */
  readonly nullableItem: boolean;
  /** Whether an object member of this kind must be present (`required`): the object decoders check it. */
  readonly required?: boolean;
  /** Whether a root text of this kind may start with U+FEFF (it is then quoted: readers skip a leading BOM). */
  mayStartWithBom(schema: S): boolean;
  /** Whether generated code decodes a root of this kind (structured roots); otherwise the interpreter reads it. */
  readonly generatedRoot: boolean;

  /** Interpreter: the value at the cursor in a container closed by `close`; `undefined` for an empty value it allows. */
  decode(schema: S, s: Scanner, close: number): unknown;
  /** Interpreter: a whole text (the root rules), after leading (lenient) space was skipped. */
  decodeRoot(schema: S, s: Scanner): unknown;
  /** Interpreter: the text of a present (non-null) value; `''` means nothing is written. `path` is read on failure. */
  encode(schema: S, v: unknown, keyCase: KeyCase, path: PathSegment[]): string;
  /** Maps a present (non-null) parsed-JSON value; throws a `JsvDecodeError` (via `jsonFault`) when it does not fit. */
  fromJson(schema: S, v: unknown, path: PathSegment[]): unknown;

  /** Code generation: pushes the source of `function <name>(s, c)` (decodeAt's contract; throws `H.BAIL` when unsure). */
  generateDecoder(g: CodeBuilder, name: string, schema: S, hint: string): void;
  /** Code generation: pushes the source of `function <name>(v, N)` returning a present value's text (or `H.BAIL`). */
  generateEncoder(g: CodeBuilder, name: string, schema: S, hint: string): void;
  /** A reader generated object decoders may call directly as `<reader>(s, c)` instead of a per-member function. */
  readonly directReader?: string;
  /** Whether generated list encoders concatenate items of this kind (large texts) rather than join them. */
  readonly concatenateInLists?: boolean;
}

/** What a scalar kind (one token of text) declares; {@link scalarKind} adds the shared token rules. */
export interface ScalarDefinition<S extends AnySchema> {
  readonly kind: S['kind'];
  readonly code: JsvErrorCode;
  expected(schema: S): string;
  /** Reads the (unquoted) token text; {@link FAIL} when it does not fit. */
  read(schema: S, text: string): unknown;
  /** Writes a value (quoted when needed); `undefined` when it does not fit. */
  write(schema: S, v: unknown): string | undefined;
  /** Maps a present JSON value; {@link FAIL} when it does not fit. Default: a string is read as text, nothing else fits. */
  fromJson?(schema: S, v: unknown): unknown;
  /** Default: `undefined` (no .NET default). */
  defaultOf?(schema: S): unknown;
  /** Whether an empty token decodes to `undefined` (strings, bytes) instead of failing. Default false. */
  readonly emptyIsAbsent?: boolean;
  /** Default false. */
  readonly mayBeAbsent?: boolean;
  /** Default false. */
  readonly nullableItem?: boolean;
  /** Default false. */
  mayStartWithBom?(schema: S): boolean;
  /** The body of the generated decoder (default: the interpreter's token reader). `k` is the schema constant. */
  decoderSource?(name: string, k: string, schema: S): string;
  /** The body of the generated encoder (default: the kind's `write`). `k` is the schema constant. */
  encoderSource?(name: string, k: string, schema: S): string;
  readonly directReader?: string;
}

/** A full {@link Kind} for a scalar: the shared token rules around the definition's conversions. */
export function scalarKind<S extends AnySchema>(def: ScalarDefinition<S>): Kind<S> & { readonly scalar: ScalarDefinition<S> } {
  const emptyIsAbsent = def.emptyIsAbsent ?? false;
  const kind: Kind<S> & { readonly scalar: ScalarDefinition<S> } = {
    scalar: def,
    kind: def.kind,
    code: def.code,
    expected: def.expected,
    defaultOf: def.defaultOf ?? (() => undefined),
    mayBeAbsent: def.mayBeAbsent ?? false,
    nullableItem: def.nullableItem ?? false,
    mayStartWithBom: def.mayStartWithBom ?? (() => false),
    generatedRoot: false,
    decode: (schema, s, close) => decodeToken(kind, schema, s, close, emptyIsAbsent),
    decodeRoot: (schema, s) => decodeRootScalar(kind, schema, s),
    encode(schema, v, _keyCase, path) {
      const text = def.write(schema, v);
      return text === undefined ? encodeFault(kind, schema, v, path) : text;
    },
    fromJson(schema, v, path) {
      let r = def.fromJson ? def.fromJson(schema, v) : typeof v === 'string' ? def.read(schema, v) : FAIL;
      if (r === FAIL && (typeof v === 'object' || typeof v === 'bigint')) r = fromDecoded(def, schema, v);
      return r === FAIL ? jsonFault(kind, schema, v, path) : r;
    },
    generateDecoder(g, name, schema) {
      const k = g.constant(schema);
      g.lines.push(def.decoderSource ? def.decoderSource(name, k, schema) : `function ${name}(s, c) { return H.decodeScalar(${k}, s, c); }`);
    },
    generateEncoder(g, name, schema) {
      const k = g.constant(schema);
      g.lines.push(def.encoderSource ? def.encoderSource(name, k, schema) : `function ${name}(v) { const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`);
    },
    ...(def.directReader === undefined ? {} : { directReader: def.directReader }),
  };
  return kind;
}

/**
 * An already-decoded value (a `Decimal`, `TimeSpan`, `Date`, `Uint8Array`, `bigint`, …; never a JSON primitive) maps
 * to itself normalized, through the kind's own writer and reader: what `encode` would write, read back as `decode`
 * would. {@link FAIL} when the kind does not write it. (Standard Schema's `validate` passes such values.)
 */
function fromDecoded<S extends AnySchema>(def: ScalarDefinition<S>, schema: S, v: unknown): unknown {
  const text = def.write(schema, v);
  return text === undefined || text.charCodeAt(0) === 34 ? FAIL : def.read(schema, text);
}
