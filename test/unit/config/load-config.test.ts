import type { CoverageConfig } from '../../../src/gates/coverage/config.generated.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import { ConfigurationError } from '../../../src/util/errors.js';

describe('parseConfig', () => {
  it('accepts a full coverage section', () => {
    const config = parseConfig(
      `version: 1
coverage:
  reports: [reports/coverage.xml, "web/**/lcov.info"]
  base: origin/main
  exclude: "**/migrations/**"
  path-map: [{ from: /app/, to: src/ }]
  thresholds: { lines: 80, branches: 60.5, patch: 90, file: 50 }
  min-changed-lines: 5
  paths:
    - glob: src/serving/**
      lines: 95
  baseline: { file: baseline/coverage.json, max-drop: 0.5 }
`,
      'c.yml',
    );
    expect((config.coverage as CoverageConfig).thresholds?.branches).toBe(60.5);
    expect((config.coverage as CoverageConfig).paths?.[0]?.glob).toBe('src/serving/**');
  });

  it('names the file, line, key, bad value and what is allowed', () => {
    const text = 'coverage:\n  thresholds:\n    lines: 80\n    patch: "ninety"\n';
    expect(() => parseConfig(text, '.github/ml-quality-gates.yml')).toThrow(
      '.github/ml-quality-gates.yml:4: coverage.thresholds.patch: "ninety" is not allowed; expected number',
    );
  });

  it('lists the allowed keys for an unknown key', () => {
    expect(() => parseConfig('coverage:\n  treshold: 3\n', 'c.yml')).toThrow(
      /c\.yml:2: coverage\.treshold: unknown key "treshold"; allowed here: enabled, reports, root, base/,
    );
  });

  it('rejects a percentage above 100', () => {
    expect(() => parseConfig('coverage:\n  thresholds: { lines: 180 }\n', 'c.yml')).toThrow(
      /coverage\.thresholds\.lines: 180 is not allowed; must be <= 100/,
    );
  });

  it('rejects a config that is not a mapping', () => {
    expect(() => parseConfig('- a\n- b\n', 'c.yml')).toThrow(
      /\(top level\): \["a","b"\] is not allowed; expected object/,
    );
  });

  it('reports YAML syntax errors as configuration errors', () => {
    expect(() => parseConfig('coverage: [\n', 'c.yml')).toThrow(ConfigurationError);
  });

  it('treats an empty file as an empty config', () => {
    expect(parseConfig('', 'c.yml')).toEqual({});
  });
});

describe('loadConfig', () => {
  it('returns no config when the default file is absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-'));
    expect(await loadConfig(undefined, dir)).toEqual({ config: {} });
  });

  it('fails when a named config file is absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-'));
    await expect(loadConfig('nope.yml', dir)).rejects.toThrow(/cannot read config file nope\.yml: ENOENT/);
  });

  it('reads the default location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'ml-quality-gates.yml'), 'coverage:\n  reports: a.xml\n');
    expect(await loadConfig(undefined, dir)).toEqual({
      config: { coverage: { reports: 'a.xml' } },
      path: '.github/ml-quality-gates.yml',
    });
  });
});

describe('paths in the config stay inside the repository', () => {
  it.each([
    ['coverage:\n  reports: ../../outside/*.xml\n', 'coverage.reports'],
    ['data-schema:\n  datasets: [data/*.csv, /etc/passwd]\n', 'data-schema.datasets[1]'],
    ['model-card:\n  metrics: { file: "models/../../x.json" }\n', 'model-card.metrics.file'],
    [
      'registry-approval:\n  file: { path: C:/registry.yml, approvers: [a] }\n',
      'registry-approval.file.path',
    ],
    ['report:\n  results: "!../x"\n', 'report.results'],
  ])('refuses %j at %s, naming the line', (text, key) => {
    expect(() => parseConfig(text, 'c.yml')).toThrow(
      new RegExp(`c\\.yml:\\d+: ${key.replace(/[.[\]]/g, '\\$&')}: .*must stay inside the repository`),
    );
  });

  it('accepts relative paths, globs with ** and negations, and names that merely contain dots', () => {
    expect(() =>
      parseConfig(
        'coverage:\n  reports: ["reports/**/*.xml", "!reports/tmp/**", "a..b/c.xml", ".coverage/x.xml"]\n',
        'c.yml',
      ),
    ).not.toThrow();
  });
});
