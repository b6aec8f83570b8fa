import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { NOTEBOOKS_GATE } from '../../../../src/gates/notebooks/gate.js';
import type { GateContext } from '../../../../src/result/gate.js';
import { ConfigurationError } from '../../../../src/util/errors.js';

const ctx = (baseRef?: string): GateContext => ({
  cwd: '/repo',
  env: {},
  event: baseRef
    ? { name: 'pull_request', release: false, pullRequest: { number: 7, baseRef, labels: [] } }
    : { name: 'local', release: false },
  now: new Date('2024-06-01T00:00:00Z'),
});

const settings = (section: unknown, options: Record<string, unknown> = {}, baseRef?: string) =>
  NOTEBOOKS_GATE.settings(section, options as never, ctx(baseRef));

describe('NOTEBOOKS_GATE', () => {
  it('describes its config section in valid draft-07, every key described', async () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    const validate = ajv.compile(await NOTEBOOKS_GATE.configSchema());
    const section = {
      enabled: true,
      paths: 'notebooks/**/*.ipynb',
      exclude: ['notebooks/vendor/**'],
      'changed-only': true,
      base: 'origin/main',
      outputs: 'stripped',
      policies: [{ glob: 'notebooks/reports/**', outputs: 'executed' }],
      'python-version': '>=3.10,<3.12',
      'max-notebook-kib': 2048,
      'max-output-kib': 300,
      'max-read-mib': 64,
      secrets: { entropy: 4, allow: ['^FAKE-'] },
      severity: { 'local-path': 'error', 'unpinned-install': 'off' },
      'max-findings-per-notebook': 50,
    };
    expect(validate(section), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ outputs: 'executed-ish' })).toBe(false);
    expect(validate({ severity: { secret: 'fatal' } })).toBe(false);
    expect(validate({ unknown: 1 })).toBe(false);
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof value.description !== 'string') undescribed.push(`${path}${key}`);
        walk(value, `${path}${key}.`);
        if (value.items && typeof value.items === 'object')
          walk(value.items as Record<string, unknown>, `${path}${key}[].`);
      }
    };
    walk(await NOTEBOOKS_GATE.configSchema(), '');
    expect(undescribed).toEqual([]);
  });

  it('has the options of its action, each described', () => {
    expect(NOTEBOOKS_GATE.id).toBe('notebooks');
    expect(NOTEBOOKS_GATE.options.map((o) => o.name)).toEqual([
      'paths',
      'exclude',
      'changed-only',
      'base',
      'outputs',
      'python-version',
      'max-notebook-kib',
      'max-output-kib',
    ]);
    for (const option of NOTEBOOKS_GATE.options) expect(option.description.length).toBeGreaterThan(10);
  });

  it('defaults to every notebook, stripped, with documented limits', async () => {
    expect(await settings(undefined)).toMatchObject({
      cwd: '/repo',
      paths: ['**/*.ipynb'],
      exclude: [],
      changedOnly: false,
      policies: [],
      defaultOutputs: 'stripped',
      maxNotebookBytes: 1024 * 1024,
      maxOutputBytes: 200 * 1024,
      maxReadBytes: 32 * 1024 * 1024,
      secretEntropy: 3.5,
      secretAllow: [],
      maxFindingsPerNotebook: 20,
    });
    expect((await settings(undefined)).base).toBeUndefined();
  });

  it('lets options override the config, and reads policies and severities', async () => {
    const s = await settings(
      {
        paths: ['a/**/*.ipynb'],
        outputs: 'executed',
        'max-notebook-kib': 10,
        policies: [{ glob: ['x/**', 'y/**'], outputs: 'any' }],
        severity: { 'local-path': 'off' },
      },
      { paths: 'b/**/*.ipynb', outputs: 'stripped', 'max-notebook-kib': 2, 'changed-only': true },
    );
    expect(s).toMatchObject({
      paths: ['b/**/*.ipynb'],
      defaultOutputs: 'stripped',
      maxNotebookBytes: 2048,
      changedOnly: true,
      policies: [{ globs: ['x/**', 'y/**'], outputs: 'any' }],
    });
    expect(s.severity['local-path']).toBe('off');
    expect(s.severity.secret).toBe('error');
  });

  it('takes the base from the option, else the config, else the pull request', async () => {
    expect((await settings({ base: 'main' }, { base: 'dev' }, 'release')).base).toEqual({
      ref: 'dev',
      source: 'option',
    });
    expect((await settings({ base: 'main' }, {}, 'release')).base).toEqual({ ref: 'main', source: 'config' });
    expect((await settings({}, {}, 'release')).base).toEqual({
      ref: 'origin/release',
      source: 'pull-request',
    });
  });

  it.each([
    [{ 'python-version': 'three' }, {}, 'notebooks.python-version: "three" is not a Python version'],
    [{}, { 'python-version': '>=x' }, '--python-version: ">=x" is not a Python version'],
    [
      { secrets: { allow: ['ok', '(unclosed'] } },
      {},
      'notebooks.secrets.allow[1]: "(unclosed" is not a regular expression',
    ],
    [{}, { outputs: 'kept' }, '--outputs: "kept" is not allowed; allowed: stripped, executed, any'],
    [{}, { 'max-output-kib': -1 }, '--max-output-kib: -1 is not allowed; expected a number of KiB above 0'],
    [{}, { 'changed-only': 'yes' }, '--changed-only: "yes" is not allowed; expected true or false'],
  ])('refuses %j / %j with a ConfigurationError naming the key', async (section, options, message) => {
    const attempt = async () => settings(section, options);
    await expect(attempt()).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt()).rejects.toThrow(message);
  });
});
