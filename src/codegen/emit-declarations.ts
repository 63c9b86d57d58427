/**
 * The `.d.ts` beside a generated JavaScript module (`lang: 'js'`). Each schema's type is spelled as the return type of
 * the builder call that makes it (`ReturnType<typeof array<typeof SessionInfo>>`), so the declarations say exactly
 * what the JavaScript builds, whatever the builders' own type names are.
 */
import { commentText, docComment, quote, usedBuilders } from './emit-expr.js';
import { declTitle, header, importSources, type EmitOptions } from './emit-module.js';
import type { DeclModel, MemberModel, ModuleModel, ObjectDecl, SchemaExpr } from './model-types.js';
import { propertyKey } from './names.js';

const ret = (builder: string, args?: string): string => (args === undefined ? `ReturnType<typeof ${builder}>` : `ReturnType<typeof ${builder}<${args}>>`);

/** The type of the schema `s` builds. */
export function schemaType(s: SchemaExpr): string {
  switch (s.kind) {
    case 'scalar':
      return ret(s.builder);
    case 'array':
      return ret('array', schemaType(s.item));
    case 'dict':
      return ret('dict', schemaType(s.value));
    case 'optional':
      return ret('optional', schemaType(s.inner));
    case 'ref': {
      const t = s.args.length === 0 ? `typeof ${s.id}` : ret(s.id, s.args.map(schemaType).join(', '));
      return s.lazy ? ret('lazy', t) : t;
    }
    case 'param':
      return s.name;
    case 'pair':
      return ret('object', `{ ${s.keyName}: ${schemaType(s.key)}; ${s.valueName}: ${schemaType(s.value)} }`);
    case 'fallback':
      return `${ret('string')} /* ${commentText(`${s.type}: ${s.reason}`)} */`;
  }
}

function memberType(m: MemberModel): string {
  const t = schemaType(m.schema);
  return m.required ? ret('required', t) : t;
}

function shapeType(d: ObjectDecl): string {
  if (d.members.length === 0) return ret('object', '{}');
  const members = d.members.map((m) => `${docComment(m.description === undefined ? [] : [m.description], '  ')}  ${propertyKey(m.name)}: ${memberType(m)};\n`);
  return ret('object', `{\n${members.join('')}}`);
}

function declType(d: DeclModel): string {
  const doc = docComment([declTitle(d)], '');
  const typeLine = `${doc}export type ${d.id} = Infer<typeof ${d.id}>;\n`;
  switch (d.kind) {
    case 'enum':
      return `${doc}export declare const ${d.id}: ${ret('enumOf', `readonly [${d.names.map(quote).join(', ')}]`)};\n${typeLine}`;
    case 'flags':
      return `${doc}export declare const ${d.id}: ${ret('flags', `{ ${d.members.map(([k, v]) => `${propertyKey(k)}: ${v}`).join('; ')} }`)};\n${typeLine}`;
    case 'alias':
      return `${doc}export declare const ${d.id}: ${schemaType(d.schema)};\n${typeLine}`;
    case 'object': {
      if (d.params.length === 0) return `${doc}export declare const ${d.id}: ${shapeType(d)};\n${typeLine}`;
      const generics = d.params.map((p) => `${p} extends AnySchema`).join(', ');
      const params = d.params.map((p) => `${p}: ${p}`).join(', ');
      return `${doc}export declare function ${d.id}<${generics}>(${params}): ${shapeType(d)};\n`
        + `export type ${d.id}<${generics}> = Infer<ReturnType<typeof ${d.id}<${d.params.join(', ')}>>>;\n`;
    }
  }
}

/** The `.d.ts` text for the JavaScript module of `model`. */
export function emitDeclarations(model: ModuleModel, options: EmitOptions): string {
  const from = importSources(options);
  const parts = [header(model, options)];
  const body = model.decls.map(declType);
  const ops = model.operations.map((o) => {
    const routes = o.routes.map((r) => `{ readonly path: ${quote(r.path)}${r.verbs === undefined ? '' : `; readonly verbs: readonly [${r.verbs.map(quote).join(', ')}]`} }`);
    return [
      `  readonly ${propertyKey(o.id)}: {`,
      `    readonly name: ${quote(o.name)};`,
      `    readonly request: typeof ${o.id};`,
      `    readonly response: ${o.response === undefined ? 'undefined' : schemaType(o.response)};`,
      `    readonly method: ${o.method === undefined ? 'undefined' : quote(o.method)};`,
      `    readonly routes: readonly [${routes.join(', ')}];`,
      `    readonly requiresAuth: ${String(o.requiresAuth)};`,
      `    readonly returnsVoid: ${String(o.returnsVoid)};`,
      '  };',
    ].join('\n');
  });
  const text = `${body.join('\n')}\nexport declare const operations: {\n${ops.map((o) => `${o}\n`).join('')}};\n`;
  const imports = usedBuilders(model.decls, model.operations.flatMap((o) => (o.response === undefined ? [] : [o.response])));
  const types = ['Infer'];
  if (model.decls.some((d) => d.kind === 'object' && d.params.length > 0)) types.unshift('AnySchema');
  parts.push(`${imports.length > 0 ? `import type { ${imports.join(', ')} } from ${quote(from.values)};\n` : ''}import type { ${types.join(', ')} } from ${quote(from.types)};\n`);
  parts.push(text);
  return parts.join('\n');
}
