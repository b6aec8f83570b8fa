import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import type { ActionTemplate } from '@actions/workflow-parser/actions/index';
import type { RunStep } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
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
} from './runner-env.js';

export {
  type Annotation,
  parseOutputFile,
  parseWorkflowCommands,
  type RunActionOptions,
  type RunActionResult,
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

function continueOnError(step: RunStep, contexts: Contexts): boolean {
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

/** Validates the action for this runner and returns its steps with their scripts. */
function runnableSteps(dir: string): {
  template: ActionTemplate;
  steps: Array<[RunStep, MappingToken, string]>;
} {
  const { template, rawSteps, errors } = loadAction(dir);
  if (errors.length > 0) throw new Error(`${dir}/action.yml is invalid:\n${errors.join('\n')}`);
  const runs = template.runs;
  if (runs.using !== 'composite') throw new Error(`runs.using is ${JSON.stringify(runs)}, not composite`);
  const steps = runs.steps as RunStep[];
  if (steps.length !== rawSteps.length || steps.some((s) => (s as Partial<RunStep>).run === undefined)) {
    throw new Error('every step needs run: (uses: steps are not supported by the test runner)');
  }
  return {
    template,
    steps: steps.map((s, i) => [s, rawSteps[i] as MappingToken, runScriptOf(s.run, `step ${s.id || i + 1}`)]),
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
async function runStep(job: Job, [step, raw, script]: [RunStep, MappingToken, string], index: number) {
  const id = step.id || `__run_${index}`;
  if (!truthy(evaluateExpression(step.if.expression, contextsOf(job), job.exitCode !== 0))) {
    job.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
    return;
  }
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
  const outputs = applyFileCommands(job, files);
  const tolerated = continueOnError(step, contextsOf(job));
  const conclusion = run.code === 0 || tolerated ? 'success' : 'failure';
  job.steps[id] = { outputs, outcome: run.code === 0 ? 'success' : 'failure', conclusion };
  // Like the runner, later steps still run their `if` (where success() is now false).
  if (conclusion === 'failure' && job.exitCode === 0) job.exitCode = run.code;
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
 * Throws on an invalid action, a non-composite action, `uses:` steps, unknown inputs, and any
 * `${{` inside `run:` (this project never interpolates into scripts).
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
    runnerTemp: dirs.temp,
    scratchDir,
  };
}
