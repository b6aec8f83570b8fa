import type { GateOption, OptionValuesOf } from '../../result/gate.js';

/** Options of `ml-quality-gates notebooks`, which are also the inputs of actions/notebooks. */
export const NOTEBOOKS_OPTIONS = [
  { name: 'paths', kind: 'list', description: 'Glob of notebooks to judge (default **/*.ipynb)' },
  { name: 'exclude', kind: 'list', description: 'Glob of notebooks not to judge' },
  {
    name: 'changed-only',
    kind: 'boolean',
    description: 'Judge only the notebooks changed since the merge base with base',
  },
  { name: 'base', kind: 'string', description: 'Git ref changed-only compares with (e.g. origin/main)' },
  {
    name: 'outputs',
    kind: 'string',
    choices: ['stripped', 'executed', 'any'],
    description: 'Outputs policy where no config policy matches: stripped (default), executed, any',
  },
  {
    name: 'python-version',
    kind: 'string',
    description: 'Python version notebooks must declare: 3.11 or a specifier such as >=3.10,<3.12',
  },
  { name: 'max-notebook-kib', kind: 'number', description: 'Largest notebook file, KiB (default 1024)' },
  { name: 'max-output-kib', kind: 'number', description: 'Largest single output, KiB (default 200)' },
] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each one overrides the config file. */
export type NotebooksOverrides = OptionValuesOf<typeof NOTEBOOKS_OPTIONS>;
