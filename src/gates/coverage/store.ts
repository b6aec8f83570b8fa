import { InputError } from '../../util/errors.js';
import { BranchTable } from './branch-table.js';
import { LineSet } from './line-set.js';
import type { Count, CoverageSink, FileRecord, FileWriter, ReportFormat } from './model.js';
import type { PathMapper } from './path-mapper.js';

/** Larger line numbers are corrupt or hostile input (a line bitset that large would exhaust memory). */
export const MAX_LINE_NUMBER = 10_000_000;

/** Coverage of one repository file, merged over every record and report that mentions it. */
export interface MergedFile {
  path: string;
  /** Lines some report measures. */
  measured: LineSet;
  /** Lines some report saw executed (a subset of `measured`). */
  covered: LineSet;
  /** Function start lines known only from function records (patch coverage only). */
  functionLines?: { measured: LineSet; covered: LineSet };
  /** Branch figures per line; present when some report has branch data for the file. */
  branches?: BranchTable;
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
 * Collects every report into one view keyed by repository path. Readers stream lines straight
 * into per-file bitsets, so memory grows with the number of files, not with the report's size.
 * A line is covered when any report saw it run, as coverage.py `combine` and diff-cover do.
 */
export class CoverageStore {
  readonly files = new Map<string, MergedFile>();

  constructor(private readonly mapper: PathMapper) {}

  /** A sink for one report; `onFile` lets the caller count files per report. */
  sinkFor(format: ReportFormat, reportName: string, onFile?: () => void): CoverageSink {
    let roots: string[] = [];
    return {
      sourceRoots: (r) => {
        roots = r;
      },
      beginFile: (path) => {
        onFile?.();
        return this.writerFor(this.fileFor(path, roots, format), reportName);
      },
    };
  }

  private fileFor(reportPath: string, roots: string[], format: ReportFormat): MergedFile {
    const mapped = this.mapper.map(reportPath, roots);
    let file = this.files.get(mapped.path);
    if (!file) {
      file = {
        path: mapped.path,
        measured: new LineSet(),
        covered: new LineSet(),
        records: 0,
        reportPath,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: new Set(),
      };
      this.files.set(mapped.path, file);
    }
    file.formats.add(format);
    file.records++;
    return file;
  }

  private writerFor(file: MergedFile, reportName: string): FileWriter {
    const check = (line: number) => {
      if (line > MAX_LINE_NUMBER) {
        throw new InputError(
          `${reportName}: ${file.reportPath} has line number ${line}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
          { path: reportName },
          'The report is corrupt; regenerate it.',
        );
      }
    };
    return {
      line(line, hits) {
        check(line);
        file.measured.add(line);
        if (hits > 0) file.covered.add(line);
      },
      branch(line, covered, total) {
        check(line);
        file.branches ??= new BranchTable();
        file.branches.add(line, covered, total);
      },
      hasBranches() {
        file.branches ??= new BranchTable();
      },
      functionLine(line, hits) {
        check(line);
        file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
        file.functionLines.measured.add(line);
        if (hits > 0) file.functionLines.covered.add(line);
      },
      summary(summary) {
        file.summary = mergeSummary(file.summary, summary);
      },
      end() {
        // Nothing to flush: lines went straight into the file's bitsets.
      },
    };
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
  if (file.summary?.branches && (file.records === 1 || file.measured.size === 0)) return file.summary.branches;
  return file.branches?.count();
}

function mergeSummary(a: MergedFile['summary'], b: NonNullable<FileRecord['summary']>): NonNullable<MergedFile['summary']> {
  if (!a) return b;
  // Two summaries of one file cannot be unioned line by line; keep the better-covered one.
  return a.lines.covered >= b.lines.covered ? a : b;
}
