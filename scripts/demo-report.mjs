// The report the demo produces, as Markdown: the example project's pull request judged by every
// gate with the committed bundle (dist/cli.js), then combined by `report`, exactly as a workflow
// does (without posting). scripts/docs.mjs screenshots it for the README, and a test holds
// docs/report-comment.md to it, so the README's picture cannot go stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExampleRepo } from './make-example-repo.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The demo's combined report as Markdown (the comment's rendering, without the verdict line). */
export async function demoReportMarkdown() {
  const dir = mkdtempSync(join(tmpdir(), 'mlqg-demo-report-'));
  try {
    const repo = await makeExampleRepo(join(dir, 'ml-project'));
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir };
    const run = spawnSync(process.execPath, [cli, 'run', '--format', 'json'], {
      cwd: repo.dir,
      env,
      encoding: 'utf8',
    });
    if (run.status === null || run.status > 2) throw new Error(`run failed: ${run.stderr}`);
    const { results } = JSON.parse(run.stdout);
    const resultsDir = join(repo.dir, 'results');
    mkdirSync(resultsDir);
    for (const result of results)
      writeFileSync(join(resultsDir, `${result.id ?? result.gate}.json`), JSON.stringify(result));
    const report = spawnSync(
      process.execPath,
      [cli, 'report', '--results', 'results', '--format', 'markdown', '--max-findings', '5'],
      { cwd: repo.dir, env, encoding: 'utf8' },
    );
    if (report.status === null || report.status > 2) throw new Error(`report failed: ${report.stderr}`);
    return report.stdout.replace(/\n+Verdict: .*\n$/, '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
