// Fail closed, end to end: GitHub faults end in a bounded, honest state; racing report processes
// leave the newest run's report; a pull request that edits the config sees what it changed; the
// workflow_run flow re-runs the file-only gates on the pull request's files. actions/report runs
// as the runner runs it, against the loopback GitHub (every request validated by its OpenAPI).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markerLine } from '../../src/github/sticky-comment.js';
import { coverageResult, HEAD, passing, reportE2E, TOKEN } from '../helpers/report-e2e.js';

const e2e = reportE2E();
const { workspace, pullRequestEvent, workflowRunEvent, run, comments } = e2e;
const checkPath = (p: string) => p.endsWith('/check-runs');

describe('GitHub faults end in a bounded, honest state', () => {
  it('a GitHub that never answers a write: the step ends with an error after one timeout, never green', async () => {
    e2e.server().setDelay((r) => (r.method === 'POST' && checkPath(r.path) ? Infinity : undefined));
    const result = await run(workspace([passing]), {
      inputs: { 'github-token': TOKEN, results: 'results', 'api-timeout': '1' },
    });
    expect(result.exitCode).toBe(2);
    expect(result.outputs['check-run-id']).toBe('');
    expect(result.stdout).toMatch(/Could not post the report: check run: .*GitHub did not answer within 1 s/);
    // The write that timed out was not retried: it may have been applied.
    expect(e2e.server().requests.filter((r) => r.method === 'POST' && checkPath(r.path))).toHaveLength(1);
  });

  it('a rate limit longer than the cap is an error that says when it lifts', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    e2e.server().setFault((r) =>
      r.method === 'POST' && checkPath(r.path)
        ? {
            status: 403,
            body: {
              message: 'API rate limit exceeded for installation ID 1.',
              documentation_url: 'https://docs.github.com/rest',
            },
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
          }
        : undefined,
    );
    const result = await run(workspace([passing]), {
      inputs: { 'github-token': TOKEN, results: 'results', 'max-rate-limit-wait': '5' },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain(`rate limit lifts at ${new Date(reset * 1000).toISOString()}`);
    // Not taken for a fork's read-only token: nothing is handed to a workflow_run.
    expect(result.artifacts).toEqual([]);
  });

  it('a persistent secondary rate limit is retried, then an error, never a permission refusal', async () => {
    e2e.server().setFault((r) =>
      r.method === 'POST' && checkPath(r.path)
        ? {
            status: 403,
            body: {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
              documentation_url: 'https://docs.github.com/rest',
            },
            headers: { 'retry-after': '1' },
          }
        : undefined,
    );
    const result = await run(workspace([passing]), { payload: pullRequestEvent(7, 'fork-owner') });
    expect(result.exitCode).toBe(2);
    expect(result.artifacts).toEqual([]);
    // The first try and 3 retries (each after the 1 s GitHub asked for).
    expect(e2e.server().requests.filter((r) => r.method === 'POST' && checkPath(r.path))).toHaveLength(4);
  });

  it('tells a refused write (a fork token) from an outage', async () => {
    const forbidden = {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    };
    e2e.server().setFault((r) => (r.method === 'GET' ? undefined : forbidden));
    const refused = await run(workspace([passing]), { payload: pullRequestEvent(7, 'fork-owner') });
    expect(refused.exitCode).toBe(0); // the verdict passes; the results go to workflow_run
    expect(refused.artifacts).toHaveLength(1);
    e2e
      .server()
      .setFault((r) =>
        r.method === 'GET' ? undefined : { status: 503, body: { message: 'Service Unavailable' } },
      );
    const outage = await run(workspace([passing]));
    expect(outage.exitCode).toBe(2);
    expect(outage.artifacts).toEqual([]);
  });
});

describe('racing report processes', () => {
  it('four runs whose writes land in reverse order end with one comment, holding the newest run’s report', async () => {
    const ws = workspace([coverageResult()]);
    await run(ws, { env: { GITHUB_RUN_ID: '400' } });
    // The older the run, the longer its edit is held: run 401's lands last of the four.
    e2e.server().setDelay((r) => {
      const runId = /run=(\d+)/.exec(JSON.stringify(r.body ?? ''))?.[1];
      return r.method === 'PATCH' && runId ? (405 - Number(runId)) * 400 : undefined;
    });
    await Promise.all([401, 402, 403, 404].map((id) => run(ws, { env: { GITHUB_RUN_ID: String(id) } })));
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body.split('\n')[0]).toMatch(/ run=404 -->$/);
    const landed = e2e
      .server()
      .requests.filter((r) => r.method === 'PATCH')
      .map((r) => /run=(\d+)/.exec(JSON.stringify(r.body))?.[1]);
    // More edits than runs: an older run's late edit was put right by the newest run.
    expect(landed.length).toBeGreaterThan(4);
    expect(markerLine('report', 'x', 404)).toContain('run=404');
  });
});

/** A git checkout like actions/checkout's for a pull request: feature checked out, origin/main fetched. */
function prCheckout(base: string, head: string): string {
  const ws = workspace([coverageResult()]);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@e', '-c', 'user.name=t', ...args], { cwd: ws, stdio: 'pipe' });
  mkdirSync(join(ws, '.github'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(ws, '.github', 'ml-quality-gates.yml'), base);
  git('add', '.github');
  git('commit', '-qm', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'main');
  git('checkout', '-qb', 'feature');
  writeFileSync(join(ws, '.github', 'ml-quality-gates.yml'), head);
  git('commit', '-qam', 'lower the bar');
  return ws;
}

describe('a pull request that edits the config', () => {
  const base = 'coverage:\n  thresholds: { patch: 90 }\nmodel-card:\n  models: models/*/\n';
  const head = 'coverage:\n  thresholds: { patch: 50 }\nmodel-card:\n  enabled: false\n';

  it('sees every setting it changes, the ones that lower the bar as warnings', async () => {
    const result = await run(prCheckout(base, head), { env: { GITHUB_BASE_REF: 'main' } });
    const body = comments()[0]?.body ?? '';
    expect(body).toContain('This pull request changes 3 gate setting\\(s\\), 2 of them lowering the bar');
    expect(body).toContain('coverage.thresholds.patch: 90 → 50 \\(lowers the bar\\)');
    expect(body).toContain('model-card.enabled: \\(not set\\) → false \\(lowers the bar\\)');
    expect(result.exitCode).toBe(1); // coverage fails either way
  });

  it('with config-from: base is judged by the base settings: the gate it disabled is still expected', async () => {
    const result = await run(prCheckout(base, head), {
      env: { GITHUB_BASE_REF: 'main' },
      inputs: { 'github-token': TOKEN, results: 'results', 'config-from': 'base' },
    });
    expect(result.exitCode).toBe(1);
    expect(comments()[0]?.body).toMatch(/No result for model-card, which the config enables/);
  });
});

describe('the workflow_run flow re-runs the file-only gates on the pull request’s files', () => {
  it('a forged data-schema pass is replaced by the trusted re-run; coverage is labelled as the fork’s', async () => {
    const server = e2e.server();
    server.state.seedPull({ number: 7, headSha: HEAD, forkOwner: 'fork-owner' });
    const forged = {
      schemaVersion: 1,
      gate: 'data-schema',
      status: 'pass',
      title: 'All good',
      summary: 'Forged.',
      metrics: {},
      findings: [],
    };
    server.state.seedArtifact({
      runId: 555,
      name: 'ml-quality-gates-results',
      files: {
        'coverage.json': JSON.stringify({ ...coverageResult(), status: 'pass', findings: [] }),
        'data-schema.json': JSON.stringify(forged),
      },
    });
    // The trusted checkout: the default branch's config. pr/: the fork's files, as data.
    const ws = workspace([]);
    mkdirSync(join(ws, '.github'));
    writeFileSync(
      join(ws, '.github', 'ml-quality-gates.yml'),
      "coverage: {}\ndata-schema:\n  datasets: 'data/*.csv'\n  compatibility: none\n",
    );
    mkdirSync(join(ws, 'pr', 'data'), { recursive: true });
    writeFileSync(join(ws, 'pr', 'data', 'a.csv'), 'id\nnot-a-number\n');
    writeFileSync(
      join(ws, 'pr', 'data', 'a.schema.json'),
      JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] }),
    );
    const result = await run(ws, {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ conclusion: 'success' }),
      inputs: { 'github-token': TOKEN, 'results-from': 'workflow-run', 'pr-checkout': 'pr' },
    });
    const body = comments()[0]?.body ?? '';
    expect(body).toContain('| data-schema<br><sub>re-run by the trusted workflow_run job</sub> | ❌ fail |');
    expect(body).toContain("| coverage<br><sub>reported by the pull request's own run</sub> | ✅ pass |");
    expect(body).not.toContain('Forged.');
    expect(result.exitCode).toBe(1);
    expect(server.state.checkRunsFor(HEAD)[0]?.conclusion).toBe('failure');
  });
});
