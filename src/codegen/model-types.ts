/**
 * The generator's model: what a metadata document means as schemas, before it is written as text
 * ({@link ../emit-module.ts}) or built as live schemas ({@link ../runtime.ts}). Both read only this model, so every
 * mapping rule is decided once, in the resolver.
 */

/** The builders a scalar maps to (their names are jsv-codec's public API). */
export type ScalarBuilder =
  | 'string' | 'boolean' | 'byte' | 'sbyte' | 'int16' | 'uint16' | 'int' | 'uint32' | 'int64' | 'uint64' | 'float'
  | 'number' | 'decimal' | 'date' | 'dateTime' | 'dateTimeOffset' | 'timeSpan' | 'guid' | 'char' | 'bytes';

/** A schema expression: what one member (or generic argument) is. */
export type SchemaExpr =
  | { readonly kind: 'scalar'; readonly builder: ScalarBuilder }
  | { readonly kind: 'array'; readonly item: SchemaExpr }
  | { readonly kind: 'dict'; readonly value: SchemaExpr }
  | { readonly kind: 'optional'; readonly inner: SchemaExpr }
  /** A declared type; `args` for a generic definition; `lazy` when it is referenced before it is defined (a cycle). */
  | { readonly kind: 'ref'; readonly id: string; readonly args: readonly SchemaExpr[]; readonly lazy: boolean }
  /** A generic parameter of the enclosing definition. */
  | { readonly kind: 'param'; readonly name: string }
  /** `KeyValuePair<K,V>`: an object with `Key` and `Value` (named `keyName`, `valueName` in JavaScript). */
  | { readonly kind: 'pair'; readonly key: SchemaExpr; readonly value: SchemaExpr; readonly keyName: string; readonly valueName: string }
  /** A type that cannot be mapped: kept as its raw text (`string()`); `type` and `reason` go in the comment. */
  | { readonly kind: 'fallback'; readonly type: string; readonly reason: string };

/** One member of an object declaration, in wire order. */
export interface MemberModel {
  /** The JavaScript name (camelCase by default). */
  readonly name: string;
  /** The name on the wire when it is not `name` up to case (`[DataMember(Name = …)]`). */
  readonly wireName: string | undefined;
  readonly schema: SchemaExpr;
  /** `isRequired` (and not `looseRequired`): wrapped in `required()`. */
  readonly required: boolean;
  readonly description: string | undefined;
  /** The .NET property name and type, for comments. */
  readonly dotnetName: string;
  readonly dotnetType: string;
}

/** What every declaration has. */
interface DeclBase {
  /** The unique identifier in the module (see names.ts). */
  readonly id: string;
  /** The .NET name (`QueryResponse`1`) and namespace, for comments and messages. */
  readonly dotnetName: string;
  readonly namespace: string | undefined;
  readonly description: string | undefined;
}

/** A plain enum, written by name. */
export interface EnumDecl extends DeclBase {
  readonly kind: 'enum';
  readonly names: readonly string[];
  /** `[EnumMember(Value = …)]` wire names, by member name. */
  readonly wireNames: Readonly<Record<string, string>>;
}

/** A `[Flags]` (or `[EnumAsInt]`) enum, written as its number. */
export interface FlagsDecl extends DeclBase {
  readonly kind: 'flags';
  readonly members: ReadonlyArray<readonly [string, number]>;
}

/** A class, or a generic definition (`params` non-empty) that becomes a function of its arguments' schemas. */
export interface ObjectDecl extends DeclBase {
  readonly kind: 'object';
  /** Generic parameters (`T`), as identifiers. */
  readonly params: readonly string[];
  readonly members: readonly MemberModel[];
  /** The base class as written (`QueryDb<Order>`), for the doc comment. */
  readonly inherits: string | undefined;
  /**
   * Whether it is in a cycle (a recursive or mutually recursive type): its type is then written out and the schema
   * annotated `Schema<T>`, since TypeScript cannot infer the type of a constant that refers to itself.
   */
  readonly recursive: boolean;
}

/** A type that could not be mapped as a whole (e.g. an enum without names): declared as its fallback schema. */
export interface AliasDecl extends DeclBase {
  readonly kind: 'alias';
  readonly schema: SchemaExpr;
}

/** Any declaration. */
export type DeclModel = EnumDecl | FlagsDecl | ObjectDecl | AliasDecl;

/** One route of an operation. */
export interface RouteModel {
  readonly path: string;
  /** Upper-case verbs; `undefined` when any verb is allowed. */
  readonly verbs: readonly string[] | undefined;
}

/** One operation, keyed by its request's identifier. */
export interface OperationModel {
  /** The request DTO's identifier (the key in `operations`). */
  readonly id: string;
  /** The request DTO's .NET name (what `/api/{name}` and `/json/reply/{name}` use). */
  readonly name: string;
  readonly request: SchemaExpr;
  /** `undefined` when the operation returns nothing (`returnsVoid`) or names no response. */
  readonly response: SchemaExpr | undefined;
  readonly method: string | undefined;
  readonly routes: readonly RouteModel[];
  readonly requiresAuth: boolean;
  readonly returnsVoid: boolean;
  readonly description: string | undefined;
}

/** Something the generator could not map exactly, reported to the user. */
export interface CodegenWarning {
  /** The .NET type (and member) it is about: `Acme.Order.Extra`. */
  readonly where: string;
  readonly message: string;
}

/** The resolved module: declarations in an order where each uses only earlier ones (or lazily), and operations. */
export interface ModuleModel {
  readonly decls: readonly DeclModel[];
  readonly operations: readonly OperationModel[];
  readonly warnings: readonly CodegenWarning[];
  /** The service's base URL if the document says it. */
  readonly baseUrl: string | undefined;
}
