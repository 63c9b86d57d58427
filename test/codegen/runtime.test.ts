/**
 * `schemasFromMetadata`: the EvoVoice document built as live schemas decodes and encodes exactly as the EvoVoice DTO
 * module does, in both codec modes; operations carry what a client needs; bad documents fail with INVALID_METADATA.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemasFromMetadata, safeSchemasFromMetadata } from '../../src/codegen/index.js';
import { GetActiveSessionsResponse, SessionInfo } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { decode, encode, JsvError } from '../../src/index.js';
import type { AnySchema } from '../../src/schema/types.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const META: unknown = JSON.parse(readFileSync(new URL('../fixtures/evovoice-metadata.json', import.meta.url), 'utf8'));
const SAMPLE = readFileSync(new URL('../../examples/active-sessions.sample.jsv', import.meta.url), 'utf8');

function schema(types: Readonly<Record<string, unknown>>, name: string): AnySchema {
  const s = types[name];
  if (typeof s !== 'object' || s === null) throw new Error(`no schema ${name}`);
  return s as AnySchema;
}

describe('schemasFromMetadata on the EvoVoice document', () => {
  const { types, operations, warnings } = schemasFromMetadata(META);

  it('maps every type without warnings', () => {
    expect(warnings).toEqual([]);
    expect(Object.keys(types).sort()).toEqual([
      'CustomerBreadcrumb', 'EntityInfo', 'FlowChannels', 'GetActiveSessions', 'GetActiveSessionsResponse',
      'SessionCallState', 'SessionDialState', 'SessionDirections', 'SessionHoldReasons', 'SessionInfo',
      'SessionLogInfo', 'SessionMemberCallState', 'SessionMemberInfo', 'SessionMemberRoles', 'SessionQueueStates',
    ]);
  });

  for (const mode of MODES) {
    it(`decodes the sample and generated sessions as the hand-written DTOs do (jitless: ${mode.jitless})`, () => {
      const response = schema(types, 'GetActiveSessionsResponse');
      const lenient = { ...mode, lenient: true };
      expect(decode(response, SAMPLE, lenient)).toEqual(decode(GetActiveSessionsResponse, SAMPLE, lenient));
      const value = generateActiveSessions(20, { seed: 7 });
      const text = encode(GetActiveSessionsResponse, value);
      expect(encode(response, value)).toBe(text);
      expect(encode(response, value, { keyCase: 'pascal' })).toBe(encode(GetActiveSessionsResponse, value, { keyCase: 'pascal' }));
      expect(decode(response, text, mode)).toEqual(decode(GetActiveSessionsResponse, text, mode));
    });
  }

  it('lays SessionInfo out as ServiceStack does: its own members, then EntityInfo’s', () => {
    const live = schema(types, 'SessionInfo');
    expect(live.kind).toBe('object');
    if (live.kind !== 'object') return;
    expect(live.members.map((m) => m.name)).toEqual(SessionInfo.members.map((m) => m.name));
  });

  it('describes GetActiveSessions as an operation', () => {
    const op = operations['GetActiveSessions'];
    expect(op).toMatchObject({
      name: 'GetActiveSessions', method: 'GET', routes: [{ path: '/sessions/active', verbs: ['GET'] }],
      requiresAuth: true, returnsVoid: false,
    });
    expect(op?.request).toBe(types['GetActiveSessions']);
    expect(op?.response).toBe(types['GetActiveSessionsResponse']);
  });
});

describe('documents that are not metadata', () => {
  for (const [what, doc] of [
    ['an HTML page', '<!doctype html><html><body>Sign in</body></html>'],
    ['a JSON list', '[1,2,3]'],
    ['an object without types or operations', '{"responseStatus":{"errorCode":"Unauthorized"}}'],
    ['a type without a name', '{"types":[{"namespace":"A"}],"operations":[]}'],
    ['a property whose type is a number', '{"types":[{"name":"A","properties":[{"name":"X","type":3}]}]}'],
  ] as const) {
    it(`fails with INVALID_METADATA for ${what}`, () => {
      const r = safeSchemasFromMetadata(doc);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toBeInstanceOf(JsvError);
      expect(r.error.code).toBe('INVALID_METADATA');
      expect(r.error.message).toMatch(/^not a ServiceStack \/types\/metadata document/);
    });
  }

  it('names the member that does not fit', () => {
    expect(() => schemasFromMetadata({ types: [{ name: 'A', properties: [{ name: 'X' }] }] })).toThrow('$.types[0].properties[0].type is missing');
  });

  it('reads PascalCase member names (older hosts)', () => {
    const { types } = schemasFromMetadata({
      Types: [{ Name: 'Pet', Namespace: 'Zoo', Properties: [{ Name: 'Name', Type: 'String', Namespace: 'System' }] }],
      Operations: [],
    });
    expect(decode(schema(types, 'Pet'), '{Name:Rex}')).toEqual({ name: 'Rex' });
  });

  it('drops an [EnumMember(Value)] that repeats another member name in any case, with a warning, instead of failing', () => {
    const { types, warnings } = schemasFromMetadata({
      types: [{ name: 'S', namespace: 'Zoo', isEnum: true, enumNames: ['A', 'B', 'C'], enumValues: ['0', '1', '2'], enumMemberValues: ['b', 'B', 'c-c'] }],
      operations: [],
    });
    const S = schema(types, 'S');
    expect(encode(S, 'A' as never)).toBe('A');
    expect(encode(S, 'C' as never)).toBe('c-c');
    expect(decode(S, 'c-c')).toBe('C');
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('enum member A'));
  });
});
