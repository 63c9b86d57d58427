/**
 * Member names read as the same string objects each time they repeat.
 *
 * Objects repeat the same few names. A name sliced afresh for every object makes each property store look the new
 * string up in V8's table of internalized strings; handing out the string that was used before lets V8 reuse the
 * work (it internalizes that string object once). Short names are kept in a small table indexed by length and three
 * of their characters and verified character by character. A text whose names rarely repeat (a dictionary keyed by
 * ids) stops consulting the table: see {@link KeyCache.credit}.
 */

/** Names longer than this are sliced each time. */
const MAX_CACHED = 32;
const SIZE = 1024;
const slots: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);

/** The per-text state of the name table. */
export class KeyCache {
  /** Lookups left before the table is given up for this text: a hit earns one, a miss costs one. */
  private credit = 64;

  /** The name `text.slice(start, end)`: the string handed out before for the same name, when there is one. */
  keyAt(text: string, start: number, end: number): string {
    const n = end - start;
    if (n > MAX_CACHED || n === 0 || this.credit <= 0) return text.slice(start, end);
    const h = (n * 61 + text.charCodeAt(start) * 31 + text.charCodeAt(start + (n >> 1)) * 7 + text.charCodeAt(end - 1)) & (SIZE - 1);
    const cached = slots[h];
    if (cached !== undefined && cached.length === n) {
      let i = 0;
      while (i < n && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === n) {
        if (this.credit < 1024) this.credit++;
        return cached;
      }
    }
    this.credit--;
    const key = text.slice(start, end);
    slots[h] = key;
    return key;
  }
}
