/**
 * Errors thrown by jsv-codec. Every error is a {@link JsvError} with a `code` from a closed set; errors about a place in
 * the text are {@link JsvSyntaxError} (the text is not well-formed JSV) or {@link JsvDecodeError} (well-formed text
 * whose value does not fit the schema). Positions are kept as one offset; line, column and the code frame are computed
 * only when an error is created. `instanceof` holds across the ESM and CommonJS builds (see instance-brand.ts).
 */
import { hasBrand, setBrand } from './instance-brand.js';

/** Every `code` a {@link JsvError} can carry. */
export type JsvErrorCode =
  // syntax
  | 'UNEXPECTED_CHARACTER'
  | 'UNTERMINATED_STRING'
  | 'UNTERMINATED_OBJECT'
  | 'UNTERMINATED_ARRAY'
  | 'EXPECTED_COLON'
  | 'TRAILING_CHARACTERS'
  | 'MAX_DEPTH'
  | 'MAX_LENGTH'
  // values (decode)
  | 'INVALID_ENUM'
  | 'INVALID_NUMBER'
  | 'INVALID_BOOLEAN'
  | 'INVALID_DATE'
  | 'INVALID_GUID'
  | 'INVALID_TIMESPAN'
  | 'INVALID_BYTES'
  | 'EXPECTED_OBJECT'
  | 'EXPECTED_ARRAY'
  | 'EXPECTED_VALUE'
  | 'EXPECTED_STRING'
  /** A `required(...)` member is missing from an object, or its value is empty. */
  | 'MISSING_MEMBER'
  // writing
  | 'UNSUPPORTED_VALUE'
  | 'CIRCULAR'
  | 'INVALID_VALUE'
  // usage
  | 'INVALID_SCHEMA'
  | 'INVALID_ARGUMENT'
  // codegen
  | 'INVALID_METADATA';

const JSV_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.JsvError');
const JSV_SYNTAX_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.JsvSyntaxError');
const JSV_DECODE_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.JsvDecodeError');
const JSV_ENCODE_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.JsvEncodeError');

/** The base class of every error jsv-codec throws; `code` says what went wrong. */
export class JsvError extends Error {
  /** What went wrong, from a closed set of codes. */
  readonly code: JsvErrorCode;

  /** `instanceof JsvError` is true for a `JsvError` from any copy of jsv-codec (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, JSV_ERROR, value);
  }

  constructor(code: JsvErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    setBrand(this, JSV_ERROR);
    this.code = code;
  }

  /** @internal The class's name, written out: minifiers rename classes (see `name`). */
  static readonly errorName: string = 'JsvError';

  /**
   * `JsvError`, `JsvSyntaxError`, …: written out for jsv-codec's own classes (a minifier renames classes, so
   * `constructor.name` would be `G` in a bundle); the class's own name for a user's subclass.
   */
  override get name(): string {
    const c = this.constructor as { readonly errorName?: string; readonly name: string };
    return Object.prototype.hasOwnProperty.call(c, 'errorName') ? c.errorName! : c.name;
  }
}

/** A line and column (both 1-based) and the code frame for an offset in a text. */
export interface TextPosition {
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** The offending line with a caret under the column. */
  readonly frame: string;
}

const FRAME_WIDTH = 100;

/** Works out line, column and a code frame for `offset` in `text`; only called when an error is raised. */
export function positionOf(text: string, offset: number): TextPosition {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const column = at - lineStart + 1;
  // Keep long lines readable: show a window of the line around the column.
  let from = lineStart;
  let to = lineEnd;
  if (to - from > FRAME_WIDTH) {
    from = Math.max(lineStart, at - (FRAME_WIDTH >> 1));
    to = Math.min(lineEnd, from + FRAME_WIDTH);
  }
  const shown = text.slice(from, to).replace(/[\t\r\u2028\u2029]/g, ' ');
  const prefix = `${line} | `;
  const frame = `${prefix}${from > lineStart ? '…' : ''}${shown}${to < lineEnd ? '…' : ''}\n${' '.repeat(prefix.length + (from > lineStart ? 1 : 0) + (at - from))}^`;
  return { offset: at, line, column, frame };
}

/** The text is not well-formed JSV (or breaks a limit such as `maxDepth`). */
export class JsvSyntaxError extends JsvError {
  /** @internal See `JsvError.name`. */
  static override readonly errorName: string = 'JsvSyntaxError';

  /** 0-based offset of the problem in the text. */
  readonly offset: number;
  /** 1-based line of the problem. */
  readonly line: number;
  /** 1-based column of the problem. */
  readonly column: number;
  /** The offending line and a caret. */
  readonly frame: string;

  /** True for a `JsvSyntaxError` from any copy of jsv-codec. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, JSV_SYNTAX_ERROR, value);
  }

  constructor(code: JsvErrorCode, message: string, text: string, offset: number, options?: { cause?: unknown }) {
    const pos = positionOf(text, offset);
    super(code, `${message} at line ${pos.line}, column ${pos.column}\n\n${pos.frame}`, options);
    setBrand(this, JSV_SYNTAX_ERROR);
    this.offset = pos.offset;
    this.line = pos.line;
    this.column = pos.column;
    this.frame = pos.frame;
  }
}

/** One step of a path into a decoded value: a member name or a list index. */
export type PathSegment = string | number;

/**
 * Prints a path the way people write it: `$.sessions[3].callState`. It stays short whatever the input: a name longer
 * than 60 characters is cut (`…`), and of a path longer than 16 steps only the first 4 and the last 10 are shown.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  const n = path.length;
  for (let i = 0; i < n; i++) {
    if (n > 16 && i === 4) {
      out += `…(${n - 14} more)…`;
      i = n - 11;
      continue;
    }
    const seg = path[i]!;
    const name = typeof seg === 'string' && seg.length > 60 ? `${seg.slice(0, 57)}…` : seg;
    out += typeof name === 'number' ? `[${name}]` : /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
  }
  return out;
}

/** Well-formed text whose value does not fit the schema: says where (path and position), what was expected and what was found. */
export class JsvDecodeError extends JsvError {
  /** @internal See `JsvError.name`. */
  static override readonly errorName: string = 'JsvDecodeError';

  /** Where in the value, e.g. `['sessions', 3, 'callState']`. */
  readonly path: readonly PathSegment[];
  /** What the schema wanted, e.g. `one of None, Active`. */
  readonly expected: string;
  /** The text that was found (shortened when long). */
  readonly received: string;
  /** 0-based offset of the value in the text (-1 when the input was not text, e.g. a JSON value). */
  readonly offset: number;
  /** 1-based line of the value (0 when there is no text). */
  readonly line: number;
  /** 1-based column of the value (0 when there is no text). */
  readonly column: number;
  /** The offending line and a caret ('' when there is no text). */
  readonly frame: string;

  /** True for a `JsvDecodeError` from any copy of jsv-codec. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, JSV_DECODE_ERROR, value);
  }

  constructor(
    code: JsvErrorCode,
    init: { path: readonly PathSegment[]; expected: string; received: string; text?: string | undefined; offset?: number | undefined },
  ) {
    const pos = init.text === undefined ? undefined : positionOf(init.text, init.offset ?? 0);
    const received = init.received.length > 60 ? `${init.received.slice(0, 57)}...` : init.received;
    const shown = received === '' ? 'an empty value' : JSON.stringify(received);
    const where = pos ? ` at line ${pos.line}, column ${pos.column}\n\n${pos.frame}` : '';
    super(code, `${formatPath(init.path)}: expected ${init.expected}, received ${shown}${where}`);
    setBrand(this, JSV_DECODE_ERROR);
    this.path = init.path;
    this.expected = init.expected;
    this.received = received;
    this.offset = pos ? pos.offset : -1;
    this.line = pos ? pos.line : 0;
    this.column = pos ? pos.column : 0;
    this.frame = pos ? pos.frame : '';
  }
}

/** A value given to `encode`/`stringify` that cannot be written as JSV; `path` says where in the value. */
export class JsvEncodeError extends JsvError {
  /** @internal See `JsvError.name`. */
  static override readonly errorName: string = 'JsvEncodeError';

  /** Where in the value, e.g. `['sessions', 0, 'dialState']`. */
  readonly path: readonly PathSegment[];

  /** True for a `JsvEncodeError` from any copy of jsv-codec. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, JSV_ENCODE_ERROR, value);
  }

  constructor(code: JsvErrorCode, message: string, path: readonly PathSegment[] = []) {
    super(code, `${formatPath(path)}: ${message}`);
    setBrand(this, JSV_ENCODE_ERROR);
    this.path = path;
  }
}

/** The result of a `safe…` function: the value, or the error it would have thrown. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: JsvError };
