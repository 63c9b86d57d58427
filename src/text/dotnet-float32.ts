/**
 * .NET `System.Single` (float32) text: values are rounded to float32 and written with the shortest digits that read
 * back as the same float32 (as current .NET's `float.ToString()` picks them), in the same layout as doubles
 * ({@link formatDouble}: fixed notation for decimal exponents -4..14, else `1E+15`, `1.4E-45`). Pure functions.
 */
import { formatDouble, parseDouble } from './dotnet-number.js';

/** The largest finite float32, 3.4028234663852886e38. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** The nearest float32 of `n` (IEEE round to nearest even), as a number. */
export function toFloat32(n: number): number {
  return Math.fround(n);
}

/** Whether `n` is exactly a float32 value (NaN and ±Infinity included). */
export function isFloat32(n: number): boolean {
  return n !== n || Math.fround(n) === n;
}

/**
 * The shortest decimal (as a number whose shortest double digits are those decimal digits) that rounds to the float32
 * `f`; among the shortest, the nearest to `f`. `f` must be a finite, non-zero float32.
 */
function shortestFloat32(f: number): number {
  for (let p = 1; p < 9; p++) {
    // The nearest p-digit decimal; if it does not read back, a neighbour in the p-th digit may (the float32 interval
    // of `f` is lopsided at powers of two).
    const s = f.toExponential(p - 1);
    const nearest = Number(s);
    if (Math.fround(nearest) === f) return nearest;
    const e = s.indexOf('e');
    const unit = 10 ** (+s.slice(e + 1) - (p - 1));
    const down = Number((nearest - unit).toPrecision(p));
    const up = Number((nearest + unit).toPrecision(p));
    const downOk = Math.fround(down) === f;
    const upOk = Math.fround(up) === f;
    if (downOk && upOk) return Math.abs(down - f) <= Math.abs(up - f) ? down : up;
    if (downOk) return down;
    if (upOk) return up;
  }
  return Number(f.toExponential(8)); // 9 significant digits always read back as the same float32
}

/**
 * Writes a number as a .NET `Single`: first rounded to float32, then its shortest round-trip float32 digits in the
 * double layout (`0.1`, `0.33333334`, `16777216`, `123456790`, `3.4028235E+38`, `1E-45`). `NaN`, `Infinity`,
 * `-Infinity` and `-0` as for doubles. Finite numbers beyond the float32 range round to ±Infinity, as a cast does.
 */
export function formatFloat32(n: number): string {
  const f = Math.fround(n);
  if (f === 0 || !Number.isFinite(f)) return formatDouble(f);
  return formatDouble(shortestFloat32(f));
}

/**
 * Reads a `Single`: the double syntax of {@link parseDouble} (`NaN`, `Infinity`, exponents, `,` groups), rounded to
 * float32. Finite text beyond the float32 range (`1e39`) is `undefined`, as double text beyond the double range is.
 */
export function parseFloat32(text: string): number | undefined {
  const d = parseDouble(text);
  if (d === undefined) return undefined;
  const f = Math.fround(d);
  return (f === Infinity || f === -Infinity) && Number.isFinite(d) ? undefined : f;
}
