/**
 * Prints the targets table of one or more `bench/results.json` files (from `npm run bench -- --json`) as Markdown, one
 * column per shape: `node bench/markdown.mjs results-a.json [results-b.json ...]` (later files fill shapes the earlier
 * ones lack). Also prints the alternatives table at 1,000 sessions.
 */
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const fmt = (s) => (s && Number.isFinite(s.median) ? (s.n === 1 ? s.median.toFixed(2) : `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`) : 'n/a');
const shapes = ['generated', 'quoted', 'text', 'sparse'];
const cell = (measure, shape) => {
  for (const f of files) {
    const t = f.targets.find((x) => x.measure === measure);
    if (t && t.per[shape]) return `${fmt(t.per[shape])}${t.met[shape] ? ' ✓' : ''}`;
  }
  return 'n/a';
};
const first = files[0];
console.log(`| measure | target | ${shapes.join(' | ')} |`);
console.log(`|---|---|${shapes.map(() => '---').join('|')}|`);
for (const t of first.targets) {
  console.log(`| ${t.measure} | ${t.target < 0 ? `≥ ${-t.target}` : `≤ ${t.target}`} | ${shapes.map((s) => cell(t.measure, s)).join(' | ')} |`);
}
console.log('');
const alt = ['compiled decode', 'JSON.parse + ajv', 'JSON.parse + TypeBox', 'JSON.parse + zod', 'compiled encode', 'fast-json-stringify'];
console.log(`| at 1,000 sessions, / JSON built-in | ${shapes.join(' | ')} |`);
console.log(`|---|${shapes.map(() => '---').join('|')}|`);
for (const a of alt) {
  const row = shapes.map((s) => {
    for (const f of files) {
      const r = f.results?.[s]?.[1000]?.[a];
      if (r) return fmt(r.ratio);
    }
    return 'n/a';
  });
  console.log(`| ${a} | ${row.join(' | ')} |`);
}
