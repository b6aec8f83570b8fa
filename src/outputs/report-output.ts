import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Verdict } from '../report/verdict.js';
import { type GateResult, resultId } from '../result/types.js';
import { CONTEXT_FILE, type ResultsContext } from './results-context.js';

/** The combined report document (`report-file`): the verdict and every result it was made of. */
export interface ReportDocument {
  schemaVersion: 1;
  status: Verdict['status'];
  blocking: boolean;
  conclusion: Verdict['conclusion'];
  failedGates: string[];
  blockingGates: string[];
  target: { repository: string; sha?: string; pullRequest?: number; event: string };
  results: GateResult[];
}

/** Files the report writes: the JSON document and the full Markdown beside it. */
export interface ReportFiles {
  json: string;
  markdown: string;
}

/**
 * Writes the report document and its full Markdown. In a workflow they go to
 * `$RUNNER_TEMP/ml-quality-gates-report/` — not the gates' own directory, which the next
 * report would read as results.
 */
export async function writeReportFiles(
  document: ReportDocument,
  markdown: string,
  where: { output?: string; cwd: string; runnerTemp?: string },
): Promise<ReportFiles | undefined> {
  const json = where.output
    ? resolve(where.cwd, where.output)
    : where.runnerTemp
      ? join(where.runnerTemp, 'ml-quality-gates-report', 'report.json')
      : undefined;
  if (!json) return undefined;
  const md = json.replace(/\.json$/i, '') + '.md';
  await mkdir(dirname(json), { recursive: true });
  await writeFile(json, `${JSON.stringify(document, null, 2)}\n`);
  await writeFile(md, markdown);
  return { json, markdown: md };
}

/**
 * Prepares the directory a later `actions/upload-artifact` step uploads: every accepted
 * result plus a context file naming the PR and head commit. Returns the directory.
 */
export async function prepareUploadDir(
  results: readonly GateResult[],
  context: ResultsContext,
  runnerTemp: string,
): Promise<string> {
  const dir = join(runnerTemp, 'ml-quality-gates-upload');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const result of results) {
    // The report's own problems travel too, so the far side cannot read them as a pass.
    const sent = result.gate === 'report' ? { ...result, id: 'pull-request-report' } : result;
    await writeFile(join(dir, `${resultId(sent)}.json`), `${JSON.stringify(sent, null, 2)}\n`);
  }
  await writeFile(join(dir, CONTEXT_FILE), `${JSON.stringify(context, null, 2)}\n`);
  return dir;
}
