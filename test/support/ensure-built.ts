/**
 * `ensureBuilt()`: makes sure `dist/` is built from the current sources before a test runs the built package (the
 * CLI as a child process, the CommonJS entry, …). It builds with `npx tsup` only when something under `src/` (or the
 * build config, or package.json) is newer than the build, and at most one process builds at a time: test files run
 * in parallel workers, so the builder holds a lock directory and the others wait for it, then re-check.
 *
 * ```ts
 * beforeAll(() => ensureBuilt(), 120_000);
 * ```
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built CLI. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Files whose presence means a build is complete (tsup writes them in every build). */
const OUTPUTS = ['dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/evovoice.js'].map((f) => join(ROOT, f));
const STAMP = join(ROOT, 'node_modules', '.cache', 'jsv-codec-build', 'stamp');
const LOCK = join(ROOT, 'node_modules', '.cache', 'jsv-codec-build', 'lock');
/** A lock older than this is left over from a killed build and is taken over. */
const STALE_LOCK_MS = 5 * 60_000;

let pending: Promise<void> | undefined;

/** Builds `dist/` if it is missing or older than the sources; resolves when it is current. Builds once per process. */
export function ensureBuilt(): Promise<void> {
  pending ??= build().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function build(): Promise<void> {
  for (;;) {
    if (isFresh()) return;
    if (tryLock()) {
      try {
        if (isFresh()) return;
        await runTsup();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    await sleep(200);
  }
}

/** Whether every output exists and the last successful build started after the newest source change. */
function isFresh(): boolean {
  let built: number;
  try {
    built = Number(readFileSync(STAMP, 'utf8'));
    for (const f of OUTPUTS) statSync(f);
  } catch {
    return false;
  }
  return Number.isFinite(built) && newestSource() < built;
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const p of ['src', 'tsup.config.ts', 'package.json', 'tsconfig.json']) {
    try {
      visit(join(ROOT, p));
    } catch {
      // missing: ignore
    }
  }
  return newest;
}

function tryLock(): boolean {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'owner'), String(process.pid));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  try {
    if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
  } catch {
    // taken away meanwhile
  }
  return false;
}

/**
 * Runs `npx tsup`. The stamp records when the build *started*, so a source saved during the build makes the next
 * check build again. A failure of the declaration (dts) step alone, e.g. a type error in code under work, does not
 * stop the tests: the JavaScript outputs are what they run.
 */
async function runTsup(): Promise<void> {
  const started = Date.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn('npx', ['tsup'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (c) => done({ code: c, output }));
  });
  const jsBuilt = OUTPUTS.every((f) => {
    try {
      return statSync(f).mtimeMs >= started - 1000;
    } catch {
      return false;
    }
  });
  if (!jsBuilt) throw new Error(`npx tsup failed (exit ${String(code)}):\n${output}`);
  if (code !== 0) process.stderr.write(`ensure-built: npx tsup exited ${String(code)} after writing the JavaScript outputs; tests go on:\n${output}\n`);
  writeFileSync(STAMP, String(started));
  // Keep mtimes meaningful for tools that compare dist with src.
  const now = new Date();
  for (const f of OUTPUTS) utimesSync(f, now, now);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
