/**
 * `terminalSafe`: the one rule for text from outside (a server's message, an input file's excerpt, a table cell) that
 * is printed for a person on a terminal. Control characters are shown visibly as `\u001b`-style escapes, so no escape
 * sequence (CSI, OSC title or hyperlink, …), bell, C1 control or bidi override can act on the terminal or reorder what
 * is shown: C0 (U+0000–U+001F, except line breaks and tabs where allowed), DEL, C1 (U+0080–U+009F), the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+061C, U+200E, U+200F), and the line
 * and paragraph separators U+2028/U+2029. An ESC shown as `\u001b` leaves the rest of its sequence as inert text.
 */

/** Options of {@link terminalSafe}. */
export interface TerminalSafeOptions {
  /**
   * `true` (default): the text may span lines, so `\n` and `\t` stay as they are (`\r` is escaped: it would let a line
   * overwrite itself). `false`: one line (a table cell), so each run of `\t`, `\n`, `\r`, U+2028, U+2029 becomes a space.
   */
  readonly multiline?: boolean;
}

// eslint-disable-next-line no-control-regex
const UNSAFE_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character that could act on a terminal shown as a visible `\uXXXX` escape. */
export function terminalSafe(text: string, options: TerminalSafeOptions = {}): string {
  if (options.multiline === false) return text.replace(BREAKS, ' ').replace(UNSAFE_LINE, escapeChar);
  return text.replace(UNSAFE_MULTILINE, escapeChar);
}
