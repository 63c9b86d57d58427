#!/usr/bin/env node
/** The `jsv` command line: `jsv --help` says what it does. See run.ts for the commands and exit codes. */
import { nodeIo } from './io.js';
import { run } from './run.js';

// `jsv to-json big.jsv | head`: a closed pipe ends the output quietly instead of with an EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`jsv: cannot write output: ${e.message}\n`);
  process.exit(1);
});

void run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // run() never rejects; this is only a last guard against a stack trace.
    process.stderr.write(`jsv: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
