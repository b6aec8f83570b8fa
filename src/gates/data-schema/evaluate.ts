import { statusOf } from '../../result/status-policy.js';
import { join } from 'node:path';
import { ratio } from '../../result/percent.js';
import { userErrorFinding } from '../../result/error-result.js';
import type { Finding, GateResult, GateStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { valueAtPointer } from '../../util/schema-errors.js';
import { checkBreakingChanges, type BreakingReport, type LoadedSchema } from './breaking/index.js';
import { readCsv } from './csv.js';
import { keyMetric, summary, title } from './describe.js';
import { type Dataset, type Discovery, discoverDatasets } from './discover.js';
import { compileJsonSchema, type CompiledJsonSchema } from './json-schema.js';
import { validateJsonDocument, validateJsonl } from './jsonl.js';
import { checkParquet } from './parquet.js';
import { RowFindings } from './row-findings.js';
import { loadSchemaFile, type SchemaDocument, schemaKind } from './schema-files.js';
import type { DataSchemaSettings } from './settings.js';
import { checkDataPackage, checkTableSchema, type TableContract } from './table-schema.js';
import { TableValidator } from './table-validate.js';

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

/** A schema as loaded for a dataset: what it is, and its compiled form or why there is none. */
interface LoadedContract {
  doc: SchemaDocument;
  /** Pointer of the schema inside the document (a Data Package resource), '' for a whole file. */
  pointer: string;
  kind: 'json-schema' | 'table-schema';
  findings: Finding[];
  /** True when the schema file could not be read or parsed (the dataset cannot be judged). */
  unreadable: boolean;
  json?: CompiledJsonSchema;
  table?: TableContract;
}

/**
 * Runs the data schema gate: every dataset has a schema (and every schema its data), every
 * schema is valid (JSON Schema against its meta-schema, Table Schema and Data Package against
 * their profiles), the data meets its schema row by row, and — with a base ref — no schema
 * changed in a breaking way. Bad input is status `error` with findings; it never throws for it.
 */
export async function evaluateDataSchema(settings: DataSchemaSettings): Promise<GateResult> {
  const findings: Finding[] = [];
  let discovery: Discovery;
  try {
    discovery = await discoverDatasets(
      settings.cwd,
      settings.datasets,
      settings.exclude,
      settings.schemas,
      settings.maxSchemaBytes,
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorResult([userErrorFinding('data-schema', error)]);
  }
  findings.push(...discovery.findings);
  let inputError = discovery.findings.some((f) => f.rule === 'data-schema/schema-unparseable');
  for (const pkg of discovery.packages) findings.push(...checkDataPackage(pkg));

  const contracts = new Map<string, Promise<LoadedContract>>();
  const contractFor = (dataset: Dataset) => {
    const source = dataset.schema;
    if (!source) return undefined;
    const key =
      source.kind === 'file' ? source.path : (source.schemaPath ?? `${source.path}#${source.pointer}/schema`);
    let loaded = contracts.get(key);
    if (!loaded) {
      loaded = loadContract(dataset, discovery, settings);
      contracts.set(key, loaded);
    }
    return loaded;
  };

  const reports: DatasetReport[] = [];
  for (const dataset of discovery.datasets) {
    const loaded = await contractFor(dataset);
    const report: DatasetReport = {
      path: dataset.path,
      format: dataset.format,
      schema: dataset.schema ? schemaPathOf(dataset) : null,
      status: 'pass',
      rows: 0,
      invalidRows: 0,
      complete: true,
    };
    reports.push(report);
    if (!loaded) {
      report.status = 'fail';
      continue;
    }
    if (loaded.unreadable) {
      report.status = 'error';
      continue;
    }
    const expected = dataset.format === 'jsonl' || dataset.format === 'json' ? 'json-schema' : 'table-schema';
    if (loaded.kind !== expected) {
      findings.push({
        severity: 'error',
        rule: 'data-schema/schema-kind',
        path: dataset.path,
        message: `${dataset.path} is ${dataset.format.toUpperCase()} but its schema ${loaded.doc.path} is a ${loaded.kind === 'json-schema' ? 'JSON Schema' : 'Table Schema'}; the gate validates ${expected === 'json-schema' ? 'JSON and JSON Lines with JSON Schema' : 'CSV, TSV and Parquet with Table Schema'}.`,
        fix: `Describe it with a ${expected === 'json-schema' ? 'JSON Schema' : 'Frictionless Table Schema'}.`,
      });
      report.status = 'fail';
      continue;
    }
    if (!loaded.json?.validate && !loaded.table) {
      report.status = 'fail'; // the schema's own findings are listed once, with the schema
      continue;
    }
    const out = new RowFindings(dataset.path, settings.maxFindingsPerFile);
    try {
      report.complete = await validateDataset(dataset, loaded, out, settings, findings);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      findings.push(userErrorFinding('data-schema', error));
      report.status = 'error';
      inputError = true;
    }
    findings.push(...out.all());
    report.rows = out.rows;
    report.invalidRows = out.invalidRows;
    if (report.status === 'pass' && out.findings.length > 0) report.status = 'fail';
  }
  const loadedContracts = await Promise.all(contracts.values());
  for (const c of loadedContracts) {
    findings.push(...c.findings);
    if (c.unreadable) inputError = true;
  }

  // Breaking changes: every schema file that loaded (inline Data Package schemas travel with
  // their descriptor and are compared as part of it by no one — they are listed in the summary).
  const schemas: LoadedSchema[] = loadedContracts
    .filter((c) => !c.unreadable && c.pointer === '')
    .map((c) => ({
      kind: c.kind,
      path: c.doc.path,
      value: c.doc.value,
      lineOf: (p: string) => c.doc.lineOf(p),
    }));
  const breaking: BreakingReport = await checkBreakingChanges(schemas, {
    cwd: settings.cwd,
    ...(settings.breaking.base ? { base: settings.breaking.base } : {}),
    mode: settings.breaking.mode,
    waivers: settings.breaking.waivers,
    labels: settings.breaking.labels,
    ...(settings.breaking.waiverLabel ? { waiverLabel: settings.breaking.waiverLabel } : {}),
    now: settings.breaking.now,
  });
  findings.push(...breaking.findings);

  if (discovery.datasets.length === 0) {
    findings.push({
      severity: 'warning',
      rule: 'data-schema/no-datasets',
      message: `No dataset found: no file matches ${settings.datasets.join(', ') || '(no dataset globs)'}.`,
      fix: 'Set data-schema.datasets to your data files, e.g. data/**/*.csv.',
    });
  }
  const status = statusOf(findings, { couldNotJudge: inputError });
  const rowsChecked = reports.reduce((n, r) => n + r.rows, 0);
  const invalidRows = reports.reduce((n, r) => n + r.invalidRows, 0);
  const validDatasets = reports.filter((r) => r.status === 'pass').length;
  return {
    schemaVersion: 1,
    gate: 'data-schema',
    status,
    title: title(status, reports, invalidRows, breaking.breaking),
    summary: summary(reports, loadedContracts.length, rowsChecked, invalidRows, breaking, settings),
    keyMetric: keyMetric(invalidRows, reports.length),
    metrics: {
      // Ratios, so the step has datasets-covered/-total and rows-covered/-total outputs.
      datasets: ratio(validDatasets, reports.length),
      rows: ratio(rowsChecked - invalidRows, rowsChecked),
      schemas: loadedContracts.length,
      rowsChecked,
      invalidRows,
      breakingChanges: breaking.breaking,
      nonBreakingChanges: breaking.nonBreaking,
      waivedChanges: breaking.waived,
      ...(settings.sampleRows !== undefined ? { sampleRows: settings.sampleRows } : {}),
      files: reports,
    },
    findings,
  };
}

/** Validates one dataset's content; returns whether the whole file was read. */
async function validateDataset(
  dataset: Dataset,
  loaded: LoadedContract,
  out: RowFindings,
  settings: DataSchemaSettings,
  findings: Finding[],
): Promise<boolean> {
  const abs = join(settings.cwd, dataset.path);
  if (dataset.format === 'jsonl' || dataset.format === 'json') {
    const validate = loaded.json?.validate;
    if (!validate) return false;
    if (dataset.format === 'jsonl')
      return (await validateJsonl(abs, validate, out, settings.sampleRows)).complete;
    const type = (loaded.doc.value as { type?: unknown } | null)?.type;
    return (await validateJsonDocument(abs, validate, out, type === 'array', settings.sampleRows)).complete;
  }
  const contract = loaded.table;
  if (!contract) return false;
  if (dataset.format === 'parquet') {
    const { findings: f, info } = await checkParquet(abs, dataset.path, contract);
    for (const x of f) {
      if (x.rule === 'data-schema/invalid-row') out.invalidRows++;
      out.findings.push(x);
    }
    out.rows += info.rows;
    return true;
  }
  const dialect = dataset.schema?.kind === 'datapackage' ? dataset.schema.dialect : {};
  const validator = new TableValidator(contract, out, settings.maxUniqueKeys);
  const { complete } = await readCsv(
    abs,
    dataset.path,
    {
      delimiter: dialect.delimiter ?? (dataset.format === 'tsv' ? '\t' : ','),
      header: dialect.header !== false,
      ...(settings.sampleRows !== undefined ? { sampleRows: settings.sampleRows } : {}),
    },
    (cells, line) => validator.header(cells, line),
    (cells, line) => {
      validator.row(cells, line);
    },
  );
  findings.push(...validator.extraFindings());
  return complete;
}

async function loadContract(
  dataset: Dataset,
  discovery: Discovery,
  settings: DataSchemaSettings,
): Promise<LoadedContract> {
  const source = dataset.schema;
  const fallback = dataset.format === 'jsonl' || dataset.format === 'json' ? 'json-schema' : 'table-schema';
  let doc: SchemaDocument;
  let pointer = '';
  try {
    if (source?.kind === 'datapackage' && !source.schemaPath) {
      const pkg = discovery.packages.find((p) => p.path === source.path) as SchemaDocument;
      doc = pkg;
      pointer = `${source.pointer}/schema`;
      if (valueAtPointer(pkg.value, pointer) === undefined) {
        return {
          doc,
          pointer,
          kind: 'table-schema',
          unreadable: false,
          findings: [
            {
              severity: 'error',
              rule: 'data-schema/missing-schema',
              path: pkg.path,
              ...(pkg.lineOf(source.pointer) ? { line: pkg.lineOf(source.pointer) } : {}),
              message: `the resource for ${dataset.path} in ${pkg.path} has no schema.`,
              fix: 'Add a "schema" (a Table Schema, or the path of one) to the resource.',
            },
          ],
        };
      }
    } else {
      const path = source?.kind === 'file' ? source.path : (source?.schemaPath as string);
      doc = await loadSchemaFile(settings.cwd, path, settings.maxSchemaBytes);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const path = source?.kind === 'file' ? source.path : (source?.schemaPath ?? dataset.path);
    return {
      doc: { path, value: undefined, lineOf: () => undefined },
      pointer,
      kind: fallback,
      unreadable: true,
      findings: [{ ...userErrorFinding('data-schema', error), rule: 'data-schema/schema-unparseable' }],
    };
  }
  const value = valueAtPointer(doc.value, pointer);
  const kind = schemaKind(value, fallback);
  if (kind === 'json-schema') {
    const json = await compileJsonSchema(doc, (p) =>
      loadSchemaFile(settings.cwd, p, settings.maxSchemaBytes),
    );
    return { doc, pointer, kind, json, findings: json.findings, unreadable: false };
  }
  if (kind === 'data-package') {
    return {
      doc,
      pointer,
      kind: 'table-schema',
      unreadable: false,
      findings: [
        {
          severity: 'error',
          rule: 'data-schema/schema-kind',
          path: doc.path,
          message: `${doc.path} is a Data Package descriptor, not a schema; ${dataset.path} needs a Table Schema or JSON Schema.`,
          fix: 'Use the datapackage rule in data-schema.schemas so the resource for the file is found.',
        },
      ],
    };
  }
  const { findings, contract } = checkTableSchema(doc, pointer);
  return { doc, pointer, kind, findings, unreadable: false, ...(contract ? { table: contract } : {}) };
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
