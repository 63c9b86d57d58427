/**
 * The `.d.ts` beside a generated JavaScript module (`lang: 'js'`). Each schema's type is spelled as the return type of
 * the builder call that makes it (`ReturnType<typeof array<typeof SessionInfo>>`), so the declarations say exactly
 * what the JavaScript builds, whatever the builders' own type names are.
 */
import { docComment, quote, usedBuilders } from './emit-expr.js';
import { declTitle, header, importSources, type EmitOptions } from './emit-module.js';
import type { DeclModel, MemberModel, ModuleModel, ObjectDecl } from './model-types.js';
import { propertyKey } from './names.js';
import { ret, schemaType } from './emit-schema-type.js';
import { ValueTypeWriter } from './emit-value-type.js';

function memberType(m: MemberModel): string {
  const t = schemaType(m.schema);
  return m.required ? ret('required', t) : t;
}

function shapeType(d: ObjectDecl): string {
  if (d.members.length === 0) return ret('object', '{}');
  const members = d.members.map((m) => `${docComment(m.description === undefined ? [] : [m.description], '  ')}  ${propertyKey(m.name)}: ${memberType(m)};\n`);
  return ret('object', `{\n${members.join('')}}`);
}

function declType(d: DeclModel, values: ValueTypeWriter): string {
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
      if (d.recursive) return recursiveType(d, doc, values);
      if (d.params.length === 0) return `${doc}export declare const ${d.id}: ${shapeType(d)};\n${typeLine}`;
      const generics = d.params.map((p) => `${p} extends AnySchema`).join(', ');
      const params = d.params.map((p) => `${p}: ${p}`).join(', ');
      return `${doc}export declare function ${d.id}<${generics}>(${params}): ${shapeType(d)};\n`
        + `export type ${d.id}<${generics}> = Infer<ReturnType<typeof ${d.id}<${d.params.join(', ')}>>>;\n`;
    }
  }
}

/** A declaration in a cycle: its type written out, and the schema typed with it (see emit-value-type.ts). */
function recursiveType(d: ObjectDecl, doc: string, values: ValueTypeWriter): string {
  const type = values.declType(d);
  if (d.params.length === 0) return `${doc}export type ${d.id} = ${type};\n${doc}export declare const ${d.id}: Schema<${d.id}>;\n`;
  const generics = d.params.map((p) => `${p} extends AnySchema`).join(', ');
  return `${doc}export type ${d.id}<${generics}> = ${type};\n`
    + `${doc}export declare function ${d.id}<${generics}>(${d.params.map((p) => `${p}: ${p}`).join(', ')}): Schema<${d.id}<${d.params.join(', ')}>>;\n`;
}

/** The `.d.ts` text for the JavaScript module of `model`. */
export function emitDeclarations(model: ModuleModel, options: EmitOptions): string {
  const from = importSources(options);
  const parts = [header(model, options)];
  const values = new ValueTypeWriter(model.decls);
  const body = model.decls.map((d) => declType(d, values));
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
  if (model.decls.some((d) => d.kind === 'object' && d.recursive)) types.push('Schema');
  parts.push(`${imports.length > 0 ? `import type { ${imports.join(', ')} } from ${quote(from.values)};\n` : ''}import type { ${types.join(', ')} } from ${quote(from.types)};\n`);
  parts.push(text);
  return parts.join('\n');
}
