/**
 * Structural equality for the sanity checks: plain objects compare by own enumerable members, with a member set to
 * `undefined` equal to a missing one (decoders may pre-create every member); prototypes are ignored. Dates, bigints,
 * byte arrays, Maps/Sets and objects with `toString` identity (TimeSpan) are handled. Returns `null` when equal, or
 * the path and a description of the first difference.
 */
export function firstDifference(a, b, path = '$') {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b) return { path, message: `${describe(a)} vs ${describe(b)}` };
  if (typeof a !== 'object' || a === null || b === null) return { path, message: `${describe(a)} vs ${describe(b)}` };
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime()) ? null : { path, message: `${describe(a)} vs ${describe(b)}` };
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return { path, message: 'byte arrays differ' };
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return { path: `${path}[${i}]`, message: `${x[i]} vs ${y[i]}` };
    return null;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return { path, message: `${describe(a)} vs ${describe(b)}` };
  if (Array.isArray(a)) {
    if (a.length !== b.length) return { path, message: `array length ${a.length} vs ${b.length}` };
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) {
    return firstDifference([...a], [...b], path);
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (keys.size === 0 && (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)) {
    // Value classes without enumerable state (e.g. TimeSpan): compare their text.
    return String(a) === String(b) ? null : { path, message: `${String(a)} vs ${String(b)}` };
  }
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function describe(v) {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === null || v === undefined || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `array(${v.length})`;
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  return `object{${Object.keys(v).slice(0, 4).join(',')}${Object.keys(v).length > 4 ? ',…' : ''}}`;
}
