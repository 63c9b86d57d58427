/**
 * The equality a round trip promises: numbers by `Object.is` (`NaN` equals `NaN`, `0` and `-0` differ), dates by
 * instant, byte arrays by content, lists item by item, objects by their own enumerable members, where a member that is
 * `undefined` counts as absent (a decoded object has every member of its schema, absent ones `undefined`).
 */

/** Where two values first differ (`$.a[2]`) and how, or `undefined` when they are equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  const differ = (): string => `${path}: ${show(actual)} is not ${show(expected)}`;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return differ();
  if (actual instanceof Date || expected instanceof Date) {
    return actual instanceof Date && expected instanceof Date && Object.is(actual.getTime(), expected.getTime()) ? undefined : differ();
  }
  if (actual instanceof Uint8Array || expected instanceof Uint8Array) {
    if (!(actual instanceof Uint8Array && expected instanceof Uint8Array) || actual.length !== expected.length) return differ();
    return actual.every((b, i) => b === expected[i]) ? undefined : differ();
  }
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return differ();
    if (actual.length !== expected.length) return `${path}: a list of ${actual.length} items is not one of ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected) && !(isPlain(actual) && isPlain(expected))) return differ();
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...presentKeys(a), ...presentKeys(e)]);
  for (const k of keys) {
    const d = firstDifference(a[k], e[k], `${path}${/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function isPlain(v: object): boolean {
  const p: unknown = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function presentKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** A short display of a value for messages (bigints with `n`, dates as ISO, strings JSON-quoted). */
export function show(v: unknown): string {
  let s: string;
  if (typeof v === 'bigint') s = `${v}n`;
  else if (typeof v === 'number') s = Object.is(v, -0) ? '-0' : String(v);
  else if (v instanceof Date) s = Number.isNaN(v.getTime()) ? 'Invalid Date' : `Date(${v.toISOString()})`;
  else if (v instanceof Uint8Array) s = `Uint8Array[${Array.from(v.subarray(0, 16)).join(',')}${v.length > 16 ? ',…' : ''}]`;
  else if (v === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
    } catch {
      s = Object.prototype.toString.call(v);
    }
  }
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
