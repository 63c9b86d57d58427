/**
 * Generated code never fails silently: it hands a call to the interpreter only on its defined signals (the bail
 * signal, the input being invalid, the stack running out) and, when generating, on the environment refusing
 * `new Function`. Anything else surfaces as a GeneratedCodeError whose `cause` is the original exception.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { array, decode, encode, enumOf, int, JsvDecodeError, object, string } from '../../src/index.js';
import { runDecode } from '../../src/schema/decode.js';
import { GeneratedCodeError, fastPathStats } from '../../src/schema/fast-path.js';
import { generateCodec } from '../../src/schema/generate.js';

const Pet = object({ name: string(), age: int(), state: enumOf(['None', 'Active'] as const), tags: array(string()) }, { name: 'Pet' });
const TEXT = '{name:Rex,age:3,state:Active,tags:[a,"b,c"]}';
const VALUE = { name: 'Rex', age: 3, state: 'Active', tags: ['a', 'b,c'] };

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('generated code surfaces its own failures', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fastPathStats.strict = false;
  });

  it('an unpatched codec decodes and encodes (the patches below are what breaks it)', () => {
    const codec = generateCodec(Pet, { patchSource: (src) => src });
    expect(runDecode(codec.root, TEXT, undefined)).toEqual(VALUE);
    expect(codec.encode(VALUE, 'declared', [])).toBe(TEXT);
  });

  it('a TypeError inside the generated object decoder is thrown as a GeneratedCodeError with the TypeError as cause', () => {
    const codec = generateCodec(Pet, { patchSource: (src) => src.replace('let next = 0;', 'let next = 0; null.boom;') });
    const e = thrown(() => runDecode(codec.root, TEXT, undefined));
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect((e as Error).message).toMatch(/generated decoder of Pet failed \(TypeError: /);
    expect((e as Error).cause).toBeInstanceOf(TypeError);
  });

  it('a TypeError inside a generated encoder is thrown for a well-typed value, with the TypeError as cause', () => {
    const codec = generateCodec(Pet, { patchSource: (src) => src.replace("let out = '{', sep = false, x;", "let out = '{', sep = false, x; undefined.boom();") });
    const e = thrown(() => codec.encode(VALUE, 'declared', []));
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect((e as Error).message).toMatch(/generated encoder of Pet failed/);
    expect((e as Error).cause).toBeInstanceOf(TypeError);
  });

  it('a syntax error in the emitted source is thrown when the codec is generated, with the SyntaxError as cause', () => {
    const e = thrown(() => generateCodec(Pet, { patchSource: (src) => src.replace('"use strict";', '"use strict"; )') }));
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect((e as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('a generator that throws is a GeneratedCodeError, not a silent interpreter', () => {
    const e = thrown(() => generateCodec(Pet, { patchSource: () => { throw new TypeError('generator bug'); } }));
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect(((e as Error).cause as Error).message).toBe('generator bug');
  });

  it('only EvalError from new Function (code generation refused) makes the interpreter the codec; any other error surfaces', () => {
    vi.stubGlobal('Function', function () { throw new EvalError('Code generation from strings disallowed for this context'); });
    const refused = generateCodec(Pet);
    vi.unstubAllGlobals();
    expect(runDecode(refused.root, TEXT, undefined)).toEqual(VALUE);
    vi.stubGlobal('Function', function () { throw new TypeError('not a refusal'); });
    const e = thrown(() => generateCodec(Pet));
    vi.unstubAllGlobals();
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect(((e as Error).cause as Error).message).toBe('not a refusal');
  });

  it('invalid text still hands the call to the interpreter, which raises the jitless error', () => {
    const before = fastPathStats.decode;
    const text = '{name:Rex,age:x}';
    const compiled = thrown(() => decode(Pet, text));
    expect(fastPathStats.decode).toBe(before + 1);
    expect(compiled).toBeInstanceOf(JsvDecodeError);
    expect(String(compiled)).toBe(String(thrown(() => decode(Pet, text, { jitless: true }))));
  });

  it('a getter of the value that throws reaches the caller as it does in jitless mode (not as a bug)', () => {
    const value = { ...VALUE, get name(): string { throw new RangeError('user getter'); } };
    for (const jitless of [false, true]) {
      const e = thrown(() => encode(Pet, value as never, { jitless }));
      expect(e).toBeInstanceOf(RangeError);
      expect((e as Error).message).toBe('user getter');
    }
  });

  it('strict mode turns any hand-over to the interpreter into a GeneratedCodeError (so suites can pin "never")', () => {
    fastPathStats.strict = true;
    const d = thrown(() => decode(Pet, '{name:Rex,age:x}'));
    expect(d).toBeInstanceOf(GeneratedCodeError);
    const e = thrown(() => encode(Pet, { ...VALUE, age: 1.5 } as never));
    expect(e).toBeInstanceOf(GeneratedCodeError);
    expect(decode(Pet, TEXT)).toEqual(VALUE);
    expect(encode(Pet, VALUE as never)).toBe(TEXT);
  });
});
