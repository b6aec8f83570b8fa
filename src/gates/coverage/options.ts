import type { GateOption, OptionValuesOf } from '../../result/gate.js';

/** Options of `ml-quality-gates coverage`, which are also the inputs of actions/coverage. */
export const COVERAGE_OPTIONS = [
    {
      name: 'report',
      input: 'reports',
      aliases: ['reports'],
      kind: 'list',
      description: 'Coverage report file or glob',
    },
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
  ] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each one overrides the config file. */
export type CoverageOverrides = OptionValuesOf<typeof COVERAGE_OPTIONS>;
