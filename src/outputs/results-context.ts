/**
 * The small file a pull_request run puts beside its results when it could not post (a fork's
 * read-only token), so the workflow_run report knows which pull request it claims to be. It is
 * written by code the PR author controls: the workflow_run side checks the claim against the
 * triggering run's head commit before trusting it.
 */

/** File name inside the results artifact; never read as a gate result. */
export const CONTEXT_FILE = 'ml-quality-gates-context.json';

/** What the pull_request run says about itself. */
export interface ResultsContext {
  schemaVersion: 1;
  /** The pull request number the results are for. */
  pullRequest?: number;
  /** The PR head commit the results were computed on. */
  headSha?: string;
  /** Event of the run that wrote it. */
  event?: string;
}

/** Reads a context document defensively: unknown or ill-typed fields are dropped. */
export function parseResultsContext(text: string): ResultsContext {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { schemaVersion: 1 };
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pr = v.pullRequest;
  const sha = v.headSha;
  return {
    schemaVersion: 1,
    ...(typeof pr === 'number' && Number.isSafeInteger(pr) && pr > 0 ? { pullRequest: pr } : {}),
    ...(typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? { headSha: sha } : {}),
    ...(typeof v.event === 'string' && /^[a-z_]{1,40}$/.test(v.event) ? { event: v.event } : {}),
  };
}
