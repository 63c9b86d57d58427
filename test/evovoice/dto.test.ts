/**
 * The EvoVoice DTO schemas: enums that are also frozen name maps, the metadata page's sample response, both wire
 * cases, and SessionInfo's wire order (derived members first, then EntityInfo's). Both codec modes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsvSyntaxError, decode, encode, safeDecode } from '../../src/index.js';
import {
  CustomerBreadcrumb, EntityInfo, FlowChannels, GetActiveSessions, GetActiveSessionsResponse, SessionCallState,
  SessionDialState, SessionDirections, SessionHoldReasons, SessionInfo, SessionLogInfo, SessionMemberCallState,
  SessionMemberInfo, SessionMemberRoles, SessionQueueStates,
} from '../../src/evovoice/dto.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const SAMPLE = readFileSync(new URL('../../examples/active-sessions.sample.jsv', import.meta.url), 'utf8');

/** The object the metadata page's sample shows, written out in full. */
const SAMPLE_OBJECT: GetActiveSessionsResponse = {
  sessions: [
    {
      dialState: 'None',
      callState: 'Disconnected',
      queueState: 'None',
      accountId: 'String',
      accountName: 'String',
      customerId: 'String',
      customerBreadcrumb: [{ id: 'String', name: 'String' }],
      customerName: 'String',
      endpointId: 'String',
      endpointName: 'String',
      dateCompleted: 'String',
      destination: 'String',
      toAddress: 'String',
      fromAddress: 'String',
      fromName: 'String',
      answeredByName: 'String',
      queueMemberId: 'String',
      channel: 'Voice',
      ended: false,
      outcome: 'String',
      callSid: 'String',
      consoleData: 'String',
      holdQueueName: 'String',
      heldByUserId: 'String',
      holdReason: 'None',
      conferenceSid: 'String',
      displayName: 'String',
      log: [{ date: 'String', message: 'String' }],
      members: [
        {
          identity: 'String',
          endpointId: 'String',
          displayName: 'String',
          isOriginalMember: false,
          avatarUrl: 'String',
          applicationData: { String: 'String' },
          callState: 'None',
          role: 'None',
          callSid: 'String',
          muted: false,
        },
      ],
      callbackNumber: 'String',
      answeredById: 'String',
      direction: 'Incoming',
      fromPhoneNumber: 'String',
      mostRecentParticipantCallSid: 'String',
      wasMissed: false,
      ringQueueId: 'String',
      id: 'String',
      dateCreated: 'String',
      dateLastModified: 'String',
      createdBy: 'String',
      lastModifiedBy: 'String',
    },
  ],
};

describe('enums are both schema and frozen name map', () => {
  const enums = {
    SessionDialState: [SessionDialState, ['None', 'Active']],
    SessionCallState: [SessionCallState, ['Disconnected', 'Ringing', 'Connected', 'Hold', 'Passive']],
    SessionQueueStates: [SessionQueueStates, ['None', 'Queued', 'Ringing', 'Connected', 'Hold', 'Disconnected']],
    SessionDirections: [SessionDirections, ['Incoming', 'Outgoing']],
    SessionHoldReasons: [SessionHoldReasons, ['None', 'Transferring']],
    SessionMemberCallState: [SessionMemberCallState, ['None', 'Ringing', 'Connected', 'Hold']],
    SessionMemberRoles: [SessionMemberRoles, ['None', 'Caller', 'Agent', 'Transfer']],
    FlowChannels: [FlowChannels, ['Voice', 'Chat', 'Fax']],
  } as const;
  it.each(Object.entries(enums))('%s has the metadata page members in declared order (numbers 0…n)', (_n, [e, values]) => {
    expect(e.kind).toBe('enum');
    expect(e.values).toEqual(values);
  });
  it.each(Object.entries(enums))('%s maps every name to itself', (_n, [e, values]) => {
    for (const v of values) expect((e as unknown as Record<string, string>)[v]).toBe(v);
  });
  it.each(Object.entries(enums))('%s is frozen', (_n, [e]) => {
    expect(Object.isFrozen(e)).toBe(true);
    expect(() => {
      (e as unknown as Record<string, string>).Extra = 'x';
    }).toThrow(TypeError);
  });
  it('SessionCallState.Ringing === "Ringing"', () => {
    expect(SessionCallState.Ringing).toBe('Ringing');
    expect(SessionDialState.Active).toBe('Active');
  });
});

describe.each(MODES)('EvoVoice DTOs (jitless: $jitless)', (mode) => {
  describe('the metadata page sample (examples/active-sessions.sample.jsv)', () => {
    it('is the verbatim pretty-printed sample', () => {
      expect(SAMPLE.startsWith('{ sessions: [ { dialState: None, callState: Disconnected,')).toBe(true);
      expect(SAMPLE.trimEnd().endsWith('lastModifiedBy: String } ] }')).toBe(true);
    });
    const page = new URL('../fixtures/evovoice-active-sessions.txt', import.meta.url);
    it('is byte for byte the sample at the end of the metadata page (plus a final newline)', () => {
      const text = readFileSync(page, 'utf8');
      expect(SAMPLE).toBe(`${text.slice(text.indexOf('{ sessions:'))}\n`);
    });
    it('decodes with { lenient: true } into exactly the object it shows', () => {
      expect(decode(GetActiveSessionsResponse, SAMPLE, { ...mode, lenient: true })).toStrictEqual(
        decode(GetActiveSessionsResponse, encode(GetActiveSessionsResponse, SAMPLE_OBJECT, mode), mode),
      );
      expect(decode(GetActiveSessionsResponse, SAMPLE, { ...mode, lenient: true })).toEqual(SAMPLE_OBJECT);
    });
    it('without lenient fails with a positioned JsvSyntaxError that suggests lenient: true', () => {
      const r = safeDecode(GetActiveSessionsResponse, SAMPLE, mode);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toBeInstanceOf(JsvSyntaxError);
      const e = r.error as JsvSyntaxError;
      expect(e.message).toContain('lenient: true');
      expect(e.line).toBe(1);
      expect(e.column).toBeGreaterThan(1);
      expect(e.offset).toBe(e.column - 1);
      expect(SAMPLE.charAt(e.offset)).toMatch(/\s/);
      expect(e.frame).toContain('^');
    });
    it('re-encodes to compact JSV in the sample order', () => {
      const text = encode(GetActiveSessionsResponse, SAMPLE_OBJECT, mode);
      expect(text).toBe(SAMPLE.trim().replace(/\s+/g, ''));
    });
  });

  describe('wire cases', () => {
    const camel = '{sessions:[{dialState:Active,callState:Ringing,accountId:acc_1,customerBreadcrumb:[{id:c1,name:Acme}],' +
      'members:[{identity:usr_1,applicationData:{Skill:sales},callState:Connected,role:Agent,muted:True}],log:[{date:"2020-01-02T03:04:05Z",message:hi}],id:ses_1}]}';
    const pascal = '{Sessions:[{DialState:Active,CallState:Ringing,AccountId:acc_1,CustomerBreadcrumb:[{Id:c1,Name:Acme}],' +
      'Members:[{Identity:usr_1,ApplicationData:{Skill:sales},CallState:Connected,Role:Agent,Muted:True}],Log:[{Date:"2020-01-02T03:04:05Z",Message:hi}],Id:ses_1}]}';
    it('PascalCase (ServiceStack default) and camelCase decode to the same object', () => {
      const a = decode(GetActiveSessionsResponse, camel, mode);
      expect(decode(GetActiveSessionsResponse, pascal, mode)).toEqual(a);
      expect(a.sessions?.[0]?.members?.[0]?.applicationData).toEqual({ Skill: 'sales' });
      expect(a.sessions?.[0]?.log?.[0]?.date).toBe('2020-01-02T03:04:05Z');
    });
    it("encode({ keyCase: 'pascal' }) writes the PascalCase wire form, camel the camelCase one; dictionary keys are kept", () => {
      const v = decode(GetActiveSessionsResponse, camel, mode);
      const p = encode(GetActiveSessionsResponse, v, { ...mode, keyCase: 'pascal' });
      expect(p.startsWith('{Sessions:[{DialState:Active,CallState:Ringing,QueueState:None,AccountId:acc_1,')).toBe(true);
      expect(p).toContain('ApplicationData:{Skill:sales}');
      expect(p).toContain('Log:[{Date:"2020-01-02T03:04:05Z",Message:hi}]');
      expect(encode(GetActiveSessionsResponse, v, { ...mode, keyCase: 'camel' })).toBe(encode(GetActiveSessionsResponse, v, mode));
    });
  });

  describe('SessionInfo inherits EntityInfo', () => {
    it('is written derived members first, then EntityInfo’s', () => {
      // value-type members left out on purpose: encode writes their .NET defaults
      const text = encode(SessionInfo, { id: 'ses_1', createdBy: 'usr_1', accountId: 'acc_1', ringQueueId: 'q' } as SessionInfo, mode);
      expect(text).toBe('{dialState:None,callState:Disconnected,queueState:None,accountId:acc_1,channel:Voice,ended:False,' +
        'holdReason:None,direction:Incoming,wasMissed:False,ringQueueId:q,id:ses_1,createdBy:usr_1}');
    });
    it('declares EntityInfo’s members last, in their order', () => {
      const names = SessionInfo.members.map((m) => m.name);
      expect(names.slice(-5)).toEqual(EntityInfo.members.map((m) => m.name));
      expect(names.slice(-5)).toEqual(['id', 'dateCreated', 'dateLastModified', 'createdBy', 'lastModifiedBy']);
      expect(names[0]).toBe('dialState');
      expect(names).toHaveLength(36 + 5);
    });
    it('reads the base members from anywhere in the text', () => {
      expect(decode(SessionInfo, '{Id:x,DialState:Active,LastModifiedBy:y}', mode)).toMatchObject({ id: 'x', dialState: 'Active', lastModifiedBy: 'y' });
    });
  });

  describe('the other DTOs', () => {
    it('GetActiveSessions has no members and writes {}', () => {
      expect(encode(GetActiveSessions, {}, mode)).toBe('{}');
      expect(decode(GetActiveSessions, '{Anything:1}', mode)).toEqual({});
    });
    it('CustomerBreadcrumb, SessionLogInfo and SessionMemberInfo decode their members', () => {
      expect(decode(CustomerBreadcrumb, '{Id:1,Name:"Acme, Inc"}', mode)).toEqual({ id: '1', name: 'Acme, Inc' });
      expect(decode(SessionLogInfo, '{Date:2020-01-02,Message:hi}', mode)).toEqual({ date: '2020-01-02', message: 'hi' });
      expect(decode(SessionMemberInfo, '{}', mode)).toEqual({ isOriginalMember: false, callState: 'None', role: 'None', muted: false });
    });
    it('applicationData is a string dictionary', () => {
      expect(decode(SessionMemberInfo, '{applicationData:{a:1,"b,c":"d:e"}}', mode).applicationData).toEqual({ a: '1', 'b,c': 'd:e' });
    });
    it('a missing response list is undefined; an empty one is []', () => {
      expect(decode(GetActiveSessionsResponse, '{}', mode).sessions).toBeUndefined();
      expect(decode(GetActiveSessionsResponse, '{sessions:[]}', mode).sessions).toEqual([]);
    });
    it('an unknown enum value deep in a response fails with the path', () => {
      expect(() => decode(GetActiveSessionsResponse, '{sessions:[{},{members:[{role:Boss}]}]}', mode))
        .toThrow(expect.objectContaining({ code: 'INVALID_ENUM', path: ['sessions', 1, 'members', 0, 'role'] }));
    });
  });
});
