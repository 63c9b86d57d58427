#!/usr/bin/env node
/**
 * `npm run playground`: builds the playground page into dist-playground/index.html (every time, then exits). The page
 * is one self-contained file: playground/main.ts bundled by esbuild (browser, IIFE, minified) and inlined into
 * playground/index.html, so it also works opened from file://.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [path.join(root, 'playground/main.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
});
// Inlined in a <script> element: `</script` and `<!--` must not appear in it.
const js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const template = readFileSync(path.join(root, 'playground/index.html'), 'utf8');
if (!template.includes('<!--SCRIPT-->')) throw new Error('playground/index.html has no <!--SCRIPT--> placeholder');
const html = template.replace('<!--SCRIPT-->', () => `<script>${js}</script>`);
const out = path.join(root, 'dist-playground/index.html');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${path.relative(root, out)} (${(html.length / 1024).toFixed(1)} KiB)`);
