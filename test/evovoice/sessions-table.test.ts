import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { age, displayWidth, formatSessionsTable } from '../../src/evovoice/sessions-table.js';

const NOW = new Date('2025-06-02T14:30:00Z');

const session = (over: Partial<SessionInfo>): SessionInfo => ({
  dialState: 'None',
  callState: 'Connected',
  queueState: 'None',
  channel: 'Voice',
  ended: false,
  holdReason: 'None',
  direction: 'Incoming',
  wasMissed: false,
  ...over,
});

describe('formatSessionsTable', () => {
  it('says so when there are no sessions', () => {
    expect(formatSessionsTable([])).toBe('No active sessions.');
  });

  it('shows direction, call state, from, to, queue, members and age', () => {
    const table = formatSessionsTable(
      [
        session({
          fromName: 'José García',
          fromAddress: '+15035551234',
          toAddress: '+15415550123',
          holdQueueName: 'Sales',
          queueState: 'Hold',
          callState: 'Hold',
          dateCreated: '2025-06-02T14:25:48Z',
          members: [
            { identity: 'usr_1', displayName: 'Ana', isOriginalMember: true, callState: 'Connected', role: 'Agent', muted: false },
          ],
        }),
        session({ direction: 'Outgoing', callState: 'Disconnected', ended: true, toAddress: '+12125550000', dateCreated: '2025-06-02T12:00:00Z' }),
      ],
      { now: NOW },
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^DIR\s+CALL STATE\s+FROM\s+TO\s+QUEUE\s+MEMBERS\s+AGE$/);
    expect(lines[2]).toMatch(/^in\s+Hold\s+José García <\+15035551234>\s+\+15415550123\s+Sales \(Hold\)\s+1 \(Ana\)\s+4m 12s$/);
    expect(lines[3]).toMatch(/^out\s+Disconnected \(ended\)\s+\+12125550000\s+0\s+2h 30m$/);
    expect(lines[4]).toBe('2 active sessions');
  });

  it('keeps every line within the width, one line per session, whatever the data', () => {
    const { sessions = [] } = generateActiveSessions(300, { seed: 9 });
    for (const width of [30, 60, 80, 120, 200]) {
      const lines = formatSessionsTable(sessions, { now: NOW, width }).split('\n');
      expect(lines).toHaveLength(300 + 3);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    }
  });

  it('shows line breaks in the data as spaces', () => {
    const table = formatSessionsTable([session({ fromName: 'Pat\r\nsee ticket', dateCreated: '2025-06-02T14:29:00Z' })], { now: NOW });
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('Pat see ticket');
  });
});

describe('displayWidth and age', () => {
  it('counts wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('李雷')).toBe(4);
    expect(displayWidth('𠮷🎧')).toBe(4);
    expect(displayWidth('José')).toBe(4);
  });

  it('formats ages', () => {
    const now = NOW.getTime();
    expect(age('2025-06-02T14:29:18Z', now)).toBe('42s');
    expect(age('2025-06-02T13:25:00Z', now)).toBe('1h 05m');
    expect(age('2025-05-31T11:30:00Z', now)).toBe('2d 3h');
    expect(age(undefined, now)).toBe('?');
    expect(age('soon', now)).toBe('?');
  });
});
