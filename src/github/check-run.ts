import { clip } from '../report/escape.js';
import type { Finding } from '../result/types.js';
import type { GitHubClient } from './client.js';

/** GitHub's limits on a check run (REST docs: "Create a check run"). */
export const CHECK_LIMITS = {
  summary: 65_535,
  text: 65_535,
  title: 255,
  annotationsPerRequest: 50,
  /** Our own bound: past a thousand, annotations stop helping and cost 20+ requests. */
  annotationsTotal: 1000,
  annotationMessage: 4000,
} as const;

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

/** The check run made, and how many findings did not become annotations. */
export interface CheckRunResult {
  id: number;
  url: string;
  annotations: number;
  droppedAnnotations: number;
}

/** The findings that become annotations (those with a path), within our total bound. */
export function annotatedFindings(findings: readonly Finding[]): { kept: Finding[]; dropped: number } {
  const located = findings.filter((f) => f.path);
  const kept = located.slice(0, CHECK_LIMITS.annotationsTotal);
  return { kept, dropped: located.length - kept.length };
}

/**
 * Creates a completed check run with one annotation per finding that has a path: the first 50
 * with the run, the rest in further updates of 50 (GitHub's per-request limit).
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const { kept, dropped } = annotatedFindings(input.findings);
  const annotations = kept.map(toAnnotation);
  const output = (batch: Annotation[]) => ({
    title: clip(input.title, CHECK_LIMITS.title),
    summary: clip(input.summary, CHECK_LIMITS.summary),
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
  return {
    id: created.data.id,
    url: created.data.html_url ?? '',
    annotations: annotations.length,
    droppedAnnotations: dropped,
  };
}

function toAnnotation(f: Finding): Annotation {
  // GitHub needs a line; a finding about a whole file goes on its first line.
  const start = f.line ?? 1;
  return {
    path: f.path ?? '',
    start_line: start,
    end_line: Math.max(start, f.endLine ?? start),
    annotation_level: f.severity === 'error' ? 'failure' : f.severity,
    message: clip(f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, CHECK_LIMITS.annotationMessage),
    ...(f.rule ? { title: clip(f.rule, CHECK_LIMITS.title) } : {}),
  };
}
