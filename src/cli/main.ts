import type { CommandContext } from '../entries/context.js';
import { formatLocation, UserError } from '../util/errors.js';

/** Subcommands: one per gate, plus `run` for every configured gate. Loaded on demand. */
const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<(args: string[], ctx: CommandContext) => Promise<number>> }
> = {
  run: {
    summary: 'Run every gate configured in .github/ml-quality-gates.yml and print the combined verdict',
    load: async () => (await import('./run-all.js')).runAll,
  },
  report: {
    summary: 'Combine gate results into one verdict: sticky PR comment, check run, job summary, exit code',
    load: async () => (await import('./report-command.js')).runReport,
  },
  coverage: {
    summary: 'Line, branch and patch coverage (Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul, Go)',
    load: async () => {
      const [{ runGateCommand }, { COVERAGE_GATE }] = await Promise.all([
        import('./gate-command.js'),
        import('../entries/coverage.js'),
      ]);
      return (args, ctx) => runGateCommand(COVERAGE_GATE, args, ctx);
    },
  },
  'data-schema': {
    summary: 'Every dataset has a valid schema, the data meets it (CSV, JSONL, Parquet), no breaking change',
    load: async () => {
      const [{ runGateCommand }, { DATA_SCHEMA_GATE }] = await Promise.all([
        import('./gate-command.js'),
        import('../entries/data-schema.js'),
      ]);
      return (args, ctx) => runGateCommand(DATA_SCHEMA_GATE, args, ctx);
    },
  },
  'model-card': {
    summary:
      'Every model has a complete card: metadata, required sections, no placeholders, metrics as evaluated',
    load: async () => {
      const [{ runGateCommand }, { MODEL_CARD_GATE }] = await Promise.all([
        import('./gate-command.js'),
        import('../entries/model-card.js'),
      ]);
      return (args, ctx) => runGateCommand(MODEL_CARD_GATE, args, ctx);
    },
  },
  'registry-approval': {
    summary: 'Every referenced model version approved in the registry (MLflow, SageMaker, in-repo file)',
    load: async () => {
      const [{ runGateCommand }, { REGISTRY_APPROVAL_GATE }] = await Promise.all([
        import('./gate-command.js'),
        import('../entries/registry-approval.js'),
      ]);
      return (args, ctx) => runGateCommand(REGISTRY_APPROVAL_GATE, args, ctx);
    },
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
    ctx.stderr(
      `ml-quality-gates: unknown gate "${command}"; available: ${Object.keys(COMMANDS).join(', ')}\n`,
    );
    return 2;
  }
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
      ctx.stderr(
        `ml-quality-gates ${command}: ${where}${error.message}\n${error.fix ? `Fix: ${error.fix}\n` : ''}`,
      );
      if (ctx.env.GITHUB_ACTIONS === 'true')
        ctx.stdout(`::error title=ml-quality-gates ${command}::${escapeCommand(error.message)}\n`);
      return 2;
    }
    // A bug, not a user mistake: keep the stack for the issue report, but still exit 2.
    ctx.stderr(
      `ml-quality-gates ${command}: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
}

/** Replaced at build time from package.json (see scripts/build.mjs). */
declare const __MLQG_VERSION__: string | undefined;

function version(): string {
  return typeof __MLQG_VERSION__ === 'string' ? __MLQG_VERSION__ : 'development';
}

function escapeCommand(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
