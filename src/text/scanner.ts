/**
 * The scanner: one integer cursor over the text and the lexical rules of JSV (spec §1.3), shared by the untyped parser
 * and every typed decoder so a quoting or whitespace rule lives in exactly one place.
 *
 * Tokens: a quoted token `"…"` (a doubled `""` inside is one quote); `{…}` and `[…]` blocks; and plain tokens, which run
 * to the next `,` or the closing character of the container they are in (`}` in objects, `]` in lists) and keep
 * everything else verbatim, spaces, `:` and quotes included. Keys run to the next `:`.
 * In lenient mode whitespace around `{ } [ ] : ,` is skipped (and so trimmed from plain tokens).
 */
import { JsvSyntaxError, type JsvErrorCode } from '../errors.js';
import { checkLimit } from './check-limit.js';
import { excerpt } from './excerpt.js';
import { BOM, COLON, COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isSpace } from './chars.js';
import { keyAt, type KeyCredit } from './key-cache.js';
import { unescapeQuoted } from './quote.js';

/** Options every reader takes. */
export interface ScanOptions {
  /** Skip whitespace around `{ } [ ] : ,`. */
  readonly lenient?: boolean | undefined;
  /** Deepest nesting of `{`/`[` allowed; default 512. */
  readonly maxDepth?: number | undefined;
  /** Longest text accepted (UTF-16 code units); default unlimited. */
  readonly maxLength?: number | undefined;
}

/** The default bound on nesting. */
export const DEFAULT_MAX_DEPTH = 512;

// One empty scanner kept for the life of the process: optimized code depends weakly on the hidden class that every
// scanner shares, and V8 throws that code away ("weak objects") when a full GC finds no scanner alive.
let shapeKeeper: Scanner | undefined;

/** A cursor over JSV text. Methods move `pos`; failures throw {@link JsvSyntaxError} with the offset. */
export class Scanner implements KeyCredit {
  /** The whole text. */
  readonly text: string;
  /** The length of the text. */
  readonly len: number;
  /** The cursor: the offset of the next character to read. */
  pos: number;
  /** Whether whitespace around structure is skipped. */
  readonly lenient: boolean;
  /** Current nesting depth. */
  depth = 0;
  /** Deepest nesting allowed. */
  readonly maxDepth: number;
  // The next `,`, `}` and `]` at or after the cursor, found with `indexOf` and reused until the cursor passes them:
  // plain tokens are found at memchr speed, and each character is searched at most once per cache (linear time).
  private nextComma = -1;
  private nextBrace = -1;
  private nextBracket = -1;
  /** See {@link KeyCredit}: repeated member names are handed out as the same strings while this is above 0. */
  keyCredit = 64;

  constructor(text: string, options?: ScanOptions) {
    if (typeof text !== 'string') {
      throw new JsvSyntaxError('UNEXPECTED_CHARACTER', `Expected JSV text (a string), received ${text === null ? 'null' : typeof text}`, '', 0);
    }
    const maxLength = options?.maxLength;
    const maxDepth = options?.maxDepth;
    checkLimit('maxDepth', maxDepth);
    checkLimit('maxLength', maxLength);
    if (maxLength !== undefined && text.length > maxLength) {
      throw new JsvSyntaxError('MAX_LENGTH', `Text is ${text.length} characters long, more than maxLength (${maxLength})`, text, maxLength);
    }
    this.text = text;
    this.len = text.length;
    // A leading byte order mark is skipped, as current ServiceStack does.
    this.pos = text.charCodeAt(0) === BOM ? 1 : 0;
    this.lenient = options?.lenient === true;
    this.maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
    shapeKeeper ??= text === '' ? this : new Scanner('');
  }

  /** Throws a positioned syntax error. */
  fail(code: JsvErrorCode, message: string, at: number = this.pos): never {
    let hint = '';
    if (!this.lenient && at < this.len && isSpace(this.text.charCodeAt(at))) {
      hint = ' (whitespace is data in JSV; pass { lenient: true } to read pretty-printed text)';
    }
    throw new JsvSyntaxError(code, message + hint, this.text, at);
  }

  /**
   * Reports a stack overflow (a `maxDepth` above what the runtime's stack holds) as the depth error it is, at the
   * cursor; anything else is rethrown.
   */
  rethrowOverflow(e: unknown): never {
    if (e instanceof RangeError) {
      throw new JsvSyntaxError('MAX_DEPTH', `Nesting too deep for this runtime's stack (${e.message})`, this.text, this.pos, { cause: e });
    }
    throw e;
  }

  /** In lenient mode, moves past whitespace. */
  skipSpace(): void {
    if (!this.lenient) return;
    const t = this.text;
    let i = this.pos;
    while (i < this.len && isSpace(t.charCodeAt(i))) i++;
    this.pos = i;
  }

  /** The code of the character at the cursor, or NaN at the end. */
  peek(): number {
    return this.text.charCodeAt(this.pos);
  }

  /** Whether only (lenient) whitespace is left; used to reject trailing characters. */
  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.len;
  }

  /** Fails unless the whole text has been read. */
  expectEnd(): void {
    if (!this.atEnd()) this.fail('TRAILING_CHARACTERS', `Unexpected ${describe(this.text, this.pos)} after the end of the value`);
  }

  /** Enters a `{` or `[` at the cursor: bounds the depth and moves past it. */
  enter(): void {
    if (++this.depth > this.maxDepth) {
      this.fail('MAX_DEPTH', `Nesting is deeper than maxDepth (${this.maxDepth})`);
    }
    this.pos++;
  }

  /** Leaves a container. */
  leave(): void {
    this.depth--;
  }

  /** The offset after the closing quote of the quoted token at `start`; fails when there is none. */
  quotedEnd(start: number): number {
    const t = this.text;
    let i = start + 1;
    for (;;) {
      const q = t.indexOf('"', i);
      if (q === -1) this.fail('UNTERMINATED_STRING', 'Unterminated quoted string', start);
      if (t.charCodeAt(q + 1) === QUOTE) {
        i = q + 2;
        continue;
      }
      return q + 1;
    }
  }

  /** Reads the quoted token at the cursor and returns its text with the quotes removed and `""` undoubled. */
  readQuoted(): string {
    const start = this.pos;
    const end = this.quotedEnd(start);
    this.pos = end;
    return unescapeQuoted(this.text.slice(start + 1, end - 1));
  }

  /**
   * The end of the plain token at the cursor inside a container closed by `close` (`}` or `]`): the offset of the
   * next `,` or `close`, or the end of the text.
   */
  plainEnd(close: number): number {
    const t = this.text;
    const p = this.pos;
    // Always through the indexOf caches: V8's indexOf beats a charCodeAt loop even on short tokens (by ~10% of a
    // decode), and each cache is only searched again once the cursor has passed it.
    let a = this.nextComma;
    if (a < p) {
      a = t.indexOf(',', p);
      if (a < 0) a = this.len;
      this.nextComma = a;
    }
    let b: number;
    if (close === RBRACE) {
      b = this.nextBrace;
      if (b < p) {
        b = t.indexOf('}', p);
        if (b < 0) b = this.len;
        this.nextBrace = b;
      }
    } else if (close === RBRACKET) {
      b = this.nextBracket;
      if (b < p) {
        b = t.indexOf(']', p);
        if (b < 0) b = this.len;
        this.nextBracket = b;
      }
    } else b = this.len;
    return a < b ? a : b;
  }

  /** Moves the cursor back to `pos` (forgetting the search caches) and resets the depth, to read again. */
  rewind(pos: number): void {
    this.pos = pos;
    this.depth = 0;
    this.nextComma = this.nextBrace = this.nextBracket = -1;
  }

  /** Reads a plain token (verbatim; trailing whitespace dropped in lenient mode). */
  readPlain(close: number): string {
    const start = this.pos;
    let end = this.plainEnd(close);
    this.pos = end;
    if (this.lenient) while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    return this.text.slice(start, end);
  }

  /**
   * Reads a member name or dictionary key and the `:` after it. A quoted key is unescaped; a plain key runs to the
   * next `:` and may not hold `,` or `}`.
   */
  readKey(): string {
    this.skipSpace();
    const t = this.text;
    const start = this.pos;
    let key: string;
    const c = t.charCodeAt(start);
    if (c === QUOTE) {
      key = this.readQuoted();
      this.skipSpace();
    } else {
      if (c === COMMA || c === RBRACE || c === COLON) {
        this.fail('UNEXPECTED_CHARACTER', `Expected a member name, found ${describe(t, start)}`);
      }
      if (start >= this.len) this.fail('UNTERMINATED_OBJECT', 'Unterminated object: expected a member name', start);
      let i = start + 1;
      const n = this.len;
      for (; i < n; i++) {
        const k = t.charCodeAt(i);
        if (k === COLON || k === COMMA || k === RBRACE) break;
      }
      this.pos = i;
      let end = i;
      if (this.lenient) while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
      key = keyAt(t, start, end, this);
    }
    this.expectColon(start);
    return key;
  }

  /** Moves past the `:` after a key that started at `keyStart`. */
  expectColon(keyStart: number): void {
    const c = this.text.charCodeAt(this.pos);
    if (c === COLON) {
      this.pos++;
      this.skipSpace();
      return;
    }
    if (this.pos >= this.len) this.fail('UNTERMINATED_OBJECT', 'Unterminated object: expected ":" after the member name', keyStart);
    this.fail('EXPECTED_COLON', `Expected ":" after the member name ${excerpt(this.text.slice(keyStart, this.pos))}, found ${describe(this.text, this.pos)}`);
  }

  /**
   * After a member's value: moves past `,` (returns true: another member follows) or `}` (returns false: the object
   * ended). `open` is the offset of the object's `{`, for the message when the text ends first.
   */
  nextMember(open: number): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      this.skipSpace();
      const k = this.text.charCodeAt(this.pos);
      if (k === RBRACE) this.fail('UNEXPECTED_CHARACTER', 'Expected a member name after ",", found "}" (trailing comma)');
      return true;
    }
    if (c === RBRACE) {
      this.pos++;
      this.depth--;
      return false;
    }
    if (this.pos >= this.len) this.fail('UNTERMINATED_OBJECT', 'Unterminated object: missing "}"', open);
    return this.fail('UNEXPECTED_CHARACTER', `Expected "," or "}" after the value, found ${describe(this.text, this.pos)}`);
  }

  /** After a list item: moves past `,` (true: another item follows, possibly empty) or `]` (false: the list ended). */
  nextItem(open: number): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      this.skipSpace();
      return true;
    }
    if (c === RBRACKET) {
      this.pos++;
      this.depth--;
      return false;
    }
    if (this.pos >= this.len) this.fail('UNTERMINATED_ARRAY', 'Unterminated list: missing "]"', open);
    return this.fail('UNEXPECTED_CHARACTER', `Expected "," or "]" after the list item, found ${describe(this.text, this.pos)}`);
  }

  /** After `{` (already entered): true when the object is empty (`}` consumed). */
  emptyObject(): boolean {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === RBRACE) {
      this.pos++;
      this.depth--;
      return true;
    }
    return false;
  }

  /** After `[` (already entered): true when the list is empty (`]` consumed). */
  emptyList(): boolean {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === RBRACKET) {
      this.pos++;
      this.depth--;
      return true;
    }
    return false;
  }

  /**
   * The end of the `{…}` or `[…]` block at the cursor read as one raw token, as ServiceStack's `EatValue` does: only
   * brackets of the opening kind are counted and quoted text is ignored. Used where a scalar (a string, a B-form
   * guid) is expected; fails when the block is not closed.
   */
  blockEnd(): number {
    const t = this.text;
    const start = this.pos;
    const open = t.charCodeAt(start);
    const close = open === LBRACE ? RBRACE : RBRACKET;
    let depth = 0;
    for (let i = start; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === QUOTE) {
        const q = t.indexOf('"', i + 1);
        if (q < 0) break;
        i = q;
      } else if (c === open) {
        if (++depth + this.depth > this.maxDepth) this.fail('MAX_DEPTH', `Nesting is deeper than maxDepth (${this.maxDepth})`, i);
      } else if (c === close && --depth === 0) return i + 1;
    }
    return this.fail(open === LBRACE ? 'UNTERMINATED_OBJECT' : 'UNTERMINATED_ARRAY', `Unterminated ${open === LBRACE ? 'object: missing "}"' : 'list: missing "]"'}`, start);
  }

  /**
   * Skips the value at the cursor without building it (unknown members, raw blocks): checks its syntax and depth the
   * same way the parser does. `close` is the container's closing character.
   */
  skipValue(close: number): void {
    const c = this.text.charCodeAt(this.pos);
    if (c === LBRACE) {
      const open = this.pos;
      this.enter();
      if (this.emptyObject()) return;
      do {
        this.readKey();
        this.skipValue(RBRACE);
      } while (this.nextMember(open));
    } else if (c === LBRACKET) {
      const open = this.pos;
      this.enter();
      if (this.emptyList()) return;
      do {
        this.skipSpace();
        this.skipValue(RBRACKET);
      } while (this.nextItem(open));
    } else if (c === QUOTE) {
      this.pos = this.quotedEnd(this.pos);
    } else {
      this.pos = this.plainEnd(close);
    }
  }
}

/** Describes the character at `at` for a message: `"x"`, or `the end of the text`. */
export function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const cp = text.codePointAt(at) ?? 0;
  const ch = String.fromCodePoint(cp);
  return cp < 32 || cp === 0x2028 || cp === 0x2029 ? JSON.stringify(ch) : `"${ch}"`;
}
