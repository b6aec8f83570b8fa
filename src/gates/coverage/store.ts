import { InputError } from '../../util/errors.js';
import { LineSet } from './line-set.js';
import type { Count, CoverageSink, FileRecord, ReportFormat } from './model.js';
import type { PathMapper } from './path-mapper.js';

/** Coverage of one repository file, merged over every record and report that mentions it. */
export interface MergedFile {
  path: string;
  /** Lines some report measures. */
  measured: LineSet;
  /** Lines some report saw executed (a subset of `measured`). */
  covered: LineSet;
  /** Function start lines known only from function records (patch coverage only). */
  functionLines?: { measured: LineSet; covered: LineSet };
  /** Per-line branch figures; a line seen twice keeps the better figure. */
  branches?: Map<number, Count>;
  /** The tool's own totals (see `FileRecord.summary`). */
  summary?: { lines: Count; branches?: Count };
  /** How many records were merged into this file; a tool's totals stand only for a lone record. */
  records: number;
  /** The path the first report wrote, and whether it was found in the repository. */
  reportPath: string;
  matched: boolean;
  tried: string[];
  formats: Set<ReportFormat>;
}

/**
 * Collects records from every report into one view keyed by repository path. A line is
 * covered when any report saw it run; this is how coverage.py `combine` and diff-cover treat
 * several reports of the same code.
 */
export class CoverageStore {
  readonly files = new Map<string, MergedFile>();

  constructor(private readonly mapper: PathMapper) {}

  /** A sink for one report; `onFile` lets the caller count records per report. */
  sinkFor(format: ReportFormat, reportName: string, onFile?: () => void): CoverageSink {
    let roots: string[] = [];
    return {
      sourceRoots: (r) => {
        roots = r;
      },
      file: (record) => {
        this.add(record, roots, format, reportName);
        onFile?.();
      },
    };
  }

  private add(record: FileRecord, roots: string[], format: ReportFormat, reportName: string): void {
    checkLineNumbers(record, reportName);
    const mapped = this.mapper.map(record.path, roots);
    let file = this.files.get(mapped.path);
    if (!file) {
      file = {
        path: mapped.path,
        measured: new LineSet(),
        covered: new LineSet(),
        reportPath: record.path,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: new Set(),
        records: 0,
      };
      this.files.set(mapped.path, file);
    }
    file.formats.add(format);
    file.records++;
    for (const [line, hits] of record.lines) {
      file.measured.add(line);
      if (hits > 0) file.covered.add(line);
    }
    if (record.functionLines) {
      file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
      for (const [line, hits] of record.functionLines) {
        file.functionLines.measured.add(line);
        if (hits > 0) file.functionLines.covered.add(line);
      }
    }
    if (record.branches) {
      file.branches ??= new Map();
      for (const b of record.branches) {
        const seen = file.branches.get(b.line);
        if (!seen) file.branches.set(b.line, { covered: b.covered, total: b.total });
        else {
          seen.covered = Math.max(seen.covered, b.covered);
          seen.total = Math.max(seen.total, b.total);
        }
      }
    }
    if (record.summary) file.summary = mergeSummary(file.summary, record.summary);
  }
}

/** Larger line numbers are corrupt or hostile input (a line bitset that large would exhaust memory). */
export const MAX_LINE_NUMBER = 10_000_000;

function checkLineNumbers(record: FileRecord, reportName: string): void {
  let max = 0;
  for (const line of record.lines.keys()) if (line > max) max = line;
  for (const b of record.branches ?? []) if (b.line > max) max = b.line;
  for (const line of record.functionLines?.keys() ?? []) if (line > max) max = line;
  if (max > MAX_LINE_NUMBER) {
    throw new InputError(
      `${reportName}: ${record.path} has line number ${max}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
      { path: reportName },
      'The report is corrupt; regenerate it.',
    );
  }
}

/**
 * Line figures of a merged file: the tool's own totals when one record stated them (so
 * coverage.py JSON totals equal `coverage report`), else the union of line detail.
 */
export function fileLineCount(file: MergedFile): Count {
  const total = file.measured.size;
  if (file.summary && (total === 0 || file.records === 1)) return file.summary.lines;
  return { covered: file.covered.size, total };
}

/** Branch figures of a merged file, or undefined when no report had branch data for it. */
export function fileBranchCount(file: MergedFile): Count | undefined {
  if (file.summary?.branches && (file.records === 1 || file.measured.size === 0))
    return file.summary.branches;
  if (file.branches) {
    let covered = 0;
    let total = 0;
    for (const b of file.branches.values()) {
      covered += Math.min(b.covered, b.total);
      total += b.total;
    }
    return { covered, total };
  }
  return undefined;
}

function mergeSummary(
  a: MergedFile['summary'],
  b: NonNullable<MergedFile['summary']>,
): NonNullable<MergedFile['summary']> {
  if (!a) return b;
  // Two summaries of one file cannot be unioned line by line; keep the better-covered one.
  return a.lines.covered >= b.lines.covered ? a : b;
}
