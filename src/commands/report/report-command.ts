import { createHash } from 'node:crypto';
import type * as Core from '@actions/core';
import { loadConfig } from '../../config/load-config.js';
import { type ReportSettings, reportSettings } from './report-settings.js';
import type { CommandContext } from '../context.js';
import { COMMON_OPTIONS, helpText, readOptions } from '../options.js';
import { REPORT_OPTIONS } from './report-options.js';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { type ReportTarget, targetFromEnvironment } from '../../github/event-target.js';
import { type PublishOutcome, publishReport } from '../../github/publish-report.js';
import { pullRequestHead } from '../../github/pull-request.js';
import { MARKER_BUDGET, markerIdOf } from '../../github/sticky-comment.js';
import { combineResults } from '../../report/combine.js';
import { renderReport, type ReportContext } from '../../report/render-report.js';
import { renderGateText } from '../../report/render-text.js';
import { decideVerdict, type Verdict } from '../../report/verdict.js';
import type { GateResult } from '../../result/types.js';
import { type ReportDocument, prepareUploadDir, writeReportFiles } from '../../outputs/report-output.js';
import { readEventPayload } from '../run-event.js';
import { gatherFromFiles, gatherFromWorkflowRun } from './gather-results.js';
import { type ReportLog, reportLog } from './report-log.js';

/**
 * GitHub's limits (see shared/reference/external-formats.md §4). The check summary (65,535) gets
 * the comment's rendering: the comment budget (65,536 less the marker line) is the smaller, so one
 * rendering fits both.
 */
const LIMITS = { comment: 65_536 - MARKER_BUDGET, jobSummaryBytes: 1_000_000 } as const;

/**
 * `ml-quality-gates report`: collects gate results, decides the verdict, renders one report and
 * posts it — sticky PR comment, check run on the head commit, optional commit status — then
 * writes the job summary and outputs and exits non-zero when the verdict blocks. Without a
 * token it prints the report and the verdict and posts nothing.
 */
export async function runReport(args: string[], ctx: CommandContext): Promise<number> {
  const specs = [...REPORT_OPTIONS, ...COMMON_OPTIONS];
  const options = readOptions(specs, args, ctx.env);
  if (options.help) {
    ctx.stdout(
      helpText(
        'Usage: ml-quality-gates report [options]\n\nCombines gate results into one verdict, comment and check.',
        specs,
      ),
    );
    return 0;
  }
  const inActions = ctx.env.GITHUB_ACTIONS === 'true';
  const core = inActions ? await import('@actions/core') : undefined;
  const { config } = await loadConfig(options.config as string | undefined, ctx.cwd);
  const settings = reportSettings(config.report ?? {}, options, ctx.env);
  // Masked before anything is logged (loading the config prints nothing).
  if (core && settings.token) core.setSecret(settings.token);
  const log = reportLog(core, ctx);
  let target = targetFromEnvironment(
    ctx.env,
    await readEventPayload(ctx.env),
    {
      ...(settings.repo ? { repo: settings.repo } : {}),
      ...(settings.pr !== undefined ? { pr: settings.pr } : {}),
      ...(settings.sha ? { sha: settings.sha } : {}),
    },
    settings.token !== undefined,
  );
  const client = settings.token
    ? createGitHubClient({
        token: settings.token,
        log,
        ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
      })
    : undefined;
  if (client && target.pullRequest !== undefined && !target.sha) {
    target = {
      ...target,
      sha: await pullRequestHead(client, { ...target, pullRequest: target.pullRequest }),
    };
  }
  const gathered = await log.group('Collect gate results', async () => {
    const g =
      settings.resultsFrom === 'workflow-run'
        ? await gatherFromWorkflowRun(settings, target, client)
        : await gatherFromFiles(settings, target, ctx);
    log.info(
      `${g.sourced.length} result(s) from ${g.searched}: ${g.sourced.map((s) => s.origin).join(', ') || 'none'}`,
    );
    return g;
  });
  if (gathered.nothingToDo) {
    log.info(`Nothing to report: ${gathered.nothingToDo}.`);
    setOutputs(core, ctx.env, {
      status: 'skip',
      'failed-gates': '',
      'comment-url': '',
      'check-run-id': '',
      'report-file': '',
    });
    return 0;
  }
  target = gathered.target;
  const { results } = combineResults(gathered.sourced, gathered.problems, {
    expect: settings.expect,
    searched: gathered.searched,
  });
  const verdict = decideVerdict(results, settings.policy);
  return publishAndExit(results, verdict, settings, target, client, log, core, options, ctx);
}

/** Renders within each destination's limit, posts, writes files, summary and outputs. */
async function publishAndExit(
  results: GateResult[],
  verdict: Verdict,
  settings: ReportSettings,
  target: ReportTarget,
  client: GitHubClient | undefined,
  log: ReportLog,
  core: typeof Core | undefined,
  options: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  const context: ReportContext = {
    title: settings.title,
    ...(target.sha ? { sha: target.sha } : {}),
    ...(target.runUrl ? { runUrl: target.runUrl } : {}),
    version: typeof __MLQG_VERSION__ === 'string' ? __MLQG_VERSION__ : 'development',
  };
  const render = (
    limit: number,
    limitName: string,
    maxFindings: number,
    measure: 'chars' | 'bytes',
    hint: string,
  ) =>
    renderReport(results, verdict, {
      limit,
      limitName,
      maxFindingsPerGate: maxFindings,
      measure: measure === 'bytes' ? (s) => Buffer.byteLength(s) : (s) => s.length,
      context: { ...context, fullReportHint: hint },
    });
  const full = render(
    LIMITS.jobSummaryBytes,
    "GitHub's 1 MiB job summary limit",
    1000,
    'bytes',
    'the report file (report-file output)',
  );
  const onGitHub = target.runUrl ? "the workflow run's job summary" : 'the full report';
  const comment = render(
    LIMITS.comment,
    "GitHub's 65,536-character comment limit",
    settings.maxFindings,
    'chars',
    onGitHub,
  );

  const document: ReportDocument = {
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
  const files = await writeReportFiles(document, full.markdown, {
    ...(typeof options.output === 'string' ? { output: options.output } : {}),
    cwd: ctx.cwd,
    ...(core && ctx.env.RUNNER_TEMP ? { runnerTemp: ctx.env.RUNNER_TEMP } : {}),
  });

  let outcome: PublishOutcome | undefined;
  if (client) {
    outcome = await log.group('Publish the report', () =>
      publishReport(
        client,
        {
          owner: target.owner,
          repo: target.repo,
          ...(target.sha ? { sha: target.sha } : {}),
          ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
          comment: {
            body: comment.markdown,
            markerId: markerIdOf(settings.marker),
            mode: settings.comment,
            failing: verdict.blocking,
            digest: createHash('sha256').update(comment.content).digest('hex').slice(0, 16),
            ...(ctx.env.GITHUB_RUN_ID && /^\d+$/.test(ctx.env.GITHUB_RUN_ID)
              ? { runId: Number(ctx.env.GITHUB_RUN_ID) }
              : {}),
          },
          ...(settings.checkRun
            ? {
                check: {
                  name: settings.checkName,
                  conclusion: verdict.conclusion,
                  title: checkTitle(verdict, results.length),
                  summary: comment.markdown,
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
                  description: checkTitle(verdict, results.length),
                  ...(target.runUrl ? { targetUrl: target.runUrl } : {}),
                },
              }
            : {}),
        },
        log,
      ),
    );
    for (const failure of outcome.failed) log.error(`Could not post the report: ${failure}`);
  } else {
    log.info('No token (github-token / GITHUB_TOKEN): the report is printed, nothing is posted.');
  }

  const upload = await maybePrepareUpload(results, settings, target, outcome, core, ctx);
  if (core && ctx.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(full.markdown, true).write();
  setOutputs(core, ctx.env, {
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
  printVerdict(options.format, full.markdown, document, results, verdict, ctx);
  const exitCode = outcome && outcome.failed.length > 0 ? Math.max(verdict.exitCode, 2) : verdict.exitCode;
  if (verdict.blocking) log.error(`Blocked by: ${verdict.blockingIds.join(', ')}`);
  return exitCode;
}

/** On a pull request whose token could not post (a fork), hand the results to workflow_run. */
async function maybePrepareUpload(
  results: GateResult[],
  settings: ReportSettings,
  target: ReportTarget,
  outcome: PublishOutcome | undefined,
  core: typeof Core | undefined,
  ctx: CommandContext,
): Promise<string | undefined> {
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

function printVerdict(
  format: unknown,
  markdown: string,
  document: ReportDocument,
  results: GateResult[],
  verdict: Verdict,
  ctx: CommandContext,
): void {
  if (format === 'json') ctx.stdout(`${JSON.stringify(document, null, 2)}\n`);
  else if (format === 'text') ctx.stdout(`${results.map((r) => renderGateText(r)).join('\n')}\n`);
  else ctx.stdout(markdown);
  if (format !== 'json') {
    const blocking = verdict.blocking ? ` — blocking: ${verdict.blockingIds.join(', ')}` : '';
    ctx.stdout(`\nVerdict: ${verdict.status.toUpperCase()}${blocking}\n`);
  }
}

function setOutputs(
  core: typeof Core | undefined,
  env: NodeJS.ProcessEnv,
  outputs: Record<string, string>,
): void {
  if (!core || !env.GITHUB_OUTPUT) return;
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** Replaced at build time from package.json (see scripts/build.mjs). */
declare const __MLQG_VERSION__: string | undefined;
