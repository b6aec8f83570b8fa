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

const DEFAULT_FIX =
  'Fix the data (or the producer that wrote it), or relax the schema if the value is legitimate.';

/**
 * Rows checked and invalid in one data file. Every problem of a row becomes a finding until
 * `limit` findings are listed; every invalid row is counted, and one closing finding says how
 * many rows and problems were not listed.
 */
export class RowFindings {
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
