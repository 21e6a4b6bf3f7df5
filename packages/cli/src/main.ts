/** The `casus` command: finds the sub-command, runs it, and turns failures into meaningful exit codes. */
import { formatIssue } from '@casus/core/issues';
import { InputFileError } from '@casus/data/input-file';
import { EXIT, InputError, type Io, UsageError } from './command.ts';
import { type CommandEntry, commands } from './commands/index.ts';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
  streams: { stdout: process.stdout, stderr: process.stderr },
};

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'casus: alliance treaties as data, and the obligations they create',
    '',
    'Usage: casus <command> [options]    (casus <command> --help for its options)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 answered, 1 bad input, 2 internal error.',
  ].join('\n');
}

/** Longest command name that prefixes argv, so "data import" wins over "data". */
function findCommand(argv: string[]): [CommandEntry | undefined, string[]] {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const found = commands.find((c) => c.name === name);
    if (found) return [found, argv.slice(words)];
  }
  return [undefined, argv];
}

/**
 * Runs `casus` with the given arguments and returns the exit code.
 * @example await main(['validate', 'library']) // 0
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(overview());
    return argv.length === 0 ? EXIT.badInput : EXIT.ok;
  }
  const [entry, rest] = findCommand(argv);
  if (!entry) {
    const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    io.stderr(
      group.length > 0
        ? `casus ${argv[0]}: give one of\n${group.map((c) => `  casus ${c.name}  ${c.summary}`).join('\n')}`
        : `casus: unknown command "${argv[0]}"\n\n${overview()}`,
    );
    return EXIT.badInput;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.issues.map(formatIssue).join('\n\n'));
      return EXIT.badInput;
    }
    if (error instanceof InputFileError) {
      io.stderr(`casus ${command.name}: ${error.message}`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      io.stderr(`casus ${command.name}: ${error.message}\n\n${command.usage}`);
      return EXIT.badInput;
    }
    io.stderr(`casus ${command.name}: internal error: ${(error as Error).message}`);
    if (process.env.CASUS_DEBUG) io.stderr(String((error as Error).stack));
    return EXIT.internal;
  }
}
