/**
 * Generated code survives a full garbage collection. Optimized code depends weakly on the hidden classes of the objects
 * it builds (each object schema's instances, the scanner); when a full GC finds no instance of such a class alive, V8
 * throws the code away ("weak objects") and the next calls run unoptimized (3–4× slower, issue 16). The decoders keep
 * one default instance of each class alive, so this must not happen. A child process of the built package decodes
 * until the code is optimized, drops every result, collects, decodes again, and V8's own trace is read.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../support/ensure-built.js';
import { encode } from '../../src/index.js';
import { GetActiveSessionsResponse, generateActiveSessions } from '../../src/evovoice/index.js';

const CHILD = `
const J = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)});
const E = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'evovoice.js')).href)});
const S = E.GetActiveSessionsResponse;
const { readFileSync } = await import('node:fs');
const text = readFileSync(0, 'utf8'); // from the parent: generating it here would put the generator's code in the trace
let sink;
for (let i = 0; i < 3000; i++) sink = J.decode(S, text);
sink = undefined;
console.log('=== full GC ===');
globalThis.gc();
for (let i = 0; i < 50; i++) sink = J.decode(S, text);
console.log('=== done ===', sink.sessions.length);
`;

describe('generated decoders after a full garbage collection', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('are not deoptimized for "weak objects" when no decoded result is alive', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', '--input-type=module', '-e', CHILD], { input: encode(GetActiveSessionsResponse, generateActiveSessions(20, { seed: 7 })), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain('=== done === 20');
    // V8 buffers its trace apart from console.log, so the lines are not in order: the whole run is checked. The
    // generated decoders were optimized (otherwise the check below would prove nothing) ...
    expect(out).toMatch(/compiling method .*decode_SessionInfo .*target TURBOFAN/);
    // ... and no code was thrown away because a hidden class died (only a full GC does that).
    const weak = out.split('\n').filter((line) => line.includes('reason: weak objects'));
    expect(weak).toEqual([]);
  }, 60_000);
});
