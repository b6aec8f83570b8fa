import type * as Core from '@actions/core';
import { loadConfig } from '../../config/load-config.js';
import type { Config } from '../../config/types.js';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { type ReportTarget, targetFromEnvironment } from '../../github/event-target.js';
import { pullRequestHead } from '../../github/pull-request.js';
import { environmentSecrets, Redactor } from '../../util/redact.js';
import type { CommandContext } from '../context.js';
import type { OptionValues } from '../options.js';
import { loadGoverningConfig } from '../governing-config.js';
import { type EventPayload, readEventPayload, runEvent } from '../run-event.js';
import { type ReportLog, reportLog } from './report-log.js';
import { type ReportSettings, reportSettings } from './report-settings.js';

/** Everything one report run works with, opened once: settings, where to post, how to log. */
export interface ReportRun {
  ctx: CommandContext;
  options: OptionValues;
  config: Config;
  /** Where the config was read from, for messages. */
  configPath?: string;
  settings: ReportSettings;
  /** `@actions/core`, inside a workflow only. */
  core?: typeof Core;
  log: ReportLog;
  payload: EventPayload;
  target: ReportTarget;
  /** Absent without a token: the report is printed, nothing is posted. */
  client?: GitHubClient;
  /** Every secret the run knows; applied to everything the report writes. */
  redactor: Redactor;
}

/**
 * The config that governs the report and its settings. With `config-from: base` in a
 * pull_request run, the base branch's config (its `report:` section too); in the workflow_run
 * flow the checkout is the trusted base already, so the checked-out file is the base's.
 */
async function governingConfig(
  options: OptionValues,
  ctx: CommandContext,
): Promise<{ config: Config; path?: string; settings: ReportSettings }> {
  const head = await loadConfig(options.config as string | undefined, ctx.cwd);
  const settings = reportSettings(head.config.report ?? {}, options, ctx.env);
  if (settings.configFrom === 'head' || settings.resultsFrom === 'workflow-run') return { ...head, settings };
  const base = await loadGoverningConfig('base', {
    path: options.config as string | undefined,
    cwd: ctx.cwd,
    base: settings.base,
    event: runEvent(ctx.env, await readEventPayload(ctx.env)),
  });
  return { ...base, settings: reportSettings(base.config.report ?? {}, options, ctx.env) };
}

/**
 * Opens a report run: config and settings, secrets masked and registered for redaction before
 * anything is logged, the event and its target, and the one GitHub client.
 */
export async function openReportRun(options: OptionValues, ctx: CommandContext): Promise<ReportRun> {
  const inActions = ctx.env.GITHUB_ACTIONS === 'true';
  const core = inActions ? await import('@actions/core') : undefined;
  const { config, path, settings } = await governingConfig(options, ctx);
  const redactor = new Redactor();
  for (const secret of redactor.add(settings.token, ...environmentSecrets(ctx.env))) core?.setSecret(secret);
  const log = reportLog(core, ctx);
  const payload = await readEventPayload(ctx.env);
  let target = targetFromEnvironment(
    ctx.env,
    payload,
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
        timeoutMs: settings.apiTimeoutMs,
        maxRateLimitWaitSeconds: settings.maxRateLimitWait,
        ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
      })
    : undefined;
  if (client && target.pullRequest !== undefined && !target.sha) {
    target = {
      ...target,
      sha: await pullRequestHead(client, { ...target, pullRequest: target.pullRequest }),
    };
  }
  return {
    ctx,
    options,
    config,
    ...(path ? { configPath: path } : {}),
    settings,
    ...(core ? { core } : {}),
    log,
    payload,
    target,
    ...(client ? { client } : {}),
    redactor,
  };
}
