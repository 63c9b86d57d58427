import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GetActiveSessions, GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { GetActiveSessionsOperation } from '../../src/evovoice/operations.js';

interface MetadataOperation {
  request: { name: string };
  response?: { name: string };
  method?: string;
  routes?: { path: string; verbs?: string }[];
  requiresAuth?: boolean;
}
const METADATA = JSON.parse(readFileSync(new URL('../fixtures/evovoice-metadata.json', import.meta.url), 'utf8')) as { operations: MetadataOperation[] };

describe('GetActiveSessionsOperation', () => {
  it('says what the service metadata says: name, verb, routes, authentication, response', () => {
    const meta = METADATA.operations.find((o) => o.request.name === 'GetActiveSessions');
    expect(meta).toBeDefined();
    const op = GetActiveSessionsOperation;
    expect(op.name).toBe(meta?.request.name);
    expect(op.method).toBe(meta?.method);
    expect(op.routes).toEqual((meta?.routes ?? []).map((r) => ({ path: r.path, verbs: r.verbs?.split(/[\s,]+/) })));
    expect(op.requiresAuth).toBe(meta?.requiresAuth);
    expect(op.returnsVoid).toBe(false);
    expect(op.request).toBe(GetActiveSessions);
    expect(op.response).toBe(GetActiveSessionsResponse);
    expect(GetActiveSessionsResponse.name).toBe(meta?.response?.name);
  });
});
