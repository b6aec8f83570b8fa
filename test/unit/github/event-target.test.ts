import { describe, expect, it } from 'vitest';
import { targetFromEnvironment } from '../../../src/github/event-target.js';

const HEAD = 'a'.repeat(40);
const MERGE = 'b'.repeat(40);
const env = (extra: Record<string, string>) => ({
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_SERVER_URL: 'https://ghe.example.com',
  GITHUB_RUN_ID: '31',
  GITHUB_SHA: MERGE,
  ...extra,
});
const pr = (headRepo: string | null) => ({
  number: 8,
  pull_request: {
    number: 8,
    head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo } },
    base: { repo: { full_name: 'acme/churn' } },
  },
});

describe('targetFromEnvironment', () => {
  it('pull_request: the check goes on the head commit, not GITHUB_SHA (the merge commit)', () => {
    const t = targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'pull_request' }), pr('acme/churn'));
    expect(t).toEqual({
      owner: 'acme',
      repo: 'churn',
      sha: HEAD,
      pullRequest: 8,
      event: 'pull_request',
      fromFork: false,
      release: false,
      runUrl: 'https://ghe.example.com/acme/churn/actions/runs/31',
    });
  });

  it('a head in another repository, or a deleted fork, is a fork', () => {
    expect(
      targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'pull_request' }), pr('someone/churn')).fromFork,
    ).toBe(true);
    expect(targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'pull_request' }), pr(null)).fromFork).toBe(true);
  });

  it('workflow_run: the triggering run head, with GitHub’s PR list', () => {
    const t = targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'workflow_run' }), {
      workflow_run: {
        id: 99,
        head_sha: HEAD,
        event: 'pull_request',
        conclusion: 'failure',
        pull_requests: [{ number: 3 }],
        head_repository: { full_name: 'fork/churn' },
        head_branch: 'feat',
      },
    });
    expect(t.sha).toBe(HEAD);
    expect(t.pullRequest).toBeUndefined();
    expect(t.triggeringRun).toEqual({
      id: 99,
      headSha: HEAD,
      event: 'pull_request',
      conclusion: 'failure',
      pullRequests: [3],
      headRepository: 'fork/churn',
      headBranch: 'feat',
    });
  });

  it.each([
    ['release', 'refs/tags/v1', true],
    ['workflow_dispatch', 'refs/heads/main', true],
    ['push', 'refs/tags/v2.0.0', true],
    ['push', 'refs/heads/main', false],
  ])('%s on %s is release gating: %s (check on GITHUB_SHA)', (event, ref, release) => {
    const t = targetFromEnvironment(env({ GITHUB_EVENT_NAME: event, GITHUB_REF: ref }), {});
    expect(t).toMatchObject({ release, sha: MERGE });
    expect(t.pullRequest).toBeUndefined();
  });

  it('merge_group uses the group head; command-line values win', () => {
    expect(
      targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'merge_group' }), { merge_group: { head_sha: HEAD } })
        .sha,
    ).toBe(HEAD);
    const t = targetFromEnvironment(env({ GITHUB_EVENT_NAME: 'pull_request' }), pr('acme/churn'), {
      repo: 'other/repo',
      pr: 12,
      sha: 'c'.repeat(40),
    });
    expect(t).toMatchObject({ owner: 'other', repo: 'repo', pullRequest: 12, sha: 'c'.repeat(40) });
  });

  it('rejects a malformed repository or SHA with the fix', () => {
    expect(() => targetFromEnvironment({}, {})).toThrow(/repository is unknown/);
    expect(() => targetFromEnvironment({}, {}, { repo: 'just-a-name' })).toThrow(/expected owner\/name/);
    expect(() => targetFromEnvironment(env({}), {}, { sha: 'abc' })).toThrow(/40-character/);
    expect(targetFromEnvironment({}, {}, {}, false)).toMatchObject({ owner: '', repo: '' });
  });
});
