import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/commands/dispatch.js';
import { EXAMPLE_PROJECT } from '../../helpers/paths.js';
import { expectValidResult } from '../../helpers/result-schema.js';

/**
 * The example's reports and the sources they measure, outside any git repository and without its
 * config file (a report whose paths match no file is an error, so the sources come along).
 */
let reportsDir = '';
beforeAll(() => {
  reportsDir = mkdtempSync(join(tmpdir(), 'mlqg-cli-reports-'));
  for (const dir of ['reports', 'src', 'web', 'scripts'])
    cpSync(join(EXAMPLE_PROJECT, dir), join(reportsDir, dir), { recursive: true });
});

async function run(args: string[], cwd = reportsDir, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('ml-quality-gates CLI', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    expect((await run([])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: ml-quality-gates <gate>/);
    expect(help.stdout).toMatch(/coverage/);
  });

  it('rejects an unknown gate and an unknown option with exit 2 and no stack trace', async () => {
    const gate = await run(['coverag']);
    expect(gate.code).toBe(2);
    expect(gate.stderr).toMatch(
      /unknown gate "coverag" \(did you mean "coverage"\?\); available: run, report, coverage/,
    );
    const option = await run(['coverage', '--reprot', 'x.xml']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--reprot/);
    expect(option.stderr).toMatch(/Did you mean --report\?/);
    expect(option.stderr).not.toMatch(/\n\s+at /);
  });

  it('accepts --reports (the config key and env name) as --report', async () => {
    // Issue 12 (CLI): the same report through either spelling gives the same figures, 301/375
    // (as --report below); before, --reports was an unknown option (exit 2).
    const out = await run(['coverage', '--reports', 'reports/coverage.xml', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).metrics.lines).toMatchObject({ covered: 301, total: 375 });
  });

  it('prints the result document for --format json and exits 0 on pass', async () => {
    const out = await run(['coverage', '--report', 'reports/coverage.xml', '--format', 'json']);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout);
    expectValidResult(doc);
    expect(doc.metrics.lines).toMatchObject({ covered: 301, total: 375 });
  });

  it('exits 1 when a threshold fails, and writes --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-cli-'));
    const out = await run([
      'coverage',
      '--report',
      'reports/coverage.xml',
      '--min-lines',
      '90',
      '--output',
      join(dir, 'r.json'),
    ]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^FAIL {2}coverage: Coverage below threshold/);
    expect(out.stdout).toMatch(/Line coverage is 80\.26% \(301\/375\), below the minimum of 90%/);
    const written = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expectValidResult(written);
    expect(written.status).toBe('fail');
  });

  it('renders Markdown', async () => {
    const out = await run(['coverage', '--report', 'reports/coverage.xml', '--format', 'markdown']);
    expect(out.stdout).toMatch(/\| lines \| 80\.26% \| 301 \/ 375 \|/);
  });

  it('exits 2 with the file and line for a broken report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-cli-'));
    writeFileSync(join(dir, 'coverage.xml'), '<?xml version="1.0"?>\n<coverage>\n<packages>\n');
    const out = await run(['coverage', '--report', 'coverage.xml', '--format', 'json'], dir);
    expect(out.code).toBe(2);
    const doc = JSON.parse(out.stdout);
    expectValidResult(doc);
    expect(doc.status).toBe('error');
    expect(doc.findings[0].message).toMatch(/^coverage\.xml:\d+:\d+: malformed XML/);
  });

  it('exits 2 naming the key for a bad config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-cli-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github', 'ml-quality-gates.yml'),
      'coverage:\n  thresholds:\n    lines: high\n',
    );
    const out = await run(['coverage'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      '.github/ml-quality-gates.yml:3: coverage.thresholds.lines: "high" is not allowed; expected number',
    );
  });

  it('reads options from MLQG_* variables, as the composite actions pass them', async () => {
    const out = await run(['coverage', '--format', 'json'], reportsDir, {
      MLQG_REPORTS: 'reports/coverage.xml\nreports/web.lcov.info',
      MLQG_MIN_LINES: '',
      MLQG_EXCLUDE: 'web/test/**',
    });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).metrics.lines).toMatchObject({ covered: 439, total: 515 });
  });

  it('rejects a non-numeric threshold from the environment', async () => {
    const out = await run(['coverage'], reportsDir, {
      MLQG_REPORTS: 'reports/coverage.xml',
      MLQG_MIN_PATCH: 'ninety',
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /MLQG_MIN_PATCH \(the "min-patch" input\): "ninety" is not allowed; expected a number/,
    );
  });

  it('runs every configured gate with `run`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-cli-'));
    expect((await run(['run'], dir)).code).toBe(2);
  });
});
