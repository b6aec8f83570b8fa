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
  /** Login the token writes as, when configured (a GitHub App's bot). */
  commentAuthor?: string;
  /** Time limit of each GitHub API request attempt, in milliseconds. */
  apiTimeoutMs: number;
  /** Longest rate-limit wait accepted, in seconds. */
  maxRateLimitWait: number;
  /** Which config governs the verdict. */
  configFrom: 'head' | 'base';
  /** Git ref of the base config; default: the pull request base. */
  base?: string;
  /** workflow-run: the PR head's files, checked out as data, for re-running file-only gates. */
  prCheckout?: string;
  /** Absent: print the report and the verdict, post nothing. */
  token?: string;
  repo?: string;
  pr?: number;
  sha?: string;
}

/**
 * Merges the config's `report:` section, the overrides and `GITHUB_TOKEN` into settings: one flat
 * line per setting, input over config over default, with related settings grouped in the helpers
 * below.
 */
export function reportSettings(
  config: ReportConfig,
  overrides: ReportOverrides,
  env: NodeJS.ProcessEnv,
): ReportSettings {
  // `--github-token none` (as the help says) prints only, even where GITHUB_TOKEN is set.
  const given = overrides['github-token'] ?? (env.GITHUB_TOKEN?.trim() || undefined);
  const token = given?.trim().toLowerCase() === 'none' ? undefined : given;
  const pr = pullRequestNumber(overrides.pr);
  const maxFindings = maxFindingsSetting(overrides['max-findings'] ?? config['max-findings'] ?? 50);
  const resultsFrom = choice('results-from', overrides['results-from'], ['files', 'workflow-run'], 'files');
  const commentAuthor = commentAuthorSetting(overrides['comment-author'] ?? config['comment-author']);
  return {
    ...resultSources(config, overrides, resultsFrom),
    ...publishing(config, overrides),
    maxFindings,
    title: overrides.title ?? config.title ?? 'ML quality gates',
    uploadResults: choice(
      'upload-results',
      overrides['upload-results'],
      ['auto', 'always', 'never'],
      config['upload-results'] ?? 'auto',
    ),
    ...(commentAuthor ? { commentAuthor } : {}),
    ...apiLimits(config, overrides),
    configFrom: choice(
      'config-from',
      overrides['config-from'],
      ['head', 'base'],
      config['config-from'] ?? (resultsFrom === 'workflow-run' ? 'base' : 'head'),
    ),
    ...(overrides.base ? { base: overrides.base } : {}),
    ...(overrides['pr-checkout'] ? { prCheckout: overrides['pr-checkout'] } : {}),
    ...(token ? { token } : {}),
    ...(overrides.repo ? { repo: overrides.repo } : {}),
    ...(pr !== undefined ? { pr } : {}),
    ...(overrides.sha ? { sha: overrides.sha } : {}),
  };
}

/** `--pr`, when given: a pull request number. */
function pullRequestNumber(pr: number | undefined): number | undefined {
  if (pr !== undefined && (!Number.isSafeInteger(pr) || pr <= 0)) {
    throw new ConfigurationError(`--pr: ${pr} is not allowed; expected a pull request number`);
  }
  return pr;
}

/** `max-findings`: findings listed per gate in the comment, 0 to 1000. */
function maxFindingsSetting(maxFindings: number): number {
  if (!Number.isInteger(maxFindings) || maxFindings < 0 || maxFindings > 1000) {
    throw new ConfigurationError(
      `--max-findings: ${maxFindings} is not allowed; expected an integer from 0 to 1000`,
    );
  }
  return maxFindings;
}

/** `comment-author`, when set: a GitHub login (e.g. a GitHub App's `my-app[bot]`). */
function commentAuthorSetting(commentAuthor: string | undefined): string | undefined {
  if (commentAuthor !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(commentAuthor)) {
    throw new ConfigurationError(
      `--comment-author: ${JSON.stringify(commentAuthor)} is not a GitHub login (e.g. my-app[bot])`,
    );
  }
  return commentAuthor;
}

/** Where the results come from and which gates must be among them. */
function resultSources(
  config: ReportConfig,
  overrides: ReportOverrides,
  resultsFrom: ReportSettings['resultsFrom'],
): Pick<ReportSettings, 'results' | 'resultsFrom' | 'runId' | 'artifactName' | 'expect'> {
  return {
    results: overrides.results && overrides.results.length > 0 ? overrides.results : globs(config.results),
    resultsFrom,
    ...(overrides['run-id'] !== undefined ? { runId: overrides['run-id'] } : {}),
    artifactName: overrides['artifact-name'] ?? config['artifact-name'] ?? 'ml-quality-gates-results',
    expect: overrides.expect && overrides.expect.length > 0 ? overrides.expect : (config.expect ?? []),
  };
}

/** What is posted (comment, check run, commit status) and when the verdict blocks. */
function publishing(
  config: ReportConfig,
  overrides: ReportOverrides,
): Pick<ReportSettings, 'comment' | 'marker' | 'checkName' | 'checkRun' | 'commitStatus' | 'policy'> {
  return {
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
  };
}

/** The GitHub API request timeout and the longest rate-limit wait. */
function apiLimits(
  config: ReportConfig,
  overrides: ReportOverrides,
): Pick<ReportSettings, 'apiTimeoutMs' | 'maxRateLimitWait'> {
  return {
    apiTimeoutMs: Math.round(
      bounded('api-timeout', overrides['api-timeout'] ?? config['api-timeout'] ?? 30, 600) * 1000,
    ),
    maxRateLimitWait: bounded(
      'max-rate-limit-wait',
      overrides['max-rate-limit-wait'] ?? config['max-rate-limit-wait'] ?? 60,
      3600,
    ),
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

function bounded(name: string, value: number, max: number): number {
  if (!(value >= 0 && value <= max)) {
    throw new ConfigurationError(`--${name}: ${value} is not allowed; expected 0 to ${max} seconds`);
  }
  return value;
}
