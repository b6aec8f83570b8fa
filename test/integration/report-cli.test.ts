// `ml-quality-gates report` from any CI: token from GITHUB_TOKEN or --github-token, target from
// --repo/--pr/--sha, against the loopback GitHub API (GITHUB_API_URL, as on GitHub Enterprise).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/dispatch.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';

const HEAD = 'f0'.repeat(20);
let server: GitHubApi;
let dir: string;

beforeEach(async () => {
  server = await startGitHubApi({ owner: 'acme', repo: 'churn' });
  dir = mkdtempSync(join(tmpdir(), 'mlqg-report-cli-'));
  mkdirSync(join(dir, 'results'));
  writeFileSync(
    join(dir, 'results', 'coverage.json'),
    JSON.stringify({
      schemaVersion: 1,
      gate: 'coverage',
      status: 'pass',
      title: 'Coverage: 91.00% of lines',
      summary: 'ok',
      keyMetric: { label: 'line coverage', value: 91, unit: '%', threshold: 80, delta: 0.5 },
      metrics: {},
      findings: [],
    }),
  );
});
afterEach(async () => {
  expect(server.problems()).toEqual([]);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', ...args], {
    cwd: dir,
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('ml-quality-gates report (CLI)', () => {
  it('given --pr only, reads the PR head from the API and posts comment and check there', async () => {
    server.state.seedPull({ number: 5, headSha: HEAD });
    const run = await cli(
      ['--results', 'results', '--repo', 'acme/churn', '--pr', '5', '--output', 'out/report.json'],
      {
        GITHUB_TOKEN: 'ghp_cli',
        GITHUB_API_URL: server.url,
      },
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| coverage | ✅ pass | line coverage 91.00% | \\+0.50 pts | ≥ 80% |');
    expect(run.stdout).toContain('Verdict: PASS');
    expect(server.state.issueComments('acme', 'churn', 5)).toHaveLength(1);
    expect(server.state.checkRunsFor(HEAD)[0]).toMatchObject({ conclusion: 'success' });
    const document = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(document.target).toEqual({
      repository: 'acme/churn',
      sha: HEAD,
      pullRequest: 5,
      event: 'unknown',
    });
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toContain('## ✅ ML quality gates: passed');
  });

  it('--github-token wins over GITHUB_TOKEN; --sha without --pr posts only the check', async () => {
    const run = await cli(
      [
        '--results',
        'results',
        '--repo',
        'acme/churn',
        '--sha',
        HEAD,
        '--github-token',
        'ghp_flag',
        '--format',
        'json',
      ],
      {
        GITHUB_TOKEN: '',
        GITHUB_API_URL: server.url,
      },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'pass', blocking: false });
    expect(server.requests.every((r) => r.headers.authorization === 'token ghp_flag')).toBe(true);
    expect(server.requests.some((r) => r.path.includes('/comments'))).toBe(false);
    expect(server.state.checkRunsFor(HEAD)).toHaveLength(1);
  });

  it('without a token prints the report and the verdict and posts nothing', async () => {
    const run = await cli(['--results', 'results'], { GITHUB_API_URL: server.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdict: PASS');
    expect(run.stderr).toContain('nothing is posted');
    expect(server.requests).toHaveLength(0);
  });

  it('--github-token none prints only, even with GITHUB_TOKEN set (as --help says)', async () => {
    const run = await cli(
      ['--results', 'results', '--repo', 'acme/churn', '--sha', HEAD, '--github-token', 'none'],
      {
        GITHUB_TOKEN: 'ghp_env',
        GITHUB_API_URL: server.url,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdict: PASS');
    expect(run.stderr).toContain('nothing is posted');
    expect(server.requests).toHaveLength(0);
  });

  it('--help lists each option once (the report’s own config-from, default base for workflow-run)', async () => {
    const help = await cli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout.match(/^ {2}--config-from /gm)).toHaveLength(1);
    expect(help.stdout).toContain('default base for workflow-run');
  });

  it('bad options are clear errors, exit 2', async () => {
    const bad = await cli(['--results', 'results', '--fail-on', 'sometimes'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on: "sometimes" is not allowed; allowed: error, warning, never/);
    const sha = await cli(
      ['--results', 'results', '--repo', 'a/b', '--sha', 'HEAD', '--github-token', 't'],
      {},
    );
    expect(sha.code).toBe(2);
    expect(sha.stderr).toMatch(/40-character commit SHA/);
  });
});
