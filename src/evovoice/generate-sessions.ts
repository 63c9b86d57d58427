/**
 * A seeded generator of realistic EvoVoice `GET /sessions/active` responses. It is the one source of sample data for
 * the demo, the benchmarks and the tests, so that they all measure and show the same shape of traffic.
 *
 * What the data looks like:
 * - ids such as `ses_48213`, `usr_10442`, `acc_20017`; Twilio-style SIDs (`CA`/`CF` + 32 lowercase hex digits);
 *   E.164 numbers (`+15415550123`) and `sip:` addresses; dates as ISO-8601 text (`2025-06-02T14:29:13Z`), as the
 *   service declares them (`string`);
 * - names in many scripts (`José García`, `李雷`, `Siobhán Ó Súilleabháin`, a few 4-byte characters such as `𠮷`
 *   and `🎧`) and the directory style `O'Brien, Pat`;
 * - 0–4 members per session (each with a few `applicationData` entries), 0–6 log entries, 0–3 customer breadcrumbs;
 * - every enum value occurs, with realistic weights; states agree where it matters (an ended session is
 *   `Disconnected` and has a `dateCompleted`; a held one has a hold queue);
 * - string members that a real response would leave out (null in .NET) are absent (the property is not set at all).
 *
 * JSV quoting: about 5% of the free-text strings (names, display names, log messages, outcomes, console data,
 * application data values) contain one of the characters that force JSV quoting (`" : , { } [ ] \r \n`). Dates, `sip:`
 * addresses and avatar URLs contain `:` by nature, so they are always quoted as well; over all string values about 14%
 * are quoted. That is what real EvoVoice traffic looks like, and what the benchmarks should measure.
 *
 * The output is a pure function of `count`, `seed` and `now`: the same arguments give the same value (and so the same
 * JSV bytes) on every run and platform.
 */
import type {
  CustomerBreadcrumb,
  FlowChannels,
  GetActiveSessionsResponse,
  SessionCallState,
  SessionDialState,
  SessionDirections,
  SessionInfo,
  SessionLogInfo,
  SessionMemberCallState,
  SessionMemberInfo,
  SessionMemberRoles,
  SessionQueueStates,
} from './dto.js';

/** Options for {@link generateActiveSessions}. */
export interface GenerateSessionsOptions {
  /** Seed of the pseudo-random sequence (any integer; default 1). The same seed gives the same sessions. */
  readonly seed?: number;
  /**
   * The moment the sessions are "active" at: creation dates lie up to two hours before it (default
   * {@link DEFAULT_SESSIONS_NOW}, a fixed instant, so that the output does not depend on the clock). Pass `new Date()`
   * for live-looking data.
   */
  readonly now?: Date;
}

/** The default `now` of {@link generateActiveSessions}: 2025-06-02T14:30:00Z. */
export const DEFAULT_SESSIONS_NOW: Date = /* @__PURE__ */ new Date(/* @__PURE__ */ Date.UTC(2025, 5, 2, 14, 30, 0));

/**
 * Makes a `GetActiveSessionsResponse` with `count` realistic sessions (see the module comment for what they contain).
 * Deterministic: the same `count`, `seed` and `now` give an identical value. `sessions` is always set.
 *
 * @param count how many sessions (a non-negative integer)
 */
export function generateActiveSessions(count: number, options: GenerateSessionsOptions = {}): GetActiveSessionsResponse & { sessions: SessionInfo[] } {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`generateActiveSessions: count must be a non-negative integer, got ${String(count)}`);
  }
  const seed = options.seed ?? 1;
  const now = (options.now ?? DEFAULT_SESSIONS_NOW).getTime();
  if (!Number.isFinite(now)) throw new RangeError('generateActiveSessions: now is an invalid Date');
  const g = new Gen(mulberry32(seed));
  let idNumber = g.int(10_000, 60_000);
  const sessions: SessionInfo[] = [];
  for (let i = 0; i < count; i++) {
    idNumber += g.int(1, 7); // unique, increasing, with gaps (other tenants' sessions)
    sessions.push(makeSession(g, idNumber, now));
  }
  return { sessions };
}

/**
 * mulberry32: a tiny, fast 32-bit PRNG with a full 2^32 period; plenty for sample data (not for anything secret).
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Random helpers

class Gen {
  constructor(readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks from `[value, weight]` pairs. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [v, w] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return (table[table.length - 1] as readonly [T, number])[0];
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += HEX[this.int(0, 15)];
    return s;
  }
}

const HEX = '0123456789abcdef';

/** How often a free-text string gets a character that forces JSV quoting (directory-style names add about 1% more). */
const FREE_TEXT_SPECIAL = 0.04;

/**
 * Free text: with probability {@link FREE_TEXT_SPECIAL} the value gets one of the JSV-special characters, the way real
 * data does (a comma in a name, a colon in a note, quotes, brackets, a line break in pasted text). Plain otherwise.
 */
function freeText(g: Gen, plain: string): string {
  if (!g.chance(FREE_TEXT_SPECIAL)) return plain;
  switch (g.int(0, 7)) {
    case 0:
      return `${plain}, ext. ${g.int(100, 899)}`;
    case 1:
      return `${plain}: follow-up`;
    case 2:
      return `"${plain}"`;
    case 3:
      return `${plain} [VIP]`;
    case 4:
      return `${plain} {priority}`;
    case 5:
      return `${plain}\nsee ticket #${g.digits(5)}`;
    case 6:
      return `${plain}\r\n(callback requested)`;
    default:
      return `${plain} "${g.pick(NICKNAMES)}"`;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Pools

const FIRST_NAMES = [
  'Pat', 'José', 'Zoë', 'Ana', 'Liam', 'Fatima', 'Chen', 'Olivia', 'Noah', 'Sofía', 'Mateo', 'Aiko', 'Björn',
  'Siobhán', 'Dmitri', 'Priya', 'Kwame', 'Emma', 'Lucas', 'Mia', 'Ingrid', 'Omar', 'Léa', 'Tomasz',
] as const;
const LAST_NAMES = [
  'García', 'Smith', 'Müller', 'Nguyen', 'Kowalski', 'Okafor', 'Johansson', 'Rossi', 'Dubois', 'Patel', 'Kim',
  'Łukasiewicz', 'Jones', 'Ó Súilleabháin', 'Brown', 'Haddad', 'Novák', 'Silva', 'Yamamoto', 'Andersen',
] as const;
/** Names written in CJK and Hangul scripts, and a few with 4-byte (astral) characters. */
const OTHER_SCRIPT_NAMES = ['李雷', '韩梅梅', '山田太郎', '김민준', '王芳', '𠮷田 花子', 'Δημήτρης Παπαδόπουλος', 'Иван Петров'] as const;
/** Directory-style "Last, First" names: always quoted in JSV (they contain a comma). */
const DIRECTORY_NAMES = ["O'Brien, Pat", 'Nguyen, Linh', 'Smith, Jr., John'] as const;
const CNAM = ['WIRELESS CALLER', 'UNKNOWN', 'TOLL FREE CALL', 'SPRINGFIELD OR', 'PORTLAND ME'] as const;
const NICKNAMES = ['Doc', 'Ace', 'Boss', 'Kiddo'] as const;

const ACCOUNTS = [
  ['acc_20017', 'Acme Dental Group'],
  ['acc_20342', 'Núñez & Hijos'],
  ['acc_21005', 'Northwind Logistics'],
  ['acc_23311', 'Café 𝄞 Music School'],
] as const;

const QUEUES = ['Sales', 'Support Tier 1', 'Support Tier 2', 'Billing', 'After Hours', 'Recepción', '受付'] as const;
const ENDPOINT_NAMES = ['Front Desk', 'Main Line', 'Sales Line', 'Support Line', 'Fax Machine', 'Web Chat'] as const;
const OUTCOMES = ['Answered', 'Voicemail', 'Abandoned', 'Transferred', 'Completed', 'No Answer', 'Busy'] as const;
const LOG_MESSAGES = [
  'Session created',
  'Incoming call',
  'Entered flow Main IVR',
  'Caller pressed 1',
  'Placed in queue',
  'Ringing agents',
  'Agent answered',
  'Recording started',
  'Call placed on hold',
  'Call resumed',
  'Transfer requested',
  'Member joined conference',
  'Member left conference',
  'Voicemail recorded',
  'Call ended by caller',
] as const;
const AREA_CODES = ['212', '415', '503', '541', '617', '702', '808', '971'] as const;
const SIP_DOMAINS = ['pbx.example.com', 'sip.acme-dental.com', 'trunk.northwind.io'] as const;
const LANGUAGES = ['en-US', 'es-MX', 'fr-CA', 'de-DE', 'zh-CN', 'ja-JP'] as const;

// Enum weights: every value occurs, the common ones more often.
const DIAL_STATES: readonly (readonly [SessionDialState, number])[] = [['None', 3], ['Active', 2]];
const CALL_STATES: readonly (readonly [SessionCallState, number])[] = [
  ['Connected', 5], ['Ringing', 3], ['Hold', 2], ['Passive', 1], ['Disconnected', 1],
];
const QUEUE_STATES: readonly (readonly [SessionQueueStates, number])[] = [
  ['None', 4], ['Queued', 2], ['Ringing', 2], ['Connected', 3], ['Hold', 1], ['Disconnected', 1],
];
const CHANNELS: readonly (readonly [FlowChannels, number])[] = [['Voice', 8], ['Chat', 2], ['Fax', 1]];
const DIRECTIONS: readonly (readonly [SessionDirections, number])[] = [['Incoming', 3], ['Outgoing', 2]];
const MEMBER_CALL_STATES: readonly (readonly [SessionMemberCallState, number])[] = [
  ['Connected', 5], ['Ringing', 2], ['Hold', 1], ['None', 1],
];
const MEMBER_ROLES: readonly (readonly [SessionMemberRoles, number])[] = [
  ['Agent', 4], ['Caller', 3], ['Transfer', 1], ['None', 1],
];

// ---------------------------------------------------------------------------------------------------------------------
// Values

/** `2025-06-02T14:29:13Z`: the whole-second UTC form ServiceStack writes. */
function isoDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function personName(g: Gen): string {
  const r = g.next();
  if (r < 0.04) return g.pick(DIRECTORY_NAMES);
  if (r < 0.16) return g.pick(OTHER_SCRIPT_NAMES);
  return freeText(g, `${g.pick(FIRST_NAMES)} ${g.pick(LAST_NAMES)}`);
}

function callerName(g: Gen): string {
  return g.chance(0.25) ? g.pick(CNAM) : personName(g);
}

function phoneNumber(g: Gen): string {
  return `+1${g.pick(AREA_CODES)}555${g.digits(4)}`;
}

function sipAddress(g: Gen, user: string): string {
  return `sip:${user}@${g.pick(SIP_DOMAINS)}`;
}

function userId(g: Gen): string {
  return `usr_${g.int(10_000, 10_999)}`;
}

function endpointId(g: Gen): string {
  return `ep_${g.int(30_000, 30_499)}`;
}

function callSid(g: Gen): string {
  return `CA${g.hex(32)}`;
}

function makeMember(g: Gen, index: number, createdMs: number): SessionMemberInfo {
  const role = index === 0 ? 'Caller' : g.weighted(MEMBER_ROLES);
  const isPhone = role === 'Caller' || role === 'Transfer' ? g.chance(0.8) : g.chance(0.1);
  const member: SessionMemberInfo = {
    identity: isPhone ? phoneNumber(g) : userId(g),
    isOriginalMember: index === 0 || (role === 'Agent' && g.chance(0.3)),
    callState: g.weighted(MEMBER_CALL_STATES),
    role,
    muted: g.chance(0.1),
  };
  if (!isPhone || g.chance(0.3)) member.endpointId = endpointId(g);
  member.displayName = isPhone ? callerName(g) : personName(g);
  if (!isPhone && g.chance(0.6)) member.avatarUrl = `https://cdn.evovoice.io/avatars/${g.hex(12)}.png`;
  if (g.chance(0.85)) {
    const data: Record<string, string> = {};
    data['language'] = g.pick(LANGUAGES);
    if (g.chance(0.6)) data['crmContactId'] = `crm_${g.digits(6)}`;
    if (g.chance(0.4)) data['priority'] = g.pick(['low', 'normal', 'high'] as const);
    if (g.chance(0.3)) data['note'] = freeText(g, g.pick(['returning caller', 'prefers email', 'billing dispute', 'new patient'] as const));
    if (g.chance(0.2)) data['joinedAt'] = isoDate(createdMs + g.int(0, 600) * 1000);
    member.applicationData = data;
  }
  if (g.chance(0.9)) member.callSid = callSid(g);
  return member;
}

function makeLog(g: Gen, createdMs: number, nowMs: number): SessionLogInfo[] {
  const n = g.int(0, 6);
  const log: SessionLogInfo[] = [];
  let t = createdMs;
  for (let i = 0; i < n; i++) {
    t = Math.min(nowMs, t + g.int(1, 90) * 1000);
    const entry: SessionLogInfo = { date: isoDate(t) };
    if (g.chance(0.97)) entry.message = freeText(g, i === 0 ? 'Session created' : g.pick(LOG_MESSAGES));
    log.push(entry);
  }
  return log;
}

function makeBreadcrumb(g: Gen, customerName: string | undefined): CustomerBreadcrumb[] {
  const n = g.int(0, 3);
  const crumbs: CustomerBreadcrumb[] = [];
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const crumb: CustomerBreadcrumb = { id: `cus_${g.int(40_000, 49_999)}` };
    const name = last && customerName !== undefined ? customerName : freeText(g, g.pick(['Head Office', 'West Region', 'Clinics', 'Retail', 'Enterprise'] as const));
    crumb.name = name;
    crumbs.push(crumb);
  }
  return crumbs;
}

function makeSession(g: Gen, idNumber: number, nowMs: number): SessionInfo {
  const direction = g.weighted(DIRECTIONS);
  const channel = g.weighted(CHANNELS);
  const ended = g.chance(0.08);
  const callState: SessionCallState = ended ? 'Disconnected' : g.weighted(CALL_STATES);
  const createdMs = nowMs - g.int(5, 7200) * 1000;
  const modifiedMs = createdMs + Math.floor(g.next() * (nowMs - createdMs));
  const account = g.pick(ACCOUNTS);
  const agentName = personName(g);
  const caller = callerName(g);
  const callerNumber = phoneNumber(g);
  const useSip = g.chance(0.15);
  const ourNumber = phoneNumber(g);
  const sid = callSid(g);
  const onHold = callState === 'Hold';

  const s: SessionInfo = {
    dialState: g.weighted(DIAL_STATES),
    callState,
    queueState: ended ? 'Disconnected' : g.weighted(QUEUE_STATES),
    channel,
    ended,
    holdReason: onHold && g.chance(0.4) ? 'Transferring' : g.chance(0.05) ? 'Transferring' : 'None',
    direction,
    wasMissed: ended && g.chance(0.4),
  };
  // Members in the order SessionInfo declares them (derived first, then EntityInfo's), so that the object reads like the wire.
  s.accountId = account[0];
  s.accountName = g.chance(0.03) ? `${account[1]}, Inc.` : account[1];
  const hasCustomer = g.chance(0.7);
  const customerName = hasCustomer ? (g.chance(0.5) ? personName(g) : freeText(g, g.pick(['Springfield Clinic', 'Lopez Family Practice', 'Harbor Freight Co', 'Zürich Büro'] as const))) : undefined;
  if (hasCustomer) {
    s.customerId = `cus_${g.int(40_000, 49_999)}`;
    s.customerBreadcrumb = makeBreadcrumb(g, customerName);
    if (customerName !== undefined) s.customerName = customerName;
  } else if (g.chance(0.3)) {
    s.customerBreadcrumb = [];
  }
  s.endpointId = endpointId(g);
  s.endpointName = g.pick(ENDPOINT_NAMES);
  if (ended) s.dateCompleted = isoDate(modifiedMs);
  if (direction === 'Outgoing') s.destination = g.chance(0.8) ? callerNumber : `${g.int(100, 499)}`;
  if (direction === 'Incoming') {
    s.toAddress = useSip ? sipAddress(g, 'frontdesk') : ourNumber;
    s.fromAddress = useSip ? sipAddress(g, `${g.int(100, 499)}`) : callerNumber;
    s.fromName = caller;
  } else {
    s.toAddress = callerNumber;
    s.fromAddress = ourNumber;
    if (g.chance(0.5)) s.fromName = agentName;
  }
  const answered = callState === 'Connected' || callState === 'Hold' || (ended && !s.wasMissed);
  if (answered) s.answeredByName = agentName;
  if (answered || g.chance(0.2)) s.queueMemberId = `qm_${g.int(70_000, 70_999)}`;
  if (ended) s.outcome = freeText(g, s.wasMissed ? g.pick(['Abandoned', 'No Answer', 'Voicemail'] as const) : g.pick(OUTCOMES));
  else if (g.chance(0.1)) s.outcome = g.pick(OUTCOMES);
  s.callSid = sid;
  if (g.chance(0.12)) s.consoleData = g.chance(0.5) ? `{"ticket":"${g.digits(5)}","vip":${g.chance(0.5) ? 'true' : 'false'}}` : freeText(g, `Ticket ${g.digits(5)}`);
  if (onHold) {
    s.holdQueueName = freeText(g, g.pick(QUEUES));
    s.heldByUserId = userId(g);
  }
  if (g.chance(0.25)) s.conferenceSid = `CF${g.hex(32)}`;
  s.displayName = direction === 'Incoming' ? (s.fromName ?? callerNumber) : callerNumber;
  const log = makeLog(g, createdMs, nowMs);
  if (log.length > 0 || g.chance(0.5)) s.log = log;
  const memberCount = g.int(0, 4);
  const members: SessionMemberInfo[] = [];
  for (let i = 0; i < memberCount; i++) members.push(makeMember(g, i, createdMs));
  if (members.length > 0 || g.chance(0.5)) s.members = members;
  if (channel === 'Voice' && useSip) s.callbackNumber = callerNumber;
  if (answered) s.answeredById = userId(g);
  if (channel === 'Chat') s.fromPhoneNumber = callerNumber;
  if (members.length > 1) {
    const last = members[members.length - 1];
    s.mostRecentParticipantCallSid = last?.callSid ?? callSid(g);
  }
  if (s.queueState !== 'None' || g.chance(0.1)) s.ringQueueId = `rq_${g.int(500, 599)}`;
  // EntityInfo
  s.id = `ses_${idNumber}`;
  s.dateCreated = isoDate(createdMs);
  s.dateLastModified = isoDate(modifiedMs);
  if (g.chance(0.6)) s.createdBy = userId(g);
  if (g.chance(0.5)) s.lastModifiedBy = userId(g);
  return s;
}
