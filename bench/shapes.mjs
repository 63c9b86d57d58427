/**
 * The data sets the benchmarks run on: four differently shaped `GetActiveSessionsResponse` generators, so that no
 * speed is fitted to one generator. Every generator is a pure function of `(count, seed)`.
 *
 * - `generated`: the project's own `generateActiveSessions` (the demo's and the tests' data: sparse-ish, ~14% of strings
 *   quoted, short values).
 * - `quoted`: every member present, 16-digit hex ids, dates as ISO strings with 7 fraction digits, `sip:` and `https:`
 *   addresses, JSON console data: about 20 quoted values per session.
 * - `text`: long free text (log messages and console data of 200–1,500 characters, sentences with commas and quotes)
 *   in many scripts (Latin with diacritics, Cyrillic, Greek, CJK, emoji), so the JSV text is mostly two-byte.
 * - `sparse`: most members absent: an id, a call state and two or three other members per session, no nested lists.
 */

/** mulberry32 (the same PRNG as the generator's): numbers in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gen(seed) {
  const next = prng(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
    return s;
  };
  return { next, int, pick, chance, hex };
}

const CALL_STATES = ['Disconnected', 'Ringing', 'Connected', 'Hold', 'Passive'];
const DIAL_STATES = ['None', 'Active'];
const QUEUE_STATES = ['None', 'Queued', 'Ringing', 'Connected', 'Hold', 'Disconnected'];
const CHANNELS = ['Voice', 'Chat', 'Fax'];
const DIRECTIONS = ['Incoming', 'Outgoing'];
const HOLD_REASONS = ['None', 'Transferring'];
const MEMBER_CALL_STATES = ['None', 'Ringing', 'Connected', 'Hold'];
const ROLES = ['None', 'Caller', 'Agent', 'Transfer'];
const NAMES = ['Pat Smith', 'José García', 'Zoë Müller', 'Chen Wei', 'Aiko Yamamoto', 'Siobhán Ó Súilleabháin', 'Omar Haddad', 'Ingrid Johansson'];
const T0 = Date.UTC(2025, 5, 2, 12, 0, 0);

/** `2025-06-02T14:29:13.1234567Z`: a date as the service's string members carry it (always quoted in JSV: colons). */
function dateText(g) {
  const ms = T0 + g.int(0, 7_200_000);
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(g.int(0, 9_999_999)).padStart(7, '0')}Z`;
}

// ---------------------------------------------------------------------------------------------------------------------
// quoted: every member present

function fullMember(g) {
  const id = g.hex(16);
  return {
    identity: `client:${g.hex(16)}`,
    endpointId: g.hex(16),
    displayName: g.pick(NAMES),
    isOriginalMember: g.chance(0.5),
    avatarUrl: `https://cdn.example.com/avatars/${id}.png`,
    applicationData: { language: g.pick(['en-US', 'es-MX', 'de-DE']), joinedAt: dateText(g), crmUrl: `https://crm.example.com/c/${g.hex(8)}` },
    callState: g.pick(MEMBER_CALL_STATES),
    role: g.pick(ROLES),
    callSid: `CA${g.hex(32)}`,
    muted: g.chance(0.1),
  };
}

function fullSession(g) {
  const members = [];
  for (let i = g.int(1, 2); i > 0; i--) members.push(fullMember(g));
  const log = [];
  for (let i = g.int(3, 5); i > 0; i--) log.push({ date: dateText(g), message: g.pick(['Session created', 'Ringing agents', 'Agent answered', 'Call ended']) });
  return {
    dialState: g.pick(DIAL_STATES),
    callState: g.pick(CALL_STATES),
    queueState: g.pick(QUEUE_STATES),
    accountId: g.hex(16),
    accountName: g.pick(['Acme Dental Group', 'Northwind Logistics', 'Núñez & Hijos']),
    customerId: g.hex(16),
    customerBreadcrumb: [{ id: g.hex(16), name: 'Acme' }, { id: g.hex(16), name: 'Acme West' }],
    customerName: 'Acme West',
    endpointId: g.hex(16),
    endpointName: g.pick(['Front Desk', 'Main Line']),
    dateCompleted: dateText(g),
    destination: `+1541555${String(g.int(0, 9999)).padStart(4, '0')}`,
    toAddress: `sip:${g.hex(8)}@pbx.example.com`,
    fromAddress: `sip:${g.hex(8)}@trunk.example.io`,
    fromName: g.pick(NAMES),
    answeredByName: g.pick(NAMES),
    queueMemberId: g.hex(16),
    channel: g.pick(CHANNELS),
    ended: g.chance(0.2),
    outcome: g.pick(['Answered', 'Voicemail', 'Transferred']),
    callSid: `CA${g.hex(32)}`,
    consoleData: `{"flow":"${g.hex(16)}","step":${g.int(1, 40)}}`,
    holdQueueName: 'Support Tier 1',
    heldByUserId: g.hex(16),
    holdReason: g.pick(HOLD_REASONS),
    conferenceSid: `CF${g.hex(32)}`,
    displayName: g.pick(NAMES),
    log,
    members,
    callbackNumber: `+1415555${String(g.int(0, 9999)).padStart(4, '0')}`,
    answeredById: g.hex(16),
    direction: g.pick(DIRECTIONS),
    fromPhoneNumber: `+1503555${String(g.int(0, 9999)).padStart(4, '0')}`,
    mostRecentParticipantCallSid: `CA${g.hex(32)}`,
    wasMissed: g.chance(0.1),
    ringQueueId: g.hex(16),
    id: g.hex(16),
    dateCreated: dateText(g),
    dateLastModified: dateText(g),
    createdBy: g.hex(16),
    lastModifiedBy: g.hex(16),
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// text: long free text, mostly non-ASCII

const WORDS = [
  'the', 'caller', 'asked', 'about', 'billing', 'invoice', 'number', 'appointment', 'Tuesday', 'refund',
  'café', 'señora', 'Müller', 'déjà', 'naïve', 'façade', 'Ångström', 'Łódź',
  'звонок', 'клиент', 'оплата', 'вопрос', 'Δημήτρης', 'λογαριασμός', 'ραντεβού',
  '電話', '予約', '請求書', '確認', '客户', '退款', '问题', '고객', '예약', '🎧', '📞', '𠮷野家',
];

function sentence(g, words) {
  let s = '';
  for (let i = 0; i < words; i++) {
    s += (i === 0 ? '' : g.chance(0.12) ? ', ' : ' ') + g.pick(WORDS);
    if (g.chance(0.02)) s += ` "${g.pick(WORDS)}"`;
  }
  return `${s}.`;
}

function longText(g, minChars, maxChars) {
  const target = g.int(minChars, maxChars);
  let s = '';
  while (s.length < target) s += (s ? ' ' : '') + sentence(g, g.int(6, 16));
  return s;
}

function textSession(g, i) {
  const log = [];
  for (let k = g.int(2, 4); k > 0; k--) log.push({ date: `2025-06-02T14:${String(g.int(10, 59))}:00Z`, message: longText(g, 200, 1500) });
  return {
    dialState: g.pick(DIAL_STATES),
    callState: g.pick(CALL_STATES),
    queueState: g.pick(QUEUE_STATES),
    accountId: `acc_${20000 + (i % 50)}`,
    accountName: sentence(g, 3),
    customerName: sentence(g, 2),
    fromName: g.pick(NAMES),
    channel: g.pick(CHANNELS),
    ended: false,
    outcome: sentence(g, 5),
    consoleData: longText(g, 200, 1200),
    holdReason: 'None',
    displayName: sentence(g, 3),
    log,
    members: [{ identity: `usr_${10000 + i}`, displayName: g.pick(NAMES), isOriginalMember: true, callState: 'Connected', role: 'Caller', muted: false, applicationData: { note: longText(g, 100, 400) } }],
    direction: g.pick(DIRECTIONS),
    wasMissed: false,
    id: `ses_${50000 + i}`,
    dateCreated: '2025-06-02T14:00:00Z',
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// sparse: most members absent

const OPTIONAL_SPARSE = [
  (g, s) => { s.accountId = `acc_${g.int(20000, 20099)}`; },
  (g, s) => { s.endpointName = g.pick(['Front Desk', 'Main Line']); },
  (g, s) => { s.fromPhoneNumber = `+1541555${String(g.int(0, 9999)).padStart(4, '0')}`; },
  (g, s) => { s.ended = true; },
  (g, s) => { s.channel = g.pick(CHANNELS); },
  (g, s) => { s.displayName = g.pick(NAMES); },
  (g, s) => { s.dateCreated = '2025-06-02T14:00:00Z'; },
];

function sparseSession(g, i) {
  const s = { id: `ses_${50000 + i}`, callState: g.pick(CALL_STATES) };
  for (let k = g.int(2, 3); k > 0; k--) g.pick(OPTIONAL_SPARSE)(g, s);
  return s;
}

// ---------------------------------------------------------------------------------------------------------------------

/**
 * The shapes: `{ name, describe, make(count, seed), heapSessions? }` (`heapSessions`: fewer sessions for the retained-heap
 * measurement where 100,000 would pass V8's longest string, about 512 M characters). `E` is the loaded `jsv-codec/evovoice` module (for the project's
 * own generator).
 */
export function shapes(E) {
  const list = (make) => (count, seed) => {
    const g = gen(seed);
    const sessions = [];
    for (let i = 0; i < count; i++) sessions.push(make(g, i));
    return { sessions };
  };
  return [
    { name: 'generated', describe: "the project's generateActiveSessions", make: (count, seed) => E.generateActiveSessions(count, { seed }) },
    { name: 'quoted', describe: 'every member present, 16-digit hex ids, dates as strings, ~20 quoted values a session', make: list(fullSession) },
    { name: 'text', describe: 'long free text (200-1,500 chars) in many scripts, mostly non-ASCII', make: list(textSession), heapSessions: 10_000 },
    { name: 'sparse', describe: 'most members absent (id, call state and 2-3 others)', make: list(sparseSession) },
  ];
}
