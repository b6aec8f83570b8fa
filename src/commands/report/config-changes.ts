import { diffConfigs, type SettingChange } from '../../config/config-diff.js';
import { DEFAULT_CONFIG_PATH, loadConfig, loadConfigAtRef } from '../../config/load-config.js';
import type { Config } from '../../config/types.js';
import type { Finding, GateResult } from '../../result/types.js';
import { errorMessage, UserError } from '../../util/errors.js';
import type { ReportRun } from './report-run.js';

/** The id of the report's section on gate settings. */
export const CONFIG_CHANGES_GATE = 'config';

/**
 * The report's own section on the gates' settings: every effective setting the pull request
 * changes in the config (threshold 90 → 50, a gate disabled, a waiver added), so a pull request
 * cannot lower its own bar unnoticed. Undefined outside a pull request or when nothing changed.
 *
 * Where the two configs come from: in a pull_request run, the checked-out file against the same
 * file on the base branch (git); in the workflow_run flow, the trusted checkout's file against
 * the one in `pr-checkout` (the pull request's files, read as data).
 */
export async function configChangesResult(run: ReportRun): Promise<GateResult | undefined> {
  const pair = await configPair(run);
  if (!pair) return undefined;
  if ('unmeasured' in pair) {
    return section('warn', 'Gate settings changes not checked', [
      {
        severity: 'warning',
        rule: 'config/not-measured',
        message: `gate settings changes: not measured (${pair.unmeasured})`,
        fix: 'Fetch the base branch (actions/checkout with fetch-depth: 0) so the report can compare the config with it.',
      },
    ]);
  }
  const changes = diffConfigs(pair.base, pair.head);
  if (changes.length === 0) return undefined;
  const lowering = changes.filter((c) => c.loosens).length;
  return section(
    lowering > 0 ? 'warn' : 'pass',
    `This pull request changes ${changes.length} gate setting(s)${lowering > 0 ? `, ${lowering} of them lowering the bar` : ''}`,
    changes.map((c) => changeFinding(c, pair.path, run.settings.configFrom)),
  );
}

type ConfigPair = { base: Config; head: Config; path: string } | { unmeasured: string };

async function configPair(run: ReportRun): Promise<ConfigPair | undefined> {
  const given = run.options.config as string | undefined;
  const path = given ?? DEFAULT_CONFIG_PATH;
  if (run.settings.resultsFrom === 'workflow-run') {
    if (!run.settings.prCheckout) return undefined;
    // The PR's config is parsed as data (safe YAML, schema-validated), never executed.
    const head = await loadConfig(given, run.settings.prCheckout).catch((error: unknown) => error);
    if (head instanceof UserError) return { base: run.config, head: {}, path };
    if (head instanceof Error) throw head;
    return { base: run.config, head: (head as { config: Config }).config, path };
  }
  const baseRef =
    run.settings.base ?? (run.ctx.env.GITHUB_BASE_REF ? `origin/${run.ctx.env.GITHUB_BASE_REF}` : undefined);
  if (run.target.pullRequest === undefined || !baseRef) return undefined;
  const [base, head] = await Promise.all([
    loadConfigAtRef(given, run.ctx.cwd, baseRef).catch((error: unknown) => error),
    loadConfig(given, run.ctx.cwd),
  ]);
  // No config file here and no base to read one from: no settings govern either side.
  if (base instanceof UserError && head.path === undefined) return undefined;
  if (base instanceof UserError) return { unmeasured: errorMessage(base) };
  if (base instanceof Error) throw base;
  return { base: (base as { config: Config }).config, head: head.config, path };
}

function changeFinding(change: SettingChange, path: string, configFrom: 'head' | 'base'): Finding {
  const show = (v: unknown) => (v === undefined ? '(not set)' : JSON.stringify(v));
  return {
    severity: change.loosens ? 'warning' : 'notice',
    rule: change.loosens ? 'config/lowers-the-bar' : 'config/changed',
    path,
    message: `${change.key}: ${show(change.base)} → ${show(change.head)}${change.loosens ? ' (lowers the bar)' : ''}`,
    fix:
      configFrom === 'base'
        ? 'This pull request is judged by the base branch settings; the change applies once it is merged.'
        : 'Have an owner of the gates approve this change (CODEOWNERS on the config file), or judge pull requests by the base branch settings with config-from: base.',
  };
}

function section(status: GateResult['status'], title: string, findings: Finding[]): GateResult {
  return {
    schemaVersion: 1,
    gate: CONFIG_CHANGES_GATE,
    status,
    title,
    summary: title,
    metrics: { changes: findings.length },
    findings,
  };
}
