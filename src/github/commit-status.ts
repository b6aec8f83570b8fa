import { clip } from '../report/escape.js';
import type { GitHubClient } from './client.js';

/** A commit status to set (the older API; some branch protections and tools still read only it). */
export interface CommitStatusInput {
  owner: string;
  repo: string;
  sha: string;
  state: 'success' | 'failure' | 'error' | 'pending';
  /** The status name branch protection matches, e.g. `ML quality gates`. */
  context: string;
  description: string;
  targetUrl?: string;
}

/** GitHub truncates nothing here: a longer description is a 422, so it is cut to 140 first. */
const DESCRIPTION_LIMIT = 140;

/** Sets the status; returns its id. */
export async function publishCommitStatus(client: GitHubClient, input: CommitStatusInput): Promise<number> {
  const response = await client.rest.repos.createCommitStatus({
    owner: input.owner,
    repo: input.repo,
    sha: input.sha,
    state: input.state,
    context: input.context,
    description: clip(input.description, DESCRIPTION_LIMIT),
    ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
  });
  return response.data.id;
}
