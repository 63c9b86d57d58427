/**
 * The `jsv` command line, run as the user runs it: the built dist/cli.js in a child process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse, SessionInfo } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { formatSessionsTable } from '../../src/evovoice/sessions-table.js';
import { encode } from '../../src/schema/encode.js';
import { format } from '../../src/text/format.js';
import { ROOT, ensureBuilt } from '../support/ensure-built.js';
import {
  TEST_TOKEN, requireBearer, sendJsv, sleep, startTestServer, toServiceStackJson, type TestServer,
} from '../support/evovoice-server.js';
import { hasStackTrace, runCli, type CliResult } from './run-cli.js';

const RESPONSE = generateActiveSessions(5, { seed: 1 });
const JSV = encode(GetActiveSessionsResponse, RESPONSE);
const JSV_PASCAL = encode(GetActiveSessionsResponse, RESPONSE, { keyCase: 'pascal' });
/** What `to-json --schema` should print, as a value: the response through JSON (absent members dropped). */
const RESPONSE_JSON: unknown = JSON.parse(JSON.stringify(RESPONSE));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['to-json', 'from-json', 'format', 'check', 'sessions'] as const;
const DTO_NAMES = ['GetActiveSessionsResponse', 'SessionInfo', 'SessionMemberInfo', 'SessionLogInfo', 'CustomerBreadcrumb', 'EntityInfo', 'GetActiveSessions'];

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jsv-cli-'));
  writeFileSync(file('sessions.jsv'), `${JSV}\n`);
  writeFileSync(file('sessions-pascal.jsv'), JSV_PASCAL);
  writeFileSync(file('sessions.json'), JSON.stringify(RESPONSE, null, 2));
  writeFileSync(file('sessions-pascal.json'), toServiceStackJson(GetActiveSessionsResponse, RESPONSE, 'pascal'));
  // The second session's call state replaced by a value the enum does not have, on line 3 of a three-line file.
  const second = JSV.indexOf('callState:', JSV.indexOf('{dialState:', 20));
  writeFileSync(file('bad-enum.jsv'), `${JSV.slice(0, second)}callState:Bogus${JSV.slice(JSV.indexOf(',', second))}`);
  writeFileSync(file('three-lines.jsv'), '{a:1,\nb:[x,y],\nc:{d:"unterminated}');
  writeFileSync(file('not-utf8.jsv'), Buffer.from([0x7b, 0x61, 0x3a, 0xff, 0x7d]));
  writeFileSync(file('bom-crlf.jsv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{a:1}\r\n')]));
  await ensureBuilt();
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Asserts the result is a bad-input report: exit 1, nothing on stdout, no stack trace; returns stderr's lines. */
function expectInputError(r: CliResult): string[] {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(hasStackTrace(r.stderr)).toBe(false);
  return r.stderr.trimEnd().split('\n');
}

/** Asserts the result is a usage error: exit 2, nothing on stdout, a hint to --help. */
function expectUsageError(r: CliResult, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/Try 'jsv( [a-z-]+)? --help'\./);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('jsv (top level)', () => {
  it('--help lists every command and every EvoVoice DTO usable with --schema, on stdout, exit 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    for (const d of DTO_NAMES) expect(r.stdout).toContain(d);
    expect(r.stdout).toContain('evovoice:<Name>');
    expect(r.stdout).toContain('SessionCallState');
  });

  it('-h and `jsv help` print the same help as --help', async () => {
    const [a, b, c] = await Promise.all([runCli(['--help']), runCli(['-h']), runCli(['help'])]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('no arguments prints the help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: jsv <command>');
  });

  it('--version and -v print the version from package.json', async () => {
    const [a, b] = await Promise.all([runCli(['--version']), runCli(['-v'])]);
    expect(a).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(b).toEqual(a);
  });

  it('the CommonJS build (dist/cli.cjs) finds the version too', async () => {
    const r = await runCli(['--version'], { script: join(ROOT, 'dist', 'cli.cjs') });
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    expectUsageError(await runCli(['frobnicate']), /^jsv: unknown command 'frobnicate'/);
  });

  it('an unknown top-level option is a usage error (exit 2)', async () => {
    expectUsageError(await runCli(['--frobnicate']), /^jsv: unknown option --frobnicate/);
  });
});

describe.each(COMMANDS)('jsv %s: usage', (command) => {
  it('--help prints the usage line and every option, exit 0', async () => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Usage: jsv ${command}`);
    expect(r.stdout).toContain('-h, --help');
  });

  it('`jsv help <command>` is the same as `jsv <command> --help`', async () => {
    const [a, b] = await Promise.all([runCli(['help', command]), runCli([command, '--help'])]);
    expect(a).toEqual(b);
  });

  it('an unknown option is a usage error naming it, exit 2', async () => {
    expectUsageError(await runCli([command, '--bogus'], { input: '{}' }), new RegExp(`^jsv ${command}: unknown option --bogus`));
  });
});

describe('argument rules', () => {
  it('a near miss of an option name suggests the right one', async () => {
    expectUsageError(await runCli(['to-json', '--sch', 'x']), /unknown option --sch \(did you mean --schema\?\)/);
  });

  it('a value option at the end without its value is a usage error', async () => {
    expectUsageError(await runCli(['check', '--schema']), /option --schema needs a value/);
  });

  it('an option given twice is a usage error', async () => {
    expectUsageError(await runCli(['to-json', '--compact', '--compact'], { input: '{}' }), /--compact given more than once/);
  });

  it('a flag given a value is a usage error', async () => {
    expectUsageError(await runCli(['to-json', '--compact=yes'], { input: '{}' }), /--compact takes no value/);
  });

  it('more than one input file is a usage error', async () => {
    expectUsageError(await runCli(['check', file('sessions.jsv'), file('sessions.jsv')]), /unexpected argument/);
  });

  it('an unknown schema is a usage error listing the EvoVoice DTOs', async () => {
    const r = await runCli(['check', '--schema', 'evovoice:Nope'], { input: '{}' });
    expectUsageError(r, /unknown schema 'evovoice:Nope'; known: .*evovoice:GetActiveSessionsResponse/);
  });

  it('an unknown schema namespace is a usage error', async () => {
    expectUsageError(await runCli(['check', '--schema', 'acme:Thing'], { input: '{}' }), /unknown schema namespace 'acme'/);
  });

  it('--name=value works like --name value', async () => {
    const r = await runCli(['check', '--schema=evovoice:GetActiveSessionsResponse', file('sessions.jsv')]);
    expect(r).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('arguments after -- are inputs even when they start with -', async () => {
    const r = await runCli(['check', '--', '--not-an-option']);
    expect(expectInputError(r)[0]).toBe('jsv: cannot read --not-an-option: no such file');
  });
});

describe('jsv to-json', () => {
  it('without a schema prints the untyped tree from stdin, indented by two spaces', async () => {
    const r = await runCli(['to-json'], { input: '{A:1,B:[x,"y,z"],C:}' });
    expect(r).toEqual({ code: 0, stdout: '{\n  "A": "1",\n  "B": [\n    "x",\n    "y,z"\n  ],\n  "C": null\n}\n', stderr: '' });
  });

  it('--compact prints one line', async () => {
    const r = await runCli(['to-json', '--compact', '-'], { input: '{A:1,B:[x,"y,z"],C:}' });
    expect(r.stdout).toBe('{"A":"1","B":["x","y,z"],"C":null}\n');
  });

  it('with --schema evovoice:GetActiveSessionsResponse prints the typed value from a file, camelCase names', async () => {
    const r = await runCli(['to-json', '--schema', 'evovoice:GetActiveSessionsResponse', file('sessions.jsv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(RESPONSE_JSON);
    expect(r.stdout).toContain('"callState": "');
    expect(r.stdout).toContain('"isOriginalMember": ');
    expect(r.stdout).not.toMatch(/"[A-Z]\w*":/);
  });

  it('PascalCase JSV gives the same camelCase JSON', async () => {
    const [camel, pascal] = await Promise.all([
      runCli(['to-json', '--schema', 'GetActiveSessionsResponse', file('sessions.jsv')]),
      runCli(['to-json', '--schema', 'GetActiveSessionsResponse', file('sessions-pascal.jsv')]),
    ]);
    expect(pascal).toEqual(camel);
  });

  it('--schema takes the bare DTO name, in any case', async () => {
    const [a, b] = await Promise.all([
      runCli(['to-json', '--compact', '--schema', 'evovoice:GetActiveSessionsResponse'], { input: JSV }),
      runCli(['to-json', '--compact', '--schema', 'getactivesessionsresponse'], { input: JSV }),
    ]);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
  });

  it('--schema Name[] reads a list of that DTO', async () => {
    const list = encode(GetActiveSessionsResponse.members[0]!.schema, RESPONSE.sessions);
    const r = await runCli(['to-json', '--schema', 'evovoice:SessionInfo[]'], { input: list });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual((RESPONSE_JSON as { sessions: unknown }).sessions);
  });

  it('--lenient reads pretty-printed JSV (format output) to the same value', async () => {
    const pretty = format(JSV);
    const [strict, lenient] = await Promise.all([
      runCli(['to-json', '--schema', 'GetActiveSessionsResponse'], { input: JSV }),
      runCli(['to-json', '--lenient', '--schema', 'GetActiveSessionsResponse'], { input: pretty }),
    ]);
    expect(lenient).toEqual(strict);
  });

  it('without --lenient, layout whitespace is an error that suggests --lenient', async () => {
    const lines = expectInputError(await runCli(['to-json'], { input: '{a:[1] }' }));
    expect(lines[0]).toMatch(/^<stdin>:1:7: .*use --lenient/);
  });

  it('a decoded value with a SessionInfo schema keeps the member order the schema declares', async () => {
    const one = encode(SessionInfo, RESPONSE.sessions[0]!);
    const r = await runCli(['to-json', '--compact', '--schema', 'SessionInfo'], { input: one });
    const keys = Object.keys(JSON.parse(r.stdout) as object);
    const declared = SessionInfo.members.map((m) => m.name);
    expect(keys).toEqual(declared.filter((k) => keys.includes(k)));
  });
});

describe('jsv from-json', () => {
  it('without a schema writes JSV as ServiceStack would: no spaces, True/False, null members left out, big integers exact', async () => {
    const r = await runCli(['from-json'], { input: '{"a": 12345678901234567890, "b": 1.5, "c": [true, null, "x,y"], "d": null, "e": {"f": false}}' });
    expect(r).toEqual({ code: 0, stdout: '{a:12345678901234567890,b:1.5,c:[True,,"x,y"],e:{f:False}}\n', stderr: '' });
  });

  it('with a schema writes exactly what encode writes (camelCase JSON from a file)', async () => {
    const r = await runCli(['from-json', '--schema', 'evovoice:GetActiveSessionsResponse', file('sessions.json')]);
    expect(r).toEqual({ code: 0, stdout: `${JSV}\n`, stderr: '' });
  });

  it('PascalCase JSON with null members (ServiceStack JSON) gives the same bytes', async () => {
    const r = await runCli(['from-json', '--schema', 'GetActiveSessionsResponse', file('sessions-pascal.json')]);
    expect(r).toEqual({ code: 0, stdout: `${JSV}\n`, stderr: '' });
  });

  it('--key-case pascal writes PascalCase member names; camel writes camelCase', async () => {
    const [pascal, camel] = await Promise.all([
      runCli(['from-json', '--schema', 'GetActiveSessionsResponse', '--key-case', 'pascal'], { input: JSON.stringify(RESPONSE) }),
      runCli(['from-json', '--schema', 'GetActiveSessionsResponse', '--key-case', 'camel'], { input: JSON.stringify(RESPONSE) }),
    ]);
    expect(pascal.stdout).toBe(`${JSV_PASCAL}\n`);
    expect(camel.stdout).toBe(`${JSV}\n`);
  });

  it('to-json then from-json with the same schema gives the original bytes back', async () => {
    const json = await runCli(['to-json', '--schema', 'GetActiveSessionsResponse', file('sessions.jsv')]);
    const back = await runCli(['from-json', '--schema', 'GetActiveSessionsResponse'], { input: json.stdout });
    expect(back.stdout).toBe(`${JSV}\n`);
  });

  it('--key-case other than camel or pascal is a usage error', async () => {
    expectUsageError(await runCli(['from-json', '--schema', 'SessionInfo', '--key-case', 'snake'], { input: '{}' }), /--key-case must be camel or pascal/);
  });

  it('--key-case without --schema is a usage error', async () => {
    expectUsageError(await runCli(['from-json', '--key-case', 'pascal'], { input: '{}' }), /--key-case needs --schema/);
  });

  it('malformed JSON is reported at its line and column with a frame', async () => {
    const lines = expectInputError(await runCli(['from-json'], { input: '{\n  "a": [1, 2,, 3]\n}' }));
    expect(lines[0]).toMatch(/^<stdin>:2:14: Invalid JSON: unexpected "," where a value was expected \[UNEXPECTED_CHARACTER\]$/);
    expect(lines[1]).toBe('  2 |   "a": [1, 2,, 3]');
    expect(lines[2]).toBe(`${' '.repeat(2 + 4 + 13)}^`);
  });

  it('a JSON value that does not fit the schema is reported where it is in the JSON, with the decode path', async () => {
    const json = JSON.stringify({ sessions: [{}, { id: 'x', CallState: 'Nope' }] });
    const lines = expectInputError(await runCli(['from-json', '--schema', 'GetActiveSessionsResponse'], { input: json }));
    const column = json.indexOf('"Nope"') + 1;
    expect(lines[0]).toMatch(new RegExp(`^<stdin>:1:${column}: expected one of Disconnected, .*\\[INVALID_ENUM\\]$`));
    expect(lines.at(-1)).toBe('  at $.sessions[1].callState');
  });

  it('BUG (src/schema/from-json.ts): a JSON string that does not fit is shown once quoted, not as "\\"Nope\\""', async () => {
    // fromJsonValue passes JSON.stringify(value) as `received`, and JsvDecodeError quotes `received` again.
    const r = await runCli(['from-json', '--schema', 'GetActiveSessionsResponse'], { input: '{"sessions":[{"callState":"Nope"}]}' });
    expect(r.stderr).toContain('received "Nope"');
  });

  it('JSON nested deeper than 512 levels is a MAX_DEPTH error, not a crash', async () => {
    const lines = expectInputError(await runCli(['from-json'], { input: '['.repeat(200_000) }));
    expect(lines[0]).toMatch(/^<stdin>:1:513: .*\[MAX_DEPTH\]$/);
  });
});

describe('jsv format', () => {
  const TEXT = '{a:1,b:[x,{c:" y"}],e:}';

  it('lays JSV out with a tab per level by default', async () => {
    const r = await runCli(['format'], { input: TEXT });
    expect(r).toEqual({ code: 0, stdout: '{\n\ta: 1,\n\tb: [\n\t\tx,\n\t\t{\n\t\t\tc: " y"\n\t\t}\n\t],\n\te:\n}\n', stderr: '' });
  });

  it('--indent N indents by N spaces, --indent tab by a tab, other whitespace as given', async () => {
    const [two, tab, four] = await Promise.all([
      runCli(['format', '--indent', '2'], { input: TEXT }),
      runCli(['format', '--indent', 'tab'], { input: TEXT }),
      runCli(['format', '--indent=    '], { input: TEXT }),
    ]);
    expect(two.stdout).toBe(`${format(TEXT, { indent: '  ' })}\n`);
    expect(tab.stdout).toBe(`${format(TEXT)}\n`);
    expect(four.stdout).toBe(`${format(TEXT, { indent: '    ' })}\n`);
  });

  it('--indent that is not a number or whitespace is a usage error', async () => {
    expectUsageError(await runCli(['format', '--indent', 'xx'], { input: TEXT }), /--indent must be/);
  });

  it('--lenient reformats already formatted text to the same layout', async () => {
    const once = await runCli(['format', file('sessions.jsv')]);
    const twice = await runCli(['format', '--lenient'], { input: once.stdout });
    expect(once.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('malformed text is reported with file:line:column and exit 1', async () => {
    const lines = expectInputError(await runCli(['format', file('three-lines.jsv')]));
    expect(lines[0]).toMatch(new RegExp(`^${escape(file('three-lines.jsv'))}:3:6: .*\\[UNTERMINATED_STRING\\]$`));
    expect(lines[1]).toBe('  3 | c:{d:"unterminated}');
  });
});

describe('jsv check', () => {
  it('valid JSV prints ok on stdout and exits 0', async () => {
    expect(await runCli(['check', file('sessions.jsv')])).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('checks stdin with - and with no file', async () => {
    const [dash, none] = await Promise.all([runCli(['check', '-'], { input: JSV }), runCli(['check'], { input: JSV })]);
    expect(dash).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
    expect(none).toEqual(dash);
  });

  it('with --schema, valid JSV whose value does not fit reports file:line:column, the frame and the path, exit 1', async () => {
    const r = await runCli(['check', '--schema', 'evovoice:GetActiveSessionsResponse', file('bad-enum.jsv')]);
    const lines = expectInputError(r);
    const text = readFileSync(file('bad-enum.jsv'), 'utf8');
    const column = text.indexOf('callState:Bogus') + 'callState:'.length + 1;
    expect(lines[0]).toBe(
      `${file('bad-enum.jsv')}:1:${column}: expected one of Disconnected, Ringing, Connected, Hold, Passive (or 0-4), received "Bogus" [INVALID_ENUM]`,
    );
    expect(lines[1]).toMatch(/^ {2}1 \| .*callState:Bogus/);
    expect(lines[2]).toMatch(/^ +\^$/);
    expect(lines[1]!.indexOf('Bogus')).toBe(lines[2]!.indexOf('^'));
    expect(lines[3]).toBe('  at $.sessions[1].callState');
    expect(lines).toHaveLength(4);
  });

  it('the same text without a schema is well-formed JSV: ok', async () => {
    expect((await runCli(['check', file('bad-enum.jsv')])).stdout).toBe('ok\n');
  });

  it('stdin errors are named <stdin>', async () => {
    const lines = expectInputError(await runCli(['check', '--schema', 'GetActiveSessionsResponse'], { input: readFileSync(file('bad-enum.jsv')) }));
    expect(lines[0]).toMatch(/^<stdin>:1:\d+: expected one of/);
  });

  it('a syntax error on line 3 is reported as :3:column', async () => {
    const lines = expectInputError(await runCli(['check'], { input: readFileSync(file('three-lines.jsv')) }));
    expect(lines[0]).toMatch(/^<stdin>:3:6: Unterminated quoted string \[UNTERMINATED_STRING\]$/);
  });

  it('--lenient accepts whitespace around punctuation that strict reading rejects', async () => {
    const [strict, lenient] = await Promise.all([
      runCli(['check', '--schema', 'SessionLogInfo'], { input: '{date:"x" ,message:y}' }),
      runCli(['check', '--schema', 'SessionLogInfo', '--lenient'], { input: '{date:"x" ,message:y}' }),
    ]);
    expect(strict.code).toBe(1);
    expect(lenient).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('a byte-order mark and a final CRLF are ignored', async () => {
    expect(await runCli(['check', file('bom-crlf.jsv')])).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('input that is not UTF-8 is an error naming the byte, exit 1', async () => {
    const lines = expectInputError(await runCli(['check', file('not-utf8.jsv')]));
    expect(lines).toEqual([`${file('not-utf8.jsv')}: not UTF-8 text (at byte 3)`]);
  });

  it('a missing file or a directory is a one-line error, exit 1', async () => {
    const [missing, directory] = await Promise.all([runCli(['check', file('nope.jsv')]), runCli(['check', dir])]);
    expect(expectInputError(missing)).toEqual([`jsv: cannot read ${file('nope.jsv')}: no such file`]);
    expect(expectInputError(directory)).toEqual([`jsv: cannot read ${dir}: it is a directory`]);
  });

  it('1,000,000 nested [ is a MAX_DEPTH error, not a crash', async () => {
    const lines = expectInputError(await runCli(['check'], { input: '['.repeat(1_000_000) }));
    expect(lines[0]).toMatch(/^<stdin>:1:\d+: .*\[MAX_DEPTH\]$/);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('jsv sessions', () => {
  let server: TestServer;
  let closedPortUrl: string;

  beforeAll(async () => {
    server = await startTestServer({
      ok: requireBearer((_req, res) => sendJsv(res, 200, JSV)),
      slow: async (_req, res) => {
        await sleep(3000);
        sendJsv(res, 200, JSV);
      },
      malformed: (_req, res) => sendJsv(res, 200, '{sessions:[{callState:Bogus}]}'),
      truncated: (_req, res) => sendJsv(res, 200, JSV.slice(0, 200)),
    });
    const other = await startTestServer({});
    closedPortUrl = other.url('gone');
    await other.close();
  });

  afterAll(() => server?.close());

  /** The table the CLI should print, for ages measured at some moment during the run. */
  function expectTable(stdout: string, before: number, after: number, width = 120): void {
    const at = (t: number): string => `${formatSessionsTable(RESPONSE.sessions, { now: new Date(t), width })}\n`;
    expect([at(before), at(after)]).toContain(stdout);
  }

  it('prints the active sessions as a table, sending the bearer token and Accept: text/jsv to /sessions/active', async () => {
    const before = Date.now();
    const r = await runCli(['sessions', '--base-url', server.url('ok'), '--token', TEST_TOKEN]);
    const after = Date.now();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectTable(r.stdout, before, after);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DIR +CALL STATE +FROM +TO +QUEUE +MEMBERS +AGE$/);
    expect(lines).toHaveLength(2 + 5 + 1);
    expect(lines.at(-1)).toBe('5 active sessions');
    const req = server.requests.filter((q) => q.scenario === 'ok').at(-1);
    expect(req?.path).toBe('/sessions/active');
    expect(req?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(req?.headers.accept).toBe('text/jsv');
  });

  it('takes the token from EVOVOICE_TOKEN and the base URL from EVOVOICE_BASE_URL', async () => {
    const before = Date.now();
    const r = await runCli(['sessions'], { env: { EVOVOICE_TOKEN: TEST_TOKEN, EVOVOICE_BASE_URL: server.url('ok') } });
    expect(r.code, r.stderr).toBe(0);
    expectTable(r.stdout, before, Date.now());
  });

  it('--width limits the line length', async () => {
    const before = Date.now();
    const r = await runCli(['sessions', '--base-url', server.url('ok'), '--token', TEST_TOKEN, '--width', '80']);
    expect(r.code, r.stderr).toBe(0);
    expectTable(r.stdout, before, Date.now(), 80);
  });

  it('without the token: the 401 and the service message in one line, exit 1', async () => {
    const r = await runCli(['sessions', '--base-url', server.url('ok')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('jsv sessions: 401 Unauthorized: Invalid BearerToken (TokenException) (no token given: use --token or EVOVOICE_TOKEN)\n');
  });

  it('a wrong token: the 401 without the hint', async () => {
    const r = await runCli(['sessions', '--base-url', server.url('ok'), '--token', 'wrong']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('jsv sessions: 401 Unauthorized: Invalid BearerToken (TokenException)\n');
  });

  it('--timeout: a slow server gives a one-line timeout message, exit 1', async () => {
    const r = await runCli(['sessions', '--base-url', server.url('slow'), '--timeout', '300']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jsv sessions: Request to http:\/\/127\.0\.0\.1:\d+\/slow\/sessions\/active timed out after 300 ms\n$/);
  });

  it('a refused connection is a one-line network error, exit 1', async () => {
    const r = await runCli(['sessions', '--base-url', closedPortUrl]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jsv sessions: Request to .* failed: .*ECONNREFUSED.*\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a response that is not a GetActiveSessionsResponse is reported with its position and path, exit 1', async () => {
    const r = await runCli(['sessions', '--base-url', server.url('malformed')]);
    const lines = expectInputError(r);
    expect(lines[0]).toMatch(/^jsv sessions: the response is not valid: http:.*\/malformed\/sessions\/active \(response body\):1:23: expected one of .*\[INVALID_ENUM\]$/);
    expect(lines.at(-1)).toBe('  at $.sessions[0].callState');
  });

  it('a truncated response is reported as bad input, exit 1', async () => {
    const r = await runCli(['sessions', '--base-url', server.url('truncated')]);
    expectInputError(r);
    expect(r.stderr).toMatch(/^jsv sessions: /);
  });

  it('missing --base-url, a bad URL, or a bad --timeout is a usage error', async () => {
    const [none, bad, timeout] = await Promise.all([
      runCli(['sessions']),
      runCli(['sessions', '--base-url', 'not a url']),
      runCli(['sessions', '--base-url', server.url('ok'), '--timeout', '-5']),
    ]);
    expectUsageError(none, /--base-url is required/);
    expectUsageError(bad, /--base-url "not a url" is not a valid URL/);
    expectUsageError(timeout, /--timeout must be a positive whole number/);
  });

  it('takes no file argument', async () => {
    expectUsageError(await runCli(['sessions', 'x.jsv', '--base-url', server.url('ok')]), /unexpected argument 'x.jsv'/);
  });
});
