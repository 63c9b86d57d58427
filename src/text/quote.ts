/**
 * The JSV string rule (spec §2.1), used by every writer: the empty string is `""`; a string holding any of
 * `" : , { } [ ] \r \n` is wrapped in quotes with each `"` doubled; any other string is written as it is.
 */

/** 1 for the nine characters that force quoting. */
const SPECIAL = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (const ch of '":,{}[]\r\n') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Whether `s` must be quoted when written as a JSV string (it is empty or holds a special character). */
export function needsQuoting(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && SPECIAL[c] === 1) return true;
  }
  return false;
}

/** The nine special characters as a regular expression (one character class: linear, no backtracking). */
const SPECIAL_RE = /[":,{}[\]\r\n]/;

/**
 * Writes `s` as ServiceStack writes a string: raw, or quoted with inner quotes doubled. The test is a regular
 * expression rather than a `charCodeAt` loop: an encoder sees strings of every internal representation (flat, sliced,
 * concatenated, one- or two-byte), which makes a JavaScript loop polymorphic and about twice as slow, while the regular
 * expression engine handles them all natively.
 */
export function quoteString(s: string): string {
  if (s.length === 0) return '""';
  if (!SPECIAL_RE.test(s)) return s;
  return s.indexOf('"') === -1 ? `"${s}"` : `"${s.replaceAll('"', '""')}"`;
}

/** Turns the body of a quoted token (between its quotes) back into the string: `""` becomes `"`. */
export function unescapeQuoted(body: string): string {
  return body.indexOf('"') === -1 ? body : body.replaceAll('""', '"');
}

/** Written member names (`name:`) of short names, by name: objects repeat the same few names. */
const prefixes = new Map<string, string>();

/**
 * A member name or dictionary key as written before its value: quoted by the string rule, then `:`. Short names are
 * remembered (up to 1,024 of them; longer names and further names are quoted each time), which saves testing the same
 * name once per object.
 */
export function memberPrefix(name: string): string {
  let written = prefixes.get(name);
  if (written === undefined) {
    written = quoteString(name) + ':';
    if (name.length <= 64) {
      if (prefixes.size >= 1024) prefixes.clear();
      prefixes.set(name, written);
    }
  }
  return written;
}
