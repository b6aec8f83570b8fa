import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { renderGateMarkdown } from '../report/render-gate.js';
import { annotationCommand, neutralizeCommands } from './log-escape.js';
import { renderGateText } from '../report/render-text.js';
import { formatPercent, isRatio } from '../result/percent.js';
import { type Finding, type GateResult, resultId } from '../result/types.js';

/** GitHub shows at most 10 annotations of each level per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;

/**
 * The directory every gate step of a job writes its result to, and the report reads from:
 * `$RUNNER_TEMP/ml-quality-gates` (undefined outside a runner).
 */
export function jobResultsDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'ml-quality-gates') : undefined;
}

/** Where and how a result is published. */
export interface PublishOptions {
  format: 'text' | 'json' | 'markdown';
  /** Also write the JSON result document here. */
  output?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  /** Prefix for step outputs (`coverage-` when several gates share one step). */
  outputPrefix?: string;
  /** Emit annotations (default true); off when the caller reports the error itself. */
  annotate?: boolean;
  /** Write the job summary section (default true); off when a report step writes one for all gates. */
  summary?: boolean;
}

/**
 * Publishes a gate result: stdout in the chosen format, the `--output` file, and inside a
 * GitHub Actions job the result file under $RUNNER_TEMP, step outputs, the job summary and
 * annotations.
 */
export async function publishResult(result: GateResult, options: PublishOptions): Promise<void> {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const inActions = options.env.GITHUB_ACTIONS === 'true';
  // In a workflow the runner reads commands from stdout: text from the repository cannot start one.
  const print = (text: string) => {
    options.stdout(inActions ? neutralizeCommands(text) : text);
  };
  if (options.format === 'json') print(json);
  else if (options.format === 'markdown') print(renderGateMarkdown(result));
  else print(renderGateText(result));

  if (options.output) await writeFileDeep(resolve(options.cwd, options.output), json);
  if (inActions) {
    await publishToActions(result, json, options.env, {
      prefix: options.outputPrefix ?? '',
      annotate: options.annotate ?? true,
      summary: options.summary ?? true,
    });
  }
}

async function publishToActions(
  result: GateResult,
  json: string,
  env: NodeJS.ProcessEnv,
  { prefix, annotate: withAnnotations, summary }: { prefix: string; annotate: boolean; summary: boolean },
): Promise<void> {
  // @actions/core (and the HTTP client it bundles) loads only inside a workflow.
  const core = await import('@actions/core');
  const dir = jobResultsDir(env);
  let resultFile = '';
  if (dir) {
    resultFile = join(dir, `${resultId(result)}.json`);
    await writeFileDeep(resultFile, json);
  }
  await setStepOutputs(
    env,
    Object.fromEntries(
      Object.entries({ status: result.status, 'result-file': resultFile, ...metricOutputs(result) }).map(
        ([name, value]) => [`${prefix}${name}`, value],
      ),
    ),
  );
  if (summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGateMarkdown(result), true).write();
  if (withAnnotations) annotate(result.findings);
}

/** Sets step outputs when running in a workflow step: the one way outputs are written. */
export async function setStepOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): Promise<void> {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_OUTPUT) return;
  const core = await import('@actions/core');
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** `<metric>-percent` (display rounding) plus covered/total for every ratio metric. */
export function metricOutputs(result: GateResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.metrics)) {
    if (!isRatio(value)) continue;
    const r = value;
    out[`${name}-percent`] = r.percent === null ? '' : formatPercent(r.percent).replace('%', '');
    out[`${name}-covered`] = String(r.covered);
    out[`${name}-total`] = String(r.total);
  }
  return out;
}

/**
 * Emits workflow-command annotations, within GitHub's per-step limits: findings with a path, and
 * errors without one (a missing report, a shallow clone), which must not go unseen.
 */
function annotate(findings: Finding[]): void {
  const used = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  const lines: string[] = [];
  for (const f of findings) {
    if (!f.path && f.severity !== 'error') continue;
    if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
      dropped++;
      continue;
    }
    used[f.severity]++;
    const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    // Every part is escaped for the command line (src/outputs/log-escape.ts): a path or message
    // from the repository cannot end the command or start another.
    lines.push(
      annotationCommand(level, f.fix ? `${f.message}\n${f.fix}` : f.message, {
        title: f.rule ?? 'ml-quality-gates',
        ...(f.path ? { file: f.path } : {}),
        ...(f.path && f.line !== undefined ? { line: f.line, endLine: f.endLine ?? f.line } : {}),
      }),
    );
  }
  if (dropped > 0) {
    lines.push(
      annotationCommand(
        'notice',
        `${dropped} more finding(s) with a location are listed in the job summary and the result file (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level per step).`,
        {},
      ),
    );
  }
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

async function writeFileDeep(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
