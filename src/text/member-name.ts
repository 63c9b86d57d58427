/**
 * Member-name casing as ServiceStack applies it (`TextCase.CamelCase`), and its inverse for mapping camelCase names
 * back to .NET PascalCase members.
 */

/** Whether `c` is an ASCII capital letter. */
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * ServiceStack's `ToCamelCase`: lower-cases the first char if it is an ASCII capital, and keeps lower-casing each
 * following ASCII capital while the char after it is also a capital (the end of the name counts as a capital).
 * `Id` → `id`, `ID` → `id`, `MyID` → `myID`, `URLValue` → `urlValue`, `IOStream` → `ioStream`, `callSid` unchanged.
 */
export function toCamelCase(name: string): string {
  const len = name.length;
  let k = 0;
  while (k < len && isUpper(name.charCodeAt(k)) && (k === 0 || k === len - 1 || isUpper(name.charCodeAt(k + 1)))) {
    k++;
  }
  if (k === 0) return name;
  // The prefix holds only ASCII capitals, so toLowerCase maps it char for char.
  return name.slice(0, k).toLowerCase() + name.slice(k);
}

/**
 * Upper-cases the first char of a member name (`callSid` → `CallSid`), as .NET `char.ToUpper` would; a first char
 * whose upper case is not a single char is left as it is. The rest of the name is unchanged.
 */
export function toPascalCase(name: string): string {
  if (name.length === 0) return name;
  const c = name.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return String.fromCharCode(c - 0x20) + name.slice(1);
  if (c < 0x80) return name;
  const u = name.charAt(0).toUpperCase();
  return u.length === 1 ? u + name.slice(1) : name;
}
