/**
 * Measurements that need a fresh process, run by `run.mjs` as `node --expose-gc bench/child.mjs <task> ...`. Each prints
 * one JSON line on stdout.
 *
 *   cold <file> <decode|json|ajv>      time of the FIRST call (ms) on the text in <file>: our `decode` (code generation
 *                                      included), `JSON.parse`, or ajv (`compile` + `JSON.parse` + validate)
 *   rss <file> <decode|json>           peak RSS (maxRSS) after decoding the text in <file> once
 *   aftergc <jsvFile> <jsonFile> <rounds>
 *                                      decode speed in the 200 ms after a full GC (no result alive) / in 200 ms warm,
 *                                      for our decode and for JSON.parse, per round
 *   heap <shape> <count> <rounds>      retained heap of the result of our decode / JSON.parse's, `count` sessions
 *
 * Imports happen before any timing; the texts are read from files (flat strings, as `response.text()` gives).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadPackage } from './load.mjs';
import { getGc, compareRetained } from './heap.mjs';
import { shapes } from './shapes.mjs';

const [task, ...rest] = process.argv.slice(2);
const { J, E } = await loadPackage();
const schema = E.GetActiveSessionsResponse;
let sink;

const received = (text) => new TextDecoder().decode(new TextEncoder().encode(text));

function out(obj) {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

if (task === 'cold') {
  const [file, which] = rest;
  const text = readFileSync(file, 'utf8');
  let run;
  if (which === 'decode') run = () => J.decode(schema, text);
  else if (which === 'json') run = () => JSON.parse(text);
  else if (which === 'ajv') {
    const { default: Ajv } = await import('ajv');
    const { jsonSchemaOf } = await import('./alternatives.mjs');
    const json = jsonSchemaOf(schema);
    run = () => {
      const check = new Ajv({ strict: false }).compile(json);
      const v = JSON.parse(text);
      if (!check(v)) throw new Error('ajv rejected the data');
      return v;
    };
  } else throw new Error(`child cold: unknown ${which}`);
  const t0 = performance.now();
  sink = run();
  const ms = performance.now() - t0;
  out({ ms });
} else if (task === 'rss') {
  const [file, which] = rest;
  const text = readFileSync(file, 'utf8');
  const before = process.resourceUsage().maxRSS;
  sink = which === 'decode' ? J.decode(schema, text) : JSON.parse(text);
  out({ maxRssKb: process.resourceUsage().maxRSS, beforeKb: before });
} else if (task === 'aftergc') {
  const [jsvFile, jsonFile, roundsText] = rest;
  const gc = getGc();
  const jsv = readFileSync(jsvFile, 'utf8');
  const json = readFileSync(jsonFile, 'utf8');
  const ops = { decode: () => J.decode(schema, jsv), 'JSON.parse': () => JSON.parse(json) };
  const rate = (fn, ms) => {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < ms) {
      sink = fn();
      n++;
    }
    return n / (performance.now() - t0);
  };
  for (const fn of Object.values(ops)) rate(fn, 1000); // warm
  const ratios = { decode: [], 'JSON.parse': [] };
  const rounds = Number(roundsText);
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of r % 2 ? Object.entries(ops).reverse() : Object.entries(ops)) {
      const warm = rate(fn, 200);
      sink = undefined; // no decoded result alive at the collection
      gc();
      const after = rate(fn, 200);
      ratios[name].push(after / warm);
    }
  }
  out({ ratios });
} else if (task === 'heap') {
  const [shapeName, countText, roundsText] = rest;
  const gc = getGc();
  const shape = shapes(E).find((s) => s.name === shapeName);
  let value = shape.make(Number(countText), 1);
  const jsv = received(J.encode(schema, value));
  const json = received(JSON.stringify(value));
  value = undefined;
  const retained = compareRetained(gc, { 'JSON.parse': () => JSON.parse(json), decode: () => J.decode(schema, jsv) }, Number(roundsText));
  out({ retained, ratio: retained.decode / retained['JSON.parse'] });
} else {
  throw new Error(`child: unknown task ${task}`);
}
globalThis.benchSink = sink;
