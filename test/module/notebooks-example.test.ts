import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTEBOOKS_GATE } from '../../src/gates/notebooks/gate.js';
import type { GateContext } from '../../src/result/gate.js';
import type { GateResult } from '../../src/result/types.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { EXAMPLE_PROJECT } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The `notebooks:` section the example project's .github/ml-quality-gates.yml is to carry: its
 * notebooks are stripped, except the reports, which keep the outputs of a full run.
 */
const SECTION = {
  paths: ['notebooks/**/*.ipynb'],
  outputs: 'stripped',
  policies: [{ glob: 'notebooks/reports/**', outputs: 'executed' }],
};

/**
 * The notebooks gate on the example project through the gate contract (settings, then
 * evaluate). notebooks/explore-churn.ipynb is clean and stripped; notebooks/reports/
 * churn-drivers.ipynb was run out of order, keeps an (obviously fake) key, a /Users/ path in
 * its source and in pip's output, and an unpinned `!pip install`.
 */
describe('notebooks gate on the example project', () => {
  let result: GateResult;
  let ctx: GateContext;
  beforeAll(async () => {
    const repo = await makeExampleRepo();
    ctx = {
      cwd: repo.dir,
      env: {},
      event: { name: 'local', release: false },
      now: new Date('2024-06-05T00:00:00Z'),
    };
    result = await NOTEBOOKS_GATE.evaluate(await NOTEBOOKS_GATE.settings(SECTION, {}, ctx), ctx);
  });

  it('uses the section the example config carries, once it carries one', () => {
    const config = load(
      readFileSync(join(EXAMPLE_PROJECT, '.github', 'ml-quality-gates.yml'), 'utf8'),
    ) as Record<string, unknown>;
    if (config.notebooks !== undefined) expect(config.notebooks).toEqual(SECTION);
  });

  it('produces a valid result: one of two notebooks clean, the gate fails', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    // 1 clean notebook of 2 = 50 %.
    expect(result.keyMetric).toEqual({ label: 'clean notebooks', value: 50, unit: '%', threshold: 100 });
    expect(result.metrics.policies).toEqual({ stripped: 1, executed: 1, any: 0 });
    expect(result.title).toBe('Notebooks need work: 1 of 2 notebook(s) clean (50.00%)');
  });

  it('finds nothing in the clean notebook', () => {
    expect(result.findings.filter((f) => f.path === 'notebooks/explore-churn.ipynb')).toEqual([]);
  });

  it('lists the report notebook’s problems at their lines (read off the .ipynb file)', () => {
    const findings = result.findings.filter((f) => f.path === 'notebooks/reports/churn-drivers.ipynb');
    // Errors first, then warnings, each by line. Lines in churn-drivers.ipynb: 15 is cell 2's
    // "execution_count": 5 (the code cells' counts are 5, 1, 4, 2); 68 the WANDB_API_KEY line
    // (cell 4, line 1); 23 pip's output naming /Users/dana (twice); 29 the !pip install line;
    // 42 RAW_EXPORT = '/Users/dana/…' (cell 3, line 4).
    expect(findings.map((f) => [f.severity, f.rule, f.line, f.message])).toEqual([
      [
        'error',
        'notebooks/out-of-order',
        15,
        "Cell 2 has execution count 5 where a top-to-bottom run gives 1: the code cells' counts are [5, 1, 4, 2], not 1, 2, 3 … in order.",
      ],
      [
        'error',
        'notebooks/secret',
        68,
        'Cell 4, line 1: a credential assigned to WANDB_API_KEY (WANDB_API_KEY = "…fXYZ") is in the source.',
      ],
      [
        'warning',
        'notebooks/local-path',
        23,
        "Cell 2, output 1 (stream stdout), line 1: the absolute path `/Users/dana/…` shows someone's machine (2 such paths in this output).",
      ],
      [
        'warning',
        'notebooks/unpinned-install',
        29,
        'Cell 2, line 1: `!pip install pandas matplotlib` installs pandas, matplotlib without an exact version.',
      ],
      [
        'warning',
        'notebooks/local-path',
        42,
        'Cell 3, line 4: the absolute path `/Users/dana/…` exists only on one machine.',
      ],
    ]);
    for (const f of findings) expect(f.fix).toBeTruthy();
    // The key's value is never quoted: only its last four characters.
    expect(JSON.stringify(result)).not.toContain('FAKE-demo-key');
  });

  it('judges only what a pull request changed, with changed-only (the example PR changes no notebook)', async () => {
    const changed = await NOTEBOOKS_GATE.evaluate(
      await NOTEBOOKS_GATE.settings({ ...SECTION, 'changed-only': true, base: 'main' }, {}, ctx),
      ctx,
    );
    expectValidResult(changed);
    expect(changed.status).toBe('pass');
    expect(changed.title).toBe('Notebooks: no notebook changed');
    expect(changed.metrics).toMatchObject({ scope: 'changed', base: 'main' });
    expect(changed.keyMetric?.value).toBeNull();
  });
});
