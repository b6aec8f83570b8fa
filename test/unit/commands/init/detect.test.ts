import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCoverageReports, planCoverage } from '../../../../src/commands/init/detect-coverage.js';
import { detectData } from '../../../../src/commands/init/detect-data.js';
import { detectEvaluation } from '../../../../src/commands/init/detect-evaluation.js';
import { detectModels } from '../../../../src/commands/init/detect-models.js';
import { notebookState } from '../../../../src/commands/init/detect-notebooks.js';
import { pythonVersionFor } from '../../../../src/commands/init/project.js';
import { safeName, scanRepository } from '../../../../src/commands/init/scan.js';

const temp = mkdtempSync(join(tmpdir(), 'mlqg-init-unit-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

function tree(files: Record<string, string>): { root: string; files: string[] } {
  const root = mkdtempSync(join(temp, 'r-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, files: Object.keys(files).sort() };
}

describe('pythonVersionFor', () => {
  it.each([
    [undefined, '3.12'],
    ['requires-python = ">=3.10"', '3.12'],
    ['requires-python = ">=3.13"', '3.13'],
    ["requires-python = '>=3.9,<3.11'", '3.10'],
    ['requires-python = "~=3.8"', '3.12'],
  ])('%s → %s', (pyproject, version) => {
    expect(pythonVersionFor(pyproject)).toBe(version);
  });
});

describe('notebookState', () => {
  const code = (count: number | null, outputs: unknown[] = []) => ({
    cell_type: 'code',
    execution_count: count,
    outputs,
  });
  it.each([
    ['stripped', [code(null), { cell_type: 'markdown' }, code(null)]],
    ['executed', [code(1, [{ output_type: 'stream' }]), code(2)]],
    ['out-of-order', [code(2), code(1)]],
    ['out-of-order', [code(1), code(2, [{ output_type: 'error' }])]],
    ['out-of-order', [code(null, [{ output_type: 'stream' }])]],
  ])('%s', (state, cells) => {
    expect(notebookState({ cells })).toBe(state);
  });
  it('is unreadable without cells', () => {
    expect(notebookState(undefined)).toBe('unreadable');
    expect(notebookState({ cells: 'x' })).toBe('unreadable');
  });
});

describe('coverage reports', () => {
  it('are recognised by name and first bytes, not by name alone', async () => {
    const { root, files } = tree({
      'coverage.xml': '<?xml version="1.0" ?>\n<coverage version="7.6" line-rate="0.5">',
      'build/jacoco.xml': '<?xml version="1.0"?><!DOCTYPE report PUBLIC "x" "y"><report name="x">',
      'web/coverage/lcov.info': 'TN:\nSF:src/a.js\nDA:1,1\n',
      'web/coverage/coverage-final.json': '{"/x/a.js":{"path":"/x/a.js","statementMap":{}}}',
      'web/coverage/coverage-summary.json': '{"total":{}}',
      'coverage.json': '{"meta": {"version": "7.6"}, "files": {}}',
      'cover.out': 'mode: set\na.go:1.1,2.2 1 1\n',
      'docs/coverage.xml': '<html>not a report</html>',
      'tests/fixtures/coverage.xml': '<coverage version="1">',
    });
    const found = await findCoverageReports(root, files, new Set(['coverage.xml']));
    expect(found).toEqual([
      { path: 'build/jacoco.xml', format: 'JaCoCo', tracked: false },
      { path: 'cover.out', format: 'Go coverprofile', tracked: false },
      // coverage.json is the same coverage.py run as coverage.xml beside it: left out.
      { path: 'coverage.xml', format: 'Cobertura', tracked: true },
      // The summary is left out beside the full Istanbul file.
      { path: 'web/coverage/coverage-final.json', format: 'Istanbul', tracked: false },
      { path: 'web/coverage/lcov.info', format: 'LCOV', tracked: false },
    ]);
  });

  it('are planned: a Python project without reports gets coverage.xml from its pytest step', () => {
    const python = { manifest: 'pyproject.toml', install: 'pip install -e .', version: '3.12' };
    expect(planCoverage([], { defaultBranch: 'main', python })).toEqual({
      found: [],
      reports: ['coverage.xml'],
      pytestReport: 'coverage.xml',
      goReport: undefined,
      runTests: true,
    });
    expect(planCoverage([], { defaultBranch: 'main' })).toBeUndefined();
    const committed = [{ path: 'r/coverage.xml', format: 'Cobertura' as const, tracked: true }];
    expect(planCoverage(committed, { defaultBranch: 'main', python })).toMatchObject({
      reports: ['r/coverage.xml'],
      runTests: false,
    });
  });
});

describe('datasets', () => {
  it('gets a glob per folder and format with a contract; schema-less files there are excluded', async () => {
    const { root, files } = tree({
      'data/a.csv': 'x\n',
      'data/a.schema.json': '{}',
      'data/b.csv': 'x\n',
      'data/pkg/datapackage.json': JSON.stringify({ resources: [{ path: 'rows.jsonl', schema: {} }] }),
      'data/pkg/rows.jsonl': '{}\n',
      'data/one.json': '[]',
      'data/one.schema.yaml': 'type: array',
      'data/metrics.json': '{}',
      'tests/data/c.csv': 'x\n',
      'eval/predictions.csv': 'label,score\n',
    });
    expect(await detectData(root, files)).toEqual({
      datasets: ['data/*.csv', 'data/pkg/*.jsonl', 'data/one.json'],
      withSchema: ['data/a.csv', 'data/one.json', 'data/pkg/rows.jsonl'],
      excluded: ['data/b.csv'],
      ungated: ['tests/data/c.csv'],
    });
  });

  it('is not configured when no data file has a schema', async () => {
    const { root, files } = tree({ 'data/a.csv': 'x\n' });
    expect(await detectData(root, files)).toBeUndefined();
  });
});

describe('models and evaluations', () => {
  it('finds model folders by marker or card, with a glob only when every sibling is a model', async () => {
    const { root, files } = tree({
      'models/a/model.onnx': '',
      'models/a/README.md': '# Model Details\n# Intended Use\n',
      'models/b/README.md': '---\nlibrary_name: sklearn\n---\n# B\n',
      'models/b/metrics.json': '{}',
      'serving/model.pkl': '',
      'serving/app.py': '',
    });
    const found = await detectModels(root, files);
    expect(found?.models.map((m) => [m.dir, m.card])).toEqual([
      ['models/a', 'models/a/README.md'],
      ['models/b', 'models/b/README.md'],
      ['serving', undefined],
    ]);
    expect(found?.globs).toEqual(['models/*/', 'serving/']);
    expect(found?.metricsFile).toBe('{model}/metrics.json');
  });

  it('reads the task from the predictions header and pairs a champion file as the baseline', async () => {
    const { root, files } = tree({
      'eval/churn/predictions.csv': 'id,label,score\n1,0,0.2\n',
      'eval/churn/champion-predictions.csv': 'id,label,score\n1,0,0.3\n',
      'eval/churn/metrics.json': '{}',
      'eval/price-predictions.jsonl':
        '{"target": 1.5, "prediction": 1.4}\n{"target": 2.25, "prediction": 2}\n',
      'eval/odd_predictions.csv': 'a,b\n1,2\n',
    });
    expect(await detectEvaluation(root, files, [])).toEqual([
      {
        name: 'churn',
        predictions: 'eval/churn/predictions.csv',
        task: 'binary-classification',
        columns: { id: 'id' },
        metricsFile: 'eval/churn/metrics.json',
        baselinePredictions: 'eval/churn/champion-predictions.csv',
        path: undefined,
      },
      {
        name: 'odd',
        predictions: 'eval/odd_predictions.csv',
        columns: {},
        unsure: 'no label column (label, target, y, y_true, actual, truth)',
        metricsFile: undefined,
        baselinePredictions: undefined,
        path: undefined,
      },
      {
        name: 'price',
        predictions: 'eval/price-predictions.jsonl',
        task: 'regression',
        columns: { label: 'target' },
        metricsFile: undefined,
        baselinePredictions: undefined,
        path: undefined,
      },
    ]);
  });
});

describe('the scan', () => {
  it('skips tool folders, virtual environments and names that are not safe to write', async () => {
    const { root } = tree({
      'src/a.py': '',
      'node_modules/x/coverage.xml': '',
      'env/pyvenv.cfg': '',
      'env/lib/site.py': '',
      "odd'name.csv": '',
      'bad\nname.csv': '',
    });
    expect((await scanRepository(root)).files).toEqual(['src/a.py']);
    expect(safeName('a b.csv')).toBe(true);
    expect(safeName('$(x).csv')).toBe(false);
  });
});
