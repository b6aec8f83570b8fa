import type { Cell } from '../cells.js';
import type { Task } from '../catalog.js';
import { inMemoryRows, type PredictionRows } from '../prediction-rows.js';
import type { ClassSettings, PredictionsSpec } from '../settings.js';
import { spilledRows } from '../spill/spilled-rows.js';
import { type BuilderOptions, type BuildResult, TableBuilder } from '../table-builder.js';
import { readCsvRows, type RowSink } from './csv-rows.js';
import { readJsonlRows } from './jsonl-rows.js';
import { readParquetRows } from './parquet-rows.js';
import type { Source } from './source.js';

/** Largest predictions file read (streamed; the bound is on hostile input, not on memory). */
export const MAX_PREDICTIONS_BYTES = 4 * 1024 * 1024 * 1024;

/** A predictions file read into a table, with the row problems and whether a row limit cut it short. */
export interface PredictionsRead extends Omit<BuildResult, 'spilled'> {
  /** True when the file has more rows than `maxRows`. */
  truncated: boolean;
  /** The rows to compute metrics over; absent when the file as a whole cannot be used. */
  rows?: PredictionRows;
}

/** How a predictions file is read: bad rows listed at most, and how rows are held. */
export interface ReadOptions extends BuilderOptions {
  /** Bad rows listed with their line and column; the rest are counted. */
  maxProblems: number;
}

/**
 * Streams a predictions file (CSV, TSV, JSON Lines or Parquet) into typed columns, checking
 * every cell; see TableBuilder. A file that cannot be parsed at all throws InputError. With
 * `options.rowsPerChunk`, rows past that many go to a scratch file in chunks and are swept from
 * there (spill/), so memory does not grow with the file.
 */
export async function readPredictions(
  source: Source,
  spec: PredictionsSpec,
  task: Task,
  classes: ClassSettings,
  options: ReadOptions,
): Promise<PredictionsRead> {
  const builder = new TableBuilder(task, spec, classes, options.maxProblems, options);
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
  try {
    await readRows(source, spec.format, sink);
  } catch (error) {
    builder.discard();
    throw error;
  }
  const { spilled, ...built } = builder.finish();
  if (built.table) return { ...built, truncated, rows: inMemoryRows(built.table) };
  if (!spilled) return { ...built, truncated };
  const rows = spilledRows(spilled);
  if ('problem' in rows) return { ...built, truncated, fileProblem: rows.problem };
  return { ...built, truncated, rows };
}

async function readRows(source: Source, format: PredictionsSpec['format'], sink: RowSink): Promise<void> {
  switch (format) {
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
}
