/**
 * The schema a POST/PUT/PATCH body is written with: the request schema without the members the path already holds
 * (ServiceStack fills those from the path), with the same name and wire names, built once per request schema and set
 * of path members.
 */
import { object } from '../schema/builders.js';
import type { MemberInfo, ObjectSchema } from '../schema/types.js';

const cache = new WeakMap<ObjectSchema<any>, Map<string, ObjectSchema<any>>>();

/** `schema` itself when `used` is empty, else an object schema of its other members in the same order and name. */
export function bodySchemaFor(schema: ObjectSchema<any>, used: ReadonlySet<string>): ObjectSchema<any> {
  if (used.size === 0) return schema;
  const key = [...used].sort().join('\u0000');
  let byKey = cache.get(schema);
  if (byKey === undefined) cache.set(schema, (byKey = new Map()));
  let out = byKey.get(key);
  if (out === undefined) {
    const rest = (schema.members as readonly MemberInfo[]).filter((m) => !used.has(m.name));
    // Keep the wire names ([DataMember(Name)]): they are the names ServiceStack binds.
    const wireNames = Object.fromEntries(rest.flatMap((m) => (m.wireName === undefined ? [] : [[m.name, m.wireName]])));
    out = object(Object.fromEntries(rest.map((m) => [m.name, m.schema])), {
      ...(schema.name === undefined ? {} : { name: schema.name }),
      ...(Object.keys(wireNames).length === 0 ? {} : { wireNames }),
    });
    byKey.set(key, out);
  }
  return out;
}
