import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../result/types.js';
import type { LoadedContract } from './contracts.js';
import { readCsv } from './csv.js';
import type { Dataset } from './discover.js';
import { validateJsonDocument, validateJsonl } from './jsonl.js';
import { checkParquet } from './parquet.js';
import { checkInParts } from './parts.js';
import { RowFindings } from './row-findings.js';
import type { DataSchemaSettings } from './settings.js';
import type { TableContract } from './table-schema.js';
import { TableValidator } from './table-validate.js';

/** What checking one dataset's content found. */
export interface DatasetCheck {
  rows: number;
  invalidRows: number;
  /** False when `sample-rows` or a rejected header left part of the file unread. */
  complete: boolean;
  /** True when the data breaks its contract (any row or file finding). */
  failed: boolean;
  findings: Finding[];
}

/** Validates one dataset's content against its compiled contract. */
export async function validateDataset(
  dataset: Dataset,
  loaded: LoadedContract,
  settings: DataSchemaSettings,
): Promise<DatasetCheck> {
  const abs = join(settings.cwd, dataset.path);
  const out = new RowFindings(dataset.path, settings.maxFindingsPerFile);
  let complete = false;
  let extra: Finding[] = [];
  const validate = loaded.json?.validate;
  if (dataset.format === 'jsonl' && validate) {
    const sources = loaded.json?.sources;
    const split =
      settings.sampleRows === undefined &&
      sources !== undefined &&
      (await checkInParts({ ...(await partJobBase(abs, dataset, settings)), kind: 'jsonl', sources }, out));
    complete = split || (await validateJsonl(abs, validate, out, settings.sampleRows)).complete;
  } else if (dataset.format === 'json' && validate) {
    const schemaIsArray = (loaded.doc.value as { type?: unknown } | null)?.type === 'array';
    complete = (
      await validateJsonDocument(abs, validate, out, {
        schemaIsArray,
        ...(settings.sampleRows !== undefined ? { sampleRows: settings.sampleRows } : {}),
      })
    ).complete;
  } else if (dataset.format === 'parquet' && loaded.table) {
    const { findings, info } = await checkParquet(abs, dataset.path, loaded.table);
    out.addFindings(findings, findings.filter((f) => f.rule === 'data-schema/invalid-row').length);
    out.rows = info.rows;
    complete = true;
  } else if (loaded.table) {
    const table = await validateTable(dataset, loaded.table, { abs, out, settings, loaded });
    complete = table.complete;
    extra = table.notices;
  }
  return {
    rows: out.rows,
    invalidRows: out.invalidRows,
    complete,
    failed: out.failed,
    findings: [...extra, ...out.all()],
  };
}

/** What every split job names: the file, its size, and the findings limit. */
async function partJobBase(
  abs: string,
  dataset: Dataset,
  settings: DataSchemaSettings,
): Promise<{ file: string; size: number; displayPath: string; limit: number }> {
  const { size } = await stat(abs);
  return { file: abs, size, displayPath: dataset.path, limit: settings.maxFindingsPerFile };
}

/**
 * A CSV/TSV file: the header, then every row. A file with no record at all while a header is
 * expected (a 0-byte file) has no header: that is a finding, not a valid table of 0 rows.
 */
async function validateTable(
  dataset: Dataset,
  contract: TableContract,
  io: { abs: string; out: RowFindings; settings: DataSchemaSettings; loaded?: LoadedContract },
): Promise<{ complete: boolean; notices: Finding[] }> {
  const { out, settings } = io;
  const dialect = dataset.schema?.kind === 'datapackage' ? dataset.schema.dialect : {};
  const header = dialect.header !== false;
  const delimiter = dialect.delimiter ?? (dataset.format === 'tsv' ? '\t' : ',');
  if (settings.sampleRows === undefined && io.loaded) {
    const job = {
      ...(await partJobBase(io.abs, dataset, settings)),
      kind: 'table' as const,
      contract: { path: io.loaded.doc.path, value: io.loaded.doc.value, pointer: io.loaded.pointer },
      table: contract,
      delimiter,
      header,
    };
    if (await checkInParts(job, out)) return { complete: true, notices: [] };
  }
  const validator = new TableValidator(contract, dataset.path, settings.maxUniqueKeys);
  const read = await readCsv(
    { absPath: io.abs, displayPath: dataset.path },
    {
      delimiter,
      header,
      ...(settings.sampleRows !== undefined ? { sampleRows: settings.sampleRows } : {}),
    },
    {
      header: (cells, line) => {
        const result = validator.header(cells, line);
        for (const p of result.problems) out.fileProblem(p);
        return result.ok;
      },
      row: (cells, at) => {
        out.row(validator.row(cells, at));
      },
    },
  );
  if (!read.headerSeen) {
    out.fileProblem({
      message: `${dataset.path} is empty: it has no header row, so it is not a table of the schema's fields.`,
      fix: 'Write at least the header row (an empty dataset is a header with no rows), or remove the file.',
    });
  }
  return { complete: read.complete && read.headerSeen, notices: validator.extraFindings() };
}
