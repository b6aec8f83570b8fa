import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBenchmark } from '../../../../src/gates/model-evaluation/readers/benchmark-file.js';
import { loadMetricsFile } from '../../../../src/gates/model-evaluation/readers/load-metrics.js';
import { readMetricsCsv } from '../../../../src/gates/model-evaluation/readers/metrics-csv.js';
import { readMetricsDocument } from '../../../../src/gates/model-evaluation/readers/metrics-document.js';
import { latestValue } from '../../../../src/gates/model-evaluation/readers/mlflow-run-dir.js';
import type { ReportedMetrics } from '../../../../src/gates/model-evaluation/readers/reported-metrics.js';
import { resolveNames } from '../../../../src/gates/model-evaluation/readers/resolve-names.js';

function values(r: ReportedMetrics): Record<string, number> {
  return Object.fromEntries([...r.values].map(([k, v]) => [k, v.value]));
}

describe('JSON and YAML metrics files', () => {
  it('flattens nested numbers into dotted keys with their lines (DVC metrics.json)', () => {
    const json =
      '{\n  "train": {"roc_auc": 0.99},\n  "test": {\n    "roc_auc": 0.91,\n    "name": "x"\n  }\n}\n';
    const r = readMetricsDocument(json, 'metrics.json', 'auto');
    expect(values(r)).toEqual({ 'train.roc_auc': 0.99, 'test.roc_auc': 0.91 });
    expect(r.values.get('test.roc_auc')?.line).toBe(4);
  });

  it('reads YAML the same way', () => {
    const r = readMetricsDocument('eval:\n  accuracy: 0.8\n  f1_score: 0.7\n', 'metrics.yaml', 'yaml');
    expect(values(r)).toEqual({ 'eval.accuracy': 0.8, 'eval.f1_score': 0.7 });
  });

  it('reads SageMaker model-quality JSON: each metric’s value and standard deviation', () => {
    const sm = JSON.stringify({
      binary_classification_metrics: {
        confusion_matrix: { '0': { '0': 1, '1': 2 } },
        auc: { value: 0.93, standard_deviation: 0.004 },
        f1: { value: 0.71, standard_deviation: 0.01 },
        true_positive_rate: { value: 0.66 },
      },
    });
    const r = readMetricsDocument(sm, 'evaluation.json', 'auto');
    expect(r.format).toBe('SageMaker model quality');
    expect(values(r)).toEqual({ auc: 0.93, f1: 0.71, true_positive_rate: 0.66 });
    expect(r.values.get('auc')?.standardDeviation).toBe(0.004);
    // SageMaker's names are the gate's aliases: auc → roc_auc, true_positive_rate → recall.
    const resolved = resolveNames(r, {}, ['roc_auc']);
    expect(resolved.values.get('roc_auc')?.value).toBe(0.93);
    expect(resolved.values.get('recall')?.value).toBe(0.66);
  });

  it('reads the regression form', () => {
    const sm =
      '{"regression_metrics": {"mse": {"value": 4.5, "standard_deviation": 0.3}, "r2": {"value": 0.8}}}';
    expect(values(readMetricsDocument(sm, 'e.json', 'auto'))).toEqual({ mse: 4.5, r2: 0.8 });
  });

  it('refuses a document that is not a mapping', () => {
    expect(() => readMetricsDocument('[1, 2]', 'm.json', 'auto')).toThrow(
      'not a mapping of metric names to numbers',
    );
  });
});

describe('metric names', () => {
  const r = readMetricsDocument(
    '{"train": {"auc": 0.99}, "test": {"auc": 0.91, "f1": 0.7}, "custom": {"lift": 3}}',
    'm.json',
    'auto',
  );

  it('will not guess between two splits of one metric', () => {
    const resolved = resolveNames(r, {}, ['roc_auc']);
    expect(resolved.values.has('roc_auc')).toBe(false);
    expect(resolved.problems).toEqual([
      { metric: 'roc_auc', message: 'm.json has 2 values that could be roc_auc (train.auc, test.auc)' },
    ]);
    // A unique one is found by its last segment.
    expect(resolved.values.get('f1')).toMatchObject({ value: 0.7, key: 'test.f1' });
  });

  it('takes the key named by a JSON pointer or dotted path', () => {
    const resolved = resolveNames(r, { roc_auc: '/test/auc', 'custom.lift': 'custom.lift' }, [
      'roc_auc',
      'custom.lift',
    ]);
    expect(resolved.values.get('roc_auc')?.value).toBe(0.91);
    expect(resolved.values.get('custom.lift')?.value).toBe(3);
    expect(resolveNames(r, { roc_auc: '/valid/auc' }, ['roc_auc']).problems[0]?.message).toBe(
      'm.json has no number at "valid.auc" (keys.roc_auc)',
    );
  });

  it('keeps unknown keys only when a rule asks for them', () => {
    expect(resolveNames(r, {}, []).values.has('custom.lift')).toBe(false);
    expect(resolveNames(r, {}, ['custom.lift']).values.get('custom.lift')?.value).toBe(3);
  });
});

describe('CSV metrics files', () => {
  it('reads metric,value rows', () => {
    expect(values(readMetricsCsv('metric,value\naccuracy,0.9\nnote,n/a\nf1,0.8\n', 'm.csv'))).toEqual({
      accuracy: 0.9,
      f1: 0.8,
    });
  });

  it('reads a header of names over rows, taking the last row', () => {
    expect(values(readMetricsCsv('epoch,accuracy,loss\n1,0.7,0.9\n2,0.8,0.5\n', 'm.csv'))).toEqual({
      epoch: 2,
      accuracy: 0.8,
      loss: 0.5,
    });
  });
});

describe('MLflow run directories', () => {
  it('takes the value MLflow reports as latest: the largest (step, timestamp, value)', () => {
    // Lines are "timestamp value step". Step 3 wins over later timestamps at step 2; at step 3
    // the later timestamp wins.
    const text = '1700000000000 0.5 1\n1700000009000 0.9 2\n1700000001000 0.7 3\n1700000002000 0.6 3\n';
    expect(latestValue(text, 'm')).toBe(0.6);
    // Old files have no step: step 0.
    expect(latestValue('1 0.25\n2 0.5\n', 'm')).toBe(0.5);
    expect(() => latestValue('1 abc 0\n', 'metrics/acc')).toThrow('metrics/acc:1: not an MLflow metric line');
  });

  it('reads metrics/ of a run, names with "/" from subdirectories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-mlruns-'));
    mkdirSync(join(dir, 'run', 'metrics', 'test'), { recursive: true });
    writeFileSync(join(dir, 'run', 'metrics', 'accuracy'), '1 0.8 0\n2 0.85 1\n');
    writeFileSync(join(dir, 'run', 'metrics', 'test', 'roc_auc'), '1 0.9 0\n');
    const r = await loadMetricsFile(dir, { path: 'run', format: 'auto', keys: {} });
    expect(r && values(r)).toEqual({ accuracy: 0.85, 'test/roc_auc': 0.9 });
    expect(r && resolveNames(r, {}, ['roc_auc']).values.get('roc_auc')?.value).toBe(0.9);
    expect(await loadMetricsFile(dir, { path: 'missing', format: 'mlflow-run', keys: {} })).toBeUndefined();
  });
});

describe('benchmark files', () => {
  it('reads percentiles as written, under any common spelling', () => {
    const b = readBenchmark(
      '{"latency_ms": {"P50": 10, "p95_ms": 40, "99th": 80, "avg": 15}, "requests_per_second": 300}',
      'b.json',
    );
    expect(Object.fromEntries(b.latencyMs)).toEqual({ p50: 10, p95: 40, p99: 80, mean: 15 });
    expect(b.throughputRps).toBe(300);
  });

  it('computes percentiles from raw latencies as numpy.percentile does', () => {
    // numpy.percentile([1..10], [50, 90, 95, 99]) = [5.5, 9.1, 9.55, 9.91]; mean 5.5; max 10
    const b = readBenchmark('[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]', 'b.json');
    expect([...b.latencyMs].map(([k, v]) => [k, Number(v.toFixed(10))])).toEqual([
      ['p50', 5.5],
      ['p90', 9.1],
      ['p95', 9.55],
      ['p99', 9.91],
      ['mean', 5.5],
      ['max', 10],
    ]);
    expect(b.samples).toBe(10);
  });

  it('refuses files without figures and bad latencies', () => {
    expect(() => readBenchmark('{"p95": 3}', 'b.json')).toThrow('no latency or throughput figures');
    expect(() => readBenchmark('{"latency_ms": [1, "x"]}', 'b.json')).toThrow('latency number 2 is "x"');
  });
});
