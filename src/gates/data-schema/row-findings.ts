import type { Finding } from '../../result/types.js';

/** Rows checked and invalid in one data file, with the first `limit` invalid rows as findings. */
export class RowFindings {
  readonly findings: Finding[] = [];
  rows = 0;
  invalidRows = 0;

  constructor(
    readonly path: string,
    private readonly limit: number,
  ) {}

  /** Records one invalid row (only the first `limit` become findings; every one is counted). */
  invalid(line: number, message: string, fix: string, rule = 'data-schema/invalid-row'): void {
    this.invalidRows++;
    if (this.findings.length < this.limit)
      this.findings.push({ severity: 'error', rule, path: this.path, line, message, fix });
  }

  /** The findings, plus one that says how many more invalid rows there were. */
  all(): Finding[] {
    const unlisted = this.invalidRows - this.findings.filter((f) => f.rule !== 'data-schema/header').length;
    if (unlisted <= 0) return this.findings;
    return [
      ...this.findings,
      {
        severity: 'error',
        rule: 'data-schema/more-invalid-rows',
        path: this.path,
        message: `${unlisted} more invalid row(s) in ${this.path} are not listed (${this.invalidRows} in all; data-schema.max-findings-per-file is ${this.limit}).`,
        fix: 'Fix the listed rows first; re-run to see the next ones, or raise max-findings-per-file.',
      },
    ];
  }
}
