/**
 * The schemas `--schema` can name: every schema exported by the EvoVoice DTO module, as `evovoice:<Name>` or just
 * `<Name>` (case-insensitive), with `[]` appended for a list of them (`evovoice:SessionInfo[]`).
 */
import * as dto from '../evovoice/dto.js';
import { array } from '../schema/builders.js';
import type { AnySchema } from '../schema/types.js';
import { UsageError } from './args.js';

const SCHEMAS: ReadonlyMap<string, AnySchema> = new Map(
  (Object.entries(dto) as Array<[string, unknown]>)
    .filter((entry): entry is [string, AnySchema] => isSchema(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b)),
);

function isSchema(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string' && '~standard' in v;
}

/** The names of the EvoVoice DTOs (object schemas), then of the enums, each group sorted. */
export function schemaNames(): { dtos: string[]; enums: string[] } {
  const dtos: string[] = [];
  const enums: string[] = [];
  for (const [name, schema] of SCHEMAS) (schema.kind === 'object' ? dtos : enums).push(name);
  return { dtos, enums };
}

/** The schema `spec` names; a {@link UsageError} listing the choices when it names none. */
export function resolveSchema(spec: string, command: string): AnySchema {
  let name = spec.trim();
  const prefix = /^([A-Za-z]+):/.exec(name);
  if (prefix !== null) {
    if (prefix[1]?.toLowerCase() !== 'evovoice') {
      throw new UsageError(`unknown schema namespace '${prefix[1] ?? ''}' in --schema ${spec} (only evovoice: is known)`, command);
    }
    name = name.slice(prefix[0].length);
  }
  let lists = 0;
  while (name.endsWith('[]')) {
    name = name.slice(0, -2);
    lists++;
  }
  const lower = name.toLowerCase();
  const found = [...SCHEMAS].find(([k]) => k.toLowerCase() === lower);
  if (found === undefined) {
    const { dtos } = schemaNames();
    throw new UsageError(`unknown schema '${spec}'; known: ${dtos.map((d) => `evovoice:${d}`).join(', ')} (see jsv --help)`, command);
  }
  let schema: AnySchema = found[1];
  for (let k = 0; k < lists; k++) schema = array(schema);
  return schema;
}
