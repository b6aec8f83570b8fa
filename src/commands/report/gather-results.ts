import type { ReportSettings } from './report-settings.js';
import type { CommandContext } from '../context.js';
import type { GitHubClient } from '../../github/client.js';
import type { ReportTarget, TriggeringRun } from '../../github/event-target.js';
import { verifiedPullRequest } from '../../github/pull-request.js';
import { downloadRunArtifact } from '../../github/run-artifacts.js';
import type { SourcedResult } from '../../report/combine.js';
import type { Finding } from '../../result/types.js';
import { collectResultFiles } from '../../outputs/collect-results.js';
import { parseResult } from '../../outputs/parse-result.js';
import { jobResultsDir } from '../../outputs/publish.js';
import { CONTEXT_FILE, parseResultsContext } from '../../outputs/results-context.js';
import { ConfigurationError } from '../../util/errors.js';

/** Results gathered for a report, and the target once the PR is known. */
export interface Gathered {
  sourced: SourcedResult[];
  problems: Finding[];
  /** Where results were looked for, in words, for the "no results" message. */
  searched: string;
  target: ReportTarget;
  /** True when a workflow_run report finds that the triggering run reported by itself. */
  nothingToDo?: string;
}

/** Reads this job's result files and any `results` sources. */
export async function gatherFromFiles(
  settings: ReportSettings,
  target: ReportTarget,
  ctx: CommandContext,
): Promise<Gathered> {
  const jobDir = jobResultsDir(ctx.env);
  const collected = await collectResultFiles({
    sources: settings.results,
    cwd: ctx.cwd,
    ...(jobDir ? { jobDir } : {}),
  });
  const searched =
    [...(jobDir ? [jobDir] : []), ...settings.results].join(', ') || 'no results path (pass --results)';
  return { sourced: collected.sourced, problems: collected.problems, searched, target };
}

/**
 * Downloads the results artifact of the run that triggered this `workflow_run` and works out
 * which pull request it is for. Everything in the artifact is untrusted: results are validated
 * like files, and the PR number it claims counts only if that PR's head is the run's head commit.
 */
export async function gatherFromWorkflowRun(
  settings: ReportSettings,
  target: ReportTarget,
  client: GitHubClient | undefined,
): Promise<Gathered> {
  const run = target.triggeringRun;
  const runId = settings.runId ?? run?.id;
  if (runId === undefined) {
    throw new ConfigurationError(
      'results-from: workflow-run needs the run to download from',
      undefined,
      'Run the report on a workflow_run event, or pass --run-id.',
    );
  }
  if (!client) {
    throw new ConfigurationError(
      'results-from: workflow-run needs a token to download the artifact',
      undefined,
      'Pass github-token (the job needs permissions: actions: read).',
    );
  }
  const searched = `artifact ${settings.artifactName} of workflow run ${runId}`;
  const downloaded = await downloadRunArtifact(client, {
    owner: target.owner,
    repo: target.repo,
    runId,
    name: settings.artifactName,
  });
  const { sourced, problems, claimed } = readArtifactFiles(downloaded.files, searched);
  problems.unshift(...downloaded.problems);
  if (!downloaded.artifact && run) {
    const missing = withoutArtifact(run, runId, settings.artifactName, target);
    if ('nothingToDo' in missing)
      return { sourced, problems, searched, target, nothingToDo: missing.nothingToDo };
    problems.push(missing.problem);
  }
  const pullRequest = await claimedPullRequest(client, target, claimed);
  const resolved = {
    ...target,
    ...(pullRequest !== undefined && target.pullRequest === undefined ? { pullRequest } : {}),
  };
  return { sourced, problems, searched, target: resolved };
}

/**
 * What a run that uploaded no results artifact means. An in-repository run that succeeded (or has
 * no conclusion yet) posted its own report: nothing to do. A fork's run has a read-only token and
 * cannot have reported by itself: without its results the check would stay pending for ever (or
 * a stale one would count), so that is an error; and any other run failed before its gates ran.
 */
function withoutArtifact(
  run: TriggeringRun,
  runId: number,
  artifactName: string,
  target: ReportTarget,
): { nothingToDo: string } | { problem: Finding } {
  const fromFork =
    run.headRepository !== undefined &&
    run.headRepository.toLowerCase() !== `${target.owner}/${target.repo}`.toLowerCase();
  if (fromFork && run.conclusion === 'success') {
    return {
      problem: {
        severity: 'error',
        rule: 'report/no-artifact',
        message: `Workflow run ${runId} (from the fork ${run.headRepository}) succeeded but uploaded no ${artifactName} artifact, and a fork's run cannot post the report itself.`,
        fix: "Run actions/report (or the root action) in the pull request workflow, with its default upload-results: auto, so a fork's run uploads its results.",
      },
    };
  }
  if (run.conclusion === 'success' || run.conclusion === null) {
    return { nothingToDo: `run ${runId} uploaded no ${artifactName} artifact: it reported by itself` };
  }
  return {
    problem: {
      severity: 'error',
      rule: 'report/run-failed',
      message: `Workflow run ${runId} ended ${run.conclusion} without uploading its results (${artifactName}).`,
      fix: 'Open the run, fix what failed before the gates ran, and push again.',
    },
  };
}

/** The artifact's result files, parsed and validated, and the pull request its context claims. */
function readArtifactFiles(
  files: ReadonlyArray<{ name: string; text: string }>,
  searched: string,
): { sourced: SourcedResult[]; problems: Finding[]; claimed?: number } {
  const sourced: SourcedResult[] = [];
  const problems: Finding[] = [];
  let claimed: number | undefined;
  for (const file of files) {
    const origin = `${searched}: ${file.name}`;
    if (file.name === CONTEXT_FILE || file.name.endsWith(`/${CONTEXT_FILE}`)) {
      claimed = parseResultsContext(file.text).pullRequest;
      continue;
    }
    const parsed = parseResult({ origin, text: file.text });
    if ('problem' in parsed) problems.push(parsed.problem);
    else sourced.push(parsed);
  }
  return { sourced, problems, ...(claimed !== undefined ? { claimed } : {}) };
}

/**
 * The pull request the triggering run was for: GitHub's own list first, then the artifact's
 * (untrusted) claim, each counting only if that PR's head is the commit the run tested.
 */
async function claimedPullRequest(
  client: GitHubClient,
  target: ReportTarget,
  claimed: number | undefined,
): Promise<number | undefined> {
  const run = target.triggeringRun;
  if (!run || !target.sha || (run.event !== 'pull_request' && run.event !== 'pull_request_target'))
    return undefined;
  return verifiedPullRequest(client, {
    owner: target.owner,
    repo: target.repo,
    headSha: target.sha,
    candidates: [...run.pullRequests, ...(claimed !== undefined ? [claimed] : [])],
    ...(run.headRepository ? { headRepository: run.headRepository } : {}),
    ...(run.headBranch ? { headBranch: run.headBranch } : {}),
  });
}
