import { coverageSettings } from '../config/coverage-settings.js';
import { loadConfig } from '../config/load-config.js';
import { evaluateCoverage } from '../gates/coverage/evaluate.js';
import { skippedResult } from '../result/skipped.js';
import { exitCodeFor } from '../result/types.js';
import { publishResult } from '../run/publish.js';
import type { CommandContext } from './context.js';
import { COMMON_OPTIONS, helpText, type OptionSpec, readOptions } from './options.js';

/** Options of `ml-quality-gates coverage`; the composite action passes each as MLQG_<NAME>. */
export const COVERAGE_OPTIONS: readonly OptionSpec[] = [
  { name: 'report', kind: 'list', description: 'Coverage report file or glob' },
  { name: 'base', kind: 'string', description: 'Git ref; patch coverage = diff of merge-base...HEAD' },
  {
    name: 'diff-file',
    kind: 'string',
    description: 'Unified diff to take changed lines from instead of git',
  },
  {
    name: 'root',
    kind: 'string',
    description: 'Repository root report paths map onto (default: git top level)',
  },
  { name: 'min-lines', kind: 'number', description: 'Minimum total line coverage, percent' },
  { name: 'min-branches', kind: 'number', description: 'Minimum total branch coverage, percent' },
  { name: 'min-patch', kind: 'number', description: 'Minimum coverage of changed lines, percent' },
  { name: 'min-file', kind: 'number', description: 'Minimum line coverage of each changed file, percent' },
  {
    name: 'min-changed-lines',
    kind: 'number',
    description: 'Apply the patch minimum only from this many measured changed lines',
  },
  { name: 'exclude', kind: 'list', description: 'Glob of repository paths to leave out' },
  { name: 'path-map', kind: 'list', description: 'FROM=TO prefix rewrite for report paths' },
  { name: 'baseline', kind: 'string', description: 'Earlier coverage result JSON to compare with' },
  { name: 'max-drop', kind: 'number', description: 'Largest allowed drop vs the baseline, in points' },
  ...COMMON_OPTIONS,
];

/** `ml-quality-gates coverage`: runs the gate and publishes its result; returns the exit code. */
export async function runCoverage(args: string[], ctx: CommandContext): Promise<number> {
  const options = readOptions(COVERAGE_OPTIONS, args, ctx.env);
  if (options.help) {
    ctx.stdout(helpText('Usage: ml-quality-gates coverage --report FILE [options]', COVERAGE_OPTIONS));
    return 0;
  }
  const { config } = await loadConfig(options.config as string | undefined, ctx.cwd);
  const section = config.coverage ?? {};
  const result =
    section.enabled === false
      ? skippedResult('coverage', 'coverage.enabled is false in the config')
      : await evaluateCoverage(coverageSettings(section, options, ctx.cwd, pullRequestBase(ctx.env)));
  await publishResult(result, {
    format: (options.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text',
    output: options.output as string | undefined,
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: ctx.stdout,
  });
  return exitCodeFor(result.status);
}

/** In a pull_request workflow the base branch is known: compare with it unless told otherwise. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  const baseRef = env.GITHUB_BASE_REF;
  return env.GITHUB_ACTIONS === 'true' && baseRef ? `origin/${baseRef}` : undefined;
}
