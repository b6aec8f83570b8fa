import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import type { ActionTemplate } from '@actions/workflow-parser/actions/index';
import type { ActionStep, RunStep, Step } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { simulateUploadArtifact, UPLOAD_ARTIFACT_INPUTS } from './upload-artifact.js';
import {
  createRunnerDirs,
  createStepFiles,
  exec,
  type GithubValues,
  githubValues,
  parseOutputFile,
  parseWorkflowCommands,
  type RunActionOptions,
  type RunActionResult,
  type RunnerDirs,
  runnerEnvironment,
  shellCommand,
  type UploadedArtifact,
} from './runner-env.js';

export {
  type Annotation,
  parseOutputFile,
  parseWorkflowCommands,
  type RunActionOptions,
  type RunActionResult,
  type UploadedArtifact,
} from './runner-env.js';

// The workflow parser imports its JSON schemas without import attributes; vitest.config.ts
// inlines the package so vite's transform handles them.
const wp = await import('@actions/workflow-parser');
const wpActions = await import('@actions/workflow-parser/actions/index');

/** Token type guards of @actions/workflow-parser (import them from here: the package needs the hook above). */
export const tokens = {
  isBasicExpression: wp.isBasicExpression,
  isMapping: wp.isMapping,
  isString: wp.isString,
};

/** A parsed action.yml: the typed template, each step's raw mapping (for shell etc.), and errors. */
export interface LoadedAction {
  template: ActionTemplate;
  rawSteps: MappingToken[];
  errors: string[];
}

/** Parses and validates `<actionDir>/action.yml` (or `action.yaml`) with @actions/workflow-parser. */
export function loadAction(actionDir: string): LoadedAction {
  const name = ['action.yml', 'action.yaml'].map((n) => join(actionDir, n)).find((p) => existsSync(p));
  if (!name) throw new Error(`no action.yml in ${actionDir}`);
  const file = { name, content: readFileSync(name, 'utf8') };
  const parsed = wpActions.parseAction(file, new wp.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const root = parsed.value;
  if (!root || errors.length > 0) return { template: {} as ActionTemplate, rawSteps: [], errors };
  const template = wpActions.convertActionTemplate(parsed.context, root);
  const rawSteps: MappingToken[] = [];
  const runs = wp.isMapping(root) ? root.find('runs') : undefined;
  const steps = runs && wp.isMapping(runs) ? runs.find('steps') : undefined;
  if (steps && wp.isSequence(steps)) for (const s of steps) if (wp.isMapping(s)) rawSteps.push(s);
  return { template, rawSteps, errors };
}

/**
 * The text of a `run:` script exactly as written, or a throw when it contains `${{`: the runner
 * would paste the value into the script (script injection). Inputs must arrive through `env:`.
 */
export function runScriptOf(token: TemplateToken, where: string): string {
  const source = wp.isBasicExpression(token)
    ? token.source
    : wp.isString(token)
      ? token.value
      : JSON.stringify(token);
  if (wp.isBasicExpression(token) || (source ?? '').includes('${{')) {
    throw new Error(`${where}: run: contains \${{ }}; pass values through env: and use "$VAR" instead`);
  }
  return source ?? '';
}

type Contexts = Record<string, unknown>;
const CONTEXT_NAMES = ['inputs', 'github', 'env', 'runner', 'steps', 'job', 'strategy', 'matrix'];

/** Evaluates one expression (without `${{ }}`) against plain-JSON contexts. */
export function evaluateExpression(
  expression: string,
  contexts: Contexts,
  failed = false,
): data.ExpressionData {
  const fn = (name: string, value: boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value),
  });
  const status = [fn('success', !failed), fn('failure', failed), fn('always', true), fn('cancelled', false)];
  const tree = new Parser(new Lexer(expression).lex().tokens, CONTEXT_NAMES, status).parse();
  const ctx = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(tree, ctx, new Map(status.map((f) => [f.name, f]))).evaluate();
}

function evaluateToString(token: TemplateToken | undefined, contexts: Contexts): string {
  if (!token) return '';
  if (wp.isBasicExpression(token)) {
    const value = evaluateExpression(token.expression, contexts);
    return value.kind === data.Kind.Dictionary || value.kind === data.Kind.Array
      ? JSON.stringify(value, data.replacer)
      : value.coerceString();
  }
  return wp.isLiteral(token) && !wp.isString(token)
    ? token.toString()
    : wp.isString(token)
      ? token.value
      : '';
}

function continueOnError(step: Pick<RunStep, 'continue-on-error'>, contexts: Contexts): boolean {
  const value = step['continue-on-error'];
  if (value === undefined || typeof value === 'boolean') return value === true;
  if (wp.isBasicExpression(value)) return truthy(evaluateExpression(value.expression, contexts));
  return /^true$/i.test(value.toString());
}

/** Mutable state of one simulated job while the steps run. */
interface Job {
  dirs: RunnerDirs;
  options: RunActionOptions;
  inputs: Record<string, string>;
  github: GithubValues;
  runner: Record<string, string>;
  /** Variables every step's process gets (runner's, caller's, GITHUB_ENV additions). */
  processEnv: Record<string, string>;
  /** The `env` context: the caller's env plus GITHUB_ENV additions. */
  env: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  artifacts: UploadedArtifact[];
  /** Artifacts created so far, including replaced ones (for artifact ids). */
  uploads: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  summary: string;
}

const contextsOf = (job: Job): Contexts => ({
  inputs: job.inputs,
  github: job.github,
  runner: job.runner,
  env: job.env,
  steps: job.steps,
});

/** A step ready to run: a `run:` script, or the one `uses:` action the runner simulates. */
type RunnableStep =
  | { kind: 'run'; step: RunStep; raw: MappingToken; script: string }
  | { kind: 'upload-artifact'; step: ActionStep; raw: MappingToken; with: Array<[string, TemplateToken]> };

/** The only action a step may use: actions/upload-artifact pinned to a full commit SHA. */
const UPLOAD_ARTIFACT = /^actions\/upload-artifact@[0-9a-f]{40}$/;

/**
 * Checks a `uses:` step: only `actions/upload-artifact@<40-hex sha>` is simulated, and actions
 * must be pinned by SHA (a tag or branch can be moved to other code); its `with:` keys must be
 * inputs the action declares (the runner would only warn, and the value would be lost).
 */
export function usesStepOf(uses: string, withToken: TemplateToken | undefined, where: string) {
  if (!UPLOAD_ARTIFACT.test(uses)) {
    const [action = '', ref] = uses.split('@');
    if (action === 'actions/upload-artifact') {
      throw new Error(
        `${where}: uses: ${uses} is not pinned by SHA; pin actions to a full 40-character commit SHA ` +
          `(actions/upload-artifact@<sha> # v4.x.y), not ${ref === undefined ? 'no ref' : `the ref "${ref}"`}`,
      );
    }
    throw new Error(
      `${where}: uses: ${uses} is not supported by the test runner (it simulates only actions/upload-artifact@<40-hex sha>)`,
    );
  }
  if (withToken !== undefined && !wp.isMapping(withToken))
    throw new Error(`${where}: with: must be a mapping`);
  const entries: Array<[string, TemplateToken]> = [];
  for (const { key, value } of withToken ?? []) {
    const name = key.toString();
    if (!(name in UPLOAD_ARTIFACT_INPUTS)) {
      const valid = Object.keys(UPLOAD_ARTIFACT_INPUTS).join(', ');
      throw new Error(`${where}: actions/upload-artifact has no input "${name}" (valid inputs: ${valid})`);
    }
    entries.push([name, value]);
  }
  return entries;
}

function runnableStep(step: Step, raw: MappingToken, where: string): RunnableStep {
  if ('run' in step) return { kind: 'run', step, raw, script: runScriptOf(step.run, where) };
  if ('uses' in step) {
    return { kind: 'upload-artifact', step, raw, with: usesStepOf(step.uses.value, raw.find('with'), where) };
  }
  throw new Error(`${where}: only run: and uses: steps are supported by the test runner`);
}

/** Validates the action for this runner and returns its steps, ready to run. */
function runnableSteps(dir: string): { template: ActionTemplate; steps: RunnableStep[] } {
  const { template, rawSteps, errors } = loadAction(dir);
  if (errors.length > 0) throw new Error(`${dir}/action.yml is invalid:\n${errors.join('\n')}`);
  const runs = template.runs;
  if (runs.using !== 'composite') throw new Error(`runs.using is ${JSON.stringify(runs)}, not composite`);
  if (runs.steps.length !== rawSteps.length) throw new Error(`${dir}/action.yml: unreadable steps`);
  return {
    template,
    steps: runs.steps.map((s, i) => runnableStep(s, rawSteps[i] as MappingToken, `step ${s.id || i + 1}`)),
  };
}

/** Given inputs, else each input's `default` (evaluated); an undeclared input throws. */
function resolveInputs(template: ActionTemplate, given: Record<string, string>, contexts: Contexts) {
  const declared = new Set((template.inputs ?? []).map((i) => i.id));
  const unknown = Object.keys(given).filter((k) => !declared.has(k));
  if (unknown.length > 0) throw new Error(`unexpected input(s): ${unknown.join(', ')}`);
  const inputs: Record<string, string> = {};
  for (const input of template.inputs ?? []) {
    inputs[input.id] = given[input.id] ?? evaluateToString(input.default, contexts);
  }
  return inputs;
}

/** Runs one step if its `if` holds; records its outputs and outcome in `job`. */
async function runStep(job: Job, runnable: RunnableStep, index: number) {
  const { step } = runnable;
  const id = step.id || `__run_${index}`;
  if (!truthy(evaluateExpression(step.if.expression, contextsOf(job), job.exitCode !== 0))) {
    job.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
    return;
  }
  const run = runnable.kind === 'run' ? await runScript(job, runnable, index) : uploadArtifact(job, runnable);
  const tolerated = continueOnError(step, contextsOf(job));
  const conclusion = run.code === 0 || tolerated ? 'success' : 'failure';
  job.steps[id] = { outputs: run.outputs, outcome: run.code === 0 ? 'success' : 'failure', conclusion };
  // Like the runner, later steps still run their `if` (where success() is now false).
  if (conclusion === 'failure' && job.exitCode === 0) job.exitCode = run.code;
}

/** A `run:` step: its env and working directory evaluated, the script run with its shell. */
async function runScript(
  job: Job,
  { step, raw, script }: Extract<RunnableStep, { kind: 'run' }>,
  index: number,
): Promise<{ code: number; outputs: Record<string, string> }> {
  const stepEnv: Record<string, string> = {};
  for (const { key, value } of step.env ?? [])
    stepEnv[key.toString()] = evaluateToString(value, contextsOf(job));
  const cwd = resolve(
    job.options.workspace,
    evaluateToString(raw.find('working-directory'), contextsOf(job)),
  );
  const files = createStepFiles(job.dirs, index);
  const scriptPath = join(job.dirs.temp, `${randomUUID()}.sh`);
  writeFileSync(scriptPath, script);
  const command = shellCommand(evaluateToString(raw.find('shell'), contextsOf(job)), scriptPath);
  const env = { ...job.processEnv, ...stepEnv, ...files };
  const run = await exec(command, cwd, env, job.options.timeoutMs ?? 120_000);
  job.stdout += run.stdout;
  job.stderr += run.stderr;
  return { code: run.code, outputs: applyFileCommands(job, files) };
}

/** An `actions/upload-artifact` step: `with:` evaluated, the upload simulated (upload-artifact.ts). */
function uploadArtifact(
  job: Job,
  runnable: Extract<RunnableStep, { kind: 'upload-artifact' }>,
): { code: number; outputs: Record<string, string> } {
  const given = Object.fromEntries(
    runnable.with.map(([name, token]) => [name, evaluateToString(token, contextsOf(job))]),
  );
  const result = simulateUploadArtifact(given, {
    workspace: job.options.workspace,
    home: job.dirs.home,
    env: job.processEnv,
    uploaded: job.artifacts,
    nextId: 1000 + job.uploads + 1,
  });
  job.stdout += result.stdout;
  const { artifact } = result;
  if (artifact) {
    job.uploads += 1;
    const same = job.artifacts.findIndex((a) => a.name === artifact.name);
    if (same >= 0) job.artifacts[same] = artifact;
    else job.artifacts.push(artifact);
  }
  return { code: result.code, outputs: result.outputs };
}

/** Reads a step's file commands: appends its summary, applies GITHUB_ENV/PATH, returns outputs. */
function applyFileCommands(job: Job, files: Record<string, string>): Record<string, string> {
  const read = (name: string) => readFileSync(files[name] ?? '', 'utf8');
  job.summary += read('GITHUB_STEP_SUMMARY');
  const added = parseOutputFile(read('GITHUB_ENV'));
  Object.assign(job.processEnv, added);
  Object.assign(job.env, added);
  const paths = read('GITHUB_PATH').split(/\r?\n/).filter(Boolean).reverse();
  if (paths.length > 0) job.processEnv.PATH = [...paths, job.processEnv.PATH].join(':');
  return parseOutputFile(read('GITHUB_OUTPUT'));
}

/**
 * Runs a composite action the way the GitHub runner does, offline: parses action.yml, resolves
 * inputs, and for each step evaluates `if`, `env` and `working-directory` and runs `run:` with the
 * step's shell (`bash --noprofile --norc -eo pipefail {0}`), with fresh GITHUB_OUTPUT/... files.
 * `uses: actions/upload-artifact@<sha>` steps are simulated (upload-artifact.ts) and what they
 * upload is returned as `artifacts`. Throws on an invalid action, a non-composite action, any
 * other `uses:` (or one not pinned by SHA), unknown inputs, and any `${{` inside `run:` (this
 * project never interpolates into scripts).
 */
export async function runCompositeAction(
  actionDir: string,
  options: RunActionOptions,
): Promise<RunActionResult> {
  const dir = resolve(actionDir);
  const { template, steps } = runnableSteps(dir);
  const payload = options.eventPayload ?? {};
  const scratchDir = mkdtempSync(join(tmpdir(), 'mlqg-runner-'));
  const dirs = createRunnerDirs(scratchDir, payload);
  const eventName = options.eventName ?? 'push';
  const github = githubValues({ ...options, actionDir: dir, eventName, eventPayload: payload });
  const runner = {
    temp: dirs.temp,
    os: 'Linux',
    arch: 'X64',
    name: 'test-runner',
    environment: 'github-hosted',
  };
  const env = { ...options.env };
  const job: Job = {
    dirs,
    options,
    inputs: resolveInputs(template, options.inputs ?? {}, { github, runner, env }),
    github,
    runner,
    processEnv: { ...runnerEnvironment(dirs, github), ...options.env },
    env,
    steps: {},
    artifacts: [],
    uploads: 0,
    exitCode: 0,
    stdout: '',
    stderr: '',
    summary: '',
  };
  for (const [i, step] of steps.entries()) await runStep(job, step, i + 1);

  const outputs: Record<string, string> = {};
  for (const o of template.outputs ?? []) outputs[o.id] = evaluateToString(o.value, contextsOf(job));
  return {
    exitCode: job.exitCode,
    stdout: job.stdout,
    stderr: job.stderr,
    outputs,
    stepOutputs: Object.fromEntries(Object.entries(job.steps).map(([id, s]) => [id, s.outputs])),
    summary: job.summary,
    annotations: parseWorkflowCommands(job.stdout),
    artifacts: job.artifacts,
    runnerTemp: dirs.temp,
    scratchDir,
  };
}
