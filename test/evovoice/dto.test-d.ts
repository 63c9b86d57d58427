/** Type tests: the EvoVoice DTO types that `Infer` gives, and the enum types and values. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Infer } from '../../src/index.js';
import {
  type CustomerBreadcrumb, type EntityInfo, FlowChannels, type GetActiveSessions, GetActiveSessionsResponse,
  SessionCallState, type SessionDialState, type SessionDirections, type SessionHoldReasons, SessionInfo,
  type SessionLogInfo, type SessionMemberCallState, type SessionMemberInfo, type SessionMemberRoles,
  type SessionQueueStates,
} from '../../src/evovoice/dto.js';

type S = string | undefined;

describe('EvoVoice enums', () => {
  it('each type is the union of its names', () => {
    expectTypeOf<SessionDialState>().toEqualTypeOf<'None' | 'Active'>();
    expectTypeOf<SessionCallState>().toEqualTypeOf<'Disconnected' | 'Ringing' | 'Connected' | 'Hold' | 'Passive'>();
    expectTypeOf<SessionQueueStates>().toEqualTypeOf<'None' | 'Queued' | 'Ringing' | 'Connected' | 'Hold' | 'Disconnected'>();
    expectTypeOf<SessionDirections>().toEqualTypeOf<'Incoming' | 'Outgoing'>();
    expectTypeOf<SessionHoldReasons>().toEqualTypeOf<'None' | 'Transferring'>();
    expectTypeOf<SessionMemberCallState>().toEqualTypeOf<'None' | 'Ringing' | 'Connected' | 'Hold'>();
    expectTypeOf<SessionMemberRoles>().toEqualTypeOf<'None' | 'Caller' | 'Agent' | 'Transfer'>();
    expectTypeOf<FlowChannels>().toEqualTypeOf<'Voice' | 'Chat' | 'Fax'>();
  });
  it('each value is a map of its names to literal types', () => {
    expectTypeOf(SessionCallState.Ringing).toEqualTypeOf<'Ringing'>();
    expectTypeOf(FlowChannels.Fax).toEqualTypeOf<'Fax'>();
    // @ts-expect-error: not a member
    void SessionCallState.Busy;
  });
});

describe('EvoVoice DTO types', () => {
  it('EntityInfo, CustomerBreadcrumb, SessionLogInfo: all strings, optional', () => {
    expectTypeOf<EntityInfo>().toEqualTypeOf<{ id?: S; dateCreated?: S; dateLastModified?: S; createdBy?: S; lastModifiedBy?: S }>();
    expectTypeOf<CustomerBreadcrumb>().toEqualTypeOf<{ id?: S; name?: S }>();
    expectTypeOf<SessionLogInfo>().toEqualTypeOf<{ date?: S; message?: S }>();
    expectTypeOf<GetActiveSessions>().toEqualTypeOf<{}>();
  });
  it('SessionMemberInfo: booleans and enums required, applicationData a string dictionary', () => {
    expectTypeOf<SessionMemberInfo>().toEqualTypeOf<{
      identity?: S; endpointId?: S; displayName?: S; isOriginalMember: boolean; avatarUrl?: S;
      applicationData?: Record<string, string> | undefined; callState: SessionMemberCallState; role: SessionMemberRoles;
      callSid?: S; muted: boolean;
    }>();
  });
  it('SessionInfo: its own members and EntityInfo’s', () => {
    expectTypeOf<SessionInfo>().toEqualTypeOf<{
      dialState: SessionDialState; callState: SessionCallState; queueState: SessionQueueStates; accountId?: S;
      accountName?: S; customerId?: S; customerBreadcrumb?: CustomerBreadcrumb[] | undefined; customerName?: S;
      endpointId?: S; endpointName?: S; dateCompleted?: S; destination?: S; toAddress?: S; fromAddress?: S; fromName?: S;
      answeredByName?: S; queueMemberId?: S; channel: FlowChannels; ended: boolean; outcome?: S; callSid?: S;
      consoleData?: S; holdQueueName?: S; heldByUserId?: S; holdReason: SessionHoldReasons; conferenceSid?: S;
      displayName?: S; log?: SessionLogInfo[] | undefined; members?: SessionMemberInfo[] | undefined; callbackNumber?: S;
      answeredById?: S; direction: SessionDirections; fromPhoneNumber?: S; mostRecentParticipantCallSid?: S;
      wasMissed: boolean; ringQueueId?: S;
      id?: S; dateCreated?: S; dateLastModified?: S; createdBy?: S; lastModifiedBy?: S;
    }>();
    expectTypeOf<SessionInfo>().toEqualTypeOf<Infer<typeof SessionInfo>>();
  });
  it('GetActiveSessionsResponse: an optional list of SessionInfo', () => {
    expectTypeOf<GetActiveSessionsResponse>().toEqualTypeOf<{ sessions?: SessionInfo[] | undefined }>();
    expectTypeOf<GetActiveSessionsResponse>().toEqualTypeOf<Infer<typeof GetActiveSessionsResponse>>();
  });
});
