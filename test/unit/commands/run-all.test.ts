import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/commands/dispatch.js';
import { EXAMPLE_PROJECT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'mlqg-run-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A checkout with the example's coverage report and one valid dataset, and a config of two gates. */
function workspace(config: string): string {
  const ws = mkdtempSync(join(dir, 'ws-'));
  mkdirSync(join(ws, 'reports'));
  cpSync(join(EXAMPLE_PROJECT, 'reports', 'coverage.xml'), join(ws, 'reports', 'coverage.xml'));
  // The sources the report measures: a report whose paths match no file is an error.
  cpSync(join(EXAMPLE_PROJECT, 'src'), join(ws, 'src'), { recursive: true });
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(ws, 'data', 'a.csv'), 'id,score\n1,0.5\n2,0.7\n');
  writeFileSync(
    join(ws, 'data', 'a.schema.json'),
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'score', type: 'number' },
      ],
    }),
  );
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github', 'ml-quality-gates.yml'), config);
  return ws;
}

async function run(cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(['run'], {
    cwd,
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('ml-quality-gates run', () => {
  // Coverage runs first and fails (the example's lines are 301/375 = 80.26% < 99%); data-schema
  // runs last and passes. The run's status and exit code are the worst, not the last.
  const config = `coverage:\n  reports: reports/coverage.xml\n  thresholds: { lines: 99 }\ndata-schema:\n  datasets: 'data/*.csv'\n  compatibility: none\n`;

  it('exits with the worst status over the gates, not the last one', async () => {
    const out = await run(workspace(config));
    expect(out.stdout).toMatch(/^FAIL {2}coverage:/m);
    expect(out.stdout).toMatch(/^PASS {2}data-schema:/m);
    expect(out.stdout).toMatch(/Overall: FAIL \(2 gate\(s\)\)/);
    expect(out.code).toBe(1);
  });

  it('judges every gate when one crashes, and exits 2 with the crashed gate as an error', async () => {
    const out = await run(workspace(config), { MLQG_FAULT_INJECTION: 'crash:coverage' });
    expect(out.stdout).toMatch(/^ERROR {2}coverage: Internal error in gate coverage/m);
    expect(out.stdout).toMatch(/^PASS {2}data-schema:/m);
    expect(out.code).toBe(2);
  });

  it('a passing gate alone passes (the worst of one is itself)', async () => {
    const out = await run(workspace(`data-schema:\n  datasets: 'data/*.csv'\n  compatibility: none\n`));
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Overall: PASS/);
  });
});
