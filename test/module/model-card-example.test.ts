import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { modelCardSettings } from '../../src/gates/model-card/parse-settings.js';
import { evaluateModelCard } from '../../src/gates/model-card/evaluate.js';
import type { GateResult } from '../../src/result/types.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { EXAMPLE_PROJECT } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The model card gate on the example project's pull request, with the example's own config:
 * models/churn-classifier has a complete card, models/churn-ranker a card with placeholders and
 * a wrong figure, models/churn-uplift (added by the PR) no card at all.
 */
describe('model card gate on the example project', () => {
  let result: GateResult;
  beforeAll(async () => {
    const repo = await makeExampleRepo();
    const configPath = join(EXAMPLE_PROJECT, '.github', 'ml-quality-gates.yml');
    const config = parseConfig(readFileSync(configPath, 'utf8'), '.github/ml-quality-gates.yml');
    result = await evaluateModelCard(modelCardSettings(config['model-card'] ?? {}, {}, repo.dir));
  });

  it('produces a valid result: one of three cards complete, gate fails', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    // 1 complete card of 3 models = 33.33...%
    expect(result.keyMetric).toMatchObject({ label: 'complete cards', unit: '%', threshold: 100 });
    expect(result.keyMetric?.value).toBeCloseTo(33.3333, 3);
    expect(result.metrics.cards).toMatchObject({ covered: 1, total: 3 });
  });

  it('passes the complete card: every figure in model-index and the table matches metrics.json', () => {
    const models = result.metrics.models as Array<{
      dir: string;
      status: string;
      changed: boolean;
      metrics?: unknown;
    }>;
    const classifier = models.find((m) => m.dir === 'models/churn-classifier');
    expect(classifier).toMatchObject({ status: 'pass', changed: true });
    // metrics.json has test.accuracy, test.f1, test.roc_auc: all three checked, none off.
    expect(classifier?.metrics).toEqual({
      file: 'models/churn-classifier/metrics.json',
      checked: 3,
      mismatched: 0,
      missing: 0,
    });
    expect(
      result.findings.filter((f) => f.path?.startsWith('models/churn-classifier') && f.severity !== 'notice'),
    ).toEqual([]);
  });

  it('lists the placeholder card’s problems with lines (counted by hand from the card)', () => {
    const ranker = result.findings.filter((f) => f.path === 'models/churn-ranker/README.md');
    const byRule = (rule: string) => ranker.filter((f) => f.rule === rule).map((f) => f.line);
    // [More Information Needed] 15, TODO 19, TBD 29, Lorem ipsum 39
    expect(byRule('model-card/placeholder')).toEqual([15, 19, 29, 39]);
    // Intended Use (13), Evaluation Data (27), Quantitative Analyses (35): nothing but placeholders
    expect(byRule('model-card/section-empty')).toEqual([13, 27, 35]);
    // Metrics (21) "Metric Value Accuracy 0.871" = 4 words; Ethical (37) "dolor sit amet" = 3; Caveats (41) 3
    expect(byRule('model-card/section-too-short')).toEqual([21, 37, 41]);
    // The table says 0.871 (line 25); metrics.json says test.accuracy 0.862.
    expect(byRule('model-card/metric-mismatch')).toEqual([25]);
  });

  it('reports the model without a card, which the pull request adds, with the fix', () => {
    const missing = result.findings.find((f) => f.rule === 'model-card/missing');
    expect(missing).toMatchObject({ path: 'models/churn-uplift', severity: 'error' });
    expect(missing?.message).toContain('this pull request changes it');
    expect(missing?.fix).toContain('models/churn-uplift/README.md');
    const models = result.metrics.models as Array<{
      dir: string;
      checklist: Array<{ item: string; ok: boolean }>;
    }>;
    expect(models.find((m) => m.dir === 'models/churn-uplift')?.checklist).toEqual([
      { item: 'card present and readable', ok: false, fix: missing?.fix },
    ]);
  });
});

describe('model card gate without a base', () => {
  it('names the card-update rule as not measured: a warning locally, an error in a pull request', async () => {
    const repo = await makeExampleRepo();
    // Only the complete card, so nothing else decides the status.
    const config = { models: 'models/churn-classifier/', markers: 'no-such-marker', preset: 'none' as const };
    const local = await evaluateModelCard(modelCardSettings(config, {}, repo.dir));
    expect(local.status).toBe('warn');
    expect(local.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        rule: 'model-card/not-measured',
        message: 'card updates of changed models: not measured (no base ref)',
      }),
    );
    const inPr = await evaluateModelCard(modelCardSettings(config, {}, repo.dir, { inPullRequest: true }));
    expect(inPr.status).toBe('error');
    const withBase = await evaluateModelCard(modelCardSettings(config, { base: repo.base }, repo.dir));
    expect(withBase.status).toBe('pass');
  });
});
