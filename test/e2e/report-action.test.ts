// End to end: actions/report/action.yml (and the root action.yml) run through the composite
// runner exactly as the GitHub runner runs them — INPUT values mapped to env, GITHUB_EVENT_PATH
// with real event payload shapes, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL at
// the loopback GitHub API, which validates every request against GitHub's OpenAPI description.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCompositeAction } from '../helpers/composite-runner.js';
import { repository, simpleUser } from '../helpers/github-api/fixtures.js';
import type { GitHubApi } from '../helpers/github-api/server.js';
import {
  coverageResult,
  HEAD,
  MERGE,
  OWNER,
  passing,
  REPO,
  REPORT_ACTION,
  reportE2E,
  TOKEN,
} from '../helpers/report-e2e.js';
import { expectValidResult } from '../helpers/result-schema.js';

const e2e = reportE2E();
const { workspace, pullRequestEvent, workflowRunEvent, run, comments } = e2e;
let server: GitHubApi;
beforeEach(() => {
  server = e2e.server();
});

describe('actions/report on pull_request', () => {
  it('posts one sticky comment and a check on the PR head (not the merge commit), fails the step, sets outputs', async () => {
    const ws = workspace([coverageResult(), passing]);
    const result = await run(ws);
    expect(result.exitCode).toBe(1);
    expect(comments()).toHaveLength(1);
    const body = comments()[0]?.body ?? '';
    expect(body.split('\n')[0]).toMatch(/^<!-- ml-quality-gates:report digest=[0-9a-f]{16} run=4242 -->$/);
    expect(body).toContain('| coverage | ❌ fail | patch coverage 57.14% | — | ≥ 90% |');
    expect(body).toContain('| model-card | ✅ pass |');
    // The footer names the PR head the reviewer sees, not GitHub's merge commit (GITHUB_SHA).
    expect(body).toContain(`commit \`${HEAD.slice(0, 7)}\``);
    expect(body).not.toContain(MERGE.slice(0, 7));
    expect(server.state.checkRunsFor(MERGE)).toHaveLength(0);
    const [check] = server.state.checkRunsFor(HEAD);
    expect(check).toMatchObject({ name: 'ML quality gates', conclusion: 'failure', status: 'completed' });
    expect(check?.output.title).toBe('Blocked by coverage');
    expect(check?.annotations).toHaveLength(3);
    expect(check?.details_url).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/4242`);
    expect(result.outputs).toMatchObject({
      status: 'fail',
      blocking: 'true',
      'failed-gates': 'coverage',
      'check-run-id': String(check?.id),
    });
    expect(result.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/octo-org\/ml-repo\/issues\/7#issuecomment-\d+$/,
    );
    const document = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8'));
    expect(document).toMatchObject({
      status: 'fail',
      blocking: true,
      failedGates: ['coverage'],
      target: { sha: HEAD, pullRequest: 7 },
    });
    for (const r of document.results) expectValidResult(r);
    expect(result.summary).toContain('## ❌ ML quality gates: blocked');
    // One summary, verdict first: its first line is the verdict, and it appears once.
    expect(result.summary.trimStart().split('\n')[0]).toBe('## ❌ ML quality gates: blocked');
    expect(result.summary.match(/ML quality gates: blocked/g)).toHaveLength(1);
    expect(
      result.annotations.some((a) => a.level === 'error' && /Blocked by: coverage/.test(a.message)),
    ).toBe(true);
    expect(result.stepOutputs).not.toHaveProperty('__run_2.upload-results', 'true');
    expect(result.artifacts).toEqual([]);
  });

  it('a second run edits the comment instead of adding one', async () => {
    const ws = workspace([coverageResult()]);
    await run(ws);
    const first = comments()[0];
    writeFileSync(
      join(ws, 'results', 'r0.json'),
      JSON.stringify({ ...coverageResult(), status: 'pass', findings: [] }),
    );
    const second = await run(ws, { env: { GITHUB_RUN_ID: '4243' } });
    expect(second.exitCode).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.id).toBe(first?.id);
    expect(comments()[0]?.body).toContain('passed');
    expect(server.state.checkRunsFor(HEAD).map((c) => c.conclusion)).toEqual(['failure', 'success']);
  });

  it('finds its comment on page 3 of 120 and edits it; nobody else’s comment changes', async () => {
    const ws = workspace([coverageResult()]);
    await run(ws);
    const ours = comments()[0];
    server.state.comments.splice(0);
    const seeded = server.state.seedComments(7, 120, {
      markerAt: 110,
      marker: (ours?.body ?? '').split('\n')[0] ?? '',
    });
    await run(ws, { env: { GITHUB_RUN_ID: '4250' } });
    expect(comments()).toHaveLength(120);
    expect(comments()[110]?.body).toContain('ML quality gates');
    expect(
      comments()
        .filter((_, i) => i !== 110)
        .map((c) => c.body),
    ).toEqual(seeded.filter((_, i) => i !== 110).map((c) => c.body));
  });

  it('retries a 502 from GitHub and still posts once', async () => {
    let injected = 0;
    server.setFault((r) =>
      r.method === 'POST' && r.path.endsWith('/comments') && injected++ === 0
        ? { status: 502, body: { message: 'Server Error' } }
        : undefined,
    );
    const result = await run(workspace([coverageResult()]));
    expect(result.exitCode).toBe(1);
    expect(injected).toBe(2);
    expect(comments()).toHaveLength(1);
    expect(server.state.checkRunsFor(HEAD)).toHaveLength(1);
  });

  it('two runs at once end with exactly one comment', async () => {
    const ws = workspace([coverageResult()]);
    await Promise.all([run(ws), run(ws, { env: { GITHUB_RUN_ID: '4242' } })]);
    expect(comments()).toHaveLength(1);
  });

  it('an oversize report is cut to GitHub’s limits, says so, and every request stays valid', async () => {
    const result = await run(workspace([coverageResult(3000, 400)]), {
      inputs: { 'github-token': TOKEN, results: 'results', 'max-findings': '1000' },
    });
    expect(result.exitCode).toBe(1);
    const body = comments()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /✂️ \*\*Shortened to fit GitHub's 65,536-character comment limit:\*\* not shown here: \d+ finding\(s\)/,
    );
    const [check] = server.state.checkRunsFor(HEAD);
    expect(check?.output.summary?.length).toBeLessThanOrEqual(65_535);
    expect(check?.annotations).toHaveLength(1000);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    const full = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8'));
    expect(full.results[0].findings).toHaveLength(3000);
  });

  it('without a token prints the report, posts nothing and still blocks', async () => {
    const result = await run(workspace([coverageResult()]), {
      inputs: { 'github-token': '', results: 'results' },
    });
    expect(result.exitCode).toBe(1);
    expect(server.requests).toHaveLength(0);
    expect(result.stdout).toContain('Verdict: FAIL — blocking: coverage');
  });

  it('a malformed result file is an error naming the file, never a pass', async () => {
    const ws = workspace([passing]);
    writeFileSync(join(ws, 'results', 'broken.json'), '{"schemaVersion": 1, "gate": "coverage",');
    const result = await run(ws);
    expect(result.exitCode).toBe(2);
    expect(result.outputs.status).toBe('error');
    expect(comments()[0]?.body).toContain('results/broken.json');
    expect(server.state.checkRunsFor(HEAD)[0]?.conclusion).toBe('failure');
  });
});

describe('fork pull requests: pull_request uploads, workflow_run posts', () => {
  const forbidden = {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    },
  };

  it('the read-only run does not fail on 403: job summary, artifact, then workflow_run comments on the verified PR', async () => {
    server.setFault((r) => (r.method === 'GET' ? undefined : forbidden));
    const forkRun = await run(workspace([coverageResult(), passing]), {
      payload: pullRequestEvent(7, 'fork-owner'),
    });
    expect(forkRun.exitCode).toBe(1); // the verdict still blocks the job
    expect(forkRun.stderr + forkRun.stdout).not.toMatch(/Could not post/);
    expect(forkRun.summary).toContain('## ❌ ML quality gates: blocked');
    expect(comments()).toHaveLength(0);
    expect(forkRun.artifacts).toHaveLength(1);
    const artifact = forkRun.artifacts[0];
    expect(artifact?.name).toBe('ml-quality-gates-results');
    expect(Object.keys(artifact?.files ?? {}).sort()).toEqual([
      'coverage.json',
      'ml-quality-gates-context.json',
      'model-card.json',
    ]);
    expect(JSON.parse(artifact?.files['ml-quality-gates-context.json']?.toString() ?? '{}')).toMatchObject({
      pullRequest: 7,
      headSha: HEAD,
    });

    // The privileged workflow_run side, in the base repository.
    server.setFault();
    server.state.seedPull({ number: 7, headSha: HEAD, forkOwner: 'fork-owner' });
    server.state.seedArtifact({
      runId: 555,
      name: 'ml-quality-gates-results',
      files: Object.fromEntries(Object.entries(artifact?.files ?? {}).map(([k, v]) => [k, v.toString()])),
    });
    const report = await run(workspace([]), {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'failure' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(1);
    expect(comments()).toHaveLength(1);
    // Both rows come from the fork's own run and say so. Its run ended in failure, so the
    // model-card pass in the artifact vouches for nothing: an error (no pr-checkout to re-run it).
    expect(comments()[0]?.body).toContain(
      "| coverage<br><sub>reported by the pull request's own run</sub> | ❌ fail |",
    );
    expect(comments()[0]?.body).toContain(
      "| model-card<br><sub>reported by the pull request's own run</sub> | 🛑 error |",
    );
    expect(comments()[0]?.body).toContain(
      'model-card reported pass, but the pull request run that produced it ended failure',
    );
    expect(server.state.checkRunsFor(HEAD)[0]).toMatchObject({
      conclusion: 'failure',
      name: 'ML quality gates',
    });
    expect(report.artifacts).toEqual([]);
  });

  it('a forged PR number in the artifact is not trusted: no comment on someone else’s PR', async () => {
    server.state.seedPull({ number: 7, headSha: HEAD, forkOwner: 'fork-owner' });
    server.state.seedPull({ number: 99, headSha: 'b2'.repeat(20) });
    server.state.seedArtifact({
      runId: 555,
      name: 'ml-quality-gates-results',
      files: {
        'coverage.json': JSON.stringify(coverageResult()),
        'ml-quality-gates-context.json': JSON.stringify({ schemaVersion: 1, pullRequest: 99, headSha: HEAD }),
      },
    });
    const report = await run(workspace([]), {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'failure' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(1);
    expect(comments(99)).toHaveLength(0);
    // Found by the fork's branch instead, and verified by its head commit.
    expect(comments(7)).toHaveLength(1);
    expect(server.state.checkRunsFor(HEAD)).toHaveLength(1);
  });

  it('a hostile artifact (bad results) is an error, not a pass', async () => {
    server.state.seedPull({ number: 7, headSha: HEAD, forkOwner: 'fork-owner' });
    server.state.seedArtifact({
      runId: 555,
      name: 'ml-quality-gates-results',
      files: {
        'coverage.json': JSON.stringify({ ...coverageResult(), status: 'pass<script>' }),
        '../../escape.json': '{}',
      },
    });
    const ws = workspace([]);
    const report = await run(ws, {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'success' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(2);
    expect(report.outputs.status).toBe('error');
    expect(server.state.checkRunsFor(HEAD)[0]?.conclusion).toBe('failure');
    // Nothing of the artifact is written to disk, least of all outside the workspace.
    expect(existsSync(join(ws, '..', 'escape.json'))).toBe(false);
    expect(existsSync(join(ws, '..', '..', 'escape.json'))).toBe(false);
  });

  it('an in-repository run that reported by itself (no artifact) leaves nothing to do', async () => {
    const report = await run(workspace([]), {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'success', pullRequests: [7], headOwner: OWNER }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(0);
    expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('a fork run that succeeded without uploading results gets a failing check: a fork cannot report by itself', async () => {
    server.state.seedPull({ number: 7, headSha: HEAD, forkOwner: 'fork-owner' });
    const report = await run(workspace([]), {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'success' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(2);
    expect(server.state.checkRunsFor(HEAD)[0]?.conclusion).toBe('failure');
    expect(comments()[0]?.body).toContain('a fork');
  });

  it('a run that failed before uploading results gets a failing check, never a pending one', async () => {
    const report = await run(workspace([]), {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'failure' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run' },
    });
    expect(report.exitCode).toBe(2);
    expect(server.state.checkRunsFor(HEAD)[0]?.conclusion).toBe('failure');
  });
});

describe('release gating', () => {
  it('on release: check on the release commit, no PR comment, failing exit stops the deploy', async () => {
    const releaseSha = 'd4'.repeat(20);
    const result = await runCompositeAction(REPORT_ACTION, {
      workspace: workspace([coverageResult()]),
      eventName: 'release',
      eventPayload: {
        action: 'published',
        release: {
          id: 1,
          tag_name: 'v1.4.0',
          target_commitish: 'main',
          name: 'v1.4.0',
          draft: false,
          prerelease: false,
        },
        repository: repository(server.url, OWNER, REPO, 1000),
        sender: simpleUser(server.url, 'octocat', 583231),
      },
      sha: releaseSha,
      inputs: { 'github-token': TOKEN, results: 'results', 'commit-status': 'true' },
      env: { GITHUB_API_URL: server.url, NO_PROXY: '127.0.0.1,localhost', GITHUB_RUN_ID: '9' },
    });
    e2e.track(result);
    expect(result.exitCode).toBe(1);
    expect(server.requests.some((r) => r.path.includes('/comments'))).toBe(false);
    expect(server.state.checkRunsFor(releaseSha)[0]).toMatchObject({ conclusion: 'failure' });
    expect(server.state.statuses[0]).toMatchObject({
      sha: releaseSha,
      state: 'failure',
      context: 'ML quality gates',
    });
  });

  it('a gate skipped by configuration still reports the check (neutral), so it never stays pending', async () => {
    const skipped = {
      ...passing,
      gate: 'coverage',
      status: 'skip',
      title: 'Skipped',
      summary: 'Skipped: coverage.enabled is false in the config.',
    };
    const result = await run(workspace([skipped]), {
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', repository: repository(server.url, OWNER, REPO, 1000) },
    });
    expect(result.exitCode).toBe(0);
    expect(server.state.checkRunsFor(MERGE)[0]).toMatchObject({ conclusion: 'neutral' });
  });
});
