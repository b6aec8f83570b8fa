import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../../src/gates/model-evaluation/config.schema.json' with { type: 'json' };
import { renderModelEvaluationMarkdown } from '../../src/gates/model-evaluation/describe.js';
import { type S3Api, s3StatisticsReader } from '../../src/gates/model-evaluation/baseline/s3-statistics.js';
import { SageMakerChampion } from '../../src/gates/model-evaluation/baseline/sagemaker-champion.js';
import { evaluateModelEvaluation } from '../../src/gates/model-evaluation/evaluate.js';
import { MODEL_EVALUATION_GATE } from '../../src/gates/model-evaluation/gate.js';
import type { SageMakerBaselineSpec } from '../../src/gates/model-evaluation/settings.js';
import type { ModelReport } from '../../src/gates/model-evaluation/judge-model.js';
import type { GateContext } from '../../src/result/gate.js';
import type { GateResult } from '../../src/result/types.js';
import { parseYaml } from '../../src/util/yaml.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { EXAMPLE_PROJECT } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** The example's own `model-evaluation:` section, from its .github/ml-quality-gates.yml. */
const SECTION = (
  parseYaml(
    readFileSync(join(EXAMPLE_PROJECT, '.github', 'ml-quality-gates.yml'), 'utf8'),
    'ml-quality-gates.yml',
  ).value as Record<string, unknown>
)['model-evaluation'];

function context(dir: string, release = false): GateContext {
  return {
    cwd: dir,
    env: {},
    event: { name: release ? 'release' : 'pull_request', release },
    now: new Date('2024-06-04T16:00:00Z'),
  };
}

async function run(section: unknown, ctx: GateContext): Promise<GateResult> {
  return MODEL_EVALUATION_GATE.evaluate(await MODEL_EVALUATION_GATE.settings(section, {}, ctx), ctx);
}

function model(result: GateResult, name: string): ModelReport {
  return (result.metrics.models as ModelReport[]).find((m) => m.name === name) as ModelReport;
}

/**
 * The gate on the example repository (scripts/make_evaluation.py's hold-out predictions of the
 * churn classifier and of its champion), in process through the Gate contract. Expected figures
 * come from scikit-learn on the same files (the commands are in the comments) or from the
 * example's own pure-Python metrics.json, never from this gate.
 */
describe('model evaluation gate on the example project', () => {
  let dir: string;
  let result: GateResult;
  beforeAll(async () => {
    dir = (await makeExampleRepo()).dir;
    result = await run(SECTION, context(dir));
  });

  it('the proposed config section is valid against the gate’s schema', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(SECTION), JSON.stringify(validate.errors)).toBe(true);
  });

  it('produces a valid result: warn, because log loss got worse but not significantly', () => {
    expectValidResult(result);
    expect(result.status).toBe('warn');
    // sklearn.metrics.log_loss(y, score, labels=[0, 1]) on predictions.csv / champion-predictions.csv
    expect(result.keyMetric).toMatchObject({
      label: 'churn-classifier log_loss',
      threshold: 0.35,
      direction: 'max',
    });
    expect(result.keyMetric?.value).toBeCloseTo(0.2988505351608171, 12);
    expect(result.keyMetric?.delta).toBeCloseTo(0.2988505351608171 - 0.2902758002000062, 12);
    expect(result.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'model-evaluation/regression-not-significant'],
      ['warning', 'model-evaluation/regression-not-significant'],
      ['notice', 'model-evaluation/no-baseline'],
    ]);
  });

  it('computes the candidate’s and the champion’s metrics as scikit-learn does', () => {
    const rows = Object.fromEntries(model(result, 'churn-classifier').table.map((r) => [r.metric, r]));
    // roc_auc_score, log_loss, recall_score(y, score >= 0.5), brier_score_loss, average_precision_score, accuracy_score
    const sklearn = {
      roc_auc: [0.9473439921592689, 0.9448293538700994],
      log_loss: [0.2988505351608171, 0.2902758002000062],
      recall: [0.8131212723658051, 0.7157057654075547],
      brier: [0.09059632795, 0.087271089455],
      pr_auc: [0.8693742533617543, 0.8528163286245354],
      accuracy: [0.8735, 0.884],
    };
    for (const [metric, [candidate, baseline]] of Object.entries(sklearn)) {
      expect(rows[metric]?.candidate, metric).toBeCloseTo(candidate as number, 12);
      expect(rows[metric]?.baseline, metric).toBeCloseTo(baseline as number, 12);
    }
    // The example's metrics.json (pure Python, rounded to 6 places) agrees, so no reported-differs warning.
    const reported = JSON.parse(
      readFileSync(join(dir, 'evaluation/churn-classifier/metrics.json'), 'utf8'),
    ) as { test: Record<string, number> };
    expect(rows.roc_auc?.candidate).toBeCloseTo(reported.test.roc_auc as number, 6);
  });

  it('pairs the 2,000 rows by id and shows the bootstrap interval of each ruled metric', () => {
    const m = model(result, 'churn-classifier');
    expect(m.pairing).toEqual({
      rows: 2000,
      unmatchedCandidate: 0,
      unmatchedBaseline: 0,
      labelMismatches: 0,
      resamples: 1000,
      confidence: 0.95,
      seed: 42,
    });
    const logLoss = m.table.find((r) => r.metric === 'log_loss');
    expect(logLoss?.verdict).toBe('warn');
    expect(logLoss?.ci?.lower).toBeLessThan(0);
    expect(logLoss?.ci?.upper).toBeGreaterThan(logLoss?.delta ?? Infinity);
    // Recall rose by 0.0974 with an interval well above 0.
    expect(m.table.find((r) => r.metric === 'recall')?.ci?.lower).toBeGreaterThan(0);
  });

  it('reports every region, judges only those with 30 rows or more, and measures the fairness gaps', () => {
    const m = model(result, 'churn-classifier');
    // recall_score per region (sklearn); islands has 24 rows
    expect(m.slices.map((s) => [s.value, s.rows, s.judged])).toEqual([
      ['north', 596, true],
      ['south', 550, true],
      ['east', 453, true],
      ['west', 377, true],
      ['islands', 24, false],
    ]);
    expect(m.slices.find((s) => s.value === 'west')?.metrics.recall).toBeCloseTo(0.7722772277227723, 12);
    // Fairlearn's definitions over the four judged regions (fairness-reference.py's formulas):
    // selection rates, south highest and north lowest; TPR/FPR spreads.
    const gap = (metric: string) => m.gaps.find((g) => g.metric === metric);
    expect(gap('demographic_parity_difference')?.value).toBeCloseTo(0.06678462477120195, 12);
    expect(gap('demographic_parity_difference')?.between).toEqual(['north', 'south']);
    expect(gap('equalized_odds_difference')?.value).toBeCloseTo(0.10542061400384639, 12);
  });

  it('gives the same report when the rows stream through disk in chunks of 7 (flat memory)', async () => {
    const ctx = context(dir);
    const judged = async (rowsPerChunk: number) => {
      const settings = await MODEL_EVALUATION_GATE.settings(SECTION, {}, ctx);
      // The paired bootstrap joins rows on their ids, so it keeps them in memory: off here.
      settings.bootstrap.enabled = false;
      const r = await evaluateModelEvaluation({ ...settings, rowsPerChunk }, ctx);
      // Sums within a run of equal scores may add in another order: compare to 12 digits.
      return JSON.parse(
        JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)),
      ) as GateResult;
    };
    const memory = await judged(0);
    const chunked = await judged(7);
    expect(model(chunked, 'churn-classifier').slices).toHaveLength(5);
    expect(model(chunked, 'churn-classifier').gaps.length).toBeGreaterThan(0);
    expect(chunked).toEqual(memory);
  });

  it('measures size against the base commit and latency against the champion’s benchmark', () => {
    const budgets = Object.fromEntries(model(result, 'churn-classifier').budgets.map((b) => [b.budget, b]));
    const files = readdirSync(join(dir, 'models/churn-classifier'));
    const onDisk = files.reduce((s, f) => s + statSync(join(dir, 'models/churn-classifier', f)).size, 0);
    const atBase = files.reduce(
      (s, f) =>
        s +
        Number(
          execFileSync('git', ['cat-file', '-s', `main:models/churn-classifier/${f}`], {
            cwd: dir,
            encoding: 'utf8',
          }),
        ),
      0,
    );
    expect(budgets.size?.candidate).toBe(onDisk / 1e6);
    expect(budgets.size?.baseline).toBe(atBase / 1e6);
    // numpy.percentile(benchmark.json latency_ms, [95, 99]) = [45.0595, 63.8193]
    expect(budgets['latency p95']?.candidate).toBeCloseTo(45.059499999999986, 9);
    expect(budgets['latency p99']?.candidate).toBeCloseTo(63.81929999999999, 9);
    expect(budgets['latency p95']?.baseline).toBe(49.8);
    expect(Object.values(budgets).map((b) => b.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('reads the ranker’s metrics file and says it has no baseline on main (the PR adds it)', () => {
    const ranker = model(result, 'churn-ranker');
    expect(ranker.table[0]).toMatchObject({
      metric: 'accuracy',
      candidate: 0.862,
      baseline: null,
      verdict: 'pass',
      threshold: '≥ 0.85, drop ≤ 0.01',
    });
    expect(ranker.baseline).toBeNull();
  });

  it('renders a table per model, a slice table and a budget table', () => {
    const md = renderModelEvaluationMarkdown(result);
    expect(md).toContain('#### `churn-classifier` ⚠️ warn');
    expect(md).toContain('| `region=islands` | 24 |');
    expect(md).toContain('| Budget | Candidate | Baseline | Growth | Limit | Verdict |');
  });

  it('compares a metrics file with itself at the merge base, with MLflow’s min_absolute_change', async () => {
    // models/churn-classifier/metrics.json is test.f1 0.701 on main and 0.712 on the PR
    // (changes.diff); MLflow's rule needs 0.712 ≥ 0.701 + 0.02: it fails.
    const section = {
      base: 'main',
      models: [
        {
          name: 'reported',
          task: 'binary-classification',
          'metrics-file': 'models/churn-classifier/metrics.json',
          'primary-metric': 'roc_auc',
          thresholds: { f1: { 'min-absolute-change': 0.02 }, roc_auc: { min: 0.9, 'max-drop': 0.001 } },
        },
      ],
    };
    const r = await run(section, context(dir));
    expectValidResult(r);
    const rows = Object.fromEntries(model(r, 'reported').table.map((t) => [t.metric, t]));
    expect(rows.f1).toMatchObject({ candidate: 0.712, baseline: 0.701, verdict: 'fail' });
    expect(rows.roc_auc).toMatchObject({ candidate: 0.901, baseline: 0.897, verdict: 'pass', ci: null });
    expect(r.status).toBe('fail');
    expect(r.findings.find((f) => f.rule === 'model-evaluation/min-change')).toMatchObject({
      path: 'models/churn-classifier/metrics.json',
      line: 4,
      message: expect.stringContaining('needs at least 0.721') as string,
    });
  });

  it('compares with the MLflow champion’s run metrics (no interval: a drop beyond max-drop blocks)', async () => {
    const section = {
      models: [
        {
          name: 'churn-classifier',
          task: 'binary-classification',
          predictions: 'evaluation/churn-classifier/predictions.csv',
          baseline: { from: 'mlflow', model: 'churn', alias: 'champion' },
          thresholds: { roc_auc: { 'max-drop': 0.001 }, recall: { 'max-drop': 0.01 } },
        },
      ],
    };
    const requests: string[] = [];
    const fake = ((input: string | URL | Request) => {
      const url = input instanceof Request ? input.url : input.toString();
      requests.push(url);
      const body = url.includes('registered-models/alias')
        ? { model_version: { name: 'churn', version: '3', run_id: 'run42' } }
        : {
            run: {
              data: {
                metrics: [
                  { key: 'roc_auc', value: 0.95 },
                  { key: 'recall_score', value: 0.7 },
                ],
              },
            },
          };
      return Promise.resolve(new Response(JSON.stringify(body)));
    }) as typeof fetch;
    const ctx: GateContext = {
      ...context(dir),
      env: { MLFLOW_TRACKING_URI: 'https://mlflow.example.com', MLFLOW_TRACKING_TOKEN: 't' },
    };
    const settings = await MODEL_EVALUATION_GATE.settings(section, {}, ctx);
    const r = await evaluateModelEvaluation(settings, ctx, { fetch: fake });
    expectValidResult(r);
    expect(requests).toHaveLength(2);
    const rows = Object.fromEntries(model(r, 'churn-classifier').table.map((t) => [t.metric, t]));
    // 0.94734 vs the champion's 0.95: worse by 0.0027 > 0.001, no interval → blocks.
    expect(rows.roc_auc).toMatchObject({ baseline: 0.95, verdict: 'fail', ci: null });
    // MLflow's recall_score key is the gate's recall: 0.8131 vs 0.7 is better.
    expect(rows.recall).toMatchObject({ baseline: 0.7, verdict: 'pass' });
    expect(model(r, 'churn-classifier').baseline).toEqual({
      kind: 'mlflow',
      label: 'churn@champion (version 3, run run42)',
    });
  });

  it('cannot judge against a registry it cannot read: status error, never a pass', async () => {
    const section = {
      models: [
        {
          name: 'churn-classifier',
          task: 'binary-classification',
          predictions: 'evaluation/churn-classifier/predictions.csv',
          baseline: { from: 'sagemaker', 'model-package': 'churn-group', region: 'eu-west-1' },
          thresholds: { roc_auc: { min: 0.5, 'max-drop': 0.01 } },
        },
      ],
    };
    const ctx = context(dir);
    const settings = await MODEL_EVALUATION_GATE.settings(section, {}, ctx);
    const api = {
      latestApproved: () => Promise.resolve('arn:aws:sagemaker:eu-west-1:1:model-package/churn-group/2'),
      describe: (arn: string) =>
        Promise.resolve({ arn, version: 2, approval: 'Approved', statisticsUri: 's3://bucket/quality.json' }),
    };
    // The role may list and describe packages but not read the bucket: S3 answers AccessDenied.
    const s3: S3Api = {
      getObject: () => Promise.reject(Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })),
    };
    const r = await evaluateModelEvaluation(settings, ctx, {
      registry: (m) =>
        Promise.resolve(
          new SageMakerChampion(
            m.baseline as SageMakerBaselineSpec,
            api,
            s3StatisticsReader(s3, { timeoutMs: 1000 }),
          ),
        ),
    });
    expect(r.status).toBe('error');
    expect(r.findings.find((f) => f.rule === 'model-evaluation/baseline-unavailable')).toMatchObject({
      message: expect.stringContaining('S3 denied s3:GetObject on s3://bucket/quality.json') as string,
      fix: expect.stringContaining('Allow s3:GetObject on arn:aws:s3:::bucket/quality.json') as string,
    });
  });

  it('in release mode, fails a declared model that has no evaluation', async () => {
    const section = {
      models: [
        {
          name: 'uplift',
          task: 'binary-classification',
          predictions: 'evaluation/churn-uplift/predictions.csv',
        },
      ],
    };
    const release = await run(section, context(dir, true));
    expect(release.status).toBe('fail');
    expect(release.findings[0]).toMatchObject({ severity: 'error', rule: 'model-evaluation/no-evaluation' });
    const pr = await run(section, context(dir));
    expect(pr.status).toBe('warn');
  });
});
