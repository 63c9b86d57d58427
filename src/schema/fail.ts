/** Returned by a reader when the text (or JSON value) does not fit its kind; the caller raises the positioned error. */
export const FAIL: unique symbol = Symbol('jsv-codec.fail');
