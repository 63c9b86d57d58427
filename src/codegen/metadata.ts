/**
 * The `/types/metadata` document ServiceStack's NativeTypes feature serves, as far as a schema generator needs it, and
 * {@link readMetadata}, which checks an untrusted JSON value has that shape (camelCase or PascalCase member names, as
 * current and old hosts write them) and returns it normalized to camelCase. UI-only members are dropped.
 */
import { JsvError } from '../errors.js';

/** A reference to a type: `{ name: "QueryResponse`1", namespace, genericArgs: ["Order"] }`. */
export interface MetadataTypeName {
  readonly name: string;
  readonly namespace?: string | undefined;
  readonly genericArgs?: readonly string[] | undefined;
}

/** `[DataMember(Name, Order, IsRequired)]` on a property. */
export interface MetadataDataMember {
  readonly name?: string | undefined;
  readonly order?: number | undefined;
  readonly isRequired?: boolean | undefined;
}

/** An attribute on a type or property (`[Flags]`, …). */
export interface MetadataAttribute {
  readonly name: string;
}

/** One property of a type. */
export interface MetadataPropertyType {
  readonly name: string;
  /** The CLR type name: `String`, `List`1`, `Int32[]`, `Nullable`1`, a DTO's name, … */
  readonly type: string;
  readonly namespace?: string | undefined;
  readonly genericArgs?: readonly string[] | undefined;
  readonly isValueType?: boolean | undefined;
  readonly isEnum?: boolean | undefined;
  readonly isRequired?: boolean | undefined;
  readonly isSystemType?: boolean | undefined;
  readonly description?: string | undefined;
  readonly dataMember?: MetadataDataMember | undefined;
}

/** One type: a class, an enum or a generic definition. */
export interface MetadataType {
  readonly name: string;
  readonly namespace?: string | undefined;
  /** `["T"]` on a generic definition. */
  readonly genericArgs?: readonly string[] | undefined;
  readonly inherits?: MetadataTypeName | undefined;
  readonly description?: string | undefined;
  readonly isNested?: boolean | undefined;
  readonly isEnum?: boolean | undefined;
  readonly isEnumInt?: boolean | undefined;
  readonly isInterface?: boolean | undefined;
  readonly isAbstract?: boolean | undefined;
  readonly isGenericTypeDef?: boolean | undefined;
  readonly properties?: readonly MetadataPropertyType[] | undefined;
  readonly attributes?: readonly MetadataAttribute[] | undefined;
  readonly enumNames?: readonly string[] | undefined;
  readonly enumValues?: readonly string[] | undefined;
  readonly enumMemberValues?: readonly string[] | undefined;
  readonly enumDescriptions?: readonly string[] | undefined;
}

/** One route of an operation: `[Route("/orders/{Id}", "GET PUT")]`. */
export interface MetadataRoute {
  readonly path: string;
  /** The verbs, as written (`"GET POST"`); absent when any verb is allowed. */
  readonly verbs?: string | undefined;
  readonly summary?: string | undefined;
  readonly notes?: string | undefined;
}

/** One operation: a request DTO, its response and how it is sent. */
export interface MetadataOperationType {
  readonly request: MetadataType;
  readonly response?: MetadataType | undefined;
  readonly actions?: readonly string[] | undefined;
  readonly method?: string | undefined;
  readonly returnType?: MetadataTypeName | undefined;
  readonly returnsVoid?: boolean | undefined;
  readonly routes?: readonly MetadataRoute[] | undefined;
  readonly requiresAuth?: boolean | undefined;
  readonly requiresApiKey?: boolean | undefined;
  readonly requiredRoles?: readonly string[] | undefined;
  readonly tags?: readonly string[] | undefined;
}

/** The whole `/types/metadata` document. */
export interface MetadataTypes {
  readonly config?: { readonly baseUrl?: string | undefined; readonly usePath?: string | undefined } | undefined;
  readonly namespaces?: readonly string[] | undefined;
  readonly types: readonly MetadataType[];
  readonly operations: readonly MetadataOperationType[];
}

type Json = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new JsvError('INVALID_METADATA', `not a ServiceStack /types/metadata document: ${path} ${message}`);
}

/** The member `name` of `o`, read as camelCase or PascalCase. */
function member(o: Json, name: string): unknown {
  if (Object.hasOwn(o, name)) return o[name];
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return Object.hasOwn(o, pascal) ? o[pascal] : undefined;
}

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Json, name: string, path: string, required: true): string;
function str(o: Json, name: string, path: string, required?: false): string | undefined;
function str(o: Json, name: string, path: string, required = false): string | undefined {
  const v = member(o, name);
  if (v === undefined || v === null) {
    if (required) fail(`${path}.${name}`, 'is missing');
    return undefined;
  }
  if (typeof v !== 'string') fail(`${path}.${name}`, `must be a string, not ${describe(v)}`);
  if (required && v === '') fail(`${path}.${name}`, 'must not be empty');
  return v;
}

function bool(o: Json, name: string, path: string): boolean | undefined {
  const v = member(o, name);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') fail(`${path}.${name}`, `must be true or false, not ${describe(v)}`);
  return v;
}

function num(o: Json, name: string, path: string): number | undefined {
  const v = member(o, name);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${path}.${name}`, `must be a number, not ${describe(v)}`);
  return v;
}

function list<T>(o: Json, name: string, path: string, item: (v: unknown, path: string) => T): T[] | undefined {
  const v = member(o, name);
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) fail(`${path}.${name}`, `must be a list, not ${describe(v)}`);
  return v.map((x, i) => item(x, `${path}.${name}[${i}]`));
}

function strings(o: Json, name: string, path: string): string[] | undefined {
  return list(o, name, path, (v, p) => {
    if (typeof v !== 'string') fail(p, `must be a string, not ${describe(v)}`);
    return v;
  });
}

function record(v: unknown, path: string): Json {
  if (!isRecord(v)) fail(path, `must be an object, not ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40) ?? ''}`.trim();
}

/** Drops `undefined` members so the result satisfies `exactOptionalPropertyTypes`. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

function typeName(v: unknown, path: string): MetadataTypeName {
  const o = record(v, path);
  return compact({ name: str(o, 'name', path, true), namespace: str(o, 'namespace', path), genericArgs: strings(o, 'genericArgs', path) });
}

function property(v: unknown, path: string): MetadataPropertyType {
  const o = record(v, path);
  const dm = member(o, 'dataMember');
  let dataMember: MetadataDataMember | undefined;
  if (dm !== undefined && dm !== null) {
    const d = record(dm, `${path}.dataMember`);
    const p = `${path}.dataMember`;
    dataMember = compact({ name: str(d, 'name', p), order: num(d, 'order', p), isRequired: bool(d, 'isRequired', p) });
  }
  return compact({
    name: str(o, 'name', path, true),
    type: str(o, 'type', path, true),
    namespace: str(o, 'namespace', path),
    genericArgs: strings(o, 'genericArgs', path),
    isValueType: bool(o, 'isValueType', path),
    isEnum: bool(o, 'isEnum', path),
    isRequired: bool(o, 'isRequired', path),
    isSystemType: bool(o, 'isSystemType', path),
    description: str(o, 'description', path),
    dataMember,
  });
}

function metadataType(v: unknown, path: string): MetadataType {
  const o = record(v, path);
  const inherits = member(o, 'inherits');
  return compact({
    name: str(o, 'name', path, true),
    namespace: str(o, 'namespace', path),
    genericArgs: strings(o, 'genericArgs', path),
    inherits: inherits === undefined || inherits === null ? undefined : typeName(inherits, `${path}.inherits`),
    description: str(o, 'description', path),
    isNested: bool(o, 'isNested', path),
    isEnum: bool(o, 'isEnum', path),
    isEnumInt: bool(o, 'isEnumInt', path),
    isInterface: bool(o, 'isInterface', path),
    isAbstract: bool(o, 'isAbstract', path),
    isGenericTypeDef: bool(o, 'isGenericTypeDef', path),
    properties: list(o, 'properties', path, property),
    attributes: list(o, 'attributes', path, (a, p) => ({ name: str(record(a, p), 'name', p, true) })),
    enumNames: strings(o, 'enumNames', path),
    enumValues: strings(o, 'enumValues', path),
    enumMemberValues: strings(o, 'enumMemberValues', path),
    enumDescriptions: strings(o, 'enumDescriptions', path),
  });
}

function route(v: unknown, path: string): MetadataRoute {
  const o = record(v, path);
  return compact({ path: str(o, 'path', path, true), verbs: str(o, 'verbs', path), summary: str(o, 'summary', path), notes: str(o, 'notes', path) });
}

function operation(v: unknown, path: string): MetadataOperationType {
  const o = record(v, path);
  const request = member(o, 'request');
  if (request === undefined || request === null) fail(`${path}.request`, 'is missing');
  const response = member(o, 'response');
  const returnType = member(o, 'returnType');
  return compact({
    request: metadataType(request, `${path}.request`),
    response: response === undefined || response === null ? undefined : metadataType(response, `${path}.response`),
    actions: strings(o, 'actions', path),
    method: str(o, 'method', path),
    returnType: returnType === undefined || returnType === null ? undefined : typeName(returnType, `${path}.returnType`),
    returnsVoid: bool(o, 'returnsVoid', path),
    routes: list(o, 'routes', path, route),
    requiresAuth: bool(o, 'requiresAuth', path),
    requiresApiKey: bool(o, 'requiresApiKey', path),
    requiredRoles: strings(o, 'requiredRoles', path),
    tags: strings(o, 'tags', path),
  });
}

/**
 * Checks that `json` (a parsed JSON value) is a `/types/metadata` document and returns it with camelCase member names
 * and only the members a generator uses. Throws a `JsvError` with code `INVALID_METADATA` naming the first member
 * that does not fit (`$.types[3].properties[0].type is missing`).
 */
export function readMetadata(json: unknown): MetadataTypes {
  const o = record(json, '$');
  if (member(o, 'types') === undefined && member(o, 'operations') === undefined) {
    fail('$', 'has neither "types" nor "operations"');
  }
  const config = member(o, 'config');
  let cfg: MetadataTypes['config'];
  if (isRecord(config)) cfg = compact({ baseUrl: str(config, 'baseUrl', '$.config'), usePath: str(config, 'usePath', '$.config') });
  return compact({
    config: cfg,
    namespaces: strings(o, 'namespaces', '$'),
    types: list(o, 'types', '$', metadataType) ?? [],
    operations: list(o, 'operations', '$', operation) ?? [],
  });
}
