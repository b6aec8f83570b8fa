import { statusOf } from '../../result/status-policy.js';
import { ratio } from '../../result/percent.js';
import { userErrorFinding } from '../../result/error-result.js';
import type { Finding, GateResult, GateStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { checkBreakingChanges, type BreakingReport, type LoadedSchema } from './breaking/index.js';
import { type LoadedContract, ContractCache } from './contracts.js';
import { keyMetric, summary, title } from './describe.js';
import { type Dataset, type Discovery, discoverDatasets } from './discover.js';
import { validateDataset } from './validate-dataset.js';
import type { DataSchemaSettings } from './settings.js';
import { checkDataPackage } from './table-schema.js';

/** One dataset's verdict, as `metrics.datasets` lists it. */
export interface DatasetReport {
  path: string;
  format: string;
  schema: string | null;
  status: GateStatus;
  rows: number;
  invalidRows: number;
  /** False when `sample-rows` (or a stop at a bad header) left part of the file unread. */
  complete: boolean;
}

/** One dataset judged: its report line, its findings, and whether the input could not be read. */
interface DatasetOutcome {
  report: DatasetReport;
  findings: Finding[];
  inputError: boolean;
}

/**
 * Runs the data schema gate: every dataset has a schema (and every schema its data), every
 * schema is valid (JSON Schema against its meta-schema, Table Schema and Data Package against
 * their profiles), the data meets its schema row by row, and — with a base ref — no schema
 * changed in a breaking way. Bad input is status `error` with findings; it never throws for it.
 */
export async function evaluateDataSchema(settings: DataSchemaSettings): Promise<GateResult> {
  let discovery: Discovery;
  try {
    discovery = await discoverDatasets({ ...settings, rules: settings.schemas });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorResult([userErrorFinding('data-schema', error)]);
  }
  const findings: Finding[] = [...discovery.findings, ...discovery.packages.flatMap(checkDataPackage)];
  let inputError = discovery.findings.some((f) => f.rule === 'data-schema/schema-unparseable');
  const contracts = new ContractCache(discovery, settings);
  const outcomes: DatasetOutcome[] = [];
  for (const dataset of discovery.datasets) outcomes.push(await judgeDataset(dataset, contracts, settings));
  for (const o of outcomes) findings.push(...o.findings);
  const loaded = await contracts.all();
  for (const c of loaded) findings.push(...c.findings);
  inputError ||= outcomes.some((o) => o.inputError) || loaded.some((c) => c.unreadable);
  const breaking = await compareWithBase(loaded, settings);
  findings.push(...breaking.findings);
  if (discovery.datasets.length === 0) findings.push(noDatasetsFinding(settings));
  const status = statusOf(findings, { couldNotJudge: inputError || breaking.couldNotJudge === true });
  return resultOf(
    { status, findings, reports: outcomes.map((o) => o.report), schemas: loaded.length, breaking },
    settings,
  );
}

/** One dataset: its contract, whether it fits the data's format, and the data against it. */
async function judgeDataset(
  dataset: Dataset,
  contracts: ContractCache,
  settings: DataSchemaSettings,
): Promise<DatasetOutcome> {
  const report: DatasetReport = {
    path: dataset.path,
    format: dataset.format,
    schema: schemaPathOf(dataset),
    status: 'pass',
    rows: 0,
    invalidRows: 0,
    complete: true,
  };
  const outcome: DatasetOutcome = { report, findings: [], inputError: false };
  const loaded = await contracts.forDataset(dataset);
  if (!loaded || loaded.unreadable) {
    report.status = loaded ? 'error' : 'fail';
    return outcome;
  }
  const mismatch = kindMismatch(dataset, loaded);
  if (mismatch || (!loaded.json?.validate && !loaded.table)) {
    // The schema's own findings are listed once, with the schema.
    if (mismatch) outcome.findings.push(mismatch);
    report.status = 'fail';
    return outcome;
  }
  try {
    const checked = await validateDataset(dataset, loaded, settings);
    Object.assign(report, {
      rows: checked.rows,
      invalidRows: checked.invalidRows,
      complete: checked.complete,
    });
    outcome.findings.push(...checked.findings);
    if (checked.failed) report.status = 'fail';
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    outcome.findings.push(userErrorFinding('data-schema', error));
    report.status = 'error';
    outcome.inputError = true;
  }
  return outcome;
}

/** A JSON dataset with a Table Schema, or a table with a JSON Schema. */
function kindMismatch(dataset: Dataset, loaded: LoadedContract): Finding | undefined {
  const expected = dataset.format === 'jsonl' || dataset.format === 'json' ? 'json-schema' : 'table-schema';
  if (loaded.kind === expected) return undefined;
  return {
    severity: 'error',
    rule: 'data-schema/schema-kind',
    path: dataset.path,
    message: `${dataset.path} is ${dataset.format.toUpperCase()} but its schema ${loaded.doc.path} is a ${loaded.kind === 'json-schema' ? 'JSON Schema' : 'Table Schema'}; the gate validates ${expected === 'json-schema' ? 'JSON and JSON Lines with JSON Schema' : 'CSV, TSV and Parquet with Table Schema'}.`,
    fix: `Describe it with a ${expected === 'json-schema' ? 'JSON Schema' : 'Frictionless Table Schema'}.`,
  };
}

/**
 * Breaking changes: every schema file that loaded (inline Data Package schemas travel with
 * their descriptor and are compared as part of it by no one — they are listed in the summary).
 */
function compareWithBase(
  loaded: readonly LoadedContract[],
  settings: DataSchemaSettings,
): Promise<BreakingReport> {
  const schemas: LoadedSchema[] = loaded
    .filter((c) => !c.unreadable && c.pointer === '')
    .map((c) => ({
      kind: c.kind,
      path: c.doc.path,
      value: c.doc.value,
      lineOf: (p: string) => c.doc.lineOf(p),
    }));
  const b = settings.breaking;
  return checkBreakingChanges(schemas, {
    cwd: settings.cwd,
    ...(b.base ? { base: b.base } : {}),
    mode: b.mode,
    waivers: b.waivers,
    labels: b.labels,
    ...(b.waiverLabel ? { waiverLabel: b.waiverLabel } : {}),
    now: b.now,
    inPullRequest: b.inPullRequest,
  });
}

function noDatasetsFinding(settings: DataSchemaSettings): Finding {
  return {
    severity: 'warning',
    rule: 'data-schema/no-datasets',
    message: `No dataset found: no file matches ${settings.datasets.join(', ') || '(no dataset globs)'}.`,
    fix: 'Set data-schema.datasets to your data files, e.g. data/**/*.csv.',
  };
}

/** The result document from the judged parts. */
function resultOf(
  parts: {
    status: GateStatus;
    findings: Finding[];
    reports: DatasetReport[];
    schemas: number;
    breaking: BreakingReport;
  },
  settings: DataSchemaSettings,
): GateResult {
  const { status, reports, breaking } = parts;
  const rowsChecked = reports.reduce((n, r) => n + r.rows, 0);
  const invalidRows = reports.reduce((n, r) => n + r.invalidRows, 0);
  const validDatasets = reports.filter((r) => r.status === 'pass').length;
  return {
    schemaVersion: 1,
    gate: 'data-schema',
    status,
    title: title(status, reports, invalidRows, breaking.breaking),
    summary: summary({
      reports,
      schemas: parts.schemas,
      rows: rowsChecked,
      invalid: invalidRows,
      breaking,
      settings,
    }),
    keyMetric: keyMetric(invalidRows, reports.length, breaking.breaking),
    metrics: {
      // Ratios, so the step has datasets-covered/-total and rows-covered/-total outputs.
      datasets: ratio(validDatasets, reports.length),
      rows: ratio(rowsChecked - invalidRows, rowsChecked),
      schemas: parts.schemas,
      rowsChecked,
      invalidRows,
      breakingChanges: breaking.breaking,
      nonBreakingChanges: breaking.nonBreaking,
      waivedChanges: breaking.waived,
      ...(settings.sampleRows !== undefined ? { sampleRows: settings.sampleRows } : {}),
      files: reports,
    },
    findings: parts.findings,
  };
}

function schemaPathOf(dataset: Dataset): string | null {
  const s = dataset.schema;
  if (!s) return null;
  return s.kind === 'file' ? s.path : (s.schemaPath ?? `${s.path}#${s.pointer}`);
}

function errorResult(findings: Finding[]): GateResult {
  return {
    schemaVersion: 1,
    gate: 'data-schema',
    status: 'error',
    title: 'Data schemas could not be judged',
    summary:
      `${findings.length} problem(s) with the input; fix them and re-run. ${findings[0]?.message ?? ''}`.trim(),
    metrics: {},
    findings,
  };
}
