import type { Cell } from '../cells.js';
import type { Task } from '../catalog.js';
import type { ClassSettings, PredictionsSpec } from '../settings.js';
import { type BuildResult, TableBuilder } from '../table-builder.js';
import { readCsvRows, type RowSink } from './csv-rows.js';
import { readJsonlRows } from './jsonl-rows.js';
import { readParquetRows } from './parquet-rows.js';
import type { Source } from './source.js';

/** Largest predictions file read (streamed; the bound is on hostile input, not on memory). */
export const MAX_PREDICTIONS_BYTES = 4 * 1024 * 1024 * 1024;

/** A predictions file read into a table, with the row problems and whether a row limit cut it short. */
export interface PredictionsRead extends BuildResult {
  /** True when the file has more rows than `maxRows`. */
  truncated: boolean;
}

/**
 * Streams a predictions file (CSV, TSV, JSON Lines or Parquet) into typed columns, checking
 * every cell; see TableBuilder. A file that cannot be parsed at all throws InputError.
 */
export async function readPredictions(
  source: Source,
  spec: PredictionsSpec,
  task: Task,
  classes: ClassSettings,
  maxProblems: number,
): Promise<PredictionsRead> {
  const builder = new TableBuilder(task, spec, classes, maxProblems);
  let seen = 0;
  let truncated = false;
  const sink: RowSink = {
    fields: builder.fields,
    header: (columns) => builder.header(columns),
    row(cells: readonly Cell[], line: number) {
      seen++;
      builder.add(cells, line);
    },
    invalid(line, message) {
      seen++;
      builder.invalid(line, message);
    },
    more() {
      if (seen < spec.maxRows) return true;
      truncated = true;
      return false;
    },
  };
  switch (spec.format) {
    case 'csv':
      await readCsvRows(source, ',', sink);
      break;
    case 'tsv':
      await readCsvRows(source, '\t', sink);
      break;
    case 'jsonl':
      await readJsonlRows(source, sink);
      break;
    case 'parquet':
      await readParquetRows(source, sink);
      break;
  }
  return { ...builder.finish(), truncated };
}
