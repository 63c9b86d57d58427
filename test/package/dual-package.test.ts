/**
 * The dual-package hazard: an application can load both the ESM build (`import`) and the CommonJS build (`require`,
 * e.g. from a dependency) of jsv-codec, and each has its own error classes. `instanceof` must still hold across them,
 * both ways, for every exported error class, while subclasses still discriminate and unrelated values are refused.
 * The errors are thrown by the library itself (parse, decode, stringify, jsvFetch, the EvoVoice client).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../support/ensure-built.js';

type Module = Record<string, unknown>;
type ErrorClass = abstract new (...args: never[]) => unknown;

interface Build {
  readonly name: 'esm' | 'cjs';
  readonly core: Module;
  readonly evovoice: Module;
}

/** Every exported error class, and the classes each one's instances belong to (itself and its bases). */
const CHAINS: Record<string, readonly string[]> = {
  JsvError: ['JsvError'],
  JsvSyntaxError: ['JsvError', 'JsvSyntaxError'],
  JsvDecodeError: ['JsvError', 'JsvDecodeError'],
  JsvEncodeError: ['JsvError', 'JsvEncodeError'],
  JsvRequestError: ['JsvRequestError'],
  ServiceStackError: ['ServiceStackError'],
  EvoVoiceError: ['ServiceStackError', 'EvoVoiceError'],
  EvoVoiceRequestError: ['JsvRequestError', 'EvoVoiceRequestError'],
};

const builds: Build[] = [];

function errorClasses(mod: Module): Record<string, ErrorClass> {
  const out: Record<string, ErrorClass> = {};
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function' && value.prototype instanceof Error) out[name] = value as ErrorClass;
  }
  return out;
}

/** Both entries' error classes of a build, by name. */
function classesOf(b: Build): Record<string, ErrorClass> {
  return { ...errorClasses(b.core), ...errorClasses(b.evovoice) };
}

function fn<T extends (...args: never[]) => unknown>(mod: Module, name: string): T {
  const f = mod[name];
  if (typeof f !== 'function') throw new Error(`the build exports no function ${name}`);
  return f as T;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** One error of each exported class, each thrown by the build's own code. */
async function errorsThrownBy(b: Build): Promise<Record<string, unknown>> {
  const { core, evovoice } = b;
  const failing = async () => Promise.reject(new TypeError('fetch failed'));
  const unauthorized = async () =>
    new Response('{ResponseStatus:{ErrorCode:TokenException,Message:Invalid BearerToken}}', {
      status: 401,
      statusText: 'Unauthorized',
      headers: { 'content-type': 'text/jsv' },
    });
  const string = fn<() => unknown>(core, 'string');
  const client = (f: typeof fetch) => fn<(o: object) => { getActiveSessions(): Promise<unknown> }>(evovoice, 'createEvoVoiceClient')({ baseUrl: 'https://evovoice.example', fetch: f });
  return {
    JsvError: thrown(() => fn<(shape: object) => unknown>(core, 'object')({ id: 1 })),
    JsvSyntaxError: thrown(() => fn<(t: string) => unknown>(core, 'parse')('{Id:1')),
    JsvDecodeError: thrown(() => fn<(s: unknown, t: string) => unknown>(core, 'decode')(fn<() => unknown>(core, 'int')(), 'x')),
    JsvEncodeError: thrown(() => fn<(v: unknown) => unknown>(core, 'stringify')({ f: Symbol('x') })),
    JsvRequestError: await rejection(fn<(s: unknown, u: string, i: object) => Promise<unknown>>(core, 'jsvFetch')(string(), 'https://api.example/x', { fetch: failing })),
    ServiceStackError: await rejection(fn<(s: unknown, u: string, i: object) => Promise<unknown>>(core, 'jsvFetch')(string(), 'https://api.example/x', { fetch: unauthorized })),
    EvoVoiceError: await rejection(client(unauthorized as typeof fetch).getActiveSessions()),
    EvoVoiceRequestError: await rejection(client(failing as typeof fetch).getActiveSessions()),
  };
}

beforeAll(async () => {
  await ensureBuilt();
  const require = createRequire(import.meta.url);
  builds.push(
    {
      name: 'esm',
      core: (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Module,
      evovoice: (await import(pathToFileURL(join(ROOT, 'dist', 'evovoice.js')).href)) as Module,
    },
    { name: 'cjs', core: require(join(ROOT, 'dist', 'index.cjs')) as Module, evovoice: require(join(ROOT, 'dist', 'evovoice.cjs')) as Module },
  );
}, 300_000);

describe('error classes across the ESM and CommonJS builds', () => {
  it('the two builds are separate copies (so the test means something)', () => {
    const [esm, cjs] = builds as [Build, Build];
    expect(esm.core['JsvError']).not.toBe(cjs.core['JsvError']);
    expect(esm.evovoice['EvoVoiceError']).not.toBe(cjs.evovoice['EvoVoiceError']);
  });

  it('every exported error class is covered, in both builds', () => {
    for (const b of builds) expect(Object.keys(classesOf(b)).sort()).toEqual(Object.keys(CHAINS).sort());
  });

  for (const [from, to] of [['cjs', 'esm'], ['esm', 'cjs'], ['esm', 'esm'], ['cjs', 'cjs']] as const) {
    it(`an error thrown by the ${from} build is instanceof exactly its classes of the ${to} build`, async () => {
      const thrower = builds.find((b) => b.name === from) as Build;
      const checker = classesOf(builds.find((b) => b.name === to) as Build);
      const errors = await errorsThrownBy(thrower);
      for (const [kind, error] of Object.entries(errors)) {
        expect((error as Error).constructor.name, `${from} threw the right kind`).toBe(kind);
        for (const [name, cls] of Object.entries(checker)) {
          expect(error instanceof cls, `${from} ${kind} instanceof ${to} ${name}`).toBe(CHAINS[kind]?.includes(name));
        }
      }
    });
  }

  it('the same class through both entries of one build is one class', () => {
    for (const b of builds) {
      expect(b.evovoice['ServiceStackError']).toBe(b.core['ServiceStackError']);
      expect(b.evovoice['JsvRequestError']).toBe(b.core['JsvRequestError']);
    }
  });

  it('unrelated values are not instanceof any of them', () => {
    const forged = Object.assign(new Error('x'), { [Symbol('jsv-codec.JsvError')]: true, name: 'JsvError', code: 'INVALID_ARGUMENT' });
    const unrelated: unknown[] = [new Error('x'), new TypeError('x'), new RangeError('x'), {}, null, undefined, 'JsvError', 0, forged, Object.create(null)];
    for (const b of builds) {
      for (const [name, cls] of Object.entries(classesOf(b))) {
        for (const v of unrelated) expect(v instanceof cls, `${typeof v} instanceof ${b.name} ${name}`).toBe(false);
      }
    }
  });

  it("a user's subclass keeps the ordinary check: its instances are JsvErrors, other JsvErrors are not its instances", () => {
    const [esm, cjs] = builds as [Build, Build];
    const Base = esm.core['JsvError'] as new (code: string, message: string) => Error;
    class AppError extends Base {}
    const mine = new AppError('INVALID_ARGUMENT', 'mine');
    expect(mine instanceof AppError).toBe(true);
    expect(mine instanceof (esm.core['JsvError'] as ErrorClass)).toBe(true);
    expect(mine instanceof (cjs.core['JsvError'] as ErrorClass)).toBe(true);
    expect(mine instanceof (cjs.core['JsvSyntaxError'] as ErrorClass)).toBe(false);
    const other = thrown(() => fn<(t: string) => unknown>(cjs.core, 'parse')('{Id:1'));
    expect(other instanceof AppError).toBe(false);
  });

  it('the brand does not show: no enumerable own symbol on a thrown error', () => {
    for (const b of builds) {
      const e = thrown(() => fn<(t: string) => unknown>(b.core, 'parse')('{Id:1')) as object;
      expect(Object.getOwnPropertySymbols(e).filter((s) => Object.getOwnPropertyDescriptor(e, s)?.enumerable)).toEqual([]);
    }
  });
});
