import type { GateOption, OptionValuesOf } from '../../result/gate.js';

/** Options of `ml-quality-gates report`; actions/report passes each input as MLQG_<NAME>. */
export const REPORT_OPTIONS = [
  {
    name: 'results',
    kind: 'list',
    description: "Result directories, files or globs, besides this job's $RUNNER_TEMP/ml-quality-gates",
  },
  {
    name: 'results-from',
    kind: 'string',
    choices: ['files', 'workflow-run'],
    description: 'files (default), or workflow-run: download the results artifact of the triggering run',
  },
  {
    name: 'run-id',
    kind: 'number',
    description: 'Workflow run to download results from (default: the workflow_run event)',
  },
  {
    name: 'artifact-name',
    kind: 'string',
    description: 'Results artifact name (default ml-quality-gates-results)',
  },
  {
    name: 'expect',
    kind: 'list',
    description: 'Gate ids that must have a result (a missing one is an error)',
  },
  {
    name: 'comment',
    kind: 'string',
    choices: ['always', 'on-change', 'on-failure', 'never'],
    description: 'When to write the sticky PR comment (default always)',
  },
  { name: 'marker', kind: 'string', description: 'Marker id of the sticky comment (default report)' },
  {
    name: 'check-name',
    kind: 'string',
    description: 'Check run name / status context (default "ML quality gates")',
  },
  { name: 'check-run', kind: 'boolean', description: 'Create a check run on the head commit (default true)' },
  { name: 'commit-status', kind: 'boolean', description: 'Also set a commit status (default false)' },
  {
    name: 'fail-on',
    kind: 'string',
    choices: ['error', 'warning', 'never'],
    description: 'What blocks: error (failing gates, default), warning (warnings too), never',
  },
  {
    name: 'fail-on-error',
    kind: 'boolean',
    description: 'A gate that could not judge blocks (default true)',
  },
  {
    name: 'max-findings',
    kind: 'number',
    description: 'Findings listed per gate in the comment (default 50)',
  },
  { name: 'title', kind: 'string', description: 'Heading of the report (default "ML quality gates")' },
  {
    name: 'upload-results',
    kind: 'string',
    choices: ['auto', 'always', 'never'],
    description: 'Prepare the results artifact: auto (when the token cannot post), always, never',
  },
  {
    name: 'github-token',
    kind: 'string',
    secret: true,
    description: 'Token to post with (default GITHUB_TOKEN); none: print only',
  },
  {
    name: 'comment-author',
    kind: 'string',
    description:
      'Login the token writes as, for a GitHub App token (default: GET /user, else github-actions[bot])',
  },
  {
    name: 'api-timeout',
    kind: 'number',
    description: 'Time limit of each GitHub API request attempt, seconds (default 30)',
  },
  {
    name: 'max-rate-limit-wait',
    kind: 'number',
    description: 'Longest rate-limit wait accepted, seconds (default 60); longer is an error',
  },
  {
    name: 'config-from',
    kind: 'string',
    choices: ['head', 'base'],
    description: "Config that governs: head, or base (the PR base branch's); default base for workflow-run",
  },
  {
    name: 'base',
    kind: 'string',
    description: 'Git ref of the base config (default: the pull request base, origin/<branch>)',
  },
  {
    name: 'pr-checkout',
    kind: 'string',
    description:
      'workflow-run: directory holding the PR head files (checked out as data); file-only gates are re-run on it',
  },
  { name: 'repo', kind: 'string', description: 'owner/name (default GITHUB_REPOSITORY)' },
  { name: 'pr', kind: 'number', description: 'Pull request number (default: from the event)' },
  {
    name: 'sha',
    kind: 'string',
    description: 'Commit for the check run (default: the PR head or GITHUB_SHA)',
  },
] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each overrides the config's `report:` section. */
export type ReportOverrides = OptionValuesOf<typeof REPORT_OPTIONS>;
