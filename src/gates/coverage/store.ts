import { BranchTable } from './branch-table.js';
import { LineSet } from './line-set.js';
import type { Count, ReportFormat } from './model.js';
import type { PathMapper } from './path-mapper.js';
import { type FileCoverage, mergeSummary } from './records.js';

export { MAX_LINE_NUMBER } from './records.js';

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
 * Every report in one view keyed by repository path. Readers collect `FileCoverage` records
 * (per-file bitsets, so memory grows with the number of files, not with the report's size);
 * `add` maps their paths and merges them, report by report in the order given. A line is
 * covered when any report saw it run, as coverage.py `combine` and diff-cover do.
 */
export class CoverageStore {
  readonly files = new Map<string, MergedFile>();

  constructor(private readonly mapper: PathMapper) {}

  /** Merges one report's records, in the order the report lists them. */
  add(format: ReportFormat, records: readonly FileCoverage[]): void {
    for (const record of records) this.merge(format, record);
  }

  private merge(format: ReportFormat, record: FileCoverage): void {
    const mapped = this.mapper.map(record.path, record.roots ?? []);
    const file = this.files.get(mapped.path);
    if (!file) {
      // The first record is taken as it is: most files have exactly one.
      this.files.set(mapped.path, {
        path: mapped.path,
        measured: record.measured,
        covered: record.covered,
        ...(record.functionLines ? { functionLines: record.functionLines } : {}),
        ...(record.branches ? { branches: record.branches } : {}),
        ...(record.summary ? { summary: record.summary } : {}),
        records: 1,
        reportPath: record.path,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: new Set([format]),
      });
      return;
    }
    file.formats.add(format);
    file.records++;
    file.measured.addAll(record.measured);
    file.covered.addAll(record.covered);
    if (record.functionLines) {
      file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
      file.functionLines.measured.addAll(record.functionLines.measured);
      file.functionLines.covered.addAll(record.functionLines.covered);
    }
    if (record.branches) {
      file.branches ??= new BranchTable();
      file.branches.addAll(record.branches);
    }
    if (record.summary) file.summary = mergeSummary(file.summary, record.summary);
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
