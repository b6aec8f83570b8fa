import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CoverageSink, FileRecord, ReportInput, ReportReader } from '../../src/gates/coverage/model.js';
import { addLineHits } from '../../src/gates/coverage/model.js';
import { InputError } from '../../src/util/errors.js';
import { textChunks } from '../../src/util/text-stream.js';
import { FIXTURES } from './paths.js';

/**
 * A report given as text parts: `text()` yields the parts as they are, `bytes()` yields their
 * UTF-8 bytes cut at the same places, so tests exercise chunk boundaries in both readers' kinds.
 */
export function inputOf(parts: string | string[]): ReportInput {
  const list = Array.isArray(parts) ? parts : [parts];
  return {
    text: () => textChunks(...list),
    bytes: () =>
      (async function* () {
        for (const part of list) yield await Promise.resolve(Buffer.from(part, 'utf8'));
      })(),
  };
}

/**
 * Runs a reader and collects what it writes as one record per `beginFile` (in order), so tests
 * can assert on plain maps and arrays.
 */
export async function collect(
  reader: ReportReader,
  text: string | string[],
  name = 'report',
): Promise<{ files: FileRecord[]; roots: string[] }> {
  const files: FileRecord[] = [];
  let roots: string[] = [];
  const sink: CoverageSink = {
    sourceRoots: (r) => {
      roots = r;
    },
    beginFile: (path) => {
      const record: FileRecord = { path, lines: new Map() };
      const branches = new Map<number, { line: number; covered: number; total: number }>();
      let hasBranches = false;
      files.push(record);
      return {
        line: (line, hits) => {
          addLineHits(record.lines, line, hits);
        },
        branch: (line, covered, total) => {
          hasBranches = true;
          const seen = branches.get(line);
          if (!seen) branches.set(line, { line, covered, total });
          else
            branches.set(line, {
              line,
              covered: Math.max(seen.covered, covered),
              total: Math.max(seen.total, total),
            });
        },
        hasBranches: () => {
          hasBranches = true;
        },
        functionLine: (line, hits) => {
          record.functionLines ??= new Map();
          addLineHits(record.functionLines, line, hits);
        },
        summary: (s) => {
          record.summary = s;
        },
        end: () => {
          if (hasBranches) record.branches = [...branches.values()];
        },
      };
    },
  };
  await reader(inputOf(text), sink, name);
  return { files, roots };
}

/** Line map as a plain object for readable assertions. */
export function linesOf(record: FileRecord | undefined): Record<number, number> {
  return Object.fromEntries(record?.lines ?? []);
}

/** A file under test/fixtures/coverage, as text. */
export function coverageFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'coverage', name), 'utf8');
}

/** Branch figures of a record by line, as [covered, total]. */
export function branchesOf(record: FileRecord | undefined): Record<number, [number, number]> {
  return Object.fromEntries((record?.branches ?? []).map((b) => [b.line, [b.covered, b.total]]));
}

/** `read` runs the reader on text; `failure` expects it to throw an InputError and returns it. */
export function readerHarness(reader: ReportReader, reportName: string) {
  const read = async (text: string | string[]): Promise<FileRecord[]> =>
    (await collect(reader, text, reportName)).files;
  const failure = async (text: string): Promise<InputError> => {
    try {
      await read(text);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return error as InputError;
    }
    throw new Error('expected an InputError');
  };
  return { read, failure };
}
