import type { CommandContext } from './context.js';
import { annotationCommand, neutralizeCommands } from '../outputs/log-escape.js';
import { errorMessage, formatLocation, UserError } from '../util/errors.js';
import { debugLog } from './debug-log.js';
import { nearestOption } from './options.js';
import { GATES } from './registry.js';

type Command = (args: string[], ctx: CommandContext) => Promise<number>;

/** Subcommands: `run`, `report`, then one per registered gate. Each loads on demand. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: {
    summary: 'Run every gate configured in .github/ml-quality-gates.yml and print the combined verdict',
    load: async () => (await import('./run-all.js')).runAll,
  },
  report: {
    summary: 'Combine gate results into one verdict: sticky PR comment, check run, job summary, exit code',
    load: async () => (await import('./report/report-command.js')).runReport,
  },
  ...Object.fromEntries(
    GATES.map((gate) => [
      gate.id,
      {
        summary: gate.summary,
        load: async (): Promise<Command> => {
          const { runGateCommand } = await import('./gate-command.js');
          return (args, ctx) => runGateCommand(gate, args, ctx);
        },
      },
    ]),
  ),
  init: {
    summary: 'Write a starter .github/ml-quality-gates.yml and workflow from what the repository holds',
    load: async () => (await import('./init/init-command.js')).runInit,
  },
};

const USAGE = `Usage: ml-quality-gates <gate> [options]

Gates:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(18)}${c.summary}`)
  .join('\n')}

Run "ml-quality-gates <gate> --help" for a gate's options.
Exit codes: 0 pass or warn, 1 fail, 2 error (bad input or usage).
`;

/** Runs the CLI; returns the exit code instead of exiting, so output is flushed first. */
export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    ctx.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    ctx.stdout(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    const nearest = nearestOption(command, Object.keys(COMMANDS));
    ctx.stderr(
      `ml-quality-gates: unknown gate "${command}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; available: ${Object.keys(COMMANDS).join(', ')}\n`,
    );
    return 2;
  }
  // Messages may quote a file from the repository: in a workflow, no line of them starts a command.
  const stderr = (text: string) => {
    ctx.stderr(ctx.env.GITHUB_ACTIONS === 'true' ? neutralizeCommands(text) : text);
  };
  try {
    return await (
      await entry.load()
    )(rest, ctx);
  } catch (error) {
    if (error instanceof UserError) {
      const where =
        error.location && !error.message.startsWith(error.location.path)
          ? `${formatLocation(error.location)}: `
          : '';
      stderr(
        `ml-quality-gates ${command}: ${where}${error.message}\n${error.fix ? `Fix: ${error.fix}\n` : ''}`,
      );
      if (ctx.env.GITHUB_ACTIONS === 'true')
        ctx.stdout(
          `${annotationCommand('error', error.message, { title: `ml-quality-gates ${command}` })}\n`,
        );
      return 2;
    }
    // A bug, not a user mistake: one line here, the stack in the debug log; still exit 2.
    stderr(
      `ml-quality-gates ${command}: internal error (please report it, with the stack from a run with MLQG_DEBUG=1 or RUNNER_DEBUG=1): ${errorMessage(error).split('\n')[0] ?? ''}\n`,
    );
    debugLog(ctx, error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}

/** Replaced at build time from package.json (see scripts/build.mjs). */
declare const __MLQG_VERSION__: string | undefined;

function version(): string {
  return typeof __MLQG_VERSION__ === 'string' ? __MLQG_VERSION__ : 'development';
}
