/**
 * Shared pieces of the hardening tests: the decode modes, seeds of valid documents, the mutation arbitrary that turns
 * a valid document into a hostile one, and the "returns or throws a JsvError only" check.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { JsvError } from '../../src/errors.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { encode } from '../../src/schema/encode.js';
import { stringify } from '../../src/text/stringify.js';

/** Both decode modes: the compiled codec (default) and the interpreter. */
export const MODES = [
  { name: 'compiled', jitless: false },
  { name: 'jitless', jitless: true },
] as const;

/** Runs `f`; returns 'ok' or the JsvError's code; any other throw fails the test with the input shown. */
export function onlyJsvError(f: () => unknown, input: string): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof JsvError) return e.code;
    expect.fail(`threw ${(e as Error)?.constructor?.name ?? typeof e} (${String((e as Error)?.message ?? e).slice(0, 200)}) for input ${JSON.stringify(input.slice(0, 300))}`);
  }
}

/** Catches what `f` throws (fails when it returns). */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return expect.fail('expected a throw');
}

/** Characters JSV gives meaning to, plus the awkward ones (whitespace, NUL, BOM, line separators, lone surrogates). */
export const SPECIALS = ['"', '""', ',', ':', '{', '}', '[', ']', ' ', '\t', '\r', '\n', '\r\n', '\0', '\uFEFF', '\u2028', '\u2029', '\uD800', '\uDFFF', '\u200B'];

/** Strings weighted towards JSV's special characters, with any UTF-16 unit (lone surrogates included) sometimes. */
export const jsvishString: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
    { weight: 3, arbitrary: fc.constantFrom('a', 'B', '1', '-', '.', 'é', '李', '🎧', 'None', 'Active', 'sessions', 'id') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  ),
  maxLength: 40,
});

/** Any UTF-16 string (lone surrogates included). */
export const anyString: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

/** Arbitrary untyped trees (what `stringify` writes): strings, lists and objects. */
export const tree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsvishString,
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(jsvishString, tie('node'), { maxKeys: 5 }),
  ),
})).node;

/** Valid EvoVoice documents: encoded generated responses (PascalCase and camelCase), small enough to mutate quickly. */
export const evoDocument: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('pascal', 'camel') as fc.Arbitrary<'pascal' | 'camel'>)
  .map(([count, seed, keyCase]) => encode(GetActiveSessionsResponse, generateActiveSessions(count, { seed }), { keyCase }));

/** Valid documents of both kinds. */
export const validDocument: fc.Arbitrary<string> = fc.oneof(tree.map((t) => stringify(t)), evoDocument);

const FLIPS = ['"', '{', '}', '[', ']', ':', ','];

/** One edit of a document. */
type Edit =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; n: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'flip'; at: number; ch: string }
  | { op: 'duplicate'; at: number; n: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIALS, ...FLIPS), jsvishString) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), ch: fc.constantFrom(...FLIPS) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
);

/** Applies one edit (positions are taken modulo the length). */
export function applyEdit(doc: string, e: Edit): string {
  const n = doc.length;
  if (n === 0) return e.op === 'insert' ? e.text : doc;
  const at = e.at % (n + 1);
  switch (e.op) {
    case 'truncate':
      return doc.slice(0, at);
    case 'insert':
      return doc.slice(0, at) + e.text + doc.slice(at);
    case 'delete':
      return doc.slice(0, at) + doc.slice(at + e.n);
    case 'swap': {
      const i = at % n;
      const j = e.to % n;
      if (i === j) return doc;
      const [a, b] = i < j ? [i, j] : [j, i];
      return doc.slice(0, a) + doc[b] + doc.slice(a + 1, b) + doc[a] + doc.slice(b + 1);
    }
    case 'flip': {
      // Prefer a structural character: the next quote, bracket, colon or comma at or after `at`.
      let i = at % n;
      for (let k = 0; k < n; k++, i = (i + 1) % n) if (FLIPS.includes(doc[i]!)) break;
      return doc.slice(0, i) + e.ch + doc.slice(i + 1);
    }
    case 'duplicate':
      return doc.slice(0, at) + doc.slice(at, at + e.n) + doc.slice(at);
  }
}

/** Valid documents with 1 to 4 edits applied. */
export const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(validDocument, fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([doc, edits]) => edits.reduce(applyEdit, doc));

/** Best of `runs` wall-clock timings of `f`, in milliseconds. */
export function bestTime(f: () => void, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Calls `f` and swallows a JsvError (the hostile shapes are meant to fail); anything else propagates. */
export function swallowJsv(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof JsvError)) throw e;
  }
}
