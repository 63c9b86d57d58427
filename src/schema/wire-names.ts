/**
 * Checks of declared wire names (`[DataMember(Name = "…")]`, `[EnumMember(Value = "…")]`) at build time: each names a
 * declared member or value, is a non-empty string, and no two wire spellings are equal after case folding (reads are
 * case-insensitive, so they would be ambiguous). Failures are `INVALID_SCHEMA`.
 */
import { JsvError } from '../errors.js';

/**
 * The wire names of `options.wireNames`, validated against the declared `names`; `undefined` when none are given.
 * `where` starts messages (`object()`, `enumOf()`).
 */
export function checkWireNames(where: string, names: readonly string[], wireNames: unknown): ReadonlyMap<string, string> | undefined {
  if (wireNames === undefined) return undefined;
  if (wireNames === null || typeof wireNames !== 'object' || Array.isArray(wireNames)) {
    throw new JsvError('INVALID_SCHEMA', `${where}: wireNames must be an object of names`);
  }
  const declared = new Set(names);
  const out = new Map<string, string>();
  for (const [k, w] of Object.entries(wireNames)) {
    if (w === undefined) continue;
    if (!declared.has(k)) throw new JsvError('INVALID_SCHEMA', `${where}: wireNames names ${JSON.stringify(k)}, which is not declared`);
    if (typeof w !== 'string' || w === '') throw new JsvError('INVALID_SCHEMA', `${where}: the wire name of ${JSON.stringify(k)} must be a non-empty string`);
    out.set(k, w);
  }
  return out.size === 0 ? undefined : out;
}

/**
 * Refuses two declared names whose wire spellings (`wire ?? name`) are equal after case folding, when at least one of
 * them has a declared wire name (names that only differ by case are judged by the caller's existing rule).
 */
export function checkWireClashes(where: string, names: readonly string[], wire: ReadonlyMap<string, string> | undefined): void {
  if (wire === undefined) return;
  const seen = new Map<string, string>();
  for (const n of names) {
    const key = (wire.get(n) ?? n).toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && (wire.has(n) || wire.has(other))) {
      throw new JsvError('INVALID_SCHEMA', `${where}: ${JSON.stringify(other)} and ${JSON.stringify(n)} have the same wire name ${JSON.stringify(wire.get(n) ?? n)} (wire names are case-insensitive)`);
    }
    if (other === undefined) seen.set(key, n);
  }
}
