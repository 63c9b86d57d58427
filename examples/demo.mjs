#!/usr/bin/env node
/**
 * jsv-codec demo: starts an embedded EvoVoice-like server (examples/server.mjs), fetches the active sessions through
 * the typed client, prints them as a table, then shows that the same response decodes from camelCase and PascalCase
 * JSV (and JSON) to one value that re-encodes byte for byte. Runs on the build: `npm run demo` builds it when needed.
 */
import { decode, encode } from '../dist/index.js';
import {
  EvoVoiceError, GetActiveSessionsResponse, createEvoVoiceClient, formatSessionsTable,
} from '../dist/evovoice.js';
import { startEvoVoiceServer } from './server.mjs';

const OK = '\u2713';
const NO = '\u2717';
const n = (x) => x.toLocaleString('en-US');
const bytes = (text) => Buffer.byteLength(text, 'utf8');

const server = await startEvoVoiceServer({ count: 12, seed: 7 });
let failed = false;
try {
  console.log(`EvoVoice-like server on ${server.url}\n`);

  // 1. The typed client: GET /sessions/active with Accept: text/jsv and the bearer token.
  const client = createEvoVoiceClient({ baseUrl: server.url, bearerToken: server.token, timeoutMs: 5000 });
  const response = await client.getActiveSessions();
  console.log(formatSessionsTable(response.sessions ?? [], { now: server.now, width: process.stdout.columns || 120 }));
  console.log();

  // 2. The same response as camelCase and PascalCase JSV (and JSON): one value, re-encoded byte for byte.
  const raw = async (query) => {
    const res = await fetch(`${server.url}/sessions/active?${query}`, { headers: { authorization: `Bearer ${server.token}` } });
    return res.text();
  };
  const reference = encode(GetActiveSessionsResponse, response, { keyCase: 'camel' });
  for (const [label, keyCase] of [['camelCase JSV ', 'camel'], ['PascalCase JSV', 'pascal']]) {
    const text = await raw(`case=${keyCase}`);
    const value = decode(GetActiveSessionsResponse, text);
    const again = encode(GetActiveSessionsResponse, value, { keyCase });
    const same = again === text && encode(GetActiveSessionsResponse, value, { keyCase: 'camel' }) === reference;
    failed ||= !same;
    console.log(
      `${same ? OK : NO} ${label}: ${n(bytes(text))} bytes → ${n(value.sessions?.length ?? 0)} sessions → re-encoded ${n(bytes(again))} bytes, ${same ? 'identical' : 'DIFFERENT'}`,
    );
  }
  // A server may ignore Accept and send JSON: the client decodes that to the same value.
  const jsonText = await raw('format=json&case=pascal');
  const fromJson = await jsonClient(server).getActiveSessions();
  const jsonOk = encode(GetActiveSessionsResponse, fromJson, { keyCase: 'camel' }) === reference;
  failed ||= !jsonOk;
  console.log(`${jsonOk ? OK : NO} PascalCase JSON: ${n(bytes(jsonText))} bytes (nulls for absent members) → the same value`);

  // 3. Errors are typed: no token → 401 with ServiceStack's ResponseStatus.
  try {
    await createEvoVoiceClient({ baseUrl: server.url }).getActiveSessions();
    failed = true;
    console.log(`${NO} a request without a token succeeded`);
  } catch (e) {
    if (!(e instanceof EvoVoiceError)) throw e;
    console.log(`${OK} without a token: ${e.name} ${e.status} ${e.responseStatus.errorCode}: ${e.responseStatus.message}`);
  }
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await server.close();
}
process.exitCode = failed ? 1 : 0;

/** A client talking to a server that answers JSON whatever the Accept header says. */
function jsonClient(srv) {
  const jsonFetch = (input, init) => fetch(`${input}?format=json&case=pascal`, init);
  return createEvoVoiceClient({ baseUrl: srv.url, bearerToken: srv.token, fetch: jsonFetch });
}
