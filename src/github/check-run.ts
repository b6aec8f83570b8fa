import type { Finding } from '../result/types.js';
import type { GitHubClient } from './client.js';

/** GitHub's limits on a check run (REST docs: "Create a check run"). */
export const CHECK_LIMITS = { summary: 65_535, text: 65_535, title: 255, annotationsPerRequest: 50 } as const;

/** A check run to publish. */
export interface CheckRunInput {
  owner: string;
  repo: string;
  /** The pull request's head commit (not the merge commit), or the release commit. */
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Already within the summary limit; the caller budgets it. */
  summary: string;
  findings: Finding[];
  detailsUrl?: string;
}

type Annotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
};

/**
 * Creates a completed check run with one annotation per finding that has a path: the first 50
 * with the run, the rest in further updates of 50 (GitHub's per-request limit). Returns the id.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<number> {
  const annotations = input.findings.filter((f) => f.path).map(toAnnotation);
  const output = (batch: Annotation[]) => ({
    title: input.title.slice(0, CHECK_LIMITS.title),
    summary: input.summary.slice(0, CHECK_LIMITS.summary),
    annotations: batch,
  });
  const created = await client.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: output(annotations.slice(0, CHECK_LIMITS.annotationsPerRequest)),
  });
  for (
    let i = CHECK_LIMITS.annotationsPerRequest;
    i < annotations.length;
    i += CHECK_LIMITS.annotationsPerRequest
  ) {
    await client.rest.checks.update({
      owner: input.owner,
      repo: input.repo,
      check_run_id: created.data.id,
      output: output(annotations.slice(i, i + CHECK_LIMITS.annotationsPerRequest)),
    });
  }
  return created.data.id;
}

function toAnnotation(f: Finding): Annotation {
  const start = f.line ?? 1;
  return {
    path: f.path ?? '',
    start_line: start,
    end_line: Math.max(start, f.endLine ?? start),
    annotation_level: f.severity === 'error' ? 'failure' : f.severity,
    message: f.fix ? `${f.message}\n${f.fix}` : f.message,
    ...(f.rule ? { title: f.rule } : {}),
  };
}
