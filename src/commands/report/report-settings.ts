import type { CommentMode } from '../../github/sticky-comment.js';
import type { BlockingPolicy } from '../../report/verdict.js';
import { ConfigurationError } from '../../util/errors.js';
import { globs } from '../../util/globs.js';
import schema from './config.schema.json' with { type: 'json' };
import type { ReportConfig } from './config.generated.js';
import type { ReportOverrides } from './report-options.js';

/** JSON Schema of the config's `report:` section; composed into schema/config.schema.json. */
export const REPORT_CONFIG_SCHEMA: Readonly<Record<string, unknown>> = schema;

/** Everything the report step needs, resolved from config, inputs and the environment. */
export interface ReportSettings {
  /** Extra result sources besides this job's `$RUNNER_TEMP/ml-quality-gates`. */
  results: string[];
  /** `files`, or `workflow-run`: download the results artifact of the run that triggered this one. */
  resultsFrom: 'files' | 'workflow-run';
  /** The run to download from (default: the `workflow_run` event's run). */
  runId?: number;
  artifactName: string;
  expect: string[];
  comment: CommentMode;
  marker: string;
  checkName: string;
  checkRun: boolean;
  commitStatus: boolean;
  policy: BlockingPolicy;
  maxFindings: number;
  title: string;
  uploadResults: 'auto' | 'always' | 'never';
  /** Absent: print the report and the verdict, post nothing. */
  token?: string;
  repo?: string;
  pr?: number;
  sha?: string;
}

/** Merges the config's `report:` section, the overrides and `GITHUB_TOKEN` into settings. */
export function reportSettings(
  config: ReportConfig,
  overrides: ReportOverrides,
  env: NodeJS.ProcessEnv,
): ReportSettings {
  const token = overrides['github-token'] ?? (env.GITHUB_TOKEN?.trim() || undefined);
  const pr = overrides.pr;
  if (pr !== undefined && (!Number.isSafeInteger(pr) || pr <= 0)) {
    throw new ConfigurationError(`--pr: ${pr} is not allowed; expected a pull request number`);
  }
  const maxFindings = overrides['max-findings'] ?? config['max-findings'] ?? 50;
  if (!Number.isInteger(maxFindings) || maxFindings < 0 || maxFindings > 1000) {
    throw new ConfigurationError(
      `--max-findings: ${maxFindings} is not allowed; expected an integer from 0 to 1000`,
    );
  }
  return {
    results: overrides.results && overrides.results.length > 0 ? overrides.results : globs(config.results),
    resultsFrom: choice('results-from', overrides['results-from'], ['files', 'workflow-run'], 'files'),
    ...(overrides['run-id'] !== undefined ? { runId: overrides['run-id'] } : {}),
    artifactName: overrides['artifact-name'] ?? config['artifact-name'] ?? 'ml-quality-gates-results',
    expect: overrides.expect && overrides.expect.length > 0 ? overrides.expect : (config.expect ?? []),
    comment: choice(
      'comment',
      overrides.comment,
      ['always', 'on-change', 'on-failure', 'never'],
      config.comment ?? 'always',
    ),
    marker: overrides.marker ?? config.marker ?? 'report',
    checkName: overrides['check-name'] ?? config['check-name'] ?? 'ML quality gates',
    checkRun: overrides['check-run'] ?? config['check-run'] ?? true,
    commitStatus: overrides['commit-status'] ?? config['commit-status'] ?? false,
    policy: {
      failOn: choice(
        'fail-on',
        overrides['fail-on'],
        ['error', 'warning', 'never'],
        config['fail-on'] ?? 'error',
      ),
      failOnError: overrides['fail-on-error'] ?? config['fail-on-error'] ?? true,
    },
    maxFindings,
    title: overrides.title ?? config.title ?? 'ML quality gates',
    uploadResults: choice(
      'upload-results',
      overrides['upload-results'],
      ['auto', 'always', 'never'],
      config['upload-results'] ?? 'auto',
    ),
    ...(token ? { token } : {}),
    ...(overrides.repo ? { repo: overrides.repo } : {}),
    ...(pr !== undefined ? { pr } : {}),
    ...(overrides.sha ? { sha: overrides.sha } : {}),
  };
}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `--${name}: ${JSON.stringify(value)} is not allowed; allowed: ${allowed.join(', ')}`,
  );
}
