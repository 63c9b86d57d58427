/** Character codes the scanner and writers compare against (numbers, so the hot loops compare integers). */
export const QUOTE = 34; // "
export const COMMA = 44; // ,
export const COLON = 58; // :
export const LBRACE = 123; // {
export const RBRACE = 125; // }
export const LBRACKET = 91; // [
export const RBRACKET = 93; // ]
export const CR = 13;
export const LF = 10;
export const SPACE = 32;
export const TAB = 9;
export const BOM = 0xfeff;

/** Whether `c` is whitespace that lenient mode skips around structure: space, tab, LF, VT, FF, CR. */
export function isSpace(c: number): boolean {
  return c === SPACE || (c >= TAB && c <= CR);
}
