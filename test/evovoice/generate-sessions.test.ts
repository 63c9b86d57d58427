import { describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse, type SessionInfo } from '../../src/evovoice/dto.js';
import { DEFAULT_SESSIONS_NOW, generateActiveSessions, mulberry32 } from '../../src/evovoice/generate-sessions.js';
import { decode } from '../../src/schema/decode.js';
import { encode } from '../../src/schema/encode.js';
import { needsQuoting } from '../../src/text/quote.js';

/** Every string value in a response, with the member it sits in (`applicationData.<key>` for dictionary values, `applicationData#key` for keys). */
function strings(sessions: readonly SessionInfo[]): Array<{ field: string; value: string }> {
  const out: Array<{ field: string; value: string }> = [];
  const visit = (prefix: string, v: unknown): void => {
    if (typeof v === 'string') out.push({ field: prefix, value: v });
    else if (Array.isArray(v)) for (const x of v) visit(prefix, x);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (prefix.endsWith('applicationData')) out.push({ field: `${prefix}#key`, value: k });
        visit(prefix.endsWith('applicationData') ? `${prefix}.value` : prefix === '' ? k : `${prefix}.${k}`, x);
      }
    }
  };
  for (const s of sessions) visit('', s);
  return out;
}

/** Members whose value is free text typed by people (as opposed to ids, numbers, dates, URIs). */
const FREE_TEXT = new Set([
  'accountName', 'customerName', 'customerBreadcrumb.name', 'fromName', 'answeredByName', 'outcome', 'consoleData',
  'holdQueueName', 'displayName', 'log.message', 'members.displayName', 'members.applicationData.value',
]);

describe('generateActiveSessions', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateActiveSessions(200, { seed: 42 });
    const b = generateActiveSessions(200, { seed: 42 });
    const c = generateActiveSessions(200, { seed: 43 });
    expect(b).toStrictEqual(a);
    expect(encode(GetActiveSessionsResponse, b)).toBe(encode(GetActiveSessionsResponse, a));
    expect(encode(GetActiveSessionsResponse, c)).not.toBe(encode(GetActiveSessionsResponse, a));
    // A prefix of a longer run is not required, but a fixed seed and `now` are: the default `now` is fixed.
    expect(generateActiveSessions(3)).toStrictEqual(generateActiveSessions(3, { seed: 1, now: DEFAULT_SESSIONS_NOW }));
  });

  it('honours count and now', () => {
    expect(generateActiveSessions(0).sessions).toEqual([]);
    const now = new Date('2030-01-01T00:00:00Z');
    const { sessions = [] } = generateActiveSessions(100, { seed: 5, now });
    expect(sessions).toHaveLength(100);
    for (const s of sessions) {
      const created = Date.parse(s.dateCreated ?? '');
      expect(created).toBeLessThanOrEqual(now.getTime());
      expect(created).toBeGreaterThanOrEqual(now.getTime() - 2 * 3600_000);
    }
    expect(() => generateActiveSessions(-1)).toThrow(RangeError);
    expect(() => generateActiveSessions(1.5)).toThrow(RangeError);
  });

  it('round-trips through encode/decode byte for byte, in both key cases', () => {
    for (const seed of [1, 2, 3, 99]) {
      const value = generateActiveSessions(300, { seed });
      for (const keyCase of ['camel', 'pascal'] as const) {
        const text = encode(GetActiveSessionsResponse, value, { keyCase });
        const decoded = decode(GetActiveSessionsResponse, text);
        expect(decoded).toEqual(value);
        expect(encode(GetActiveSessionsResponse, decoded, { keyCase })).toBe(text);
      }
    }
  });

  it('looks like real traffic: ids, SIDs, numbers, sip addresses, dates, sizes of lists', () => {
    const { sessions = [] } = generateActiveSessions(1000, { seed: 7 });
    const ids = new Set(sessions.map((s) => s.id));
    expect(ids.size).toBe(1000);
    for (const s of sessions) {
      expect(s.id).toMatch(/^ses_\d{5,}$/);
      expect(s.callSid).toMatch(/^CA[0-9a-f]{32}$/);
      if (s.conferenceSid !== undefined) expect(s.conferenceSid).toMatch(/^CF[0-9a-f]{32}$/);
      expect(s.fromAddress).toMatch(/^(\+1\d{10}|sip:[^@]+@[\w.-]+)$/);
      expect(s.dateCreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(s.members?.length ?? 0).toBeLessThanOrEqual(4);
      expect(s.log?.length ?? 0).toBeLessThanOrEqual(6);
      expect(s.customerBreadcrumb?.length ?? 0).toBeLessThanOrEqual(3);
      if (s.ended) {
        expect(s.callState).toBe('Disconnected');
        expect(s.dateCompleted).toBeDefined();
      }
    }
    const lengths = (f: (s: SessionInfo) => number) => new Set(sessions.map(f));
    expect(lengths((s) => s.members?.length ?? 0)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(lengths((s) => s.log?.length ?? 0)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(lengths((s) => s.customerBreadcrumb?.length ?? 0)).toEqual(new Set([0, 1, 2, 3]));
    expect(sessions.some((s) => s.toAddress?.startsWith('sip:'))).toBe(true);
    const members = sessions.flatMap((s) => s.members ?? []);
    expect(members.some((m) => m.applicationData !== undefined && Object.keys(m.applicationData).length >= 3)).toBe(true);
    // Absent string members, as real responses omit nulls (the property is not there at all).
    expect(sessions.some((s) => !('consoleData' in s))).toBe(true);
    expect(sessions.some((s) => 'consoleData' in s)).toBe(true);
    expect(sessions.every((s) => Object.values(s).every((v) => v !== undefined))).toBe(true);
  });

  it('spreads every enum over all its values, and both booleans', () => {
    const { sessions = [] } = generateActiveSessions(2000, { seed: 11 });
    const members = sessions.flatMap((s) => s.members ?? []);
    const seen = <T,>(xs: readonly T[]) => new Set(xs);
    expect(seen(sessions.map((s) => s.dialState))).toEqual(new Set(['None', 'Active']));
    expect(seen(sessions.map((s) => s.callState))).toEqual(new Set(['Disconnected', 'Ringing', 'Connected', 'Hold', 'Passive']));
    expect(seen(sessions.map((s) => s.queueState))).toEqual(new Set(['None', 'Queued', 'Ringing', 'Connected', 'Hold', 'Disconnected']));
    expect(seen(sessions.map((s) => s.channel))).toEqual(new Set(['Voice', 'Chat', 'Fax']));
    expect(seen(sessions.map((s) => s.direction))).toEqual(new Set(['Incoming', 'Outgoing']));
    expect(seen(sessions.map((s) => s.holdReason))).toEqual(new Set(['None', 'Transferring']));
    expect(seen(members.map((m) => m.callState))).toEqual(new Set(['None', 'Ringing', 'Connected', 'Hold']));
    expect(seen(members.map((m) => m.role))).toEqual(new Set(['None', 'Caller', 'Agent', 'Transfer']));
    for (const b of [sessions.map((s) => s.ended), sessions.map((s) => s.wasMissed), members.map((m) => m.muted), members.map((m) => m.isOriginalMember)]) {
      expect(seen(b)).toEqual(new Set([true, false]));
    }
  });

  it('has names in many scripts, 4-byte characters and directory-style names', () => {
    const all = strings(generateActiveSessions(1000, { seed: 3 }).sessions ?? []).map((s) => s.value);
    expect(all.some((s) => s.includes('José'))).toBe(true);
    expect(all.some((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    expect(all.some((s) => /[\u{10000}-\u{10ffff}]/u.test(s))).toBe(true);
    expect(all).toContain("O'Brien, Pat");
  });

  it('makes about 5% of free-text strings need JSV quoting, covering every special character', () => {
    const all = strings(generateActiveSessions(3000, { seed: 1 }).sessions ?? []);
    const free = all.filter((s) => FREE_TEXT.has(s.field));
    const share = (xs: typeof all) => xs.filter((s) => needsQuoting(s.value)).length / xs.length;
    expect(free.length).toBeGreaterThan(10_000);
    expect(share(free)).toBeGreaterThan(0.04);
    expect(share(free)).toBeLessThan(0.08);
    // Dates, sip: addresses and URLs contain ':' by nature, so over all strings the share is higher.
    expect(share(all)).toBeGreaterThan(0.08);
    expect(share(all)).toBeLessThan(0.2);
    for (const ch of ['"', ':', ',', '{', '}', '[', ']', '\r', '\n']) {
      expect(all.some((s) => s.value.includes(ch)), JSON.stringify(ch)).toBe(true);
    }
  });
});

describe('mulberry32', () => {
  it('gives the same numbers in [0, 1) for the same seed', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
