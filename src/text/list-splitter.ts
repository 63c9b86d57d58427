/**
 * An incremental splitter for streaming: fed JSV text chunk by chunk, it finds one list inside the text (the value of a
 * path of member names, or the root list) and hands out the text of each of its items as soon as the item is complete,
 * keeping only the unfinished item. It follows the same lexical rules as the scanner (spec §1.3): a `"` opens a quoted
 * token only at the start of a token (a doubled `""` inside is one quote); a plain token runs to the next `,` or the
 * closing character of its container (`}` in objects, `]` in lists); keys run to `:`; in lenient mode whitespace around
 * structure is skipped. It never judges the text: the item texts and the text around the list are decoded afterwards,
 * and the decoder reports whatever is wrong with the same errors as a whole-text decode.
 */
import { BOM, COLON, COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isSpace } from './chars.js';

/** One complete list item: its text and where it starts in the whole text. */
export interface SplitItem {
  /** The item's text, verbatim (an empty slot is `''`). */
  readonly text: string;
  /** UTF-16 offset of the item's first character in the whole text. */
  readonly offset: number;
  /** 1-based line of that character. */
  readonly line: number;
  /** 1-based column of that character. */
  readonly column: number;
}

/** A place in the whole text. */
export interface SplitPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

const enum Mode {
  Value, // at the start of a value (after `:`, `[` or `,` in a list)
  Key, // at the start of a key (after `{` or `,` in an object)
  PlainKey,
  QuotedKey,
  QuotedKeyQuote, // saw a `"` inside a quoted key: `""` or the end
  AfterKey, // after a quoted key: expecting `:`
  Plain,
  Quoted,
  QuotedQuote, // saw a `"` inside a quoted value: `""` or the end
  After, // after a value: expecting `,` or the container's close
  RootDone,
}

const OBJECT = 0;
const LIST = 1;

/**
 * Splits the items of the list at `path` (lower-cased member names; empty for the root list) out of text fed with
 * {@link push}. Call {@link next} after each push until it returns `undefined`, then {@link end} at the end of input.
 */
export class ListSplitter {
  /** `'envelope'` before the list is found, `'list'` inside it, `'after'` once it closed (or the root ended without it). */
  phase: 'envelope' | 'list' | 'after' = 'envelope';
  /** The text from the start up to and including the list's `[` (set when the list is found). */
  prefix = '';
  /** Where the list's `[` is (set when it is found). */
  open: SplitPosition | undefined;
  /** Where the list's `]` is (set when it closed). */
  close: SplitPosition | undefined;
  /** Whether the container stack passed `limit` (a text nested deeper than the decoder will allow). */
  tooDeep = false;

  private buf = '';
  /** Absolute offset of `buf[0]`. */
  private base = 0;
  /** Index in `buf` of the next character to look at. */
  private i = 0;
  private mode = Mode.Value;
  private readonly kinds: number[] = [];
  /** Per open container: whether it is on the path to the list. */
  private readonly onPath: boolean[] = [];
  private keyStart = -1;
  /** The last key read was the next segment of the path. */
  private keyMatched = false;
  /** Index in `buf` where the current item starts (list phase). */
  private itemStart = -1;
  /** Whether a `,` at the list's level was seen since the last item was handed out (an item, maybe empty, follows). */
  private afterComma = false;
  /** Items found but not yet handed out. */
  private readonly ready: SplitItem[] = [];
  // Line tracking: newlines counted up to `counted` (an index in buf).
  private counted = 0;
  private line = 1;
  private lineStart = 0; // absolute offset of the current line's first character
  private first = true;

  constructor(
    private readonly path: readonly string[],
    private readonly lenient: boolean,
    /** The deepest container nesting to follow (the decoder's `maxDepth`). */
    private readonly limit: number,
  ) {}

  /** The text of the envelope kept so far (everything before the list; all of it when there was no list). */
  get kept(): string {
    return this.buf;
  }

  /** Adds a chunk of text. */
  push(chunk: string): void {
    if (chunk.length === 0) return;
    if (this.phase === 'after') {
      this.buf += chunk;
      return;
    }
    if (this.phase === 'list') {
      // Drop what was handed out already; keep the unfinished item.
      const keep = this.itemStart >= 0 ? Math.min(this.itemStart, this.i) : this.i;
      this.countLines(keep);
      this.buf = this.buf.slice(keep) + chunk;
      this.base += keep;
      this.i -= keep;
      this.counted -= keep;
      if (this.itemStart >= 0) this.itemStart -= keep;
      if (this.keyStart >= 0) this.keyStart -= keep;
    } else {
      this.buf += chunk;
    }
    if (this.first) {
      this.first = false;
      if (this.buf.charCodeAt(0) === BOM) this.i = 1;
    }
    this.scan();
  }

  /** The next complete item, or `undefined` when more text is needed. */
  next(): SplitItem | undefined {
    return this.ready.shift();
  }

  /**
   * The end of the input. Returns the unfinished item (its text, maybe empty, and position) when the text ended inside
   * the list, else `undefined`.
   */
  end(): SplitItem | undefined {
    if (this.phase !== 'list') return undefined;
    // In the list the scan stopped at the end of buf: a plain token or empty slot ends there.
    const start = this.itemStart >= 0 ? this.itemStart : this.buf.length;
    return this.item(start, this.buf.length);
  }

  /** Absolute offset of the first character of {@link kept}. */
  get keptOffset(): number {
    return this.base;
  }

  /** The position of absolute `offset`, which must lie in {@link kept} at or after every position asked for before. */
  position(offset: number): SplitPosition {
    return this.positionAt(offset - this.base);
  }

  /** The position of `index` in buf (counting the lines up to it). */
  private positionAt(index: number): SplitPosition {
    this.countLines(index);
    const offset = this.base + index;
    return { offset, line: this.line, column: offset - this.lineStart + 1 };
  }

  private countLines(upTo: number): void {
    const b = this.buf;
    for (let k = b.indexOf('\n', this.counted); k !== -1 && k < upTo; k = b.indexOf('\n', k + 1)) {
      this.line++;
      this.lineStart = this.base + k + 1;
    }
    if (upTo > this.counted) this.counted = upTo;
  }

  private item(start: number, end: number): SplitItem {
    const pos = this.positionAt(start);
    return { text: this.buf.slice(start, end), offset: pos.offset, line: pos.line, column: pos.column };
  }

  /** Whether buf[start, end) holds an item: any character, or in lenient mode any non-space. */
  private hasText(start: number, end: number): boolean {
    if (!this.lenient) return start < end;
    for (let k = start; k < end; k++) if (!isSpace(this.buf.charCodeAt(k))) return true;
    return false;
  }

  private pushContainer(kind: number, onPath: boolean): void {
    this.kinds.push(kind);
    this.onPath.push(onPath);
    if (this.kinds.length > this.limit) this.tooDeep = true;
  }

  /** The list's level: the stack depth while reading its items. */
  private get listDepth(): number {
    return this.path.length + 1;
  }

  private inList(): boolean {
    return this.phase === 'list' && this.kinds.length === this.listDepth;
  }

  /** Handles a `,` or close at the current level after (or in place of) a value. */
  private separator(c: number, at: number): void {
    const depth = this.kinds.length;
    const kind = this.kinds[depth - 1];
    if (c === COMMA) {
      if (this.inList()) {
        this.ready.push(this.item(this.itemStart, at));
        this.itemStart = at + 1;
        this.afterComma = true;
      }
      this.mode = kind === OBJECT ? Mode.Key : Mode.Value;
      return;
    }
    // A close.
    if (this.inList()) {
      if (this.afterComma || this.hasText(this.itemStart, at)) this.ready.push(this.item(this.itemStart, at));
      this.close = this.positionAt(at);
      this.phase = 'after';
      this.itemStart = -1;
    }
    this.kinds.pop();
    this.onPath.pop();
    this.mode = this.kinds.length === 0 ? Mode.RootDone : Mode.After;
  }

  private scan(): void {
    const b = this.buf;
    const n = b.length;
    let i = this.i;
    while (i < n && this.phase !== 'after' && !this.tooDeep) {
      const c = b.charCodeAt(i);
      switch (this.mode) {
        case Mode.Value: {
          if (this.lenient && isSpace(c)) break;
          const depth = this.kinds.length;
          const kind = depth === 0 ? -1 : this.kinds[depth - 1];
          const target = depth === 0 ? this.path.length === 0 : this.keyMatched && depth === this.path.length && this.onPath[depth - 1] === true;
          if (c === LBRACKET && this.phase === 'envelope' && target) {
            this.keyMatched = false;
            this.open = this.positionAt(i);
            this.prefix = b.slice(0, i + 1);
            this.phase = 'list';
            this.pushContainer(LIST, true);
            this.itemStart = i + 1;
            this.afterComma = false;
            this.mode = Mode.Value;
            break;
          }
          const onPath = depth === 0 || (this.keyMatched && depth < this.path.length && this.onPath[depth - 1] === true);
          this.keyMatched = false;
          if (c === LBRACE) {
            this.pushContainer(OBJECT, onPath);
            this.mode = Mode.Key;
          } else if (c === LBRACKET) {
            this.pushContainer(LIST, false);
            this.mode = Mode.Value;
          } else if (c === QUOTE) {
            this.mode = Mode.Quoted;
          } else if (depth > 0 && (c === COMMA || c === (kind === OBJECT ? RBRACE : RBRACKET))) {
            // An empty value (or an empty list: `[]`, handled by separator as no item).
            this.separator(c, i);
          } else {
            this.mode = depth === 0 ? Mode.RootDone : Mode.Plain;
          }
          break;
        }
        case Mode.Plain: {
          const close = this.kinds[this.kinds.length - 1] === OBJECT ? RBRACE : RBRACKET;
          while (i < n) {
            const k = b.charCodeAt(i);
            if (k === COMMA || k === close) break;
            i++;
          }
          if (i < n) this.separator(b.charCodeAt(i), i);
          else continue;
          break;
        }
        case Mode.Quoted:
        case Mode.QuotedKey: {
          const q = b.indexOf('"', i);
          if (q === -1) {
            i = n;
            continue;
          }
          i = q;
          this.mode = this.mode === Mode.Quoted ? Mode.QuotedQuote : Mode.QuotedKeyQuote;
          break;
        }
        case Mode.QuotedQuote:
        case Mode.QuotedKeyQuote: {
          const key = this.mode === Mode.QuotedKeyQuote;
          if (c === QUOTE) {
            this.mode = key ? Mode.QuotedKey : Mode.Quoted;
            break;
          }
          if (key) {
            this.endKey(b.slice(this.keyStart + 1, i - 1).replace(/""/g, '"'));
            this.mode = Mode.AfterKey;
          } else {
            this.mode = this.kinds.length === 0 ? Mode.RootDone : Mode.After;
          }
          continue; // look at this character again in the new mode
        }
        case Mode.After: {
          if (this.lenient && isSpace(c)) break;
          if (c === COMMA || c === (this.kinds[this.kinds.length - 1] === OBJECT ? RBRACE : RBRACKET)) this.separator(c, i);
          else this.mode = Mode.Plain; // malformed; the decoder will say so
          break;
        }
        case Mode.Key: {
          if (this.lenient && isSpace(c)) break;
          this.keyStart = i;
          if (c === QUOTE) this.mode = Mode.QuotedKey;
          else if (c === RBRACE) {
            this.separator(c, i);
            break;
          } else {
            this.mode = Mode.PlainKey;
            continue;
          }
          break;
        }
        case Mode.PlainKey: {
          while (i < n) {
            const k = b.charCodeAt(i);
            if (k === COLON || k === COMMA || k === RBRACE) break;
            i++;
          }
          if (i >= n) continue;
          const k = b.charCodeAt(i);
          if (k === COLON) {
            let end = i;
            if (this.lenient) while (end > this.keyStart && isSpace(b.charCodeAt(end - 1))) end--;
            this.endKey(b.slice(this.keyStart, end));
            this.mode = Mode.Value;
          } else this.separator(k, i); // malformed key; the decoder will say so
          break;
        }
        case Mode.AfterKey: {
          if (this.lenient && isSpace(c)) break;
          if (c === COLON) this.mode = Mode.Value;
          else {
            this.keyMatched = false;
            this.mode = Mode.Plain; // malformed; the decoder will say so
            continue;
          }
          break;
        }
        case Mode.RootDone:
          // Trailing text after the root value (the decoder reports it); nothing more to find.
          this.phase = 'after';
          break;
      }
      i++;
    }
    this.i = i;
    if (this.phase === 'after' && this.close !== undefined) {
      // Keep only the text from the list's `]` on.
      const at = this.close.offset - this.base;
      this.countLines(at);
      this.buf = b.slice(at);
      this.base += at;
      this.i -= at;
      this.counted = 0;
    }
  }

  private endKey(key: string): void {
    const depth = this.kinds.length;
    this.keyStart = -1;
    this.keyMatched =
      this.phase === 'envelope' && depth <= this.path.length && this.onPath[depth - 1] === true && key.toLowerCase() === this.path[depth - 1];
  }
}
