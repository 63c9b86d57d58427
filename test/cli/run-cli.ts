/** Runs the built `jsv` (dist/cli.js) as a child process and collects what it did. */
import { spawn } from 'node:child_process';
import { CLI, ROOT } from '../support/ensure-built.js';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to standard input, which is then closed (default: nothing, closed at once). */
  readonly input?: string | Uint8Array;
  /** Extra environment variables (EVOVOICE_* from the test runner's environment are removed). */
  readonly env?: Record<string, string>;
  /** The script to run (default dist/cli.js). */
  readonly script?: string;
}

/** `node dist/cli.js ...args`, with a 30 s guard. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env, NO_COLOR: '1' };
  for (const k of ['EVOVOICE_TOKEN', 'EVOVOICE_BASE_URL']) if (options.env?.[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? CLI, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {
      // the CLI may exit before reading all of its input (usage errors)
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Whether `text` looks like it holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+(\(|node:|file:|\.js:\d+)/m.test(text) || /node:internal/.test(text);
}
