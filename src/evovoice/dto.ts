/**
 * The EvoVoice `GET /sessions/active` DTOs, as schemas. Member names are camelCase as the service's sample shows;
 * decoding matches them case-insensitively, so ServiceStack's default PascalCase wire form decodes to the same object,
 * and `encode(..., { keyCase: 'pascal' })` writes it. `SessionInfo` inherits `EntityInfo`: its own members are written
 * first, then the base ones, as ServiceStack does.
 *
 * Every builder call is annotated `@__PURE__` so that a bundle importing one schema (or none: `formatSessionsTable` alone)
 * drops the others: bundlers cannot see that a call to a function from another module has no side effects.
 */
import { array, boolean, dict, enumOf, object, string } from '../schema/builders.js';
import type { Infer } from '../schema/types.js';

/** `Voice.Api.Flows.FlowChannels`. */
export const FlowChannels = /* @__PURE__ */ enumOf(['Voice', 'Chat', 'Fax'] as const);
/** `Voice.Api.Flows.FlowChannels`. */
export type FlowChannels = Infer<typeof FlowChannels>;

/** `SessionCallState`: the call state of a session. */
export const SessionCallState = /* @__PURE__ */ enumOf(['Disconnected', 'Ringing', 'Connected', 'Hold', 'Passive'] as const);
/** `SessionCallState`: the call state of a session. */
export type SessionCallState = Infer<typeof SessionCallState>;

/** `SessionDialState`. */
export const SessionDialState = /* @__PURE__ */ enumOf(['None', 'Active'] as const);
/** `SessionDialState`. */
export type SessionDialState = Infer<typeof SessionDialState>;

/** `SessionDirections`: incoming or outgoing. */
export const SessionDirections = /* @__PURE__ */ enumOf(['Incoming', 'Outgoing'] as const);
/** `SessionDirections`: incoming or outgoing. */
export type SessionDirections = Infer<typeof SessionDirections>;

/** `SessionHoldReasons`. */
export const SessionHoldReasons = /* @__PURE__ */ enumOf(['None', 'Transferring'] as const);
/** `SessionHoldReasons`. */
export type SessionHoldReasons = Infer<typeof SessionHoldReasons>;

/** `SessionMemberCallState`: the call state of one member. */
export const SessionMemberCallState = /* @__PURE__ */ enumOf(['None', 'Ringing', 'Connected', 'Hold'] as const);
/** `SessionMemberCallState`: the call state of one member. */
export type SessionMemberCallState = Infer<typeof SessionMemberCallState>;

/** `SessionMemberRoles`. */
export const SessionMemberRoles = /* @__PURE__ */ enumOf(['None', 'Caller', 'Agent', 'Transfer'] as const);
/** `SessionMemberRoles`. */
export type SessionMemberRoles = Infer<typeof SessionMemberRoles>;

/** `SessionQueueStates`. */
export const SessionQueueStates = /* @__PURE__ */ enumOf(['None', 'Queued', 'Ringing', 'Connected', 'Hold', 'Disconnected'] as const);
/** `SessionQueueStates`. */
export type SessionQueueStates = Infer<typeof SessionQueueStates>;

/** `Voice.Api.EntityInfo`: the base of every entity (ids, creation and modification stamps as text). */
export const EntityInfo = /* @__PURE__ */ object(
  {
    id: /* @__PURE__ */ string(),
    dateCreated: /* @__PURE__ */ string(),
    dateLastModified: /* @__PURE__ */ string(),
    createdBy: /* @__PURE__ */ string(),
    lastModifiedBy: /* @__PURE__ */ string(),
  },
  { name: 'EntityInfo' },
);
/** `Voice.Api.EntityInfo`. */
export type EntityInfo = Infer<typeof EntityInfo>;

/** `Voice.Api.Customers.CustomerBreadcrumb`. */
export const CustomerBreadcrumb = /* @__PURE__ */ object({ id: /* @__PURE__ */ string(), name: /* @__PURE__ */ string() }, { name: 'CustomerBreadcrumb' });
/** `Voice.Api.Customers.CustomerBreadcrumb`. */
export type CustomerBreadcrumb = Infer<typeof CustomerBreadcrumb>;

/** `SessionLogInfo`: one log line of a session (the date is text, as the service declares it). */
export const SessionLogInfo = /* @__PURE__ */ object({ date: /* @__PURE__ */ string(), message: /* @__PURE__ */ string() }, { name: 'SessionLogInfo' });
/** `SessionLogInfo`. */
export type SessionLogInfo = Infer<typeof SessionLogInfo>;

/** `SessionMemberInfo`: one participant of a session. */
export const SessionMemberInfo = /* @__PURE__ */ object(
  {
    identity: /* @__PURE__ */ string(),
    endpointId: /* @__PURE__ */ string(),
    displayName: /* @__PURE__ */ string(),
    isOriginalMember: /* @__PURE__ */ boolean(),
    avatarUrl: /* @__PURE__ */ string(),
    applicationData: /* @__PURE__ */ dict(/* @__PURE__ */ string()),
    callState: SessionMemberCallState,
    role: SessionMemberRoles,
    callSid: /* @__PURE__ */ string(),
    muted: /* @__PURE__ */ boolean(),
  },
  { name: 'SessionMemberInfo' },
);
/** `SessionMemberInfo`. */
export type SessionMemberInfo = Infer<typeof SessionMemberInfo>;

/** `SessionInfo : EntityInfo`: one active session. */
export const SessionInfo = /* @__PURE__ */ EntityInfo.extend(
  {
    dialState: SessionDialState,
    callState: SessionCallState,
    queueState: SessionQueueStates,
    accountId: /* @__PURE__ */ string(),
    accountName: /* @__PURE__ */ string(),
    customerId: /* @__PURE__ */ string(),
    customerBreadcrumb: /* @__PURE__ */ array(CustomerBreadcrumb),
    customerName: /* @__PURE__ */ string(),
    endpointId: /* @__PURE__ */ string(),
    endpointName: /* @__PURE__ */ string(),
    dateCompleted: /* @__PURE__ */ string(),
    destination: /* @__PURE__ */ string(),
    toAddress: /* @__PURE__ */ string(),
    fromAddress: /* @__PURE__ */ string(),
    fromName: /* @__PURE__ */ string(),
    answeredByName: /* @__PURE__ */ string(),
    queueMemberId: /* @__PURE__ */ string(),
    channel: FlowChannels,
    ended: /* @__PURE__ */ boolean(),
    outcome: /* @__PURE__ */ string(),
    callSid: /* @__PURE__ */ string(),
    consoleData: /* @__PURE__ */ string(),
    holdQueueName: /* @__PURE__ */ string(),
    heldByUserId: /* @__PURE__ */ string(),
    holdReason: SessionHoldReasons,
    conferenceSid: /* @__PURE__ */ string(),
    displayName: /* @__PURE__ */ string(),
    log: /* @__PURE__ */ array(SessionLogInfo),
    members: /* @__PURE__ */ array(SessionMemberInfo),
    callbackNumber: /* @__PURE__ */ string(),
    answeredById: /* @__PURE__ */ string(),
    direction: SessionDirections,
    fromPhoneNumber: /* @__PURE__ */ string(),
    mostRecentParticipantCallSid: /* @__PURE__ */ string(),
    wasMissed: /* @__PURE__ */ boolean(),
    ringQueueId: /* @__PURE__ */ string(),
  },
  { name: 'SessionInfo' },
);
/** `SessionInfo : EntityInfo`. */
export type SessionInfo = Infer<typeof SessionInfo>;

/** `GetActiveSessions`: the request (no members). */
export const GetActiveSessions = /* @__PURE__ */ object({}, { name: 'GetActiveSessions' });
/** `GetActiveSessions`. */
export type GetActiveSessions = Infer<typeof GetActiveSessions>;

/** `GetActiveSessionsResponse`: the response of `GET /sessions/active`. */
export const GetActiveSessionsResponse = /* @__PURE__ */ object({ sessions: /* @__PURE__ */ array(SessionInfo) }, { name: 'GetActiveSessionsResponse' });
/** `GetActiveSessionsResponse`. */
export type GetActiveSessionsResponse = Infer<typeof GetActiveSessionsResponse>;
