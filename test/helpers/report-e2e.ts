/**
 * The set-up the report's end-to-end tests share: a loopback GitHub per test (every request
 * validated against GitHub's OpenAPI description), workspaces of result files, the event payloads
 * GitHub sends, and a run of actions/report (or the root action) that also checks the token is
 * masked first and never printed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { type RunActionResult, runCompositeAction } from './composite-runner.js';
import { pullRequest, repository, simpleUser } from './github-api/fixtures.js';
import { startGitHubApi, type GitHubApi } from './github-api/server.js';
import { REPO_ROOT } from './paths.js';

export const OWNER = 'octo-org';
export const REPO = 'ml-repo';
/** The PR head commit (where the check must go) and GitHub's merge commit (GITHUB_SHA). */
export const HEAD = 'a1'.repeat(20);
export const MERGE = 'e9'.repeat(20);
export const TOKEN = 'ghs_e2eSecretToken123';
/** actions/report in this checkout. */
export const REPORT_ACTION = join(REPO_ROOT, 'actions', 'report');

/** Options of one report run. */
export interface ReportRunOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: Record<string, unknown>;
  env?: Record<string, string>;
  action?: string;
}

/** A failing coverage result, as the coverage gate writes it. */
export function coverageResult(findingCount = 3, messageLength = 40) {
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status: 'fail',
    title: 'Coverage below threshold: 75.00% of lines, 57.14% of changed lines',
    summary:
      '12 of 16 lines covered (75.00%). 4 of 7 changed lines covered (57.14%). 1 threshold(s) not met.',
    keyMetric: { label: 'patch coverage', value: 57.142857, unit: '%', threshold: 90 },
    metrics: {
      lines: { covered: 12, total: 16, percent: 75 },
      patch: { covered: 4, total: 7, percent: 57.142857 },
    },
    findings: Array.from({ length: findingCount }, (_, i) => ({
      severity: 'error',
      rule: 'coverage/patch-uncovered',
      path: `src/pkg/mod${i % 50}.py`,
      line: i + 1,
      message: `Changed line ${i + 1} is not covered by tests. ${'x'.repeat(messageLength)}`,
      fix: 'Add a test that executes these lines.',
    })),
  };
}

/** A passing model-card result. */
export const passing = {
  schemaVersion: 1,
  gate: 'model-card',
  status: 'pass',
  title: 'Every model has a complete card',
  summary: '2 models, 2 cards.',
  metrics: {},
  findings: [],
};

/** Starts a loopback GitHub before each test of the file and checks it saw only valid requests. */
export function reportE2E() {
  const scratch = mkdtempSync(join(tmpdir(), 'mlqg-report-e2e-'));
  const runs: RunActionResult[] = [];
  let current: GitHubApi | undefined;
  beforeEach(async () => {
    current = await startGitHubApi({ owner: OWNER, repo: REPO });
  });
  afterEach(async () => {
    expect(server().problems()).toEqual([]);
    await server().close();
    for (const r of runs.splice(0)) rmSync(r.scratchDir, { recursive: true, force: true });
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });
  const server = (): GitHubApi => {
    if (!current) throw new Error('reportE2E: the server starts in beforeEach');
    return current;
  };

  /** A workspace with result files under results/. */
  const workspace = (results: unknown[]): string => {
    const ws = mkdtempSync(join(scratch, 'ws-'));
    mkdirSync(join(ws, 'results'));
    results.forEach((r, i) => {
      writeFileSync(join(ws, 'results', `r${i}.json`), JSON.stringify(r));
    });
    return ws;
  };

  /** A `pull_request` event payload as GitHub sends it (fork: head in another repository). */
  const pullRequestEvent = (number: number, forkOwner?: string) => {
    const pr = pullRequest(server().url, OWNER, REPO, {
      number,
      headSha: HEAD,
      ...(forkOwner ? { forkOwner } : {}),
    });
    return {
      action: 'synchronize',
      number,
      pull_request: { ...pr, merge_commit_sha: MERGE },
      repository: repository(server().url, OWNER, REPO, 1000),
      sender: simpleUser(server().url, 'octocat', 583231),
    };
  };

  /** A `workflow_run` (completed) payload for the fork's pull_request run 555. */
  const workflowRunEvent = (options: {
    conclusion: string;
    pullRequests?: number[];
    headOwner?: string;
  }) => ({
    action: 'completed',
    workflow_run: {
      id: 555,
      name: 'tests',
      event: 'pull_request',
      status: 'completed',
      conclusion: options.conclusion,
      head_sha: HEAD,
      head_branch: 'feature',
      run_number: 12,
      pull_requests: (options.pullRequests ?? []).map((number) => ({
        number,
        head: { sha: HEAD, ref: 'feature' },
        base: { ref: 'main' },
      })),
      head_repository: {
        full_name: `${options.headOwner ?? 'fork-owner'}/${REPO}`,
        owner: { login: options.headOwner ?? 'fork-owner' },
      },
      repository: { full_name: `${OWNER}/${REPO}` },
    },
    repository: repository(server().url, OWNER, REPO, 1000),
    sender: simpleUser(server().url, 'octocat', 583231),
  });

  /** actions/report (or `action`) run as the runner runs it, against the loopback GitHub. */
  const run = async (ws: string, options: ReportRunOptions = {}): Promise<RunActionResult> => {
    const result = await runCompositeAction(options.action ?? REPORT_ACTION, {
      workspace: ws,
      eventName: options.eventName ?? 'pull_request',
      eventPayload: options.payload ?? pullRequestEvent(7),
      sha: MERGE,
      inputs: { 'github-token': TOKEN, results: 'results', ...options.inputs },
      env: {
        GITHUB_API_URL: server().url,
        NO_PROXY: '127.0.0.1,localhost',
        GITHUB_RUN_ID: '4242',
        ...options.env,
      },
    });
    runs.push(result);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    // The token is masked first (the runner hides it from every later line; a re-run gate may mask
    // it again), and never printed otherwise.
    const tokenGiven = (options.inputs?.['github-token'] ?? TOKEN) !== '';
    if (tokenGiven) expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    const printed = `${result.stdout}${result.stderr}${result.summary}`.replaceAll(
      `::add-mask::${TOKEN}`,
      '',
    );
    expect(printed).not.toContain(TOKEN);
    return result;
  };

  const comments = (issue = 7) => server().state.issueComments(OWNER, REPO, issue);
  /** Removes a run's scratch directories after the test (for runs made without `run`). */
  const track = (result: RunActionResult) => {
    runs.push(result);
  };
  return { server, workspace, pullRequestEvent, workflowRunEvent, run, comments, track };
}
