/**
 * `npm run test:browser` (not part of `npm test`): the built playground page and the library in headless Chromium
 * (Debian's `chromium`, driven by playwright-core; CHROMIUM overrides the path). Needs `npm run playground` and
 * `npm run build` first. Writes screenshots to test-output/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pagePath = path.join(root, 'dist-playground/index.html');
const outDir = path.join(root, 'test-output');
mkdirSync(outDir, { recursive: true });

let browser;
before(async () => {
  assert.ok(existsSync(pagePath), 'dist-playground/index.html is missing: run `npm run playground` first');
  assert.ok(existsSync(path.join(root, 'dist/index.js')), 'dist/index.js is missing: run `npm run build` first');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
});
after(async () => {
  await browser?.close();
});

/** A new page that fails the test on any uncaught page error. */
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems };
}

describe('playground page (file://)', () => {
  const url = pathToFileURL(pagePath).href;

  test('decodes typed input: tree, JSON, both key cases, formatted', async () => {
    const { page, problems } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'evovoice:SessionMemberInfo');
    await page.fill('#input', '');
    await page.locator('#input').pressSequentially('{Identity:u1,displayName:"Ada, L",muted:true,callState:Ringing,applicationData:{a:1}}');
    const json = JSON.parse(await page.textContent('#json'));
    assert.equal(json.identity, 'u1');
    assert.equal(json.displayName, 'Ada, L');
    assert.equal(json.muted, true);
    assert.equal(json.callState, 'Ringing');
    assert.deepEqual(json.applicationData, { a: '1' });
    const camel = await page.textContent('#encoded-camel');
    const pascal = await page.textContent('#encoded-pascal');
    assert.equal(camel, '{identity:u1,displayName:"Ada, L",isOriginalMember:False,applicationData:{a:1},callState:Ringing,role:None,muted:True}');
    assert.equal(pascal, '{Identity:u1,DisplayName:"Ada, L",IsOriginalMember:False,ApplicationData:{a:1},CallState:Ringing,Role:None,Muted:True}');
    assert.match(await page.textContent('#formatted'), /\n/);
    assert.equal(await page.locator('#tree details').first().getAttribute('open'), '');
    assert.match(await page.textContent('#tree'), /displayName: "Ada, L"/);
    assert.equal(await page.textContent('#errors'), '');
    await page.screenshot({ path: path.join(outDir, 'playground.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('untyped parse and stringify', async () => {
    const { page, problems } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'untyped');
    await page.fill('#input', '{a:[1,2],b:{c:x}}');
    assert.deepEqual(JSON.parse(await page.textContent('#json')), { a: ['1', '2'], b: { c: 'x' } });
    assert.equal(await page.textContent('#encoded-camel'), '{a:[1,2],b:{c:x}}');
    // Data is shown as text, never parsed as HTML.
    await page.fill('#input', '{"<img src=x onerror=window.__xss=1>":"<b>x</b>"}');
    assert.match(await page.textContent('#json'), /<img src=x onerror=window.__xss=1>/);
    assert.equal(await page.locator('#tree img, #tree b, #json img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a decode error shows its code, path and frame, and marks the position', async () => {
    const { page, problems } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'evovoice:SessionMemberInfo');
    const text = '{identity:u1,callState:Dialling}';
    await page.fill('#input', text);
    assert.equal(await page.textContent('#errors .err-code'), 'INVALID_ENUM');
    assert.equal(await page.textContent('#errors .err-path'), 'path: $.callState');
    assert.match(await page.textContent('#errors .err-frame'), /\^/);
    assert.equal(await page.textContent('#errors mark'), 'Dialling');
    await page.click('#errors .err-select');
    const sel = await page.$eval('#input', (t) => [t.selectionStart, t.selectionEnd]);
    assert.deepEqual(sel, [text.indexOf('Dialling'), text.indexOf('Dialling') + 'Dialling'.length]);
    assert.equal(await page.textContent('#json'), '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a syntax error shows its code and marks the position', async () => {
    const { page } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'untyped');
    await page.fill('#input', '{a:1}}');
    assert.equal(await page.textContent('#errors .err-code'), 'TRAILING_CHARACTERS');
    assert.equal(await page.textContent('#errors mark'), '}');
    await page.screenshot({ path: path.join(outDir, 'playground-error.png'), fullPage: true });
    await page.close();
  });

  test('the URL hash reproduces the input (and selects the error range on load)', async () => {
    const { page } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'evovoice:SessionMemberInfo');
    const text = '{identity:u2,callState:Nope}';
    await page.fill('#input', text);
    const link = await page.evaluate(() => location.href);
    assert.match(link, /#/);
    await page.close();
    const { page: again } = await newPage();
    await again.goto(link);
    assert.equal(await again.inputValue('#input'), text);
    assert.equal(await again.inputValue('#schema'), 'evovoice:SessionMemberInfo');
    assert.equal(await again.textContent('#errors .err-code'), 'INVALID_ENUM');
    const sel = await again.$eval('#input', (t) => [t.selectionStart, t.selectionEnd]);
    assert.deepEqual(sel, [text.indexOf('Nope'), text.indexOf('Nope') + 4]);
    await again.close();
  });

  test('a pasted /types/metadata document gives its types as schemas', async () => {
    const { page, problems } = await newPage();
    await page.goto(url);
    await page.selectOption('#schema', 'metadata');
    // Pasted (one input event; page.fill of 14 kB is slow).
    const metadata = readFileSync(path.join(root, 'test/fixtures/evovoice-metadata.json'), 'utf8');
    await page.$eval('#metadata', (t, text) => {
      t.value = text;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, metadata);
    await page.selectOption('#metadata-type', 'SessionMemberInfo');
    await page.fill('#input', '{identity:u3,role:Agent}');
    const json = JSON.parse(await page.textContent('#json'));
    assert.equal(json.identity, 'u3');
    assert.equal(json.role, 'Agent');
    assert.match(await page.textContent('#encoded-pascal'), /Identity:u3/);
    const link = await page.evaluate(() => location.href);
    await page.close();
    const { page: again } = await newPage();
    await again.goto(link);
    assert.equal(await again.inputValue('#metadata-type'), 'SessionMemberInfo');
    assert.equal(JSON.parse(await again.textContent('#json')).role, 'Agent');
    assert.deepEqual(problems, []);
    await again.close();
  });
});

describe('the library under Content-Security-Policy: script-src \'self\'', () => {
  let server;
  let origin;
  before(async () => {
    const entry = `
      import { object, string, int, array, optional, decode, encode, parse, JsvError, JsvDecodeError, JsvSyntaxError } from ${JSON.stringify(path.join(root, 'dist/index.js'))};
      const r = {};
      try { new Function('return 1')(); r.evalBlocked = false; } catch (e) { r.evalBlocked = e instanceof EvalError; }
      const Person = object({ name: string(), age: int(), tags: array(string()), nick: optional(string()) });
      try {
        const v = decode(Person, '{Name:"Ada, L",age:36,tags:[x,y]}');
        r.decoded = JSON.stringify(v);
        r.encoded = encode(Person, v);
        r.pascal = encode(Person, v, { keyCase: 'pascal' });
        r.again = JSON.stringify(decode(Person, r.encoded));
      } catch (e) { r.failure = String(e && e.stack || e); }
      try { decode(Person, '{name:a,age:old}'); r.decodeError = 'none'; }
      catch (e) { r.decodeError = { code: e.code, jsv: e instanceof JsvError, decodeError: e instanceof JsvDecodeError, path: e.path }; }
      try { parse('{a:1'); r.syntaxError = 'none'; }
      catch (e) { r.syntaxError = { code: e.code, jsv: e instanceof JsvError, syntax: e instanceof JsvSyntaxError }; }
      window.__results = r;
      document.getElementById('out').textContent = JSON.stringify(r);
    `;
    const bundled = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'warning',
    });
    const js = bundled.outputFiles[0].text;
    const html = '<!doctype html><meta charset="utf-8"><title>csp</title><pre id="out"></pre><script src="/app.js"></script>';
    server = createServer((req, res) => {
      const csp = { 'Content-Security-Policy': "script-src 'self'" };
      if (req.url === '/') res.writeHead(200, { ...csp, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      else if (req.url === '/app.js') res.writeHead(200, { ...csp, 'Content-Type': 'text/javascript' }).end(js);
      else res.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => (server ? server.close(resolve) : resolve())));

  test('decode (jitless fallback), encode, errors and instanceof', async () => {
    const { page, problems } = await newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 20_000 });
    const r = await page.evaluate(() => window.__results);
    assert.equal(r.failure, undefined);
    assert.equal(r.evalBlocked, true, 'new Function should be refused by the CSP');
    assert.deepEqual(JSON.parse(r.decoded), { name: 'Ada, L', age: 36, tags: ['x', 'y'] });
    assert.equal(r.encoded, '{name:"Ada, L",age:36,tags:[x,y]}');
    assert.equal(r.pascal, '{Name:"Ada, L",Age:36,Tags:[x,y]}');
    assert.deepEqual(r.again, r.decoded);
    assert.deepEqual(r.decodeError, { code: 'INVALID_NUMBER', jsv: true, decodeError: true, path: ['age'] });
    assert.deepEqual(r.syntaxError, { code: 'UNTERMINATED_OBJECT', jsv: true, syntax: true });
    assert.deepEqual(problems, []);
    await page.screenshot({ path: path.join(outDir, 'csp-smoke.png') });
    await page.close();
  });
});
