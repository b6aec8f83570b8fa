import { availableParallelism } from 'node:os';
import type { ValidateFunction } from 'ajv';
import { UserError } from '../../util/errors.js';
import { bundledWorker, lineSplitPoints, TaskPool } from '../../util/worker-pool.js';
import { Declined, readCsvFast, type Terminator } from './csv-fast.js';
import { compileJsonSchema } from './json-schema.js';
import { jsonlPrefix, validateJsonlRange } from './jsonl.js';
import { PartFindings, type PartSummary, rebaseProblem, type RowFindings } from './row-findings.js';
import type { SchemaDocument } from './schema-files.js';
import { checkTableSchema, type TableContract } from './table-schema.js';
import { tablePrefix, TableValidator } from './table-validate.js';

/**
 * How data files are spread over threads. A worker costs tens of milliseconds to start, so a
 * file is split only from `splitBytes` on, into one part per thread: the main thread reads the
 * first, worker threads the others. `MLQG_DATA_SCHEMA_THREADS` overrides the thread count (1: no
 * worker threads).
 */
export interface DataParallelism {
  threads: number;
  splitBytes: number;
  /** The worker script; undefined when there is none (running from source). */
  workerUrl: URL | undefined;
}

const MAX_THREADS = 8;
let overrides: Partial<DataParallelism> = {};

/** For tests: another worker script, threshold or thread count (`{}` restores the defaults). */
export function configureDataParallelism(options: Partial<DataParallelism>): void {
  overrides = options;
}

export function dataParallelism(): DataParallelism {
  const fromEnv = Number(process.env.MLQG_DATA_SCHEMA_THREADS);
  const threads =
    Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : Math.min(MAX_THREADS, availableParallelism());
  return {
    threads,
    splitBytes: 16 << 20,
    workerUrl: bundledWorker('data-schema-worker.js', import.meta.url),
    ...overrides,
  };
}

/** Files checked in parts so far in this process (tests assert that splitting happened). */
export const splitCount = { files: 0 };

/** A schema document as it crosses threads. */
interface Source {
  path: string;
  value: unknown;
}

/** One part of a data file to check: in the main thread or in a worker. */
export type PartTask = {
  file: string;
  displayPath: string;
  start: number;
  end: number;
  /** Problems kept (max-findings-per-file): no more can be listed. */
  limit: number;
} & (
  | { kind: 'jsonl'; sources: Source[] }
  | {
      kind: 'table';
      contract: Source & { pointer: string };
      delimiter: string;
      terminator: Terminator;
      /** The file's header row, or undefined when it has none. */
      header: string[] | undefined;
    }
);

/** What a part found, and how many lines it spans (its last ends with its last byte). */
export interface PartResult {
  summary: PartSummary;
  lines: number;
}

/** A data file to check in parts, with what a part needs to compile the schema. */
export type PartJob = { file: string; size: number; displayPath: string; limit: number } & (
  | { kind: 'jsonl'; sources: Source[] }
  | {
      kind: 'table';
      contract: Source & { pointer: string };
      table: TableContract;
      delimiter: string;
      header: boolean;
    }
);

/**
 * Checks a large file in parts on several threads and counts them into `out` in file order,
 * with record and line numbers (and the positions in messages) moved to where they are in the
 * file. Returns false, with `out` untouched, when the file is not worth splitting or a part
 * fails for any reason (a JSON Lines line too long, CSV the fast reader leaves to csv-parse, a
 * cut inside a quoted field, a worker that dies): the caller then reads the file whole, so
 * results and errors are always those of one thread reading it whole. A table with unique or
 * primary keys is never split (each key is checked against every row before it).
 */
export async function checkInParts(job: PartJob, out: RowFindings): Promise<boolean> {
  const { threads, splitBytes, workerUrl } = dataParallelism();
  if (threads < 2 || job.size < splitBytes) return false;
  if (job.kind === 'table' && job.table.uniqueKeys.length > 0) return false;
  const points = await lineSplitPoints(job.file, job.size, threads, job.kind === 'table');
  if (points.length === 0) return false;
  const tasks = await partTasks(job, [0, ...points, job.size]);
  if (!tasks) return false;
  const pool = new TaskPool<PartTask, PartResult>(threads, workerUrl, runPart);
  let results: PartResult[];
  try {
    results = await Promise.all(tasks.map((t) => pool.run(t)));
  } catch {
    return false;
  } finally {
    await pool.close();
  }
  splitCount.files++;
  const prefix = job.kind === 'jsonl' ? jsonlPrefix : tablePrefix;
  const offsets = { records: 0, lines: 0 };
  for (const result of results) {
    const at = { ...offsets };
    out.absorb(result.summary, (p) => rebaseProblem(p, at, prefix));
    offsets.records += result.summary.rows;
    offsets.lines += result.lines;
  }
  return true;
}

/** The tasks of a split job; undefined when a table's header or terminator cannot be read fast. */
async function partTasks(job: PartJob, cuts: number[]): Promise<PartTask[] | undefined> {
  const base = { file: job.file, displayPath: job.displayPath, limit: job.limit };
  const ranges = cuts.slice(1).map((end, i) => ({ start: cuts[i] as number, end }));
  if (job.kind === 'jsonl')
    return ranges.map((r) => ({ ...base, ...r, kind: 'jsonl', sources: job.sources }));
  const head = await readHeader(job);
  if (!head) return undefined;
  return ranges.map((r) => ({
    ...base,
    ...r,
    kind: 'table',
    contract: job.contract,
    delimiter: job.delimiter,
    terminator: head.terminator,
    header: head.cells,
  }));
}

/** The header row and the record terminator, read fast; undefined when the header is wrong. */
async function readHeader(
  job: Extract<PartJob, { kind: 'table' }>,
): Promise<{ cells: string[] | undefined; terminator: Terminator } | undefined> {
  const seen: { cells: string[] | undefined; ok: boolean } = { cells: undefined, ok: true };
  try {
    const read = await readCsvFast(
      { path: job.file },
      { delimiter: job.delimiter, header: job.header, sampleRows: 1 },
      {
        header: (cells, line) => {
          seen.cells = cells;
          seen.ok = new TableValidator(job.table, job.displayPath, 0).header(cells, line).ok;
          return false;
        },
        row: () => undefined,
      },
    );
    if (!seen.ok || read.terminator === undefined) return undefined;
    return { cells: seen.cells, terminator: read.terminator };
  } catch (error) {
    if (error instanceof Declined || error instanceof UserError) return undefined;
    throw error;
  }
}

/** Compiled schemas of this thread, by the task's schema (a worker gets one file's parts). */
const compiled = new Map<string, Promise<ValidateFunction | TableContract>>();

function cached<V extends ValidateFunction | TableContract>(key: string, make: () => Promise<V>): Promise<V> {
  let hit = compiled.get(key) as Promise<V> | undefined;
  if (!hit) {
    hit = make();
    compiled.clear();
    compiled.set(key, hit);
  }
  return hit;
}

/** Checks one part (in whichever thread) into a {@link PartFindings}. */
export async function runPart(task: PartTask): Promise<PartResult> {
  const findings = new PartFindings(task.limit);
  const range = { path: task.file, start: task.start, end: task.end };
  if (task.kind === 'jsonl') {
    const validate = await cached(JSON.stringify(task.sources), () => jsonValidator(task.sources));
    const { lines } = await validateJsonlRange(range, task.displayPath, validate, findings);
    return { summary: findings.summary, lines };
  }
  const contract = await cached(JSON.stringify(task.contract), () => tableContract(task.contract));
  const validator = new TableValidator(contract, task.displayPath, 0);
  const first = task.start === 0;
  // A later part starts with a data row: its columns are the file's header's.
  if (!first || task.header === undefined) validator.header(task.header, 0);
  const read = await readCsvFast(
    range,
    { delimiter: task.delimiter, header: first && task.header !== undefined, terminator: task.terminator },
    {
      header: (cells, line) => validator.header(cells, line).ok,
      row: (cells, at) => {
        findings.row(validator.row(cells, at));
      },
    },
  );
  if (!read.complete) throw new Error('the header of a split table did not match');
  return { summary: findings.summary, lines: read.lines };
}

function doc(source: Source): SchemaDocument {
  return { path: source.path, value: source.value, lineOf: () => undefined };
}

async function jsonValidator(sources: Source[]): Promise<ValidateFunction> {
  const [root, ...rest] = sources;
  if (!root) throw new Error('no schema');
  const byPath = new Map(rest.map((s) => [s.path, doc(s)]));
  const json = await compileJsonSchema(doc(root), (path) => {
    const found = byPath.get(path);
    return found ? Promise.resolve(found) : Promise.reject(new UserError(`${path}: not loaded`));
  });
  if (!json.validate) throw new Error('the schema did not compile in a worker thread');
  return json.validate;
}

function tableContract(source: Source & { pointer: string }): Promise<TableContract> {
  const { contract } = checkTableSchema(doc(source), source.pointer);
  return contract ? Promise.resolve(contract) : Promise.reject(new Error('the table schema did not compile'));
}
