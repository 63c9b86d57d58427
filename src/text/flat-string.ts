/**
 * `flatString`: a string built by concatenation as one flat string, while its pieces are still in the CPU cache.
 *
 * V8 keeps `a + b` as a rope (a tree of pieces) until something reads it, and flattening a rope of many small pieces
 * long after they were written (when the whole output is finally joined or sent) chases pointers through memory that
 * has gone cold: for 1,000 sessions it took as long as the rest of the encoding. Writers therefore flatten the items
 * of a list eight at a time as soon as they are written (measured best among 1, 4, 8 and 16), and concatenate the
 * flat chunks.
 *
 * V8's trim builtins flatten a rope and return the flat string; a text that does not start with whitespace comes back
 * whole, so this is that flat string. Where the text starts with whitespace, or on other engines, it is the same
 * string unchanged.
 */
export function flatString(text: string): string {
  const flat = text.trimStart();
  return flat.length === text.length ? flat : text;
}
