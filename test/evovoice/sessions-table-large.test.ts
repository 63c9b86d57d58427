/**
 * Large inputs never overflow the stack by spreading into arguments (`Math.max(...rows)`): `formatSessionsTable`
 * lays out 200,000 sessions, and the CLI's argument parser takes 200,000 positionals after `--`.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import type { SessionInfo } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { formatSessionsTable } from '../../src/evovoice/sessions-table.js';

describe('no spread of unbounded lists into arguments', () => {
  it('formatSessionsTable lays out 200,000 rows', () => {
    const few = generateActiveSessions(50, { seed: 7 }).sessions ?? [];
    const rows: SessionInfo[] = Array.from({ length: 200_000 }, (_, i) => few[i % few.length]!);
    const table = formatSessionsTable(rows);
    const lines = table.split('\n');
    expect(lines.length).toBeGreaterThan(200_000);
    expect(table.startsWith(formatSessionsTable(few).split('\n')[0]!.slice(0, 10))).toBe(true);
  });

  it('parseArgs takes 200,000 positionals after --', () => {
    const rest = Array.from({ length: 200_000 }, (_, i) => `f${i}`);
    const parsed = parseArgs(['--', ...rest], [], Infinity);
    expect(parsed.positionals).toHaveLength(200_000);
    expect(parsed.positionals[199_999]).toBe('f199999');
  });
});
