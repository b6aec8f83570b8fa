/**
 * A realistic combined report, written by hand: the four gates of an ML pull request as they
 * would come out of one workflow run. The visual test renders it (and a hostile variant), and
 * `scripts/screenshot-report.mjs` screenshots it for the README.
 */
import { markerLine } from '../../src/github/sticky-comment.js';
import { renderReport, type RenderedReport, type RenderOptions } from '../../src/report/render-report.js';
import { DEFAULT_POLICY, decideVerdict } from '../../src/report/verdict.js';
import type { GateResult } from '../../src/result/types.js';

/** The limits the sticky PR comment is rendered with. */
export const COMMENT_OPTIONS: RenderOptions = {
  limit: 65_536,
  maxFindingsPerGate: 50,
  limitName: "GitHub's 65,536-character comment limit",
  context: {
    sha: '3f9c2e17b0a4d5e6f708192a3b4c5d6e7f809102',
    runUrl: 'https://github.com/acme/churn-model/actions/runs/9876543210',
    fullReportHint: "the workflow run's job summary",
    version: '0.1.0',
  },
};

const pct = (covered: number, total: number) => ({ covered, total, percent: (covered / total) * 100 });

/**
 * Coverage fails: 70.68 % of the 58 changed lines are covered (41 / 58), the minimum is 90 %;
 * branches are at 69.83 % (412 / 590) against 70 %; lines pass at 83.98 % (1683 / 2004).
 */
export function coverageResult(): GateResult {
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status: 'fail',
    title: 'Coverage below threshold: 83.98% of lines, 69.83% of branches, 70.68% of changed lines',
    summary:
      '1683 of 2004 lines covered (83.98%) in 14 file(s) from 2 report(s). 412 of 590 branches ' +
      'covered (69.83%). 41 of 58 changed lines covered (70.68%) in 3 file(s). 2 threshold(s) not met.',
    keyMetric: { label: 'patch coverage', value: (41 / 58) * 100, unit: '%', threshold: 90 },
    metrics: {
      lines: pct(1683, 2004),
      branches: pct(412, 590),
      patch: pct(41, 58),
      thresholds: { lines: 80, branches: 70, patch: 90 },
      checks: [
        { id: 'lines', label: 'Line coverage', percent: (1683 / 2004) * 100, minimum: 80, passed: true },
        { id: 'branches', label: 'Branch coverage', percent: (412 / 590) * 100, minimum: 70, passed: false },
        { id: 'patch', label: 'Patch coverage', percent: (41 / 58) * 100, minimum: 90, passed: false },
      ],
    },
    findings: [
      {
        severity: 'error',
        rule: 'coverage/threshold',
        message: 'Patch coverage is 70.68% (41 of 58 changed lines); the minimum is 90%.',
        fix: 'Add tests for the changed lines listed below.',
      },
      {
        severity: 'error',
        rule: 'coverage/threshold',
        message: 'Branch coverage is 69.83% (412 of 590 branches); the minimum is 70%.',
        fix: 'Test both sides of the conditions in the changed files, or lower thresholds.branches.',
      },
      {
        severity: 'warning',
        rule: 'coverage/patch-uncovered',
        path: 'src/churn/serve.py',
        line: 48,
        endLine: 61,
        message: 'Changed lines 48-61 are not covered by any test.',
        fix: 'Add a test that executes these lines.',
      },
      {
        severity: 'warning',
        rule: 'coverage/patch-uncovered',
        path: 'src/churn/features.py',
        line: 112,
        message: 'Changed line 112 is not covered by any test.',
        fix: 'Add a test that executes this line.',
      },
      {
        severity: 'warning',
        rule: 'coverage/file-not-in-report',
        path: 'scripts/export_model.py',
        message:
          'scripts/export_model.py changed (2 line(s)) but is in no coverage report: no test imports it.',
        fix: 'Add a test that imports it, or list it under coverage.exclude if it is not meant to be measured.',
      },
    ],
  };
}

/** Data schema passes: the three contracts validate and no change breaks a consumer. */
export function dataSchemaResult(): GateResult {
  return {
    schemaVersion: 1,
    gate: 'data-schema',
    status: 'pass',
    title: 'Data contracts hold: 3 schemas, 0 breaking changes',
    summary:
      'customers, events and predictions validate against their contracts on 12,480 sample rows. ' +
      'One column was added; nothing was removed or narrowed.',
    keyMetric: { label: 'breaking changes', value: 0, threshold: 0, direction: 'max' },
    metrics: { schemas: 3, rows: 12_480, breaking: 0 },
    findings: [
      {
        severity: 'notice',
        rule: 'data-schema/column-added',
        path: 'contracts/customers.schema.json',
        line: 27,
        message: 'Column tenure_months (integer, nullable) was added.',
      },
    ],
  };
}

/** Model card warns: complete except for two sections a reviewer should look at. */
export function modelCardResult(): GateResult {
  return {
    schemaVersion: 1,
    gate: 'model-card',
    status: 'warn',
    title: 'Model card incomplete: 10 of 12 sections filled',
    summary:
      'models/churn/MODEL_CARD.md has every required section; two recommended ones are empty. ' +
      'The metrics in the card match metrics.json.',
    keyMetric: { label: 'sections', value: (10 / 12) * 100, unit: '%', threshold: 80 },
    metrics: { sections: { covered: 10, total: 12, percent: (10 / 12) * 100 } },
    findings: [
      {
        severity: 'warning',
        rule: 'model-card/empty-section',
        path: 'models/churn/MODEL_CARD.md',
        line: 42,
        message: 'Section "Limitations" is empty.',
        fix: 'Say where the model should not be used (e.g. customers with under a month of history).',
      },
      {
        severity: 'warning',
        rule: 'model-card/empty-section',
        path: 'models/churn/MODEL_CARD.md',
        line: 57,
        message: 'Section "Ethical considerations" is empty.',
        fix: 'Describe the groups the evaluation checked and any gap between them.',
      },
    ],
  };
}

/** Registry approval is skipped on pull requests: it runs on release tags. */
export function registryApprovalResult(): GateResult {
  return {
    schemaVersion: 1,
    gate: 'registry-approval',
    status: 'skip',
    title: 'Skipped',
    summary: 'Skipped: registry approval is checked on release tags, not on pull requests.',
    metrics: {},
    findings: [],
  };
}

/** The four gates of the demo pull request, in report order. */
export function demoResults(): GateResult[] {
  return [coverageResult(), dataSchemaResult(), modelCardResult(), registryApprovalResult()];
}

/** Verdict (default policy) and comment Markdown for some results, as the report step makes them. */
export function renderComment(results: readonly GateResult[], options = COMMENT_OPTIONS): RenderedReport {
  return renderReport(results, decideVerdict(results, DEFAULT_POLICY), options);
}

/** The comment body as posted: the hidden marker line, then the report. */
export function commentBody(report: RenderedReport): string {
  return `${markerLine('report', 'd41d8cd98f00b204', 9_876_543_210)}\n${report.markdown}`;
}
