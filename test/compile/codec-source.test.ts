/**
 * Generated code is readable: `codecSource(schema)` prints it, its functions are named after the schema and the
 * member (`decode_Pet_tags_item`, never `d0`), names are valid identifiers whatever the member names, and each
 * source carries a `//# sourceURL=` that stack traces show.
 */
import { describe, expect, it } from 'vitest';
import { array, dict, enumOf, int, object, optional, string } from '../../src/index.js';
import { codecSource } from '../../src/schema/codec-source.js';
import { runDecode } from '../../src/schema/decode.js';
import { generateCodec } from '../../src/schema/generate.js';

const Owner = object({ name: string() }, { name: 'Owner' });
const Pet = object(
  { name: string(), age: int(), state: enumOf(['None', 'Active'] as const), tags: array(string()), owner: Owner, 'weird name-1': optional(int()), notes: dict(int()) },
  { name: 'Pet' },
);

describe('codecSource', () => {
  const src = codecSource(Pet);

  it('names functions after the schema and the member path, and named objects after their name', () => {
    for (const f of ['decode_Pet', 'decode_Pet_tags', 'decode_Pet_state', 'decode_Owner', 'decode_Pet_notes_value', 'encode_Pet', 'encode_Pet_tags_item', 'encode_Owner']) {
      expect(src).toMatch(new RegExp(`function ${f}\\(`));
    }
    expect(src).not.toMatch(/function [de]\d+\(/);
  });

  it('turns member names into identifiers (characters outside [A-Za-z0-9_$] become _)', () => {
    expect(src).toMatch(/function decode_Pet_weird_name_1\(/);
    expect(src).toMatch(/function decode_Pet_weird_name_1_inner\(/);
  });

  it('gives each source a sourceURL named after the schema', () => {
    expect(src).toContain('//# sourceURL=jsv-codec/Pet-decoder.js');
    expect(src).toContain('//# sourceURL=jsv-codec/Pet-encoder.js');
    expect(codecSource(array(int()))).toContain('//# sourceURL=jsv-codec/array-encoder.js');
  });

  it('says that a root scalar is read by the interpreter', () => {
    expect(codecSource(int())).toMatch(/decoder: the root is read by the interpreter/);
  });

  it('stack traces from generated code point at the sourceURL and the function name', () => {
    const codec = generateCodec(Pet, { patchSource: (s) => s.replaceAll('let next = 0;', 'let next = 0; null.boom;') });
    let cause: Error | undefined;
    try {
      runDecode(codec.root, '{name:a}', undefined);
    } catch (e) {
      cause = (e as Error).cause as Error;
    }
    expect(cause?.stack).toMatch(/decode_(Pet|Owner) \(jsv-codec\/Pet-decoder\.js:\d+:\d+\)/);
  });

  it('a shared sub-schema is generated once, under the first name it is reached by', () => {
    const S = object({ a: Owner, b: Owner, list: array(Owner) });
    const s = codecSource(S);
    expect(s.match(/function decode_Owner\(/g)).toHaveLength(1);
    expect(s).not.toMatch(/decode_Owner_2/);
  });
});
