// End to end: the root action.yml on the example ML project's pull request — every configured
// gate, then the report — in one `uses:` step, against the loopback GitHub API.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompositeAction } from '../helpers/composite-runner.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { pullRequest, repository } from '../helpers/github-api/fixtures.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';
import { REPO_ROOT } from '../helpers/paths.js';

let server: GitHubApi;
let repo: { dir: string; base: string; head: string };

beforeAll(async () => {
  server = await startGitHubApi({ owner: 'acme', repo: 'churn-model' });
  repo = await makeExampleRepo();
});
afterAll(async () => {
  await server.close();
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

describe('root action.yml', () => {
  it('runs the configured gates and posts one combined comment and check on the PR head', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
    const pr = pullRequest(server.url, 'acme', 'churn-model', {
      number: 12,
      headSha: head,
      headRef: 'feature',
    });
    const result = await runCompositeAction(REPO_ROOT, {
      workspace: repo.dir,
      eventName: 'pull_request',
      eventPayload: {
        action: 'opened',
        number: 12,
        pull_request: pr,
        repository: repository(server.url, 'acme', 'churn-model', 1000),
      },
      inputs: { 'github-token': 'ghs_root' },
      env: { GITHUB_API_URL: server.url, NO_PROXY: '127.0.0.1,localhost', GITHUB_RUN_ID: '77' },
    });
    rmSync(result.scratchDir, { recursive: true, force: true });
    expect(server.problems()).toEqual([]);
    // The example's coverage gate warns (a changed script no test imports); its model card gate
    // fails (models/churn-ranker has placeholders and a wrong figure, models/churn-uplift has no
    // card), and so does its data schema gate (one invalid CSV row, one invalid JSONL record, a
    // column removed from customers.schema.json); that blocks the merge.
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      status: 'fail',
      blocking: 'true',
      // The example's problem notebook (secrets, a local path, outputs out of order) fails too;
      // model evaluation warns (log loss worse than the champion, within its bootstrap interval).
      'failed-gates': 'data-schema,model-card,notebooks',
      'coverage-status': 'warn',
      'model-evaluation-status': 'warn',
    });
    const comments = server.state.issueComments('acme', 'churn-model', 12);
    expect(comments).toHaveLength(1);
    // Figures the example's README derives from the real coverage.py and Node reports.
    expect(comments[0]?.body).toContain('| coverage | ⚠️ warn | patch coverage 89.06% | — | ≥ 80% |');
    // 1 of the 3 example models has a complete card.
    expect(comments[0]?.body).toContain('| model-card | ❌ fail | complete cards 33.33% | — | ≥ 100% |');
    // 2 invalid rows (data/customers.csv line 19, data/events.jsonl line 23), threshold 0.
    expect(comments[0]?.body).toContain('| data-schema | ❌ fail | invalid rows 2 rows | — | ≤ 0 rows |');
    const [check] = server.state.checkRunsFor(head);
    expect(check).toMatchObject({ name: 'ML quality gates', conclusion: 'failure' });
    expect(check?.annotations.length).toBeGreaterThan(0);
    // One job summary section: the report's, not a second copy from each gate.
    expect(result.summary.match(/ML quality gates: blocked/g)).toHaveLength(1);
    expect(result.summary).not.toMatch(/^### /m);
  });
});
