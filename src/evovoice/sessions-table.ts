/**
 * `formatSessionsTable`: active sessions as a plain-text table for a terminal (used by the demo and `jsv sessions`).
 *
 * ```text
 * DIR  CALL STATE    FROM                           TO               QUEUE           MEMBERS  AGE
 * in   Connected     José García <+15035551234>     +15415550123     Connected       2        4m 12s
 * ```
 *
 * Columns shrink (with `…`) to fit `width`; line breaks in the data are shown as spaces and other control characters
 * (escape sequences, bidi overrides) as visible `\u001b`-style escapes (see `terminalSafe`), and East Asian wide characters and emoji count as two columns.
 */
import { terminalSafe } from '../text/terminal-safe.js';
import type { SessionInfo } from './dto.js';

/** Options of {@link formatSessionsTable}. */
export interface SessionsTableOptions {
  /** The time ages are measured to (default: now). */
  readonly now?: Date;
  /** The widest a line may be, in terminal columns (default 120; below about 60 lines are cut). */
  readonly width?: number;
}

interface Column {
  readonly title: string;
  /** The narrowest the column may become. */
  readonly min: number;
  /** Whether the column takes spare width away first when shrinking. */
  readonly flexible: boolean;
  readonly cell: (s: SessionInfo, now: number) => string;
}

const COLUMNS: readonly Column[] = [
  { title: 'DIR', min: 3, flexible: false, cell: (s) => (s.direction === 'Incoming' ? 'in' : 'out') },
  { title: 'CALL STATE', min: 9, flexible: false, cell: (s) => s.callState + (s.ended ? ' (ended)' : '') },
  { title: 'FROM', min: 8, flexible: true, cell: (s) => party(s.fromName, s.fromAddress) },
  { title: 'TO', min: 8, flexible: true, cell: (s) => s.toAddress ?? s.destination ?? '' },
  { title: 'QUEUE', min: 6, flexible: true, cell: (s) => queue(s) },
  { title: 'MEMBERS', min: 7, flexible: true, cell: (s) => members(s) },
  { title: 'AGE', min: 7, flexible: false, cell: (s, now) => age(s.dateCreated, now) },
];

const GAP = '  ';

/** Formats `sessions` as a table with a header line and a closing count; `No active sessions.` when there are none. */
export function formatSessionsTable(sessions: readonly SessionInfo[], options: SessionsTableOptions = {}): string {
  if (sessions.length === 0) return 'No active sessions.';
  const now = (options.now ?? new Date()).getTime();
  const width = Math.max(20, Math.floor(options.width ?? 120));

  const rows = sessions.map((s) => COLUMNS.map((c) => clean(c.cell(s, now))));
  // A loop, not Math.max(...rows): spreading 200,000 rows into arguments overflows the stack (RangeError).
  const widths = COLUMNS.map((c, i) => {
    let w = displayWidth(c.title);
    for (const r of rows) w = Math.max(w, displayWidth(r[i] ?? ''));
    return w;
  });
  // Shrink the widest flexible column, one column at a time, until the line fits; then the others down to their
  // minimum; a line still too wide (a very small width) is cut.
  let total = widths.reduce((a, b) => a + b, 0) + GAP.length * (COLUMNS.length - 1);
  for (const anyColumn of [false, true]) {
    while (total > width) {
      let widest = -1;
      for (let i = 0; i < COLUMNS.length; i++) {
        const col = COLUMNS[i] as Column;
        const w = widths[i] as number;
        if ((anyColumn || col.flexible) && w > col.min && (widest === -1 || w > (widths[widest] as number))) widest = i;
      }
      if (widest === -1) break;
      widths[widest] = (widths[widest] as number) - 1;
      total--;
    }
  }

  const line = (cells: readonly string[]): string =>
    fit(cells.map((c, i) => pad(fit(c, widths[i] as number), widths[i] as number)).join(GAP).trimEnd(), width);
  const out = [line(COLUMNS.map((c) => c.title)), line(widths.map((w) => '─'.repeat(w)))];
  for (const r of rows) out.push(line(r));
  out.push(`${sessions.length} active session${sessions.length === 1 ? '' : 's'}`);
  return out.join('\n');
}

function party(name: string | undefined, address: string | undefined): string {
  if (name !== undefined && address !== undefined && name !== address) return `${name} <${address}>`;
  return name ?? address ?? '';
}

function queue(s: SessionInfo): string {
  if (s.holdQueueName !== undefined) return s.queueState === 'None' ? s.holdQueueName : `${s.holdQueueName} (${s.queueState})`;
  return s.queueState === 'None' ? '' : s.queueState;
}

function members(s: SessionInfo): string {
  const list = s.members ?? [];
  if (list.length === 0) return '0';
  const names = list.map((m) => m.displayName ?? m.identity ?? '?');
  return `${list.length} (${names.join(', ')})`;
}

/** `42s`, `4m 12s`, `1h 05m`, `2d 3h`; `?` when the date is missing or unreadable. */
export function age(dateText: string | undefined, now: number): string {
  if (dateText === undefined) return '?';
  const t = Date.parse(dateText);
  if (Number.isNaN(t)) return '?';
  const secs = Math.max(0, Math.floor((now - t) / 1000));
  if (secs < 60) return `${secs}s`;
  const mins = Math.floor(secs / 60);
  if (mins < 60) return `${mins}m ${String(secs % 60).padStart(2, '0')}s`;
  const hours = Math.floor(mins / 60);
  if (hours < 24) return `${hours}h ${String(mins % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** Control characters (line breaks, tabs, …) as single spaces, so a row stays one line. */
function clean(text: string): string {
  return terminalSafe(text, { multiline: false });
}

/** Terminal columns of `text`: wide (CJK, Hangul, fullwidth, emoji) characters count 2, combining marks 0. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Cuts `text` to at most `width` columns, ending with `…` when cut. */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0) as number);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
