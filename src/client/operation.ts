/**
 * {@link Operation}: one ServiceStack operation as the client needs it (a request DTO schema, its response schema, its
 * routes and verbs), the record `jsv-codec`'s metadata code generator writes for every entry of a service's
 * `/types/metadata` `operations`, and {@link defineOperation} to write one by hand.
 *
 * ```ts
 * const Hello = object({ Name: string() }, { name: 'Hello' });
 * const HelloResponse = object({ Result: string() }, { name: 'HelloResponse' });
 * export const HelloOp = defineOperation({
 *   name: 'Hello', request: Hello, response: HelloResponse,
 *   method: 'GET', routes: [{ path: '/hello/{Name}' }, { path: '/hello', verbs: ['GET', 'POST'] }],
 * });
 * const { Result } = await client.send(HelloOp, { Name: 'World' }); // GET /hello/World
 * ```
 */
import { JsvError } from '../errors.js';
import type { AnySchema, Infer, InferInput, ObjectSchema } from '../schema/types.js';

/** One `[Route]` of a request DTO, as the metadata's `routes[]` gives it. */
export interface OperationRoute {
  /** The path template, e.g. `/customers/{Id}` or `/files/{Path*}` (`{Var}` names a request member, any case). */
  readonly path: string;
  /** The verbs the route allows (`['GET', 'POST']`, `['ANY']`); absent or empty when any verb is allowed. */
  readonly verbs?: readonly string[] | undefined;
}

/** The request DTO schema of an operation: a .NET class, so an object schema. */
export type RequestSchema = ObjectSchema<any>;

/**
 * One ServiceStack operation, the shape shared by hand-written operations ({@link defineOperation}) and the
 * generated `operations` records:
 *
 * - `name`: the request DTO's name (`GetActiveSessions`); the fallback routes are `/api/{name}` and
 *   `/jsv/reply/{name}`.
 * - `request`: the request DTO's object schema. Its members are sent under their declared names (ServiceStack binds
 *   query-string and body members case-insensitively).
 * - `response`: the response DTO's schema; `undefined` exactly when `returnsVoid` (ServiceStack's `IReturnVoid`).
 * - `method`: the preferred verb (the metadata's `method`, from the DTO's `IGet`/`IPost`/… marker); `undefined` when
 *   the metadata has none: the client then takes the first verb of the chosen route, else `POST`.
 * - `routes`: the DTO's `[Route]`s in declared order (`[]` when it has none).
 * - `requiresAuth`: the service has `[Authenticate]` (informational: the client sends credentials whenever it has them).
 * - `returnsVoid`: the operation answers with no body the client reads; `send` resolves with `undefined`.
 *
 * Write generated records `as const satisfies Operation` (or through {@link defineOperation}) so that
 * `returnsVoid: true` stays a literal and the client's result type is `void`.
 */
export interface Operation<Req extends RequestSchema = RequestSchema, Res extends AnySchema | undefined = AnySchema | undefined> {
  readonly name: string;
  readonly request: Req;
  readonly response: Res;
  readonly method: string | undefined;
  readonly routes: readonly OperationRoute[];
  readonly requiresAuth: boolean;
  readonly returnsVoid: boolean;
}

/** Any operation (what the client's methods accept). */
export type AnyOperation = Operation<any, any>;

/** What the client takes as the request of `O`: the values `encode` accepts for its request schema. */
export type OperationRequest<O extends AnyOperation> = InferInput<O['request']>;

/** What the client resolves with for `O`: the response schema's decoded type, or `void` for a void operation. */
export type OperationResult<O extends AnyOperation> = O extends { readonly returnsVoid: true }
  ? void
  : O['response'] extends AnySchema
    ? Infer<O['response']>
    : void;

/** What {@link defineOperation} takes: an {@link Operation} whose defaults may be left out. */
export interface OperationDefinition<Req extends RequestSchema, Res extends AnySchema | undefined> {
  /** The request DTO's name; default: the request schema's `name`. */
  readonly name?: string;
  readonly request: Req;
  /** Leave it out for a void operation. */
  readonly response?: Res;
  readonly method?: string;
  readonly routes?: readonly OperationRoute[];
  readonly requiresAuth?: boolean;
}

/** The HTTP verbs a client sends (`ANY` in a route's `verbs` allows each of them). */
const VERB = /^[A-Za-z]+$/;

/**
 * Makes a typed, frozen {@link Operation}: `name` defaults to the request schema's name, `routes` to `[]`,
 * `requiresAuth` to `false`; `returnsVoid` is `true` exactly when there is no `response`. Throws a `JsvError`
 * (`INVALID_ARGUMENT`) for a missing name, a route path that does not start with `/`, or a malformed verb.
 */
export function defineOperation<Req extends RequestSchema>(definition: OperationDefinition<Req, undefined> & { readonly response?: undefined }): Operation<Req, undefined> & { readonly returnsVoid: true };
export function defineOperation<Req extends RequestSchema, Res extends AnySchema>(definition: OperationDefinition<Req, Res> & { readonly response: Res }): Operation<Req, Res> & { readonly returnsVoid: false };
export function defineOperation(definition: OperationDefinition<RequestSchema, AnySchema | undefined>): Operation {
  const { request, response } = definition;
  if (request === null || typeof request !== 'object' || request.kind !== 'object') {
    throw new JsvError('INVALID_ARGUMENT', 'defineOperation(): request must be an object() schema');
  }
  const name = definition.name ?? request.name;
  if (typeof name !== 'string' || name === '') {
    throw new JsvError('INVALID_ARGUMENT', 'defineOperation(): give a name (or name the request schema: object({...}, { name }))');
  }
  const method = definition.method;
  if (method !== undefined && !VERB.test(method)) {
    throw new JsvError('INVALID_ARGUMENT', `defineOperation(${name}): method ${JSON.stringify(method)} is not an HTTP verb`);
  }
  const routes = (definition.routes ?? []).map((r) => {
    if (typeof r.path !== 'string' || !r.path.startsWith('/')) {
      throw new JsvError('INVALID_ARGUMENT', `defineOperation(${name}): route path ${JSON.stringify(r.path)} must start with '/'`);
    }
    for (const v of r.verbs ?? []) {
      if (!VERB.test(v)) throw new JsvError('INVALID_ARGUMENT', `defineOperation(${name}): route ${r.path} has a malformed verb ${JSON.stringify(v)}`);
    }
    return Object.freeze(r.verbs === undefined ? { path: r.path } : { path: r.path, verbs: Object.freeze([...r.verbs]) });
  });
  return Object.freeze({
    name,
    request,
    response,
    method: method?.toUpperCase(),
    routes: Object.freeze(routes),
    requiresAuth: definition.requiresAuth ?? false,
    returnsVoid: response === undefined,
  });
}
