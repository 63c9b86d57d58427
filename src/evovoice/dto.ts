/**
 * The EvoVoice `GET /sessions/active` DTOs, as schemas. Member names are camelCase as the service's sample shows;
 * decoding matches them case-insensitively, so ServiceStack's default PascalCase wire form decodes to the same object,
 * and `encode(..., { keyCase: 'pascal' })` writes it. `SessionInfo` inherits `EntityInfo`: its own members are written
 * first, then the base ones, as ServiceStack does.
 */
import { array, boolean, dict, enumOf, object, string } from '../schema/builders.js';
import type { Infer } from '../schema/types.js';

/** `Voice.Api.Flows.FlowChannels`. */
export const FlowChannels = enumOf(['Voice', 'Chat', 'Fax'] as const);
/** `Voice.Api.Flows.FlowChannels`. */
export type FlowChannels = Infer<typeof FlowChannels>;

/** `SessionCallState`: the call state of a session. */
export const SessionCallState = enumOf(['Disconnected', 'Ringing', 'Connected', 'Hold', 'Passive'] as const);
/** `SessionCallState`: the call state of a session. */
export type SessionCallState = Infer<typeof SessionCallState>;

/** `SessionDialState`. */
export const SessionDialState = enumOf(['None', 'Active'] as const);
/** `SessionDialState`. */
export type SessionDialState = Infer<typeof SessionDialState>;

/** `SessionDirections`: incoming or outgoing. */
export const SessionDirections = enumOf(['Incoming', 'Outgoing'] as const);
/** `SessionDirections`: incoming or outgoing. */
export type SessionDirections = Infer<typeof SessionDirections>;

/** `SessionHoldReasons`. */
export const SessionHoldReasons = enumOf(['None', 'Transferring'] as const);
/** `SessionHoldReasons`. */
export type SessionHoldReasons = Infer<typeof SessionHoldReasons>;

/** `SessionMemberCallState`: the call state of one member. */
export const SessionMemberCallState = enumOf(['None', 'Ringing', 'Connected', 'Hold'] as const);
/** `SessionMemberCallState`: the call state of one member. */
export type SessionMemberCallState = Infer<typeof SessionMemberCallState>;

/** `SessionMemberRoles`. */
export const SessionMemberRoles = enumOf(['None', 'Caller', 'Agent', 'Transfer'] as const);
/** `SessionMemberRoles`. */
export type SessionMemberRoles = Infer<typeof SessionMemberRoles>;

/** `SessionQueueStates`. */
export const SessionQueueStates = enumOf(['None', 'Queued', 'Ringing', 'Connected', 'Hold', 'Disconnected'] as const);
/** `SessionQueueStates`. */
export type SessionQueueStates = Infer<typeof SessionQueueStates>;

/** `Voice.Api.EntityInfo`: the base of every entity (ids, creation and modification stamps as text). */
export const EntityInfo = object(
  {
    id: string(),
    dateCreated: string(),
    dateLastModified: string(),
    createdBy: string(),
    lastModifiedBy: string(),
  },
  { name: 'EntityInfo' },
);
/** `Voice.Api.EntityInfo`. */
export type EntityInfo = Infer<typeof EntityInfo>;

/** `Voice.Api.Customers.CustomerBreadcrumb`. */
export const CustomerBreadcrumb = object({ id: string(), name: string() }, { name: 'CustomerBreadcrumb' });
/** `Voice.Api.Customers.CustomerBreadcrumb`. */
export type CustomerBreadcrumb = Infer<typeof CustomerBreadcrumb>;

/** `SessionLogInfo`: one log line of a session (the date is text, as the service declares it). */
export const SessionLogInfo = object({ date: string(), message: string() }, { name: 'SessionLogInfo' });
/** `SessionLogInfo`. */
export type SessionLogInfo = Infer<typeof SessionLogInfo>;

/** `SessionMemberInfo`: one participant of a session. */
export const SessionMemberInfo = object(
  {
    identity: string(),
    endpointId: string(),
    displayName: string(),
    isOriginalMember: boolean(),
    avatarUrl: string(),
    applicationData: dict(string()),
    callState: SessionMemberCallState,
    role: SessionMemberRoles,
    callSid: string(),
    muted: boolean(),
  },
  { name: 'SessionMemberInfo' },
);
/** `SessionMemberInfo`. */
export type SessionMemberInfo = Infer<typeof SessionMemberInfo>;

/** `SessionInfo : EntityInfo`: one active session. */
export const SessionInfo = EntityInfo.extend(
  {
    dialState: SessionDialState,
    callState: SessionCallState,
    queueState: SessionQueueStates,
    accountId: string(),
    accountName: string(),
    customerId: string(),
    customerBreadcrumb: array(CustomerBreadcrumb),
    customerName: string(),
    endpointId: string(),
    endpointName: string(),
    dateCompleted: string(),
    destination: string(),
    toAddress: string(),
    fromAddress: string(),
    fromName: string(),
    answeredByName: string(),
    queueMemberId: string(),
    channel: FlowChannels,
    ended: boolean(),
    outcome: string(),
    callSid: string(),
    consoleData: string(),
    holdQueueName: string(),
    heldByUserId: string(),
    holdReason: SessionHoldReasons,
    conferenceSid: string(),
    displayName: string(),
    log: array(SessionLogInfo),
    members: array(SessionMemberInfo),
    callbackNumber: string(),
    answeredById: string(),
    direction: SessionDirections,
    fromPhoneNumber: string(),
    mostRecentParticipantCallSid: string(),
    wasMissed: boolean(),
    ringQueueId: string(),
  },
  { name: 'SessionInfo' },
);
/** `SessionInfo : EntityInfo`. */
export type SessionInfo = Infer<typeof SessionInfo>;

/** `GetActiveSessions`: the request (no members). */
export const GetActiveSessions = object({}, { name: 'GetActiveSessions' });
/** `GetActiveSessions`. */
export type GetActiveSessions = Infer<typeof GetActiveSessions>;

/** `GetActiveSessionsResponse`: the response of `GET /sessions/active`. */
export const GetActiveSessionsResponse = object({ sessions: array(SessionInfo) }, { name: 'GetActiveSessionsResponse' });
/** `GetActiveSessionsResponse`. */
export type GetActiveSessionsResponse = Infer<typeof GetActiveSessionsResponse>;
