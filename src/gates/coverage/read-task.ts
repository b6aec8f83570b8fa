import { readByteChunks, readTextChunks } from '../../util/text-stream.js';
import { UserError } from '../../util/errors.js';
import type { ReportFormat, ReportInput, ReportReader } from './model.js';
import { type XmlPartResult, readCobertura, readCoberturaPart } from './readers/cobertura.js';
import { readCoveragePyJson } from './readers/coverage-py-json.js';
import { readGoCoverprofile } from './readers/go-coverprofile.js';
import { readIstanbulFinal, readIstanbulPart, readIstanbulSummary, SplitNotPossible } from './readers/istanbul.js';
import { readJacoco } from './readers/jacoco.js';
import { readLcov, readLcovPart } from './readers/lcov.js';
import { type FileCoverage, type PackedFiles, pack, RecordCollector, unpack } from './records.js';

const READERS: Record<ReportFormat, ReportReader> = {
  cobertura: readCobertura,
  jacoco: readJacoco,
  lcov: readLcov,
  'coverage-py-json': readCoveragePyJson,
  'istanbul-final': readIstanbulFinal,
  'istanbul-summary': readIstanbulSummary,
  'go-coverprofile': readGoCoverprofile,
};

/** One report to read, whole or one part of it; runs in the main thread or in a worker. */
export interface ReadTask {
  /** Absolute path of the report. */
  file: string;
  format: ReportFormat;
  /** The report's name in messages. */
  reportName: string;
  /** The bytes [start, end) of a report split at points `splitPoints` found; absent: whole. */
  part?: { start: number; end: number; last: boolean };
}

/** What a part's reader reports for joining the parts (see `joinXmlParts`). */
export type PartOutcome = { kind: 'xml'; xml: XmlPartResult } | { kind: 'lcov'; records: number } | { kind: 'json' };

/** A problem a task met: a user error to report, a part that must be read whole, or a bug. */
export type TaskError =
  | { kind: 'user'; name: string; message: string; location?: UserError['location']; fix?: string }
  | { kind: 'split' }
  | { kind: 'internal'; message: string; stack?: string };

export type TaskResult<F> =
  | {
      ok: true;
      files: F[];
      /** Source roots declared by the end of the input (undefined: none seen, see `FileCoverage.roots`). */
      roots: readonly string[] | undefined;
      outcome?: PartOutcome;
    }
  | { ok: false; error: TaskError };

/** Reads one task's bytes into `FileCoverage` records. */
export async function runTask(task: ReadTask): Promise<TaskResult<FileCoverage>> {
  const { part } = task;
  const inner = part !== undefined && part.start > 0;
  const collector = new RecordCollector(task.reportName, inner);
  try {
    if (part) {
      const outcome = await readPart(task, part, collector);
      return { ok: true, files: collector.files, roots: collector.roots, outcome };
    }
    if (task.format === 'istanbul-final') {
      // The fast path reads nearly every coverage-final.json; anything unusual goes to the scanner.
      try {
        await readIstanbulPart({ path: task.file }, collector, task.reportName, { start: 0, last: true });
        return { ok: true, files: collector.files, roots: collector.roots };
      } catch (error) {
        if (!(error instanceof SplitNotPossible)) throw error;
      }
      const exact = new RecordCollector(task.reportName);
      await READERS[task.format](inputOf(task.file), exact, task.reportName);
      return { ok: true, files: exact.files, roots: exact.roots };
    }
    await READERS[task.format](inputOf(task.file), collector, task.reportName);
    return { ok: true, files: collector.files, roots: collector.roots };
  } catch (error) {
    if (part) return { ok: false, error: { kind: 'split' } };
    return { ok: false, error: describeError(error) };
  }
}

function inputOf(file: string): ReportInput {
  return { text: () => readTextChunks(file), bytes: () => readByteChunks(file), source: () => ({ path: file }) };
}

async function readPart(
  task: ReadTask,
  part: NonNullable<ReadTask['part']>,
  collector: RecordCollector,
): Promise<PartOutcome> {
  const source = { path: task.file, start: part.start, end: part.end };
  switch (task.format) {
    case 'cobertura':
      return { kind: 'xml', xml: await readCoberturaPart(source, collector, task.reportName, part) };
    case 'lcov':
      return { kind: 'lcov', records: (await readLcovPart(source, collector, task.reportName)).records };
    case 'istanbul-final':
      await readIstanbulPart(source, collector, task.reportName, part);
      return { kind: 'json' };
    default:
      throw new SplitNotPossible();
  }
}

function describeError(error: unknown): TaskError {
  if (error instanceof UserError) {
    return {
      kind: 'user',
      name: error.name,
      message: error.message,
      ...(error.location ? { location: error.location } : {}),
      ...(error.fix !== undefined ? { fix: error.fix } : {}),
    };
  }
  return {
    kind: 'internal',
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}),
  };
}

/** A task's result as plain data, and the buffers to transfer with it, for `postMessage`. */
export function serialise(result: TaskResult<FileCoverage>): {
  message: TaskResult<PackedFiles>;
  transfer: ArrayBuffer[];
} {
  if (!result.ok) return { message: result, transfer: [] };
  const { packed, transfer } = pack(result.files);
  return { message: { ...result, files: [packed] }, transfer };
}

/** A result `serialise` made, back as records. */
export function deserialise(message: TaskResult<PackedFiles>): TaskResult<FileCoverage> {
  if (!message.ok) return message;
  return { ...message, files: message.files.flatMap(unpack) };
}
