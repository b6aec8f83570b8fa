// Check runs, commit statuses and the publication as a whole against the loopback GitHub API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { publishReport } from '../../src/github/publish-report.js';
import type { Finding } from '../../src/result/types.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';

let server: GitHubApi;
let client: GitHubClient;
const log = { info: () => {}, warning: () => {} };
const SHA = 'c'.repeat(40);
const REPO = { owner: 'octo-org', repo: 'ml-repo' };

beforeEach(async () => {
  server = await startGitHubApi();
  client = createGitHubClient({ token: 'ghs_test', baseUrl: server.url, log, retryAfterBaseValue: 1 });
});
afterEach(async () => {
  expect(server.problems()).toEqual([]);
  await server.close();
});

function located(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
    message: `finding ${i}`,
    path: `src/m${i}.py`,
    ...(i % 4 === 0 ? {} : { line: i + 1, endLine: i + 3 }),
    rule: 'coverage/patch-uncovered',
    fix: 'Add a test.',
  }));
}

const check = (findings: Finding[]) => ({
  name: 'ML quality gates',
  conclusion: 'failure' as const,
  title: 'Blocked by coverage',
  summary: '## report',
  findings,
});

describe('publishReport', () => {
  it('creates one completed check run on the head SHA with every annotation, 50 per request', async () => {
    const findings = [...located(120), { severity: 'error' as const, message: 'no path: not annotated' }];
    const outcome = await publishReport(client, { ...REPO, sha: SHA, check: check(findings) }, log);
    expect(outcome.refused).toEqual([]);
    const [run] = server.state.checkRunsFor(SHA);
    expect(run).toMatchObject({ name: 'ML quality gates', status: 'completed', conclusion: 'failure' });
    expect(run?.annotations).toHaveLength(120);
    expect(run?.annotations[0]).toMatchObject({
      path: 'src/m0.py',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
    });
    expect(run?.annotations[1]).toMatchObject({
      start_line: 2,
      end_line: 4,
      annotation_level: 'warning',
      message: 'finding 1\nFix: Add a test.',
    });
    const calls = server.requests.filter((r) => r.path.includes('/check-runs'));
    expect(
      calls.map((r) => [
        r.method,
        (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
      ]),
    ).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ]);
    expect(outcome.check).toMatchObject({ id: run?.id, annotations: 120, droppedAnnotations: 0 });
  });

  it('posts the comment, the check and the status when each is asked for', async () => {
    const outcome = await publishReport(
      client,
      {
        ...REPO,
        sha: SHA,
        pullRequest: 4,
        comment: { body: 'hello', markerId: 'report', mode: 'always', failing: true, digest: 'x' },
        check: check([]),
        status: {
          context: 'ML quality gates',
          state: 'failure',
          description: 'd'.repeat(300),
          targetUrl: 'https://github.com/o/r/actions/runs/1',
        },
      },
      log,
    );
    expect(outcome.comment?.action).toBe('created');
    expect(server.state.statuses).toHaveLength(1);
    expect(server.state.statuses[0]).toMatchObject({
      sha: SHA,
      state: 'failure',
      context: 'ML quality gates',
    });
    expect(server.state.statuses[0]?.description).toHaveLength(140);
    expect(outcome.failed).toEqual([]);
  });

  it('a 403 (read-only token of a fork PR) is recorded for each write, not thrown', async () => {
    server.setFault((r) =>
      r.method === 'GET'
        ? undefined
        : {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest',
            },
          },
    );
    const warnings: string[] = [];
    const outcome = await publishReport(
      createGitHubClient({
        token: 'ghs_ro',
        baseUrl: server.url,
        log: { info: () => {}, warning: (m) => warnings.push(m) },
        retryAfterBaseValue: 1,
      }),
      {
        ...REPO,
        sha: SHA,
        pullRequest: 4,
        comment: { body: 'x', markerId: 'report', mode: 'always', failing: true, digest: 'x' },
        check: check([]),
      },
      { info: () => {}, warning: (m) => warnings.push(m) },
    );
    expect(outcome.refused.map((r) => r.what)).toEqual(['comment', 'check run']);
    expect(outcome.failed).toEqual([]);
    expect(warnings.join('\n')).toMatch(/permissions: checks: write/);
    // 403s are not retried.
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries, without calling it a refusal', async () => {
    let limited = 0;
    server.setFault((r) =>
      r.method === 'POST' && limited++ === 0
        ? {
            status: 403,
            headers: { 'retry-after': '1' },
            body: {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
              documentation_url: 'https://docs.github.com/rest',
            },
          }
        : undefined,
    );
    const warnings: string[] = [];
    const outcome = await publishReport(
      createGitHubClient({
        token: 'ghs_test',
        baseUrl: server.url,
        log: { info: () => {}, warning: (m) => warnings.push(m) },
      }),
      { ...REPO, sha: SHA, check: check([]) },
      log,
    );
    expect(outcome).toMatchObject({ refused: [], failed: [] });
    expect(limited).toBe(2);
    expect(server.state.checkRunsFor(SHA)).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/Secondary rate limit for POST .*check-runs; retrying in 1 s/);
  });

  it('a write that keeps failing after retries is a failure, not a refusal', async () => {
    server.setFault((r) => (r.method === 'POST' ? { status: 500, body: { message: 'boom' } } : undefined));
    const outcome = await publishReport(client, { ...REPO, sha: SHA, check: check([]) }, log);
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0]).toMatch(/^check run: HTTP 500/);
    expect(server.requests.filter((r) => r.method === 'POST').length).toBe(4);
  });

  it('skips the comment without a PR and the check without a SHA', async () => {
    const outcome = await publishReport(
      client,
      {
        ...REPO,
        comment: { body: 'x', markerId: 'report', mode: 'always', failing: false, digest: 'x' },
        check: check([]),
      },
      log,
    );
    expect(outcome).toEqual({ refused: [], failed: [] });
    expect(server.requests).toHaveLength(0);
  });
});
