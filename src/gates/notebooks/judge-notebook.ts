import type { Finding, GateStatus } from '../../result/types.js';
import { checkLeaks } from './check-leaks.js';
import { checkMetadata, type KernelInfo, kernelInfo } from './check-metadata.js';
import { checkOutputs } from './check-outputs.js';
import { checkWeight } from './check-weight.js';
import type { DeclaredPython } from './declared-python.js';
import { type Draft, toFindings } from './findings.js';
import { notebookModel } from './notebook-model.js';
import type { PolicyResolver } from './policy.js';
import { readNotebook } from './read-notebook.js';
import type { SecretOptions } from './secrets.js';
import type { NotebooksSettings, OutputsPolicy, RuleName } from './settings.js';
import { parseNotebook } from './validate-notebook.js';

/** One notebook's verdict, as `metrics.notebooks` lists it. */
export interface NotebookReport {
  path: string;
  policy: OutputsPolicy;
  status: GateStatus;
  /** File size; null when it could not be read. */
  bytes: number | null;
  /** `4.5`; null when unreadable. */
  nbformat: string | null;
  cells: number;
  codeCells: number;
  /** Code cells with an execution count. */
  executedCells: number;
  kernel: KernelInfo;
  /** Findings per rule (before the per-notebook cap). */
  problems: Partial<Record<RuleName, number>>;
}

/** What every notebook is judged with. */
export interface JudgeContext {
  settings: NotebooksSettings;
  /** The repository root, links resolved: nothing outside it is read. */
  realRoot: string;
  secrets: SecretOptions;
  policyOf: PolicyResolver;
  declaredFor: (path: string) => Promise<DeclaredPython | undefined>;
}

/** Reads, validates and judges one notebook. Never throws for what is in the file. */
export async function judgeNotebook(
  path: string,
  ctx: JudgeContext,
): Promise<{ report: NotebookReport; findings: Finding[] }> {
  const { settings } = ctx;
  const policy = ctx.policyOf(path).outputs;
  const report: NotebookReport = {
    path,
    policy,
    status: 'pass',
    bytes: null,
    nbformat: null,
    cells: 0,
    codeCells: 0,
    executedCells: 0,
    kernel: {},
    problems: {},
  };
  const read = await readNotebook(ctx.realRoot, settings.cwd, path, settings.maxReadBytes);
  report.bytes = read.bytes ?? null;
  const drafts: Draft[] = [];
  if (!read.ok) drafts.push(read.draft);
  else {
    const parsed = parseNotebook(path, read.text);
    drafts.push(...parsed.drafts);
    if (parsed.ok) {
      const model = notebookModel(parsed.doc);
      report.nbformat = `${String(model.nbformat)}.${String(model.nbformatMinor)}`;
      report.cells = model.cells.length;
      report.codeCells = model.cells.filter((c) => c.type === 'code').length;
      report.executedCells = model.cells.filter((c) => typeof c.executionCount === 'number').length;
      report.kernel = kernelInfo(model);
      drafts.push(
        ...checkOutputs(model, path, policy),
        ...(await checkLeaks(model, ctx.secrets)),
        ...checkWeight(model, read.text, read.bytes, settings),
        ...checkMetadata(model, await ctx.declaredFor(path)),
      );
    }
  }
  const { findings, counts } = toFindings(path, drafts, settings.severity, settings.maxFindingsPerNotebook);
  report.problems = counts;
  report.status = findings.some((f) => f.severity === 'error')
    ? 'fail'
    : findings.some((f) => f.severity === 'warning')
      ? 'warn'
      : 'pass';
  return { report, findings };
}
