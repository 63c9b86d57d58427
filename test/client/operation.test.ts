import { describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/operation.js';
import { resolveMethod, resolveRoute, routeAllows } from '../../src/client/route.js';
import { JsvError } from '../../src/errors.js';
import { int, object, optional, string } from '../../src/schema/builders.js';
import type { AnySchema } from '../../src/schema/types.js';
import { SHOP_METADATA, SHOP_SCHEMAS } from '../support/shop-dtos.js';

const Req = object({ Id: optional(string()), Name: optional(string()), Rest: optional(string()), N: int() }, { name: 'Req' });

describe('defineOperation', () => {
  it('fills the defaults: name from the schema, no routes, not authenticated, void without a response', () => {
    const op = defineOperation({ request: Req });
    expect(op).toEqual({ name: 'Req', request: Req, response: undefined, method: undefined, routes: [], requiresAuth: false, returnsVoid: true });
    expect(Object.isFrozen(op)).toBe(true);
    const withResponse = defineOperation({ request: Req, response: Req, method: 'get', routes: [{ path: '/r', verbs: ['GET'] }] });
    expect(withResponse).toMatchObject({ method: 'GET', returnsVoid: false, routes: [{ path: '/r', verbs: ['GET'] }] });
  });

  it('refuses what cannot be an operation', () => {
    expect(() => defineOperation({ request: object({}) })).toThrow(/give a name/);
    expect(() => defineOperation({ request: string() as never })).toThrow(JsvError);
    expect(() => defineOperation({ request: Req, routes: [{ path: 'no-slash' }] })).toThrow(/must start with '\/'/);
    expect(() => defineOperation({ request: Req, method: 'GET POST' })).toThrow(/not an HTTP verb/);
  });
});

describe('route selection', () => {
  const op = defineOperation({
    request: Req,
    routes: [
      { path: '/r', verbs: ['GET', 'POST'] },
      { path: '/r/{Id}', verbs: ['GET'] },
      { path: '/r/{id}/{Name}', verbs: ['ANY'] },
      { path: '/r/named/{Id}' },
      { path: '/files/{Rest*}' },
    ],
  });

  it('most variables first, then the longest literal text, then declared order; variable names in any case', () => {
    expect(resolveRoute(op, { Id: 'a', Name: 'b' }, 'GET', 'api').path).toBe('/r/a/b');
    expect(resolveRoute(op, { Id: 'a' }, 'GET', 'api').path).toBe('/r/named/a');
    expect(resolveRoute(op, { Id: 'a' }, 'PUT', 'api').path).toBe('/r/named/a');
    expect(resolveRoute(op, {}, 'GET', 'api').path).toBe('/r');
    expect(resolveRoute(op, {}, 'DELETE', 'api').path).toBe('/api/Req');
    expect(resolveRoute(op, {}, 'DELETE', 'jsv-reply')).toEqual({ path: '/jsv/reply/Req', used: new Set(), route: undefined });
    expect([...resolveRoute(op, { Id: 'a', Name: 'b' }, 'GET', 'api').used]).toEqual(['Id', 'Name']);
  });

  it('a variable naming no member makes its route unusable', () => {
    const bad = defineOperation({ request: Req, routes: [{ path: '/x/{Missing}' }, { path: '/x' }] });
    expect(resolveRoute(bad, { Id: 'a' }, 'GET', 'api').path).toBe('/x');
  });

  it('the verb: explicit, else the operation’s, else the first verb of the best route, else POST', () => {
    expect(resolveMethod(op, {}, 'patch')).toBe('PATCH');
    expect(resolveMethod(defineOperation({ request: Req, method: 'PUT' }), {}, undefined)).toBe('PUT');
    expect(resolveMethod(op, {}, undefined)).toBe('GET');
    expect(resolveMethod(op, { Id: 'a', Name: 'b' }, undefined)).toBe('POST'); // ANY only
    expect(resolveMethod(defineOperation({ request: Req }), {}, undefined)).toBe('POST');
  });

  it('routeAllows: no verbs, ANY, or the verb in any case', () => {
    expect(routeAllows({ path: '/' }, 'GET')).toBe(true);
    expect(routeAllows({ path: '/', verbs: [] }, 'GET')).toBe(true);
    expect(routeAllows({ path: '/', verbs: ['any'] }, 'DELETE')).toBe(true);
    expect(routeAllows({ path: '/', verbs: ['get'] }, 'GET')).toBe(true);
    expect(routeAllows({ path: '/', verbs: ['GET'] }, 'POST')).toBe(false);
  });
});

describe('the shop fixture', () => {
  it('its hand-written schemas have the members its metadata declares, in order', () => {
    const all = [...SHOP_METADATA.types, ...SHOP_METADATA.operations.map((o) => o.request)];
    for (const t of all) {
      const s = SHOP_SCHEMAS[t.name] as AnySchema | undefined;
      expect(s, t.name).toBeDefined();
      if (s?.kind === 'object') expect(s.members.map((m) => m.name), t.name).toEqual((t.properties ?? []).map((p) => p.name));
      else if (s?.kind === 'enum') expect(s.values, t.name).toEqual(t.enumNames);
    }
  });
});
