import type { GateCommand } from '../cli/gate-command.js';
import { coverageSettings } from '../config/coverage-settings.js';
import { evaluateCoverage } from '../gates/coverage/evaluate.js';
import type { OptionSpec } from './options.js';

/** Options of `ml-quality-gates coverage`; the composite action passes each as MLQG_<NAME>. */
export const COVERAGE_OPTIONS: readonly OptionSpec[] = [
  { name: 'report', kind: 'list', env: 'MLQG_REPORTS', description: 'Coverage report file or glob' },
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
  {
    name: 'min-overall',
    kind: 'number',
    description: "Minimum lines+branches coverage (coverage.py's TOTAL), percent",
  },
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
];

/** The coverage gate: line, branch and patch coverage from every common report format. */
export const COVERAGE_GATE: GateCommand = {
  name: 'coverage',
  summary:
    'Line, branch and patch coverage from Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul and Go reports',
  options: COVERAGE_OPTIONS,
  configured: (config) => config.coverage !== undefined,
  disabled: (config) =>
    config.coverage?.enabled === false ? 'coverage.enabled is false in the config' : undefined,
  evaluate: (config, options, ctx) =>
    evaluateCoverage(coverageSettings(config.coverage ?? {}, options, ctx.cwd, pullRequestBase(ctx.env))),
};

/** In a pull_request workflow the base branch is known: compare with it unless told otherwise. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  const baseRef = env.GITHUB_BASE_REF;
  return env.GITHUB_ACTIONS === 'true' && baseRef ? `origin/${baseRef}` : undefined;
}
