/**
 * Member names read as the same string objects each time they repeat.
 *
 * Objects repeat the same few names. A name sliced afresh for every object makes each property store look the new
 * string up in V8's table of internalized strings; handing out the string that was used before lets V8 reuse the
 * work (it internalizes that string object once). Short names are kept in a small table indexed by length and three
 * of their characters and verified character by character. A text whose names rarely repeat (a dictionary keyed by
 * ids) stops consulting the table: see {@link KeyCredit}.
 */

/** Names longer than this are sliced each time. */
const MAX_CACHED = 32;
const SIZE = 1024;
const slots: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);

/** The per-text state of the table, kept by the reader: lookups left before the table is given up for this text. */
export interface KeyCredit {
  /** A hit earns one (up to 1,024), a miss costs one; at 0 names are sliced without a lookup. Start at 64. */
  keyCredit: number;
}

/** The name `text.slice(start, end)`: the string handed out before for the same name, when there is one. */
export function keyAt(text: string, start: number, end: number, state: KeyCredit): string {
  const n = end - start;
  if (n > MAX_CACHED || n === 0 || state.keyCredit <= 0) return text.slice(start, end);
  const h = (n * 61 + text.charCodeAt(start) * 31 + text.charCodeAt(start + (n >> 1)) * 7 + text.charCodeAt(end - 1)) & (SIZE - 1);
  const cached = slots[h];
  if (cached !== undefined && cached.length === n) {
    let i = 0;
    while (i < n && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === n) {
      if (state.keyCredit < 1024) state.keyCredit++;
      return cached;
    }
  }
  state.keyCredit--;
  const key = text.slice(start, end);
  slots[h] = key;
  return key;
}
