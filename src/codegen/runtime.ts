/**
 * `schemasFromMetadata`: the same model `generateModule` writes, built as live schemas instead (no `eval`, no code
 * generation), for tools that read a service's metadata at run time: `jsv call`, the playground.
 */
import { JsvError, type SafeResult } from '../errors.js';
import {
  string, number, int, bigint, boolean, date, timeSpan, guid, bytes, enumOf, flags, array, dict, optional, object,
  decimal, dateTimeOffset, dateTime, char, byte, sbyte, int16, uint16, uint32, int64, uint64, float, required, lazy,
} from '../schema/builders.js';
import type { AnySchema } from '../schema/types.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { modelOf } from './generate-module.js';
import type { CodegenWarning, DeclModel, ModuleModel, ObjectDecl, RouteModel, SchemaExpr } from './model-types.js';
import type { ModelOptions } from './resolve.js';

/** A generic definition at run time: its arguments' schemas to an instance (the same object for the same arguments). */
export type GenericSchema = (...args: AnySchema[]) => AnySchema;

/** One operation, as `operations` in a generated module holds it. */
export interface RuntimeOperation {
  readonly name: string;
  readonly request: AnySchema;
  readonly response: AnySchema | undefined;
  readonly method: string | undefined;
  readonly routes: readonly RouteModel[];
  readonly requiresAuth: boolean;
  readonly returnsVoid: boolean;
}

/** What {@link schemasFromMetadata} returns. */
export interface RuntimeSchemas {
  /** Each DTO's schema by the name a generated module exports it under; generic definitions as functions. */
  readonly types: Readonly<Record<string, AnySchema | GenericSchema>>;
  /** The operations by request name. */
  readonly operations: Readonly<Record<string, RuntimeOperation>>;
  /** What could not be mapped exactly. */
  readonly warnings: readonly CodegenWarning[];
}

type Builder = (...args: never[]) => AnySchema;

/**
 * The schema layer's builders by name. Listed, not `import * as`: a namespace object would be emitted into the chunk the
 * library entries share and keep every builder alive in bundles that never use codegen (`npm run size`). A test checks
 * that every builder the schema layer exports is listed here.
 */
export const builders: Readonly<Record<string, Builder>> = {
  string, number, int, bigint, boolean, date, timeSpan, guid, bytes, enumOf, flags, array, dict, optional, object,
  decimal, dateTimeOffset, dateTime, char, byte, sbyte, int16, uint16, uint32, int64, uint64, float, required, lazy,
} as unknown as Readonly<Record<string, Builder>>;

/**
 * The builder `name` of the schema layer. Looked up by name so that this module is the model's one reader at run
 * time, as emit-expr.ts is for text; a builder missing from the build is a warning and a raw-string fallback.
 */
function builder(name: string, warnings: CodegenWarning[], where: string): Builder | undefined {
  const b = Object.hasOwn(builders, name) ? builders[name] : undefined;
  if (typeof b === 'function') return b as Builder;
  warnings.push({ where, message: `this build of jsv-codec has no ${name}() builder; kept as raw text (string)` });
  return undefined;
}

class RuntimeBuilder {
  readonly built = new Map<string, AnySchema | GenericSchema>();
  private readonly decls: ReadonlyMap<string, DeclModel>;

  constructor(model: ModuleModel, readonly warnings: CodegenWarning[]) {
    this.decls = new Map(model.decls.map((d) => [d.id, d]));
  }

  schema(s: SchemaExpr, env: ReadonlyMap<string, AnySchema>, where: string): AnySchema {
    switch (s.kind) {
      case 'scalar': {
        const b = builder(s.builder, this.warnings, where);
        return b === undefined ? string() : b();
      }
      case 'array':
        return array(this.schema(s.item, env, where));
      case 'dict':
        return dict(this.schema(s.value, env, where));
      case 'optional':
        return optional(this.schema(s.inner, env, where));
      case 'param': {
        const bound = env.get(s.name);
        if (bound === undefined) throw new JsvError('INVALID_SCHEMA', `${where}: generic parameter ${s.name} is not bound`);
        return bound;
      }
      case 'pair':
        return object({ [s.keyName]: this.schema(s.key, env, where), [s.valueName]: this.schema(s.value, env, where) }, { name: 'KeyValuePair' });
      case 'fallback':
        return string();
      case 'ref': {
        if (!s.lazy) return this.instance(s, env, where);
        const lazy = builder('lazy', this.warnings, where);
        if (lazy === undefined) return string();
        return (lazy as unknown as (get: () => AnySchema) => AnySchema)(() => this.instance(s, env, where));
      }
    }
  }

  private instance(s: Extract<SchemaExpr, { kind: 'ref' }>, env: ReadonlyMap<string, AnySchema>, where: string): AnySchema {
    const target = this.built.get(s.id);
    if (target === undefined) throw new JsvError('INVALID_SCHEMA', `${where}: ${s.id} is used before it is built`);
    if (typeof target !== 'function') return target;
    return target(...s.args.map((a) => this.schema(a, env, where)));
  }

  decl(d: DeclModel): AnySchema | GenericSchema {
    const where = d.namespace === undefined ? d.dotnetName : `${d.namespace}.${d.dotnetName}`;
    switch (d.kind) {
      case 'enum': {
        const wire = Object.keys(d.wireNames).length > 0 ? [{ wireNames: d.wireNames }] : [];
        return (enumOf as unknown as (v: readonly string[], ...o: unknown[]) => AnySchema)(d.names, ...wire);
      }
      case 'flags':
        return flags(Object.fromEntries(d.members));
      case 'alias':
        return this.schema(d.schema, new Map(), where);
      case 'object':
        return d.params.length === 0 ? this.object(d, new Map(), where) : this.generic(d, where);
    }
  }

  private object(d: ObjectDecl, env: ReadonlyMap<string, AnySchema>, where: string): AnySchema {
    const shape: Record<string, AnySchema> = {};
    const wireNames: Record<string, string> = {};
    for (const m of d.members) {
      let s = this.schema(m.schema, env, `${where}.${m.dotnetName}`);
      if (m.required) {
        const required = builder('required', this.warnings, `${where}.${m.dotnetName}`);
        if (required !== undefined) s = (required as unknown as (inner: AnySchema) => AnySchema)(s);
      }
      // defineProperty: a member named __proto__ is an own member, not the prototype.
      Object.defineProperty(shape, m.name, { value: s, enumerable: true, writable: true, configurable: true });
      if (m.wireName !== undefined) wireNames[m.name] = m.wireName;
    }
    const options: { name: string; wireNames?: Record<string, string> } = { name: d.dotnetName.replace(/`\d+$/, '') };
    if (Object.keys(wireNames).length > 0) options.wireNames = wireNames;
    return object(shape, options);
  }

  /** A generic definition: a function whose instances are made once per list of arguments. */
  private generic(d: ObjectDecl, where: string): GenericSchema {
    const cache = new WeakMap<object, unknown>();
    const fn = (...args: AnySchema[]): AnySchema => {
      if (args.length !== d.params.length) {
        throw new JsvError('INVALID_SCHEMA', `${d.id}() takes ${d.params.length} schema(s), received ${args.length}`);
      }
      let node: WeakMap<object, unknown> = cache;
      for (let i = 0; i < args.length - 1; i++) {
        const key = args[i] as AnySchema;
        let next = node.get(key) as WeakMap<object, unknown> | undefined;
        if (next === undefined) {
          next = new WeakMap();
          node.set(key, next);
        }
        node = next;
      }
      const last = args[args.length - 1] as AnySchema;
      const hit = node.get(last) as AnySchema | undefined;
      if (hit !== undefined) return hit;
      const made = this.object(d, new Map(d.params.map((p, i) => [p, args[i] as AnySchema])), where);
      node.set(last, made);
      return made;
    };
    return fn;
  }
}

/** Live schemas for `model`: every declaration in order, then the operations. */
export function buildSchemas(model: ModuleModel): RuntimeSchemas {
  const warnings = [...model.warnings];
  const b = new RuntimeBuilder(model, warnings);
  for (const d of model.decls) b.built.set(d.id, b.decl(d));
  const operations: Record<string, RuntimeOperation> = {};
  for (const o of model.operations) {
    const request = b.built.get(o.id);
    if (request === undefined || typeof request === 'function') continue;
    const op: RuntimeOperation = {
      name: o.name,
      request,
      response: o.response === undefined ? undefined : b.schema(o.response, new Map(), `${o.name} (response)`),
      method: o.method,
      routes: o.routes,
      requiresAuth: o.requiresAuth,
      returnsVoid: o.returnsVoid,
    };
    Object.defineProperty(operations, o.id, { value: Object.freeze(op), enumerable: true });
  }
  const types: Record<string, AnySchema | GenericSchema> = {};
  for (const [id, s] of b.built) Object.defineProperty(types, id, { value: s, enumerable: true });
  const seen = new Set<string>();
  const unique = warnings.filter((w) => {
    const key = `${w.where}\n${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { types: Object.freeze(types), operations: Object.freeze(operations), warnings: unique };
}

/**
 * The schemas of `metadata` (a `/types/metadata` JSON value or its text) as live objects: `types` by the names
 * `generateModule` would export, and `operations` by request name. The same mapping as `generateModule`, without
 * generating code. Throws a `JsvError` with code `INVALID_METADATA` when `metadata` is not such a document.
 */
export function schemasFromMetadata(metadata: unknown, options: ModelOptions = {}): RuntimeSchemas {
  return buildSchemas(modelOf(metadata, options));
}

/** Like {@link schemasFromMetadata}, but returns `{ ok: false, error }` instead of throwing. */
export function safeSchemasFromMetadata(metadata: unknown, options: ModelOptions = {}): SafeResult<RuntimeSchemas> {
  try {
    return { ok: true, value: schemasFromMetadata(metadata, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
