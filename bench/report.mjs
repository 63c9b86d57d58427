/** Plain-text tables and number formatting for the benchmark report. */

/** Formats a table: `rows` are arrays of cells; `align` is a string of `l`/`r` per column. */
export function table(header, rows, align) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? pad(c, widths[i], true) : pad(c, widths[i], false))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function width(s) {
  // Good enough for the ASCII and the few symbols we print (≤, ±, ×).
  return [...s].length;
}

function pad(s, w, right) {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/** 1234567 → "1,234,567"; small numbers keep 3 significant digits. */
export function fmtOps(hz) {
  if (!Number.isFinite(hz)) return 'n/a';
  if (hz >= 100) return Math.round(hz).toLocaleString('en-US');
  return hz.toPrecision(3);
}

export function fmtMBs(v) {
  return Number.isFinite(v) ? v.toFixed(v >= 100 ? 0 : 1) : 'n/a';
}

/** A duration in seconds as µs or ms. */
export function fmtTime(seconds) {
  if (!Number.isFinite(seconds)) return 'n/a';
  const us = seconds * 1e6;
  if (us < 1000) return `${us.toPrecision(3)} µs`;
  return `${(us / 1000).toPrecision(3)} ms`;
}

export function fmtRatio(r) {
  return Number.isFinite(r) ? r.toFixed(2) : 'n/a';
}

export function fmtBytes(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}
