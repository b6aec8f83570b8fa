import { createHash } from 'node:crypto';
import type { ReportTarget } from '../../github/event-target.js';
import { type PublishOutcome, publishReport, type ReportPublication } from '../../github/publish-report.js';
import { MARKER_BUDGET, markerIdOf, type StickyComment } from '../../github/sticky-comment.js';
import { neutralizeCommands, stopCommandsBlock } from '../../outputs/log-escape.js';
import { setStepOutputs } from '../../outputs/publish.js';
import { prepareUploadDir, type ReportDocument, writeReportFiles } from '../../outputs/report-output.js';
import { type RenderedReport, renderReport } from '../../report/render-report.js';
import { renderGateText } from '../../report/render-text.js';
import type { Verdict } from '../../report/verdict.js';
import type { GateResult } from '../../result/types.js';
import type { ReportRun } from './report-run.js';
import type { ReportSettings } from './report-settings.js';

/**
 * GitHub's limits (see shared/reference/external-formats.md §4). The check summary (65,535) gets
 * the comment's rendering: the comment budget (65,536 less the marker line) is the smaller, so one
 * rendering fits both.
 */
const LIMITS = { comment: 65_536 - MARKER_BUDGET, jobSummaryBytes: 1_000_000 } as const;

/** Replaced at build time from package.json (see scripts/build.mjs). */
declare const __MLQG_VERSION__: string | undefined;

/** The two renderings a report needs: the full one (job summary, file) and the comment's. */
interface Renderings {
  full: RenderedReport;
  comment: RenderedReport;
}

/**
 * Publishes a decided verdict: renders it within each destination's limit, writes the report
 * files, posts the comment, check run and status, prepares the fork artifact, writes the job
 * summary and outputs, prints the verdict, and returns the exit code. A post that failed for a
 * reason other than a fork's read-only token makes the step an error (exit 2): a required check
 * must never look green because the report could not say otherwise.
 */
export async function publishVerdict(
  run: ReportRun,
  target: ReportTarget,
  results: GateResult[],
  verdict: Verdict,
): Promise<number> {
  const { ctx, core, log, settings } = run;
  const safe = run.redactor.value(results);
  const rendered = renderBoth(safe, verdict, run, target);
  const document = reportDocument(safe, verdict, target);
  const files = await writeReportFiles(document, rendered.full.markdown, {
    ...(typeof run.options.output === 'string' ? { output: run.options.output } : {}),
    cwd: ctx.cwd,
    ...(core && ctx.env.RUNNER_TEMP ? { runnerTemp: ctx.env.RUNNER_TEMP } : {}),
  });
  const outcome = await post(run, target, safe, verdict, rendered.comment);
  const upload = await maybePrepareUpload(run, target, safe, outcome);
  if (core && ctx.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(rendered.full.markdown, true).write();
  await setStepOutputs(ctx.env, {
    status: verdict.status,
    blocking: String(verdict.blocking),
    'failed-gates': verdict.failed.join(','),
    'comment-url': outcome?.comment?.url ?? '',
    'check-run-id': outcome?.check ? String(outcome.check.id) : '',
    'report-file': files?.json ?? '',
    'markdown-file': files?.markdown ?? '',
    'upload-results': String(upload !== undefined),
    'upload-dir': upload ?? '',
    'artifact-name': settings.artifactName,
  });
  printVerdict(run, rendered.full.markdown, document, verdict);
  if (verdict.blocking) log.error(`Blocked by: ${verdict.blockingIds.join(', ')}`);
  return outcome && outcome.failed.length > 0 ? Math.max(verdict.exitCode, 2) : verdict.exitCode;
}

function renderBoth(
  results: GateResult[],
  verdict: Verdict,
  run: ReportRun,
  target: ReportTarget,
): Renderings {
  const context = {
    title: run.settings.title,
    ...(target.sha ? { sha: target.sha } : {}),
    ...(target.runUrl ? { runUrl: target.runUrl } : {}),
    version: typeof __MLQG_VERSION__ === 'string' ? __MLQG_VERSION__ : 'development',
  };
  const full = renderReport(results, verdict, {
    limit: LIMITS.jobSummaryBytes,
    limitName: "GitHub's 1 MiB job summary limit",
    maxFindingsPerGate: 1000,
    measure: (s) => Buffer.byteLength(s),
    context: { ...context, fullReportHint: 'the report file (report-file output)' },
  });
  const comment = renderReport(results, verdict, {
    limit: LIMITS.comment,
    limitName: "GitHub's 65,536-character comment limit",
    maxFindingsPerGate: run.settings.maxFindings,
    context: {
      ...context,
      fullReportHint: target.runUrl ? "the workflow run's job summary" : 'the full report',
    },
  });
  return { full, comment };
}

function reportDocument(results: GateResult[], verdict: Verdict, target: ReportTarget): ReportDocument {
  return {
    schemaVersion: 1,
    status: verdict.status,
    blocking: verdict.blocking,
    conclusion: verdict.conclusion,
    failedGates: verdict.failed,
    blockingGates: verdict.blockingIds,
    target: {
      repository: `${target.owner}/${target.repo}`,
      ...(target.sha ? { sha: target.sha } : {}),
      ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
      event: target.event,
    },
    results,
  };
}

/** Posts the comment, the check run and the status; nothing without a token. */
async function post(
  run: ReportRun,
  target: ReportTarget,
  results: GateResult[],
  verdict: Verdict,
  comment: RenderedReport,
): Promise<PublishOutcome | undefined> {
  const { client, log } = run;
  if (!client) {
    log.info('No token (github-token / GITHUB_TOKEN): the report is printed, nothing is posted.');
    return undefined;
  }
  const texts = { title: checkTitle(verdict, results.length), body: run.redactor.text(comment.markdown) };
  const outcome = await log.group('Publish the report', () =>
    publishReport(
      client,
      {
        owner: target.owner,
        repo: target.repo,
        ...(target.sha ? { sha: target.sha } : {}),
        ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
        comment: stickyComment(run, verdict, comment, texts.body),
        ...checkAndStatus(run.settings, target, results, verdict, texts),
      },
      log,
    ),
  );
  for (const failure of outcome.failed) log.error(`Could not post the report: ${run.redactor.text(failure)}`);
  return outcome;
}

/** The sticky comment: the redacted body, marked with its digest and (when known) the run. */
function stickyComment(
  run: ReportRun,
  verdict: Verdict,
  comment: RenderedReport,
  body: string,
): StickyComment {
  const { settings, ctx } = run;
  const runId =
    ctx.env.GITHUB_RUN_ID && /^\d+$/.test(ctx.env.GITHUB_RUN_ID) ? Number(ctx.env.GITHUB_RUN_ID) : undefined;
  return {
    body,
    markerId: markerIdOf(settings.marker),
    mode: settings.comment,
    failing: verdict.blocking,
    digest: createHash('sha256').update(comment.content).digest('hex').slice(0, 16),
    ...(runId !== undefined ? { runId } : {}),
    ...(settings.commentAuthor ? { author: settings.commentAuthor } : {}),
  };
}

/** The check run and the commit status, each only when the settings ask for it. */
function checkAndStatus(
  settings: ReportSettings,
  target: ReportTarget,
  results: GateResult[],
  verdict: Verdict,
  { title, body }: { title: string; body: string },
): Pick<ReportPublication, 'check' | 'status'> {
  return {
    ...(settings.checkRun
      ? {
          check: {
            name: settings.checkName,
            conclusion: verdict.conclusion,
            title,
            summary: body,
            findings: results.flatMap((r) => r.findings),
            ...(target.runUrl ? { detailsUrl: target.runUrl } : {}),
          },
        }
      : {}),
    ...(settings.commitStatus
      ? {
          status: {
            context: settings.checkName,
            state: verdict.state,
            description: title,
            ...(target.runUrl ? { targetUrl: target.runUrl } : {}),
          },
        }
      : {}),
  };
}

/** On a pull request whose token could not post (a fork), hand the results to workflow_run. */
async function maybePrepareUpload(
  run: ReportRun,
  target: ReportTarget,
  results: GateResult[],
  outcome: PublishOutcome | undefined,
): Promise<string | undefined> {
  const { core, settings, ctx } = run;
  const runnerTemp = ctx.env.RUNNER_TEMP;
  if (!core || !runnerTemp || settings.uploadResults === 'never' || settings.resultsFrom === 'workflow-run')
    return undefined;
  const refused = (outcome?.refused.length ?? 0) > 0 || (outcome === undefined && target.fromFork);
  if (settings.uploadResults === 'auto' && !refused) return undefined;
  const dir = await prepareUploadDir(
    results,
    {
      schemaVersion: 1,
      ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
      ...(target.sha ? { headSha: target.sha } : {}),
      event: target.event,
    },
    runnerTemp,
  );
  core.notice(
    `The results are uploaded as the ${settings.artifactName} artifact; a workflow_run workflow running actions/report with results-from: workflow-run posts the comment and check (see the README).`,
  );
  return dir;
}

function checkTitle(verdict: Verdict, gates: number): string {
  if (verdict.blocking) return `Blocked by ${verdict.blockingIds.join(', ')}`;
  const words = {
    pass: 'All gates passed',
    warn: 'Passed with warnings',
    fail: 'Failures, not blocking',
    error: 'Errors, not blocking',
    skip: 'All gates skipped',
  };
  return `${words[verdict.status]} (${gates} gate${gates === 1 ? '' : 's'})`;
}

/**
 * Prints the report. In a workflow, the results' text came from files a pull request wrote: in
 * the workflow_run job (a write token) it is printed inside a stop-commands block, elsewhere with
 * every would-be command line neutralized.
 */
function printVerdict(run: ReportRun, markdown: string, document: ReportDocument, verdict: Verdict): void {
  const { ctx, options } = run;
  const format = options.format;
  const untrusted = (text: string) => {
    if (ctx.env.GITHUB_ACTIONS !== 'true') ctx.stdout(text);
    else if (run.settings.resultsFrom === 'workflow-run') ctx.stdout(stopCommandsBlock(text));
    else ctx.stdout(neutralizeCommands(text));
  };
  if (format === 'json') untrusted(`${JSON.stringify(document, null, 2)}\n`);
  else if (format === 'text') untrusted(`${document.results.map((r) => renderGateText(r)).join('\n')}\n`);
  else untrusted(markdown);
  if (format !== 'json') {
    const blocking = verdict.blocking ? ` — blocking: ${verdict.blockingIds.join(', ')}` : '';
    ctx.stdout(`\nVerdict: ${verdict.status.toUpperCase()}${blocking}\n`);
  }
}
