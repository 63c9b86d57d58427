/**
 * `jsv`: dispatches to a command and turns every outcome into an exit code: 0 done, 1 bad input or a failed request
 * (reported on stderr), 2 a usage error, 70 an internal error (`jsv: internal error: …`, never a stack trace).
 */
import { HELP_OPTION, UsageError, describeOptions, flagOf, parseArgs, type OptionSpec } from './args.js';
import type { Command } from './command.js';
import { callCommand } from './commands/call.js';
import { checkCommand } from './commands/check.js';
import { codegenCommand } from './commands/codegen.js';
import { formatCommand } from './commands/format.js';
import { fromJsonCommand } from './commands/from-json.js';
import { sessionsCommand } from './commands/sessions.js';
import { toJsonCommand } from './commands/to-json.js';
import type { CliIo } from './io.js';
import { CliError, inputError, isStackOverflow } from './report-error.js';
import { schemaNames } from './schemas.js';
import { packageVersion } from './version.js';
import { terminalSafe } from '../text/terminal-safe.js';

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  toJsonCommand, fromJsonCommand, formatCommand, checkCommand, sessionsCommand, codegenCommand, callCommand,
];

/** Exit codes. */
export const EXIT = { ok: 0, failure: 1, usage: 2, internal: 70 } as const;

const VERSION_OPTION: OptionSpec = { name: 'version', short: 'v', type: 'flag', description: 'Print the version' };

/** Runs `jsv` with `argv` (without the node and script paths); resolves with the exit code, never rejects. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const safe = personIo(io);
  try {
    return await dispatch(argv, safe);
  } catch (e) {
    return report(e, safe);
  }
}

/**
 * `io` with standard error made terminal-safe: everything written there is for a person (messages, including a
 * server's `ResponseStatus.message`, code frames quoting the input), so control characters are shown as escapes.
 * Standard output is data (JSON, JSV) and left exact; the sessions table cleans its own cells.
 */
function personIo(io: CliIo): CliIo {
  return {
    out: (text) => io.out(text),
    err: (text) => io.err(terminalSafe(text)),
    readStdin: () => io.readStdin(),
    stdinIsTerminal: io.stdinIsTerminal,
    columns: io.columns,
    env: io.env,
  };
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === undefined) {
    io.err(topHelp());
    return EXIT.usage;
  }
  if (first === 'help') {
    const topic = argv[1];
    if (topic === undefined) {
      io.out(topHelp());
      return EXIT.ok;
    }
    io.out(commandHelp(findCommand(topic)));
    return EXIT.ok;
  }
  if (first.startsWith('-')) {
    const args = parseArgs(argv, [HELP_OPTION, VERSION_OPTION], 0);
    if (flagOf(args, 'version')) {
      io.out(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    io.out(topHelp());
    return EXIT.ok;
  }
  const command = findCommand(first);
  const args = parseArgs(argv.slice(1), command.options, command.maxPositionals, command.name);
  if (flagOf(args, 'help')) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  return await command.run(args, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new UsageError(`unknown command '${name}'`);
  return command;
}

function report(e: unknown, io: CliIo): number {
  if (e instanceof UsageError) {
    const who = e.command === undefined ? 'jsv' : `jsv ${e.command}`;
    io.err(`${who}: ${e.message}\nTry '${who} --help'.\n`);
    return EXIT.usage;
  }
  if (e instanceof CliError) {
    io.err(`${e.message}\n`);
    return e.exitCode;
  }
  // A JsvError that no command claimed: still bad input, just without a file name.
  const claimed = inputError(e, { name: 'jsv', text: '' });
  if (claimed instanceof CliError) {
    io.err(`${claimed.message}\n`);
    return claimed.exitCode;
  }
  if (isStackOverflow(e)) {
    io.err('jsv: the input is nested too deeply to process\n');
    return EXIT.failure;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`jsv: internal error: ${message.split('\n')[0] ?? ''}\n`);
  return EXIT.internal;
}

/** `jsv --help`. */
export function topHelp(): string {
  const width = COMMANDS.reduce((w, c) => Math.max(w, c.name.length), 0);
  const { dtos, enums } = schemaNames();
  return [
    `jsv ${packageVersion()}: read, write and check ServiceStack JSV text`,
    '',
    'Usage: jsv <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    describeOptions([HELP_OPTION, VERSION_OPTION]),
    '',
    "Run 'jsv <command> --help' (or 'jsv help <command>') for a command's options.",
    '',
    'Schemas for --schema (evovoice:<Name> or just <Name>; append [] for a list):',
    wrap(dtos.join(', '), '  '),
    wrap(`enums: ${enums.join(', ')}`, '  '),
    '',
    "Input: a file name, or '-' or nothing for standard input.",
    'Exit codes: 0 ok, 1 bad input or failed request, 2 usage error, 70 internal error.',
    '',
  ].join('\n');
}

/** `jsv <command> --help`. */
export function commandHelp(command: Command): string {
  return [
    `${command.summary}.`,
    '',
    `Usage: jsv ${command.usage}`,
    '',
    'Options:',
    describeOptions(command.options),
    '',
    command.details,
    '',
  ].join('\n');
}

function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
