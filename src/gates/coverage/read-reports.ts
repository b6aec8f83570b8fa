import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigurationError, InputError, UserError } from '../../util/errors.js';
import { detectFormat } from './detect.js';
import type { ReportFormat } from './model.js';
import { type Parallelism, parallelism, ReaderPool } from './pool.js';
import { type ReadTask, runTask, type TaskError, type TaskResult } from './read-task.js';
import { joinXmlParts, type XmlPartResult } from './readers/cobertura.js';
import type { FileCoverage } from './records.js';
import { isSplittable, SPLIT_FACTOR, splitPoints } from './split.js';
import { assertReadable } from '../../util/safe-path.js';

/** What was read from one report file. */
export interface ReportInfo {
  /** Path as given (relative to the working directory when possible). */
  path: string;
  format: ReportFormat;
  /** Source-file records the report held. */
  files: number;
}

/**
 * Expands report paths and globs (relative to `cwd`) into files, in a stable order. A literal
 * path that does not exist, or a glob that matches nothing, is an error: a gate that silently
 * reads no report would pass every PR.
 */
export async function expandReports(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) {
    throw new InputError(
      'no coverage reports given',
      undefined,
      'Pass --report <file or glob> (the `reports` input), or set coverage.reports in the config.',
    );
  }
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      let matches: string[];
      try {
        matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      } catch (error) {
        throw new InputError(`invalid report glob ${JSON.stringify(pattern)}: ${String(error)}`);
      }
      if (matches.length === 0) {
        throw new InputError(
          `no file matches the report glob ${JSON.stringify(pattern)} (relative to ${cwd})`,
          undefined,
          'Check that the test step wrote its report there before this step ran.',
        );
      }
      files.push(...matches.sort());
    } else {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) {
        throw new InputError(
          `coverage report ${pattern} ${info ? 'is not a file' : 'does not exist'} (relative to ${cwd})`,
          { path: pattern },
          'Check the path, and that the test step wrote the report before this step ran.',
        );
      }
      files.push(path);
    }
  }
  // A report path from the repository (relative) must not lead out of it; an absolute path was
  // given by whoever invoked the gate (the config cannot hold one), not by the pull request.
  const unique = [...new Set(files)];
  for (const file of unique) {
    if (relative(cwd, file).startsWith('..') || isAbsolute(relative(cwd, file))) continue;
    await assertReadable(cwd, file, relative(cwd, file));
  }
  return unique;
}

/** One report as read: its records in report order, or why it could not be read. */
export type ReportRead =
  | { ok: true; info: ReportInfo; files: FileCoverage[] }
  | { ok: false; error: UserError };

/**
 * Reads every report, side by side: small ones in the main thread, large ones in worker
 * threads, a large splittable one in parts on several threads (see `Parallelism`). Results come
 * back in the order of `files`, each with its records in the order the report lists them, the
 * same as reading one report after the other in one thread.
 */
export async function readReports(files: readonly string[], cwd: string): Promise<ReportRead[]> {
  const plan = parallelism();
  const pool = new ReaderPool(plan.threads, plan.workerUrl);
  try {
    return await Promise.all(files.map((file) => readReport(file, cwd, pool, plan, files.length)));
  } finally {
    await pool.close();
  }
}

/** Detects the format of one report and reads it. */
async function readReport(
  file: string,
  cwd: string,
  pool: ReaderPool,
  plan: Parallelism,
  files: number,
): Promise<ReportRead> {
  const rel = relative(cwd, file);
  const display = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  try {
    const format = await detectFormat(file, display);
    const task: ReadTask = { file, format, reportName: display };
    const { size } = await stat(file);
    let result: TaskResult<FileCoverage>;
    if (plan.threads > 1 && isSplittable(format) && size >= plan.splitBytes * SPLIT_FACTOR[format]) {
      result = await readInParts(task, size, pool, plan);
    } else if (files > 1 && size >= plan.workerBytes) {
      // Several reports: the large ones share out the threads.
      result = await pool.run(task);
    } else {
      result = await runTask(task);
    }
    if (!result.ok) throw taskError(result.error);
    if (result.files.length === 0) {
      throw new InputError(
        `${display}: the ${format} report lists no source files`,
        { path: display },
        "Check the coverage tool's source/include settings: it measured nothing.",
      );
    }
    return { ok: true, info: { path: display, format, files: result.files.length }, files: result.files };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error };
    throw error;
  }
}

/**
 * Reads a large report in parts on the pool's threads and joins them; when the parts do not
 * fit together (a split guessed wrong, a malformed report), reads it whole instead, so what
 * comes back, errors included, is exactly what one thread reading it whole would give.
 */
async function readInParts(
  task: ReadTask,
  size: number,
  pool: ReaderPool,
  plan: Parallelism,
): Promise<TaskResult<FileCoverage>> {
  if (!isSplittable(task.format)) return pool.run(task);
  // One part per thread: more parts would balance better on a busy machine but cost more
  // (each part is set up, sent back and joined) than they gain on an idle one.
  const points = await splitPoints(task.file, task.format, size, plan.threads);
  if (points.length === 0) return pool.run(task);
  const bounds = [0, ...points, size];
  const results = await Promise.all(
    bounds.slice(0, -1).map((start, k) =>
      pool.run({ ...task, part: { start, end: bounds[k + 1] as number, last: k === bounds.length - 2 } }),
    ),
  );
  const joined = joinParts(task.format, results);
  return joined ?? pool.run(task);
}

/** The parts' records as one report's, or undefined when the parts do not fit together. */
export function joinParts(
  format: ReportFormat,
  parts: readonly TaskResult<FileCoverage>[],
): TaskResult<FileCoverage> | undefined {
  const ok = parts.filter((p) => p.ok);
  if (ok.length !== parts.length) return undefined;
  if (format === 'cobertura') {
    const xml = ok.map((p) => (p.outcome?.kind === 'xml' ? p.outcome.xml : undefined));
    if (!xml.every((x): x is XmlPartResult => x !== undefined) || !joinXmlParts(xml)) return undefined;
  } else if (format === 'lcov') {
    const records = ok.reduce((sum, p) => sum + (p.outcome?.kind === 'lcov' ? p.outcome.records : 0), 0);
    if (records === 0) return undefined;
  }
  const files: FileCoverage[] = [];
  let roots: readonly string[] = [];
  for (const part of ok) {
    for (const file of part.files) {
      if (file.roots === undefined) file.roots = roots;
      files.push(file);
    }
    if (part.roots !== undefined) roots = part.roots;
  }
  return { ok: true, files, roots };
}

function taskError(error: TaskError): Error {
  if (error.kind === 'user') {
    const Kind = error.name === 'ConfigurationError' ? ConfigurationError : InputError;
    return new Kind(error.message, error.location, error.fix);
  }
  // A part's failure never reaches here: the report is then read whole.
  const bug = new Error(error.kind === 'internal' ? error.message : 'coverage report part failed');
  if (error.kind === 'internal' && error.stack !== undefined) bug.stack = error.stack;
  return bug;
}
