import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorGateResult, userErrorFinding } from '../../result/error-result.js';
import { ratio } from '../../result/percent.js';
import type { Finding, GateResult, GateStatus } from '../../result/types.js';
import { worstStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { gitTopLevel } from '../../util/git.js';
import { mapWithBudget } from './budget-pool.js';
import { changedFiles } from './changed-files.js';
import { type DeclaredPython, DeclaredPythonFinder } from './declared-python.js';
import { keyMetric, type Scope, summary, title } from './describe.js';
import { discoverNotebooks, notebookFilter } from './discover.js';
import { type JudgeContext, judgeNotebook, type NotebookReport } from './judge-notebook.js';
import { policyResolver } from './policy.js';
import { parseRequirement } from './python-version.js';
import type { NotebooksSettings } from './settings.js';

/** Notebooks read at once, and the bytes of notebook text they may hold together. */
const CONCURRENCY = 8;
const BYTE_BUDGET = 64 * 1024 * 1024;

/**
 * Runs the notebooks gate: finds the notebooks (all, or those the pull request changed), and
 * judges each: a valid nbformat 4 file, outputs as its path's policy says, no secrets, local
 * paths or unpinned installs, within size limits, with kernel metadata and the project's Python
 * version. A notebook's bad content is a finding; only an unusable base ref makes the result
 * `error`. Never throws for what is in the repository.
 */
export async function evaluateNotebooks(settings: NotebooksSettings): Promise<GateResult> {
  const filter = notebookFilter(settings.paths, settings.exclude);
  let paths: string[];
  let scope: Scope;
  let realRoot: string;
  try {
    realRoot = await realpath((await gitTopLevel(settings.cwd)) ?? settings.cwd);
    if (settings.changedOnly && settings.base) {
      const changed = await changedFiles(settings.cwd, settings.base.ref);
      paths = changed.files.filter(filter).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      scope = { kind: 'changed', base: changed.ref, changedFiles: changed.files.length };
    } else {
      paths = await discoverNotebooks(settings.cwd, settings.paths, filter);
      scope = settings.changedOnly ? { kind: 'all-no-base' } : { kind: 'all' };
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorGateResult('notebooks', 'Notebooks could not be judged', [
      userErrorFinding('notebooks', error),
    ]);
  }
  const ctx = judgeContext(settings, realRoot);
  const judged = await mapWithBudget(
    paths,
    (path) => sizeOf(resolve(settings.cwd, path), settings.maxReadBytes),
    { concurrency: CONCURRENCY, budget: BYTE_BUDGET },
    (path) => judgeNotebook(path, ctx),
  );
  const reports = judged.map((j) => j.report);
  const findings: Finding[] = judged.flatMap((j) => j.findings);
  if (reports.length === 0 && scope.kind !== 'changed') findings.push(noneFound(settings));
  const status: GateStatus =
    reports.length === 0 && scope.kind !== 'changed'
      ? 'warn'
      : reports.map((r) => r.status).reduce(worstStatus, 'pass');
  return {
    schemaVersion: 1,
    gate: 'notebooks',
    status,
    title: title(status, reports, scope),
    summary: summary(reports, scope),
    keyMetric: keyMetric(reports),
    metrics: metrics(reports, scope, settings),
    findings,
  };
}

function judgeContext(settings: NotebooksSettings, realRoot: string): JudgeContext {
  const configured =
    settings.pythonVersion !== undefined ? parseRequirement(settings.pythonVersion) : undefined;
  const declared: DeclaredPython | undefined = configured
    ? { requirement: configured, source: 'notebooks.python-version' }
    : undefined;
  const finder = new DeclaredPythonFinder(settings.cwd);
  return {
    settings,
    realRoot,
    secrets: { entropy: settings.secretEntropy, allow: settings.secretAllow.map((p) => new RegExp(p)) },
    policyOf: policyResolver(settings.policies, settings.defaultOutputs),
    declaredFor: declared ? () => Promise.resolve(declared) : (path) => finder.forNotebook(path),
  };
}

function metrics(
  reports: NotebookReport[],
  scope: Scope,
  settings: NotebooksSettings,
): Record<string, unknown> {
  const policies = { stripped: 0, executed: 0, any: 0 };
  for (const r of reports) policies[r.policy]++;
  return {
    // A ratio, so the step has clean-percent / clean-covered / clean-total outputs.
    clean: ratio(reports.filter((r) => r.status === 'pass').length, reports.length),
    scope: scope.kind,
    ...(scope.kind === 'changed' ? { base: scope.base, changedFiles: scope.changedFiles } : {}),
    policies,
    bytes: reports.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
    limits: {
      notebookBytes: settings.maxNotebookBytes,
      outputBytes: settings.maxOutputBytes,
      readBytes: settings.maxReadBytes,
    },
    notebooks: reports,
  };
}

function noneFound(settings: NotebooksSettings): Finding {
  return {
    severity: 'warning',
    rule: 'notebooks/none-found',
    message: `No notebook matches ${settings.paths.join(', ')}${settings.exclude.length > 0 ? ` (excluding ${settings.exclude.join(', ')})` : ''}.`,
    fix: 'Set notebooks.paths to where the notebooks are, or disable the gate (notebooks.enabled: false) if the repository has none.',
  };
}

/** A notebook's size for the memory budget; 0 when it cannot be stat'ed (reading reports why). */
async function sizeOf(path: string, cap: number): Promise<number> {
  try {
    const size = (await stat(path)).size;
    return size > cap ? 0 : size;
  } catch {
    return 0;
  }
}
