/**
 * `decodeStream`: the items of one list inside a JSV response, decoded one by one while the text is still arriving.
 *
 * ```ts
 * const stream = decodeStream(GetActiveSessionsResponse, 'sessions', response.body!);
 * for await (const session of stream) show(session);
 * const rest = await stream.rest(); // the response without the list's items (`sessions: []`)
 * ```
 *
 * Memory stays bounded by one item plus one chunk (plus the members around the list). Each item is decoded with the
 * list's item schema by the same decoder as `decode` (so the item rules are the schema's), and the text around the list
 * with the whole schema; errors are the same `JsvError`s as a whole-text decode, with offsets (UTF-16 code units of the
 * decoded text), lines and columns in the whole text, and paths from the root (`$.sessions[41].callState`).
 */
import { JsvError, JsvSyntaxError, type PathSegment, type TextPosition } from '../errors.js';
import { ListSplitter, type SplitItem } from '../text/list-splitter.js';
import { DEFAULT_MAX_DEPTH } from '../text/scanner.js';
import { textChunks, type TextSource } from '../text/text-chunks.js';
import { array } from './builders.js';
import { decode, type DecodeCallOptions } from './decode.js';
import { relocateError, wholePosition, type PieceStart } from './relocate-error.js';
import type { AnySchema, ArraySchema, Infer, InferItem, ObjectSchema, OptionalSchema } from './types.js';

export type { TextSource } from '../text/text-chunks.js';

/** Options of {@link decodeStream}: the decode options (`maxLength` bounds the whole text), plus `signal`. */
export interface DecodeStreamOptions extends DecodeCallOptions {
  /** Stops reading (the iterator rejects with the signal's reason) and cancels the source. */
  readonly signal?: AbortSignal;
}

/** The items of a list, as an async iterator, and the rest of the response once the list is read. */
export interface ListStream<T, R> extends AsyncIterableIterator<T> {
  /**
   * The whole value without the list's items (the list member is `[]`; `undefined` when the text had no list there),
   * once the text has been read to its end. Items not yet taken are read, checked and dropped. Rejects with the error
   * that stopped the stream, or with `INVALID_ARGUMENT` when iteration was ended early (`break`).
   */
  rest(): Promise<R>;
}

/** The item type of the list member `K` of object schema `S`. */
export type ListItemOf<S> = S extends ArraySchema<infer I> ? InferItem<I> : S extends OptionalSchema<ArraySchema<infer I>> ? InferItem<I> : never;

/**
 * Streams the items of the list at `path` in the JSV text read from `source`: a `ReadableStream<Uint8Array>` (a fetch
 * `response.body`), or a sync or async iterable of `Uint8Array` or string chunks. Bytes are read as UTF-8 (a byte order
 * mark dropped, as `response.text()` does). `path` is a member name of `schema` (case-insensitive, as decoding is), a
 * dotted path or an array of names into nested objects, or `''`/`[]` when `schema` itself is the list.
 * Throws `INVALID_ARGUMENT` at once when `path` does not lead to a list of `schema`.
 */
export function decodeStream<S extends ObjectSchema, K extends keyof S['shape'] & string>(
  schema: S, path: K, source: TextSource, options?: DecodeStreamOptions,
): ListStream<ListItemOf<S['shape'][K]>, Infer<S>>;
export function decodeStream<S extends ArraySchema>(schema: S, path: '' | readonly [], source: TextSource, options?: DecodeStreamOptions): ListStream<ListItemOf<S>, undefined>;
export function decodeStream(schema: AnySchema, path: string | readonly string[], source: TextSource, options?: DecodeStreamOptions): ListStream<unknown, unknown>;
export function decodeStream(schema: AnySchema, path: string | readonly string[], source: TextSource, options?: DecodeStreamOptions): ListStream<unknown, unknown> {
  const names = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : [...path];
  const item = listItemSchema(schema, names);
  const state = new StreamState(schema, item, names, options);
  const gen = state.items(source);
  let ended: Promise<unknown> | undefined;
  const stream: ListStream<unknown, unknown> = {
    next: () => gen.next(),
    return: async (value?: unknown) => {
      state.closedEarly = !state.done;
      return gen.return(value as undefined);
    },
    throw: (e?: unknown) => gen.throw(e),
    [Symbol.asyncIterator]() {
      return this;
    },
    rest() {
      ended ??= (async () => {
        if (state.closedEarly) throw new JsvError('INVALID_ARGUMENT', 'decodeStream: rest() after the iteration was ended early; the text was not read to its end');
        while (!(await gen.next()).done) {
          // read, check and drop the items not taken
        }
        if (state.failure !== undefined) throw state.failure.error;
        if (state.closedEarly) throw new JsvError('INVALID_ARGUMENT', 'decodeStream: rest() after the iteration was ended early; the text was not read to its end');
        return state.restValue;
      })();
      return ended;
    },
  };
  return stream;
}

/** The item schema of the list at `names` in `schema`; throws INVALID_ARGUMENT when there is none. */
function listItemSchema(schema: AnySchema, names: readonly string[]): AnySchema {
  let s = schema;
  const seen: string[] = [];
  for (const name of names) {
    if (s.kind === 'optional' || s.kind === 'required') s = s.inner;
    if (s.kind !== 'object') {
      throw new JsvError('INVALID_ARGUMENT', `decodeStream: ${seen.length ? seen.join('.') : 'the schema'} is not an object schema, so it has no member ${JSON.stringify(name)}`);
    }
    const lower = name.toLowerCase();
    const member = s.members.find((m) => m.name.toLowerCase() === lower);
    if (member === undefined) throw new JsvError('INVALID_ARGUMENT', `decodeStream: ${s.name ?? 'the object schema'} has no member ${JSON.stringify(name)}`);
    seen.push(member.name);
    s = member.schema;
  }
  if (s.kind === 'optional' || s.kind === 'required') s = s.inner;
  if (s.kind !== 'array') {
    throw new JsvError('INVALID_ARGUMENT', `decodeStream: ${seen.length ? seen.join('.') : 'the schema'} is not a list (array schema), so there are no items to stream`);
  }
  return s.item;
}

class StreamState {
  done = false;
  closedEarly = false;
  failure: { error: unknown } | undefined;
  restValue: unknown;
  private readonly splitter: ListSplitter;
  private readonly maxDepth: number;
  private readonly wrapped: AnySchema;
  private index = 0;
  private length = 0;

  constructor(
    private readonly schema: AnySchema,
    private readonly item: AnySchema,
    private readonly names: readonly string[],
    private readonly options: DecodeStreamOptions | undefined,
  ) {
    const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (!(typeof maxDepth === 'number' && maxDepth >= 0)) throw new JsvError('INVALID_ARGUMENT', `maxDepth must be a number >= 0, received ${String(maxDepth)}`);
    const maxLength = options?.maxLength;
    if (maxLength !== undefined && !(typeof maxLength === 'number' && maxLength >= 0)) throw new JsvError('INVALID_ARGUMENT', `maxLength must be a number >= 0, received ${String(maxLength)}`);
    this.maxDepth = maxDepth;
    this.splitter = new ListSplitter(names.map((n) => n.toLowerCase()), options?.lenient === true, maxDepth);
    this.wrapped = array(item);
  }

  /** The decode options for a piece, with `maxDepth` lowered by `levels` of nesting around it. */
  private pieceOptions(levels: number): DecodeCallOptions {
    const o = this.options;
    const out: { lenient?: boolean; maxDepth: number; jitless?: boolean } = { maxDepth: Math.max(0, this.maxDepth - levels) };
    if (o?.lenient !== undefined) out.lenient = o.lenient;
    if (o?.jitless !== undefined) out.jitless = o.jitless;
    return out;
  }

  async *items(source: TextSource): AsyncGenerator<unknown, void, undefined> {
    const sp = this.splitter;
    try {
      for await (const chunk of textChunks(source, this.options?.signal)) {
        this.length += chunk.length;
        sp.push(chunk);
        const maxLength = this.options?.maxLength;
        if (maxLength !== undefined && this.length > maxLength) throw this.lengthError(maxLength);
        for (let it = sp.next(); it !== undefined; it = sp.next()) yield this.decodeItem(it);
        if (sp.tooDeep) this.failDeep();
        if (sp.phase === 'list' && this.index === 0 && sp.open !== undefined && !this.checkedPrefix) this.checkPrefix();
      }
      if (sp.phase === 'list') {
        if (!this.checkedPrefix) this.checkPrefix();
        const last = sp.end();
        // The text ended inside the list: the unfinished item's error, or the list's.
        this.failUnfinished(last);
      }
      this.restValue = this.decodeRest();
      this.done = true;
    } catch (e) {
      this.done = true;
      this.failure = { error: e };
      throw e;
    }
  }

  private checkedPrefix = false;

  /** Decodes the text before the list (closed by hand) once the list starts, so an error there stops the stream early. */
  private checkPrefix(): void {
    this.checkedPrefix = true;
    const sp = this.splitter;
    if (this.names.length === 0) return;
    const text = `${sp.prefix}]${'}'.repeat(this.names.length)}`;
    try {
      decode(this.schema, text, this.pieceOptions(0));
    } catch (e) {
      // The prefix is cut before the list's end: a required member written after the list is not missing yet (rest()
      // decodes the whole text and checks it).
      if (e instanceof JsvError && e.code === 'MISSING_MEMBER') return;
      throw relocateError(e, (at) => wholePosition(sp.prefix, Math.min(at, sp.prefix.length), { offset: 0, line: 1, column: 1 }));
    }
  }

  /** `MAX_LENGTH` at offset `maxLength` (which lies in the chunk just pushed), as decode reports it. */
  private lengthError(maxLength: number): unknown {
    const sp = this.splitter;
    const at = sp.position(maxLength);
    const piece = sp.kept.slice(maxLength - sp.keptOffset);
    const e = new JsvSyntaxError('MAX_LENGTH', `Text is more than ${maxLength} characters long, more than maxLength (${maxLength})`, '', 0);
    return relocateError(e, () => wholePosition(piece, 0, at));
  }

  private listPath(): PathSegment[] {
    return [...this.resolvedNames()];
  }

  private resolvedNames(): string[] {
    // The declared names (decode errors use them, whatever the case in the text).
    const out: string[] = [];
    let s = this.schema;
    for (const n of this.names) {
      if (s.kind === 'optional' || s.kind === 'required') s = s.inner;
      if (s.kind !== 'object') break;
      const m = s.members.find((x) => x.name.toLowerCase() === n.toLowerCase());
      if (m === undefined) break;
      out.push(m.name);
      s = m.schema;
    }
    return out;
  }

  private decodeItem(it: SplitItem): unknown {
    const index = this.index++;
    const t = it.text;
    const c = t.charCodeAt(0);
    // A root text differs from a list item in two places: an empty slot and a leading byte order mark.
    if (t.length > 0 && c !== 0xfeff && !(this.options?.lenient === true && t.trim() === '')) {
      try {
        return decode(this.item, t, this.pieceOptions(this.names.length + 1));
      } catch {
        // Read it again as a list item, for the exact error a whole-text decode gives.
      }
    }
    // `[]` would be an empty list: an empty slot is read as the first of two (`[,]`).
    const empty = t.length === 0 || (this.options?.lenient === true && t.trim() === '');
    return this.decodeWrapped(it, index, empty ? `[${t},]` : `[${t}]`)[0];
  }

  /** Decodes `[item]` (item rules exactly as in a list); errors moved to the item's place, path index `index`. */
  private decodeWrapped(it: PieceStart & { text: string }, index: number, wrappedText: string): unknown[] {
    try {
      return decode(this.wrapped, wrappedText, this.pieceOptions(this.names.length)) as unknown[];
    } catch (e) {
      const open = this.splitter.open as PieceStart;
      throw relocateError(
        e,
        (at) => (at === 0 ? wholePosition('[', 0, open) : wholePosition(it.text, Math.min(at - 1, it.text.length), it)),
        (p) => [...this.listPath(), index, ...p.slice(1)],
      );
    }
  }

  private failUnfinished(last: SplitItem | undefined): never {
    const open = this.splitter.open as PieceStart;
    if (last !== undefined) this.decodeWrapped(last, this.index, `[${last.text}`);
    // Decoding the unfinished item did not fail (it cannot without "]"): report the list itself, as decode does.
    throw relocateError(new JsvSyntaxError('UNTERMINATED_ARRAY', 'Unterminated list: missing "]"', '[', 0), () => wholePosition('[', 0, open));
  }

  private failDeep(): never {
    const sp = this.splitter;
    if (sp.phase === 'list') {
      const last = sp.end();
      this.failUnfinished(last);
    }
    // Before the list: the envelope itself is too deep; the whole-text decoder says where.
    this.decodeRest();
    throw new JsvSyntaxError('MAX_DEPTH', `Nesting is deeper than maxDepth (${this.maxDepth})`, '', 0);
  }

  /** Decodes the text around the list (the list's items cut out) with the whole schema. */
  private decodeRest(): unknown {
    const sp = this.splitter;
    if (sp.open === undefined || sp.close === undefined) {
      // No list: everything was kept, and positions are those of the whole text already.
      const text = sp.kept;
      return this.decodeWhole(text, (at) => wholePosition(text, at, { offset: 0, line: 1, column: 1 }));
    }
    const prefix = sp.prefix;
    const suffix = sp.kept; // starts with the list's "]"
    const close = sp.close;
    const value = this.decodeWhole(`${prefix}${suffix}`, (at) =>
      at < prefix.length ? wholePosition(prefix, at, { offset: 0, line: 1, column: 1 }) : wholePosition(suffix, at - prefix.length, close),
    );
    return this.names.length === 0 ? undefined : value;
  }

  private decodeWhole(text: string, pos: (at: number) => TextPosition): unknown {
    try {
      return decode(this.schema, text, this.pieceOptions(0));
    } catch (e) {
      throw relocateError(e, pos);
    }
  }
}
