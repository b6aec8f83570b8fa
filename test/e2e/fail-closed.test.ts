// Fail closed, proven by fault injection through the root action as the runner runs it: each gate
// in turn crashes (a bug) or its process is killed (a timeout, an OOM kill); the required check
// must never end `success`, and the report names the gate that could not judge.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATES } from '../../src/commands/registry.js';
import { runCompositeAction } from '../helpers/composite-runner.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { pullRequest, repository } from '../helpers/github-api/fixtures.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';
import { REPO_ROOT } from '../helpers/paths.js';

let server: GitHubApi;
let repo: { dir: string; base: string; head: string };
let head: string;
let prNumber = 100;

beforeAll(async () => {
  server = await startGitHubApi({ owner: 'acme', repo: 'churn-model' });
  repo = await makeExampleRepo();
  head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
});
afterAll(async () => {
  await server.close();
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

/** The root action on a pull request of `dir` (the example's by default), with a fault injected. */
async function runWithFault(
  fault: string,
  dir = repo.dir,
  sha = head,
  extraEnv: Record<string, string> = {},
) {
  const number = ++prNumber;
  const pr = pullRequest(server.url, 'acme', 'churn-model', { number, headSha: sha, headRef: 'feature' });
  const result = await runCompositeAction(REPO_ROOT, {
    workspace: dir,
    eventName: 'pull_request',
    eventPayload: {
      action: 'opened',
      number,
      pull_request: pr,
      repository: repository(server.url, 'acme', 'churn-model', 1000),
    },
    inputs: { 'github-token': 'ghs_faults' },
    env: {
      GITHUB_API_URL: server.url,
      NO_PROXY: '127.0.0.1,localhost',
      GITHUB_RUN_ID: String(number),
      MLQG_FAULT_INJECTION: fault,
      ...extraEnv,
    },
  });
  rmSync(result.scratchDir, { recursive: true, force: true });
  const comment = server.state.issueComments('acme', 'churn-model', number)[0]?.body ?? '';
  const checks = server.state.checkRunsFor(sha).filter((c) => c.details_url?.endsWith(`/${number}`));
  return { result, comment, checks };
}

describe('fail closed: a gate that crashes or is killed never leaves the check green', () => {
  it.each(GATES.map((g) => g.id))(
    '%s crashes: its row is an error, the other gates still run',
    async (id) => {
      const { result, comment, checks } = await runWithFault(`crash:${id}`);
      expect(result.exitCode).not.toBe(0);
      expect(result.outputs.blocking).toBe('true');
      expect(result.outputs['failed-gates']?.split(',')).toContain(id);
      expect(checks.map((c) => c.conclusion)).toEqual(['failure']);
      expect(comment).toContain(`| ${id} | 🛑 error |`);
      expect(comment).toContain(`internal error in gate ${id}: Maximum call stack size exceeded`);
      // Every other gate of the example's config still reported (none is "missing").
      for (const other of GATES.filter((g) => g.id !== id)) expect(comment).toContain(`| ${other.id} |`);
      expect(comment).not.toContain('report/missing-result');
      // The stack stays out of the comment.
      expect(comment).not.toMatch(/\bat \S+ \(/);
    },
  );

  it('a killed gate step leaves the killed gate and every later one as missing-result errors', async () => {
    // One lane: the gates run one after another, so which ones reported before the kill is known.
    const { result, comment, checks } = await runWithFault('kill:model-card', repo.dir, head, {
      MLQG_RUN_THREADS: '1',
    });
    // 1: the example's data-schema gate fails as well (an invalid row); the missing results block too.
    expect(result.exitCode).toBe(1);
    expect(checks.map((c) => c.conclusion)).toEqual(['failure']);
    // run executes coverage, data-schema, model-card, registry-approval in order: the first two
    // reported, the kill took model-card and registry-approval with it.
    expect(comment).toContain('| coverage | ⚠️ warn |');
    // Each missing gate is its own blocking error row, named in the table and in failed-gates.
    expect(comment).toContain('| model-card | 🛑 error |');
    expect(comment).toContain('| registry-approval | 🛑 error |');
    expect(comment).toMatch(/No result for model-card, which the config enables/);
    expect(comment).toMatch(/No result for registry-approval, which the config enables/);
    expect(result.outputs['failed-gates']?.split(',')).toEqual(
      expect.arrayContaining(['model-card', 'registry-approval']),
    );
  });

  it('gates judged side by side: a kill in any lane still takes every unpublished gate down as an error', async () => {
    // Two lanes (the default on a 2-CPU machine, forced here): model-card's lane kills the whole
    // process, as an out-of-memory kill would. Results are published in the config's order, so
    // the killed gate and every gate after it have none, whichever lane was ahead.
    const { result, comment, checks } = await runWithFault('kill:model-card', repo.dir, head, {
      MLQG_RUN_THREADS: '2',
    });
    expect(result.exitCode).not.toBe(0);
    expect(checks.map((c) => c.conclusion)).toEqual(['failure']);
    for (const id of ['model-card', 'registry-approval', 'model-evaluation', 'notebooks']) {
      expect(comment).toContain(`| ${id} | 🛑 error |`);
      expect(comment).toContain(`No result for ${id}, which the config enables`);
    }
    expect(result.outputs['failed-gates']?.split(',')).toEqual(
      expect.arrayContaining(['model-card', 'notebooks']),
    );
  });

  it('on a pull request whose only gate passes, the same crash turns the check from success to failure', async () => {
    // The example fails anyway (data-schema), so its check proves little: here the gate passes
    // (2 of 2 lines covered, minimum 50) until it is made to crash.
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-fail-closed-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@e', '-c', 'user.name=t', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github', 'ml-quality-gates.yml'),
      'coverage:\n  reports: lcov.info\n  thresholds: { lines: 50, patch: 50 }\n',
    );
    writeFileSync(join(dir, 'a.py'), 'x = 1\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('update-ref', 'refs/remotes/origin/main', 'main');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'a.py'), 'x = 1\ny = 2\n');
    writeFileSync(join(dir, 'lcov.info'), 'SF:a.py\nDA:1,1\nDA:2,1\nend_of_record\n');
    git('add', '-A');
    git('commit', '-qm', 'feature');
    const sha = git('rev-parse', 'HEAD').trim();
    try {
      const healthy = await runWithFault('none', dir, sha);
      expect(healthy.result.exitCode).toBe(0);
      expect(healthy.checks.map((c) => c.conclusion)).toEqual(['success']);
      const crashed = await runWithFault('crash:coverage', dir, sha);
      expect(crashed.result.exitCode).not.toBe(0);
      expect(crashed.checks.map((c) => c.conclusion)).toEqual(['failure']);
      expect(crashed.comment).toContain('| coverage | 🛑 error |');
      const killed = await runWithFault('kill:coverage', dir, sha);
      expect(killed.checks.map((c) => c.conclusion)).toEqual(['failure']);
      expect(killed.comment).toContain('| coverage | 🛑 error |');
      expect(killed.comment).toMatch(/No result for coverage, which the config enables/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
