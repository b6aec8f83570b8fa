import type { Finding } from '../../result/types.js';

/**
 * One problem of one data record, before it becomes a finding: where (line, record number,
 * column) and what. `column` is a field name for tables and a JSON pointer for JSON data.
 */
export interface DataProblem {
  line?: number;
  record?: number;
  column?: string;
  message: string;
  fix?: string;
  rule?: string;
}

/** Where rows go as they are checked: a file's findings, or one part's (see {@link PartFindings}). */
export interface RowSink {
  /** Records counted so far. */
  readonly rows: number;
  row(problems: readonly DataProblem[]): void;
}

const DEFAULT_FIX =
  'Fix the data (or the producer that wrote it), or relax the schema if the value is legitimate.';

/**
 * Rows checked and invalid in one data file. Every problem of a row becomes a finding until
 * `limit` findings are listed; every invalid row is counted, and one closing finding says how
 * many rows and problems were not listed.
 */
export class RowFindings implements RowSink {
  private readonly listed: Finding[] = [];
  rows = 0;
  invalidRows = 0;
  private listedRows = 0;
  private unlistedProblems = 0;

  constructor(
    readonly path: string,
    private readonly limit: number,
  ) {}

  /** Counts one record with its problems (none: a valid record). */
  row(problems: readonly DataProblem[]): void {
    this.rows++;
    if (problems.length === 0) return;
    this.invalidRows++;
    let listedHere = false;
    for (const p of problems) {
      if (this.listed.length >= this.limit) {
        this.unlistedProblems++;
        continue;
      }
      this.listed.push(this.finding(p));
      listedHere = true;
    }
    if (listedHere) this.listedRows++;
  }

  /** A problem of the file rather than of a row (its header); listed whatever the limit. */
  fileProblem(problem: DataProblem): void {
    this.listed.push(this.finding({ rule: 'data-schema/header', ...problem }));
  }

  /** Findings that came whole from elsewhere (Parquet footers); `rows` of them count as invalid. */
  addFindings(findings: readonly Finding[], invalidRows: number): void {
    this.listed.push(...findings);
    this.invalidRows += invalidRows;
    this.listedRows += invalidRows;
  }

  /**
   * Counts the rows of one part of the file that come next, as if each had been passed to
   * `row` in order: the kept problems are replayed (placed with `rebase`), and what the part only
   * counted after its limit is added as unlisted. Exact, because a part keeps its first `limit`
   * problems and no more than `limit` can be listed after them.
   */
  absorb(part: PartSummary, rebase: (p: DataProblem) => DataProblem): void {
    for (const kept of part.kept) this.row(kept.map(rebase));
    this.rows += part.rows - part.kept.length;
    this.invalidRows += part.invalidAfter;
    this.unlistedProblems += part.problemsAfter;
  }

  /** Whether anything is wrong with the file. */
  get failed(): boolean {
    return this.listed.length > 0;
  }

  /** The findings, plus one that says how many more invalid rows and problems there were. */
  all(): Finding[] {
    const unlistedRows = this.invalidRows - this.listedRows;
    if (unlistedRows <= 0 && this.unlistedProblems === 0) return this.listed;
    const rows = unlistedRows > 0 ? `${unlistedRows} more invalid row(s)` : 'more problems';
    return [
      ...this.listed,
      {
        severity: 'error',
        rule: 'data-schema/more-invalid-rows',
        path: this.path,
        message: `${rows} in ${this.path} are not listed (${this.invalidRows} invalid row(s) in all, ${this.unlistedProblems} problem(s) not listed; data-schema.max-findings-per-file is ${this.limit}).`,
        fix: 'Fix the listed rows first; re-run to see the next ones, or raise max-findings-per-file.',
      },
    ];
  }

  private finding(p: DataProblem): Finding {
    return {
      severity: 'error',
      rule: p.rule ?? 'data-schema/invalid-row',
      path: this.path,
      ...(p.line !== undefined && p.line >= 1 ? { line: p.line } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
      ...(p.record !== undefined ? { record: p.record } : {}),
      message: p.message,
      fix: p.fix ?? DEFAULT_FIX,
    };
  }
}

/** What one part of a file found, in a form that crosses threads (see {@link RowFindings.absorb}). */
export interface PartSummary {
  /** Records in the part. */
  rows: number;
  /** The invalid rows with their problems, in order, until `limit` problems were kept. */
  kept: DataProblem[][];
  /** Invalid rows after those. */
  invalidAfter: number;
  /** Problems not kept (including the rest of the row that reached the limit). */
  problemsAfter: number;
}

/**
 * The rows of one part of a file, checked apart from the rest (in a worker thread): the first
 * `limit` problems are kept with their rows, the rest only counted. Positions are the part's own
 * (record 1 and line 1 at its start); the file's are set when the parts are joined.
 */
export class PartFindings implements RowSink {
  readonly summary: PartSummary = { rows: 0, kept: [], invalidAfter: 0, problemsAfter: 0 };
  private keptProblems = 0;

  constructor(private readonly limit: number) {}

  get rows(): number {
    return this.summary.rows;
  }

  row(problems: readonly DataProblem[]): void {
    const s = this.summary;
    s.rows++;
    if (problems.length === 0) return;
    const room = this.limit - this.keptProblems;
    if (room <= 0) {
      s.invalidAfter++;
      s.problemsAfter += problems.length;
      return;
    }
    const kept = problems.length <= room ? [...problems] : problems.slice(0, room);
    s.kept.push(kept);
    this.keptProblems += kept.length;
    s.problemsAfter += problems.length - kept.length;
  }
}

/**
 * Moves a problem found in a part to its place in the file: its record and line numbers, and
 * the position its message starts with (`prefix` of the part's numbers, which the message must
 * start with), by `records` and `lines`.
 */
export function rebaseProblem(
  problem: DataProblem,
  offsets: { records: number; lines: number },
  prefix: (record: number, line: number) => string,
): DataProblem {
  if (problem.record === undefined || problem.line === undefined) return problem;
  const local = prefix(problem.record, problem.line);
  if (!problem.message.startsWith(local))
    throw new Error(`a part's message does not start with its position: ${problem.message}`);
  const record = problem.record + offsets.records;
  const line = problem.line + offsets.lines;
  return { ...problem, record, line, message: prefix(record, line) + problem.message.slice(local.length) };
}
