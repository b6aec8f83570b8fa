import { describe, expect, it } from 'vitest';
import { renderModelEvaluationMarkdown } from '../../../../src/gates/model-evaluation/describe.js';
import type { ModelReport } from '../../../../src/gates/model-evaluation/judge-model.js';
import type { GateResult } from '../../../../src/result/types.js';

const REPORT: ModelReport = {
  name: 'churn`|<b>',
  task: 'binary-classification',
  status: 'fail',
  primaryMetric: 'roc_auc',
  evaluation: { predictions: 'p.csv', rows: 10 },
  baseline: { kind: 'file', label: 'champ_[x](y).csv' },
  pairing: null,
  table: [
    {
      metric: 'roc_auc',
      greaterIsBetter: true,
      candidate: 0.8123456,
      baseline: 0.9,
      delta: -0.0876544,
      ci: { lower: -0.12, upper: -0.05, confidence: 0.95, resamples: 1000 },
      threshold: '≥ 0.85',
      verdict: 'fail',
    },
  ],
  slices: [
    {
      column: 'region',
      value: 'a|b',
      rows: 3,
      judged: false,
      metrics: { roc_auc: null },
      verdict: 'not judged',
      note: 'fewer than 30 rows',
    },
  ],
  gaps: [],
  budgets: [],
};

describe('Markdown rendering', () => {
  const result: GateResult = {
    schemaVersion: 1,
    gate: 'model-evaluation',
    status: 'fail',
    title: 't',
    summary: 's',
    metrics: { models: [REPORT] },
    findings: [
      {
        severity: 'error',
        rule: 'model-evaluation/threshold',
        message: 'churn: *bold* <script>',
        path: 'p.csv',
        line: 3,
        fix: 'Do [this](http://x).',
      },
    ],
  };
  const md = renderModelEvaluationMarkdown(result);

  it('draws one table per model with candidate, baseline, Δ, interval, threshold and verdict', () => {
    expect(md).toContain('| Metric | Candidate | Baseline | Δ | CI of Δ | Threshold | Verdict |');
    expect(md).toContain(
      '| `roc_auc` | 0.8123 | 0.9 | -0.08765 | [-0.12, -0.05] (95%) | ≥ 0\\.85 | ❌ fail |',
    );
  });

  it('keeps user text in code spans without backticks and escapes pipes and Markdown elsewhere', () => {
    expect(md).toContain("#### `churn'\\|<b>` ❌ fail");
    expect(md).toContain('| `region=a\\|b` | 3 |');
    expect(md).toContain('churn: \\*bold\\* \\<script\\>');
    expect(md).toContain('Fix: Do \\[this\\]\\(http://x\\)\\.');
    expect(md).not.toContain('<script>');
  });
});
