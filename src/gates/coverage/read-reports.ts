import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../../util/errors.js';
import { readByteChunks, readTextChunks } from '../../util/text-stream.js';
import { detectFormat } from './detect.js';
import type { ReportFormat, ReportReader } from './model.js';
import { readCobertura } from './readers/cobertura.js';
import { readCoveragePyJson } from './readers/coverage-py-json.js';
import { readGoCoverprofile } from './readers/go-coverprofile.js';
import { readIstanbulFinal, readIstanbulSummary } from './readers/istanbul.js';
import { readJacoco } from './readers/jacoco.js';
import { readLcov } from './readers/lcov.js';
import type { CoverageStore } from './store.js';

const READERS: Record<ReportFormat, ReportReader> = {
  cobertura: readCobertura,
  jacoco: readJacoco,
  lcov: readLcov,
  'coverage-py-json': readCoveragePyJson,
  'istanbul-final': readIstanbulFinal,
  'istanbul-summary': readIstanbulSummary,
  'go-coverprofile': readGoCoverprofile,
};

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
  return [...new Set(files)];
}

/** Detects the format of one report and streams it into the store. */
export async function readReport(file: string, cwd: string, store: CoverageStore): Promise<ReportInfo> {
  const rel = relative(cwd, file);
  const display = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  const format = await detectFormat(file, display);
  let files = 0;
  const input = { text: () => readTextChunks(file), bytes: () => readByteChunks(file) };
  await READERS[format](input, store.sinkFor(format, display, () => files++), display);
  if (files === 0) {
    throw new InputError(
      `${display}: the ${format} report lists no source files`,
      { path: display },
      "Check the coverage tool's source/include settings: it measured nothing.",
    );
  }
  return { path: display, format, files };
}
