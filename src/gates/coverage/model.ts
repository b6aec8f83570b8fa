/**
 * The shapes a coverage report is read into. Readers stream a report and hand over one
 * `FileRecord` per source file; nothing holds a whole report in memory.
 */

/** Report formats the gate reads, detected by content (see `detect.ts`). */
export type ReportFormat =
  | 'cobertura'
  | 'jacoco'
  | 'lcov'
  | 'coverage-py-json'
  | 'istanbul-final'
  | 'istanbul-summary'
  | 'go-coverprofile';

/** A covered/total pair. Percentages are derived from counts, never stored. */
export interface Count {
  covered: number;
  total: number;
}

/** Branch figures of one source line. */
export interface LineBranches {
  line: number;
  covered: number;
  total: number;
}

/**
 * Coverage of one source file as one report states it. A file may appear in several records
 * (several classes in Cobertura, several reports); the store merges them.
 */
export interface FileRecord {
  /** The path exactly as the report writes it (absolute, relative, or an import path). */
  path: string;
  /** Measured lines with their hit counts. A line listed twice keeps the larger count. */
  lines: Map<number, number>;
  /**
   * Function start lines the report marks only through its function records (LCOV `FN` without
   * a `DA` on that line), with the function's hits. diff-cover counts them as measured changed
   * lines, so they take part in patch coverage; they are not in the line totals.
   */
  functionLines?: Map<number, number>;
  /** Lines that have branches. Absent when the format has no branch data. */
  branches?: LineBranches[];
  /**
   * The tool's own totals for the file. Without `lines` (Istanbul `coverage-summary.json`) they
   * are all there is, and the file cannot take part in patch coverage. With `lines` they are
   * authoritative when line detail over-counts: coverage.py's JSON lists executed docstring
   * lines in `executed_lines`, so its per-file `summary` is what equals `coverage report`.
   */
  summary?: { lines: Count; branches?: Count };
}

/** Where a reader sends what it reads. */
export interface CoverageSink {
  /** Roots the report declares for relative paths (Cobertura `<sources>`), in report order. */
  sourceRoots(roots: string[]): void;
  /** One file's coverage; called as soon as the file is complete. */
  file(record: FileRecord): void;
}

/** Reads one report from a stream of text chunks into a sink. Throws `InputError` on bad input. */
export type ReportReader = (
  chunks: AsyncIterable<string>,
  sink: CoverageSink,
  reportName: string,
) => Promise<void>;

/** Adds a hit count to a record's line map, keeping the larger count when a line repeats. */
export function addLineHits(lines: Map<number, number>, line: number, hits: number): void {
  const previous = lines.get(line);
  if (previous === undefined || hits > previous) lines.set(line, hits);
}
