/**
 * `jsv-codec/fast-check`: fast-check arbitraries and a ready round-trip property for jsv-codec schemas. `fast-check`
 * is an optional peer dependency: only this entry imports it. This module only re-exports.
 */
export { arbitrary } from './arbitrary.js';
export { jsvText, jsvTextWithValue, type JsvTextCase, type JsvTextOptions } from './jsv-text.js';
export { roundTrip, RoundTripError, type RoundTripOptions } from './round-trip.js';
export { jsvNode, type JsvNodeOptions } from './untyped.js';
export { edgeString, EDGE_STRINGS, JSV_SPECIAL_CHARS, LENIENT_SPACE_CHARS } from './strings.js';
export { firstDifference } from './deep-equal.js';
export type { ArbitraryOptions } from './options.js';
