/**
 * `instanceof` that holds across copies of jsv-codec. An application can load the package twice: its ESM build
 * (`import`) and its CommonJS build (`require`, from a dependency), or two installed versions. Each copy has its own
 * error classes, so a plain `instanceof` is false for an error thrown by the other copy (the dual-package hazard).
 *
 * Each exported error class therefore brands its instances with a registered symbol of its own
 * (`Symbol.for('jsv-codec.JsvDecodeError')`, shared by every copy, non-enumerable), and its `static
 * [Symbol.hasInstance]` checks that brand. An instance carries the brands of its whole class chain, so subclasses
 * still discriminate: a `JsvDecodeError` is `instanceof JsvError` but not `instanceof JsvSyntaxError`. A class of yours
 * that extends one of them gets the ordinary prototype check.
 */

/** Marks `instance` with `brand` (a non-enumerable, read-only own property). Called by each class's constructor. */
export function setBrand(instance: object, brand: symbol): void {
  Object.defineProperty(instance, brand, { value: true, enumerable: false, writable: false, configurable: false });
}

/**
 * The `static [Symbol.hasInstance]` of a branded class: true when `value` carries `brand`, or is an instance in the
 * ordinary sense. `self` is the class `instanceof` was asked about: the brand counts only when `self` declares the
 * check itself, so a subclass that does not (a user's `class MyError extends JsvError`) gets the ordinary prototype
 * check. (The class is not named inside its own body: bundlers would then rename it, and `name` comes from it.)
 */
export function hasBrand(self: unknown, brand: symbol, value: unknown): boolean {
  if (typeof self !== 'function') return false;
  if (Object.hasOwn(self, Symbol.hasInstance) && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true) return true;
  return Function.prototype[Symbol.hasInstance].call(self, value);
}
