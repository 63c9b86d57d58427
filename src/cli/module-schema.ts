/**
 * `--schema ./dtos.js#Order`: a schema exported by the user's own module (a JavaScript module, e.g. one written by
 * `jsv codegen --js`), with `[]` appended for a list of them. Relative paths are taken from the current directory.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { array } from '../schema/builders.js';
import type { AnySchema } from '../schema/types.js';
import { UsageError } from './args.js';
import { CliError } from './report-error.js';

/** Whether `spec` names a module export (`path#Export`) rather than a built-in schema. */
export function isModuleSpec(spec: string): boolean {
  return spec.includes('#');
}

function isSchema(v: unknown): v is AnySchema {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string' && '~standard' in v;
}

/** Loads the schema `path#Export[]…`; a missing module or export is a clear error, never a stack trace. */
export async function loadModuleSchema(spec: string, command: string): Promise<AnySchema> {
  const hash = spec.lastIndexOf('#');
  const path = spec.slice(0, hash);
  let name = spec.slice(hash + 1).trim();
  let lists = 0;
  while (name.endsWith('[]')) {
    name = name.slice(0, -2);
    lists++;
  }
  if (path === '' || name === '') throw new UsageError(`--schema ${spec}: write it as <module path>#<export name>, e.g. ./dtos.js#Order`, command);
  const url = pathToFileURL(isAbsolute(path) ? path : resolve(process.cwd(), path)).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why = code === 'ERR_MODULE_NOT_FOUND' ? 'no such module' : e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
    const hint = /\.tsx?$/.test(path) ? ' (Node cannot load TypeScript: generate JavaScript with jsv codegen --js)' : '';
    throw new CliError(`jsv ${command}: cannot load ${path}: ${why}${hint}`);
  }
  const found = mod[name];
  if (!isSchema(found)) {
    const known = Object.keys(mod).filter((k) => isSchema(mod[k])).sort();
    const what = found === undefined ? `has no export ${name}` : `exports ${name}, but it is not a jsv-codec schema`;
    throw new UsageError(`--schema ${spec}: ${path} ${what}${known.length > 0 ? `; its schemas: ${known.join(', ')}` : ''}`, command);
  }
  let schema: AnySchema = found;
  for (let k = 0; k < lists; k++) schema = array(schema);
  return schema;
}
