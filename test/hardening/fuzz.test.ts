/**
 * Fuzzing: arbitrary strings and mutated valid documents (truncated, characters inserted, deleted, swapped,
 * duplicated, quotes and brackets flipped) fed to `parse`, `decode` of the EvoVoice response (both modes) and
 * `format`: each returns or throws a JsvError, never anything else. `npm run fuzz` runs 100,000 cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { array, dict, string } from '../../src/schema/builders.js';
import { decode, safeDecode } from '../../src/schema/decode.js';
import { format } from '../../src/text/format.js';
import { parse, safeParse } from '../../src/text/parse.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { CliError } from '../../src/cli/report-error.js';
import type { CliIo } from '../../src/cli/io.js';
import { anyString, jsvishString, mutatedDocument, onlyJsvError, thrown, validDocument } from './support.js';
import { JsvError } from '../../src/errors.js';

/** Every reader, each with and without lenient mode alternating by input. */
function readAll(text: string, lenient: boolean): string[] {
  const o = { lenient };
  return [
    onlyJsvError(() => parse(text, o), text),
    onlyJsvError(() => format(text, o), text),
    onlyJsvError(() => decode(GetActiveSessionsResponse, text, o), text),
    onlyJsvError(() => decode(GetActiveSessionsResponse, text, { ...o, jitless: true }), text),
    onlyJsvError(() => decode(array(dict(string())), text, o), text),
    onlyJsvError(() => decode(array(dict(string())), text, { ...o, jitless: true }), text),
  ];
}

describe('hostile text gives a value or a JsvError only', () => {
  it('arbitrary strings (any UTF-16, JSV-heavy alphabets): parse, format, decode both modes', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, jsvishString, fc.string()), fc.boolean(), (text, lenient) => {
        readAll(text, lenient);
      }),
      { numRuns: 1500 },
    );
  });
  it('mutated valid documents: parse, format, decode both modes', () => {
    fc.assert(
      fc.property(mutatedDocument, fc.boolean(), (text, lenient) => {
        readAll(text, lenient);
      }),
      { numRuns: 1500 },
    );
  });
  it('compiled and jitless decode agree on every mutated document (same value or same error code and offset)', () => {
    fc.assert(
      fc.property(mutatedDocument, (text) => {
        const a = safeDecode(GetActiveSessionsResponse, text);
        const b = safeDecode(GetActiveSessionsResponse, text, { jitless: true });
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(a.value).toEqual(b.value);
        if (!a.ok && !b.ok) {
          expect(a.error.code).toBe(b.error.code);
          expect((a.error as { offset?: number }).offset).toBe((b.error as { offset?: number }).offset);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('the unmutated documents themselves parse, format and decode without error', () => {
    fc.assert(
      fc.property(validDocument, (text) => {
        expect(safeParse(text).ok).toBe(true);
        expect(parse(format(text), { lenient: true })).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });
  it('non-string input is a JsvError, not a TypeError', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) {
      onlyJsvError(() => parse(bad as never), String(typeof bad));
      onlyJsvError(() => format(bad as never), String(typeof bad));
      onlyJsvError(() => decode(GetActiveSessionsResponse, bad as never), String(typeof bad));
      onlyJsvError(() => decode(GetActiveSessionsResponse, bad as never, { jitless: true }), String(typeof bad));
    }
  });
});

describe("the CLI's check gives exit 0 or a CliError (its report of a JsvError), never anything else", () => {
  function io(text: string): CliIo {
    return {
      out: () => {},
      err: () => {},
      readStdin: async () => new TextEncoder().encode(text),
      stdinIsTerminal: false,
      columns: undefined,
      env: {},
    };
  }
  async function check(text: string, schema: string | undefined, lenient: boolean): Promise<void> {
    const options = new Map<string, string | true>();
    if (schema !== undefined) options.set('schema', schema);
    if (lenient) options.set('lenient', true);
    try {
      expect(await checkCommand.run({ options, positionals: [] }, io(text))).toBe(0);
    } catch (e) {
      if (!(e instanceof CliError)) expect.fail(`check threw ${(e as Error)?.constructor?.name}: ${String((e as Error)?.message).slice(0, 200)} for ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
  it('arbitrary strings and mutated documents, with and without --schema GetActiveSessionsResponse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyString, jsvishString, mutatedDocument), fc.option(fc.constantFrom('GetActiveSessionsResponse', 'SessionInfo[]')), fc.boolean(), async (text, schema, lenient) => {
        await check(text, schema ?? undefined, lenient);
      }),
      { numRuns: 400 },
    );
  });
  it('1,000,000 nested "[" is reported, not a crash', async () => {
    await check('['.repeat(1_000_000), undefined, false);
    await check('{a:'.repeat(1_000_000), 'GetActiveSessionsResponse', false);
  });
});

describe('format output stays within what a string can hold', () => {
  // Was a bug (fixed, kept as a regression test): the output grows with depth × lines (every line is indented by its
  // depth), so hostile text made `out.join('')` throw a RangeError ("Invalid string length"); now MAX_LENGTH.
  // With default options a ~2.2 MB text of repeated 512-deep lists does it (bench/fuzz.mjs: "deep lists (400), many"
  // at 4 MB); here a wide indent reaches the limit with a tiny input. Expected: a JsvError (e.g. an output limit).
  it('format of deeply nested lists with a wide indent throws a JsvError, not a RangeError', () => {
    const e = thrown(() => format('['.repeat(40) + ']'.repeat(40), { indent: ' '.repeat(1_000_000) }));
    expect(e).toBeInstanceOf(JsvError);
  });
});
