/** The `types` vectors (test/conformance/oracle-types.jsonl) for one scalar descriptor, for the text-layer tests. */
import { readFileSync } from 'node:fs';

/** One vector of oracle-types.jsonl. */
export interface TypesVector {
  id: string;
  desc: string;
  jsv: string;
  json: unknown;
  dir: 'both' | 'serialize' | 'deserialize';
  error?: boolean;
  schema: unknown;
}

const all: TypesVector[] = readFileSync(new URL('../conformance/oracle-types.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as TypesVector);

/** The vectors whose schema is the scalar `name` (e.g. `decimal`), split into readable ones and error ones. */
export function scalarVectors(name: string): { ok: TypesVector[]; errors: TypesVector[] } {
  const mine = all.filter((v) => v.schema === name);
  if (mine.length === 0) throw new Error(`no oracle-types vectors for ${name}`);
  return { ok: mine.filter((v) => !v.error), errors: mine.filter((v) => v.error) };
}
