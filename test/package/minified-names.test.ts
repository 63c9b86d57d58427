/**
 * Error names survive minification: bundlers rename classes, so a `name` taken from `constructor.name` would read `G`
 * in a user's production bundle (and in their logs). Every error class jsv-codec throws says its own name there too,
 * while a user's own subclass keeps its class name.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/ensure-built.js';
import { JsvSyntaxError } from '../../src/index.js';

const ENTRY = `
import { safeParse, safeDecode, safeEncode, object, string, int } from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))};
const names = [];
const p = safeParse('{a:'); names.push(p.ok ? 'ok' : p.error.name);
const d = safeDecode(object({ a: int() }), '{a:x}'); names.push(d.ok ? 'ok' : d.error.name);
const e = safeEncode(object({ a: string() }), { a: 1 }); names.push(e.ok ? 'ok' : e.error.name);
export default names;
`;

describe('error names in a minified bundle', () => {
  it('are the class names jsv-codec documents, not the minifier\u2019s', async () => {
    const out = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: string[] };
    expect(mod.default).toEqual(['JsvSyntaxError', 'JsvDecodeError', 'JsvEncodeError']);
  }, 30_000);

  it('a user subclass keeps its own name', () => {
    class MyError extends JsvSyntaxError {}
    expect(new MyError('UNEXPECTED_CHARACTER', 'x', 'text', 0).name).toBe('MyError');
  });
});
