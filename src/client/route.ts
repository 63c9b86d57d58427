/**
 * Route selection, as ServiceStack's own clients do it: among the operation's routes whose verbs allow the method and
 * whose every `{Var}` has a value in the request, the one with the most variables wins, then the one with the longest
 * literal text, then the first declared. `{Var}` is filled with the member's value (its query-string text,
 * percent-encoded); `{Var*}` takes the rest of the path (each `/`-separated segment percent-encoded, the slashes
 * kept). A variable is filled only by a value that makes a path segment other than empty, `.` or `..`. Without a
 * usable route, the pre-defined `/api/{Name}` or `/jsv/reply/{Name}`.
 */
import { JsvEncodeError, JsvError } from '../errors.js';
import type { MemberInfo } from '../schema/types.js';
import type { AnyOperation, OperationRoute } from './operation.js';
import { memberValue, percentEncode, queryValueText } from './query-string.js';

/** The pre-defined route used when no declared route fits: `'api'` → `/api/{Name}` (v6+ hosts), `'jsv-reply'` → `/jsv/reply/{Name}` (every host). */
export type FallbackPath = 'api' | 'jsv-reply';

/** The path chosen for a request: the filled path and the members it used. */
export interface ResolvedRoute {
  /** The path, percent-encoded, starting with `/`. */
  readonly path: string;
  /** The declared names of the request members the path holds (left out of the query string or body). */
  readonly used: ReadonlySet<string>;
  /** The declared route it came from; `undefined` for the fallback. */
  readonly route: OperationRoute | undefined;
}

interface Variable {
  /** The text between the braces, without `*`. */
  readonly name: string;
  readonly wildcard: boolean;
  /** Where `{` is and the index after `}`. */
  readonly start: number;
  readonly end: number;
}

interface ParsedRoute {
  readonly variables: readonly Variable[];
  readonly literalLength: number;
}

const VARIABLE = /\{([^{}*]+)(\*?)\}/g;
const parsed = new WeakMap<OperationRoute, ParsedRoute>();

function parseRoute(route: OperationRoute): ParsedRoute {
  let p = parsed.get(route);
  if (p !== undefined) return p;
  const variables: Variable[] = [];
  let varText = 0;
  for (const m of route.path.matchAll(VARIABLE)) {
    const start = m.index;
    variables.push({ name: (m[1] as string).trim(), wildcard: m[2] === '*', start, end: start + m[0].length });
    varText += m[0].length;
  }
  p = { variables, literalLength: route.path.length - varText };
  parsed.set(route, p);
  return p;
}

/** Whether `route` allows `method` (no verbs, an empty list or `ANY` allow every verb). */
export function routeAllows(route: OperationRoute, method: string): boolean {
  const verbs = route.verbs;
  if (verbs === undefined || verbs.length === 0) return true;
  const m = method.toUpperCase();
  return verbs.some((v) => {
    const u = v.toUpperCase();
    return u === m || u === 'ANY';
  });
}

/** The request member a route variable names (its name or its declared wire name, in any case), or `undefined`. */
function memberFor(operation: AnyOperation, variable: string): MemberInfo | undefined {
  const lower = variable.toLowerCase();
  const members = operation.request.members as readonly MemberInfo[];
  for (const m of members) if (m.name.toLowerCase() === lower) return m;
  for (const m of members) if (m.wireName?.toLowerCase() === lower) return m;
  return undefined;
}

/**
 * Whether a member value fills a path variable: present, not an empty string (an empty segment routes nowhere), and not
 * a `.` or `..` segment (`..` in a `{Rest*}`), which every URL parser resolves, sending the request to another path
 * (`/files/{Path*}` with `a/../../admin` would leave the route and even the base URL's prefix). A value that does not
 * fill a route's variable makes the route unusable, so it travels in the query string or body of another route.
 */
function fills(v: unknown, wildcard: boolean): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v !== 'string') return true;
  return wildcard ? !v.split('/').some(isDotSegment) : !isDotSegment(v);
}

/** `.` or `..`: a path segment the URL parser removes (percent-encoding does not help: `%2E` counts as a dot). */
function isDotSegment(segment: string): boolean {
  return segment === '.' || segment === '..';
}

/** The usable routes of `operation` for `request`, best first; `method` undefined: any verb. */
function rankRoutes(operation: AnyOperation, request: object, method: string | undefined): OperationRoute[] {
  const scored: { route: OperationRoute; vars: number; literal: number; index: number }[] = [];
  operation.routes.forEach((route: OperationRoute, index: number) => {
    if (method !== undefined && !routeAllows(route, method)) return;
    const p = parseRoute(route);
    for (const v of p.variables) {
      const m = memberFor(operation, v.name);
      if (m === undefined || !fills(memberValue(request, m.name), v.wildcard)) return;
    }
    scored.push({ route, vars: p.variables.length, literal: p.literalLength, index });
  });
  scored.sort((a, b) => b.vars - a.vars || b.literal - a.literal || a.index - b.index);
  return scored.map((s) => s.route);
}

/**
 * The verb for a request: `explicit` (the call's `method`), else the operation's `method`, else the first verb of the
 * best usable route (any verb allowed), else `POST`. Upper case.
 */
export function resolveMethod(operation: AnyOperation, request: object, explicit: string | undefined): string {
  if (explicit !== undefined) return explicit.toUpperCase();
  if (operation.method !== undefined) return String(operation.method).toUpperCase();
  const best = rankRoutes(operation, request, undefined)[0];
  const first = best?.verbs?.find((v) => v.toUpperCase() !== 'ANY');
  return first === undefined ? 'POST' : first.toUpperCase();
}

/** The path for `request` sent with `method` (see the module comment). Throws a `JsvEncodeError` for a value that does not fit. */
export function resolveRoute(operation: AnyOperation, request: object, method: string, fallback: FallbackPath, options?: { readonly jitless?: boolean }): ResolvedRoute {
  const best = rankRoutes(operation, request, method)[0];
  if (best === undefined) {
    const name = percentEncode(operation.name, []);
    return { path: fallback === 'api' ? `/api/${name}` : `/jsv/reply/${name}`, used: new Set(), route: undefined };
  }
  const p = parseRoute(best);
  const used = new Set<string>();
  let out = '';
  let at = 0;
  for (const v of p.variables) {
    const m = memberFor(operation, v.name);
    if (m === undefined) throw new JsvError('INVALID_ARGUMENT', `route ${best.path}: no member ${v.name}`); // ruled out by rankRoutes
    const name = m.name;
    const text = queryValueText(m.schema, memberValue(request, name), options, [name]);
    // Strings were checked by rankRoutes; another value whose text is a dot segment (a list of '.') cannot be sent.
    if (v.wildcard ? text.split('/').some(isDotSegment) : isDotSegment(text)) {
      throw new JsvEncodeError('INVALID_VALUE', `route ${best.path}: ${JSON.stringify(text)} cannot be sent in the path ('.' and '..' segments are resolved by the URL)`, [name]);
    }
    out += best.path.slice(at, v.start);
    out += v.wildcard ? text.split('/').map((seg) => percentEncode(seg, [name])).join('/') : percentEncode(text, [name]);
    at = v.end;
    used.add(name);
  }
  out += best.path.slice(at);
  return { path: out, used, route: best };
}
