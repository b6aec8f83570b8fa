import { describe, expect, it } from 'vitest';
import {
  keyMetric,
  modelTables,
  renderModelEvaluationMarkdown,
  title,
} from '../../../../src/gates/model-evaluation/describe.js';
import type { ModelReport } from '../../../../src/gates/model-evaluation/judge-model.js';
import type { ModelEvaluationSettings } from '../../../../src/gates/model-evaluation/settings.js';
import { keyMetricCells } from '../../../../src/report/key-metric.js';
import { gateTables, renderGateMarkdown } from '../../../../src/report/render-gate.js';
import { renderReport } from '../../../../src/report/render-report.js';
import { DEFAULT_POLICY, decideVerdict } from '../../../../src/report/verdict.js';
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

const RESULT_SHELL: GateResult = {
  schemaVersion: 1,
  gate: 'model-evaluation',
  status: 'fail',
  title: 't',
  summary: 's',
  metrics: {},
  findings: [],
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

describe('tables in the report (metrics.tables)', () => {
  const result: GateResult = {
    schemaVersion: 1,
    gate: 'model-evaluation',
    status: 'fail',
    title: 't',
    summary: 's',
    metrics: { models: [REPORT], tables: modelTables([REPORT]) },
    findings: [],
  };

  it('gives each model a metric table and a slice table, numbers as the gate formats them', () => {
    expect(result.metrics.tables).toEqual([
      {
        title: 'churn`|<b>: fail against champ_[x](y).csv',
        columns: ['Metric', 'Candidate', 'Baseline', 'Δ', 'CI of Δ', 'Threshold', 'Verdict'],
        rows: [['roc_auc', '0.8123', '0.9', '-0.08765', '[-0.12, -0.05] (95%)', '≥ 0.85', '❌ fail']],
      },
      {
        title: 'churn`|<b>: slices',
        columns: ['Slice', 'Rows', 'roc_auc', 'Verdict'],
        rows: [['region=a|b', '3', null, '➖ not judged fewer than 30 rows']],
      },
    ]);
  });

  it('is drawn in the gate section and in the combined report, every cell escaped', () => {
    const section = renderGateMarkdown(result);
    expect(section).toContain('| Metric | Candidate | Baseline | Δ | CI of Δ | Threshold | Verdict |');
    expect(section).toContain(
      '| roc\\_auc | 0.8123 | 0.9 | -0.08765 | \\[-0.12, -0.05\\] \\(95%\\) | ≥ 0.85 | ❌ fail |',
    );
    expect(section).toContain('| region=a\\|b | 3 | – | ➖ not judged fewer than 30 rows |');
    expect(section).toContain('**churn\\`\\|&lt;b&gt;: slices**');
    const report = renderReport([result], decideVerdict([result], DEFAULT_POLICY), {
      limit: 65_536,
      maxFindingsPerGate: 50,
      limitName: 'the limit',
      context: {},
    }).markdown;
    expect(report).toContain('| roc\\_auc | 0.8123 |');
  });

  it('skips what is not a table and caps the rows of an untrusted result', () => {
    const hostile: GateResult = {
      ...result,
      metrics: {
        tables: [
          'x',
          { columns: 'no', rows: [] },
          { title: 7, columns: ['a', 'b'], rows: [...Array.from({ length: 60 }, () => [1, '<img>']), 'x'] },
        ],
      },
    };
    const md = gateTables(hostile) ?? '';
    expect(md.split('\n')).toHaveLength(2 + 50 + 1);
    expect(md).toContain('| 1 | &lt;img&gt; |');
    expect(md).toContain('| … 11 more row(s) in the result file |');
    expect(gateTables({ ...result, metrics: {} })).toBeUndefined();
  });
});

describe('title', () => {
  it('does not count a model without an evaluation as meeting its thresholds', () => {
    const judged: ModelReport = { ...REPORT, status: 'pass' };
    const none: ModelReport = { ...REPORT, name: 'm2', status: 'warn', evaluation: {}, table: [] };
    expect(title('warn', [judged, none])).toBe(
      'Model evaluation passed with warnings: 1 of 2 model(s) meet their thresholds, 1 without an evaluation',
    );
    expect(title('pass', [judged])).toBe('Model evaluation passed: 1 of 1 model(s) meet their thresholds');
  });
});

describe('the report row', () => {
  it('shows the deciding metric, candidate vs baseline, the change and its interval', () => {
    const settings = { models: [{ name: REPORT.name, rules: [{ metric: 'roc_auc', min: 0.85 }] }] };
    const key = keyMetric([REPORT], settings as unknown as ModelEvaluationSettings);
    expect(key).toEqual({
      label: 'churn`|<b> roc_auc',
      value: 0.8123456,
      threshold: 0.85,
      direction: 'min',
      delta: -0.0876544,
      baseline: 0.9,
      interval: { lower: -0.12, upper: -0.05, confidence: 0.95 },
    });
    const cells = keyMetricCells({ ...RESULT_SHELL, keyMetric: key });
    expect(cells).toEqual({
      metric: 'churn`|<b> roc_auc 0.8123 vs 0.9',
      delta: '−0.0877 (95% CI −0.12 to −0.05)',
      threshold: '≥ 0.85',
    });
  });
});
