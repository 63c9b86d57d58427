/**
 * `new PlainObject()` makes a plain object (prototype `Object.prototype`, like `{}`) without an object-literal
 * allocation site. V8 moves a literal's allocation site to the old generation once a large decode keeps many of its
 * objects alive; every later decode then allocates there and pays for it in full garbage collections (measured: a
 * 1,000-session decode took 1.5x longer with a large heap resident). Constructor calls and `new Array()` avoid that.
 */
export const PlainObject = function PlainObject() {} as unknown as new () => Record<string, unknown>;
(PlainObject as unknown as { prototype: object }).prototype = Object.prototype;
