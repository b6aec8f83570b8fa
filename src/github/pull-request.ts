import type { GitHubClient } from './client.js';

/** What is known about the pull request a run claims to be for. */
export interface PullRequestClaim {
  owner: string;
  repo: string;
  /** The commit the results are for (the triggering run's head), which the PR head must equal. */
  headSha: string;
  /** Numbers to try first: GitHub's own list for the run, then the artifact's (untrusted) claim. */
  candidates: readonly number[];
  /** `owner/name` of the fork and its branch, to search the open PRs by head when no number fits. */
  headRepository?: string;
  headBranch?: string;
}

/**
 * The number of the pull request whose head commit is `headSha`, checked against the API, or
 * undefined. A number from an artifact is only a hint: a fork could name any PR, so it counts
 * only when that PR's head really is the commit the results were computed on.
 */
export async function verifiedPullRequest(
  client: GitHubClient,
  claim: PullRequestClaim,
): Promise<number | undefined> {
  const { owner, repo, headSha } = claim;
  for (const number of [...new Set(claim.candidates)].slice(0, 5)) {
    try {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
      if (data.head.sha === headSha) return number;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  const associated = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: headSha,
    per_page: 100,
  });
  const byCommit = associated.find(
    (p) => p.head.sha === headSha && p.base.repo.full_name === `${owner}/${repo}`,
  );
  if (byCommit) return byCommit.number;
  const forkOwner = claim.headRepository?.split('/')[0];
  if (!forkOwner || !claim.headBranch) return undefined;
  const open = await client.paginate(client.rest.pulls.list, {
    owner,
    repo,
    state: 'open',
    head: `${forkOwner}:${claim.headBranch}`,
    per_page: 100,
  });
  return open.find((p) => p.head.sha === headSha)?.number;
}

/** The head commit of a pull request (for a CLI run given only `--pr`). */
export async function pullRequestHead(
  client: GitHubClient,
  target: { owner: string; repo: string; pullRequest: number },
): Promise<string> {
  const { data } = await client.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullRequest,
  });
  return data.head.sha;
}

/** What the trusted workflow_run job needs of a pull request to re-run gates on its files. */
export interface PullRequestInfo {
  headSha: string;
  /** The base branch name (`main`). */
  baseRef: string;
  labels: string[];
}

/** Reads a pull request's head, base branch and labels from the API (never from an artifact). */
export async function pullRequestInfo(
  client: GitHubClient,
  target: { owner: string; repo: string; pullRequest: number },
): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullRequest,
  });
  return {
    headSha: data.head.sha,
    baseRef: data.base.ref,
    labels: data.labels.map((l) => l.name).filter((n): n is string => typeof n === 'string'),
  };
}
