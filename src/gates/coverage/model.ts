import type { ByteSource } from '../../util/text-stream.js';

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

/** Receives one file's coverage as a reader streams it, without building a record first. */
export interface FileWriter {
  /** A measured line and its hit count (a line may repeat; covered when any count is > 0). */
  line(line: number, hits: number): void;
  /** Branch figures of a line. */
  branch(line: number, covered: number, total: number): void;
  /** A function start line known only from function records (see `FileRecord.functionLines`). */
  functionLine(line: number, hits: number): void;
  /** The tool's own totals for the file (see `FileRecord.summary`). */
  summary(summary: NonNullable<FileRecord['summary']>): void;
  /** Marks that the format has branch data for this file, even if it has no branches. */
  hasBranches(): void;
  end(): void;
}

/** Where a reader sends what it reads. */
export interface CoverageSink {
  /** Roots the report declares for relative paths (Cobertura `<sources>`), in report order. */
  sourceRoots(roots: string[]): void;
  /** Streams one file: big line-oriented formats write lines as they read them. */
  beginFile(path: string): FileWriter;
}

/** A report's content, as text or as bytes (readers that scan bytes skip UTF-8 decoding). */
export interface ReportInput {
  /** UTF-8 text chunks; a multi-byte character is never split across chunks. */
  text(): AsyncIterable<string>;
  /** Raw byte chunks. */
  bytes(): AsyncIterable<Uint8Array>;
  /** The file itself, for readers that read it through one reused buffer (see `consumeBytes`). */
  source?(): ByteSource;
}

/** Reads one report into a sink. Throws `InputError` on bad input. */
export type ReportReader = (input: ReportInput, sink: CoverageSink, reportName: string) => Promise<void>;

/** Sends a whole record to a sink, for readers that naturally build one per file (JSON, Go). */
export function writeRecord(sink: CoverageSink, record: FileRecord): void {
  const writer = sink.beginFile(record.path);
  for (const [line, hits] of record.lines) writer.line(line, hits);
  if (record.branches) {
    writer.hasBranches();
    for (const b of record.branches) writer.branch(b.line, b.covered, b.total);
  }
  for (const [line, hits] of record.functionLines ?? []) writer.functionLine(line, hits);
  if (record.summary) writer.summary(record.summary);
  writer.end();
}

/** Adds a hit count to a record's line map, keeping the larger count when a line repeats. */
export function addLineHits(lines: Map<number, number>, line: number, hits: number): void {
  const previous = lines.get(line);
  if (previous === undefined || hits > previous) lines.set(line, hits);
}
