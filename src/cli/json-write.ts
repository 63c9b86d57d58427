/**
 * Decoded values as JSON for `jsv to-json`. JSON has no type for some of them, so (and `jsv from-json` reads each back):
 * - `bigint` (Int64/UInt64) → a JSON **string** of its digits (`"9223372036854775807"`): a JSON number would be
 *   rounded by most readers past 2^53, including JavaScript's;
 * - `Date` → ISO 8601 text (`"2025-06-02T14:29:13.000Z"`);
 * - `TimeSpan` → its XSD duration (`"PT1H30M"`), as ServiceStack writes it;
 * - `Uint8Array` (byte[]) → base64;
 * - `NaN`, `Infinity`, `-Infinity` → the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (JSON numbers cannot hold them);
 * - absent members (`undefined`) are left out; empty list slots are `null`.
 */
import { encodeBase64 } from '../text/base64.js';

/** `value` as JSON, indented by two spaces unless `compact`. */
export function toJsonText(value: unknown, compact: boolean): string {
  const text = JSON.stringify(value, replacer, compact ? undefined : 2);
  return text ?? 'null';
}

function replacer(_key: string, v: unknown): unknown {
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isFinite(v) ? v : String(v);
    case 'object':
      if (v instanceof Uint8Array) return encodeBase64(v);
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      return v;
    default:
      return v;
  }
}
