import { isReleaseEvent } from '../result/gate-context.js';
import { ConfigurationError } from '../util/errors.js';

/** The workflow run a `workflow_run` event reports on (the pull_request run that could not post). */
export interface TriggeringRun {
  id: number;
  headSha: string;
  /** Event of the triggering run, e.g. `pull_request`. */
  event: string;
  conclusion: string | null;
  /** PR numbers GitHub attached to the run (empty for pull requests from forks). */
  pullRequests: number[];
  /** `owner/name` of the repository the head commit lives in (the fork). */
  headRepository?: string;
  headBranch?: string;
}

/** Where a report goes: the repository, the commit for the check, the PR for the comment. */
export interface ReportTarget {
  owner: string;
  repo: string;
  /** The commit the check run and status go on: the PR *head*, never the merge commit. */
  sha?: string;
  /** The pull request the comment goes on, when there is one. */
  pullRequest?: number;
  event: string;
  /** A pull request from a fork: GitHub gives such runs a read-only token. */
  fromFork: boolean;
  /** A release, tag push or manual dispatch: no PR; the check gates the release commit. */
  release: boolean;
  /** Set for `workflow_run` events. */
  triggeringRun?: TriggeringRun;
  /** This workflow run's page, when known. */
  runUrl?: string;
}

/** Values given on the command line, which win over the environment. */
export interface TargetOverrides {
  repo?: string;
  pr?: number;
  sha?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;

const SHA = /^[0-9a-f]{40}$/;

/**
 * Works out the target from the standard `GITHUB_*` variables and the event payload, the way
 * GitHub defines them per event: on `pull_request` the check goes on `pull_request.head.sha`
 * (GITHUB_SHA is the merge commit, where a required check would never be seen); on
 * `workflow_run` on `workflow_run.head_sha`; on `merge_group` on its `head_sha`; on releases,
 * tags and dispatches on GITHUB_SHA.
 */
export function targetFromEnvironment(
  env: NodeJS.ProcessEnv,
  payload: Json,
  overrides: TargetOverrides = {},
  /** False when nothing will be posted (no token): an unknown repository is then fine. */
  requireRepository = true,
): ReportTarget {
  const repository = overrides.repo ?? str(env.GITHUB_REPOSITORY) ?? str(obj(payload.repository).full_name);
  const [owner = '', repo = '', extra] = (repository ?? '').split('/');
  if ((requireRepository || repository !== undefined) && (!owner || !repo || extra !== undefined)) {
    throw new ConfigurationError(
      repository
        ? `repository ${JSON.stringify(repository)} is not allowed; expected owner/name`
        : 'the repository is unknown',
      undefined,
      'Pass --repo owner/name (or set GITHUB_REPOSITORY).',
    );
  }
  if (overrides.sha !== undefined && !SHA.test(overrides.sha)) {
    throw new ConfigurationError(
      `--sha: ${JSON.stringify(overrides.sha)} is not allowed; expected a full 40-character commit SHA`,
    );
  }
  const event = str(env.GITHUB_EVENT_NAME) ?? 'unknown';
  const ref = str(env.GITHUB_REF) ?? '';
  const pr = obj(payload.pull_request);
  const isPullRequest = event === 'pull_request' || event === 'pull_request_target';
  let sha = str(env.GITHUB_SHA);
  let pullRequest: number | undefined;
  let fromFork = false;
  let triggeringRun: TriggeringRun | undefined;
  if (isPullRequest) {
    sha = str(obj(pr.head).sha) ?? sha;
    pullRequest = num(pr.number) ?? num(payload.number);
    const headRepo = str(obj(obj(pr.head).repo).full_name);
    const baseRepo = str(obj(obj(pr.base).repo).full_name);
    // A deleted fork has head.repo null: still a fork.
    fromFork = headRepo === undefined ? Object.keys(pr).length > 0 : headRepo !== baseRepo;
  } else if (event === 'merge_group') {
    sha = str(obj(payload.merge_group).head_sha) ?? sha;
  } else if (event === 'workflow_run') {
    triggeringRun = triggeringRunOf(obj(payload.workflow_run));
    sha = triggeringRun?.headSha ?? sha;
  }
  const release = isReleaseEvent(event, ref);
  const server = str(env.GITHUB_SERVER_URL) ?? 'https://github.com';
  const runId = str(env.GITHUB_RUN_ID);
  const headSha = overrides.sha ?? (sha && SHA.test(sha) ? sha : undefined);
  const number = overrides.pr ?? pullRequest;
  return {
    owner,
    repo,
    ...(headSha ? { sha: headSha } : {}),
    ...(number !== undefined ? { pullRequest: number } : {}),
    event,
    fromFork,
    release,
    ...(triggeringRun ? { triggeringRun } : {}),
    ...(runId && /^\d+$/.test(runId) ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${runId}` } : {}),
  };
}

function triggeringRunOf(run: Json): TriggeringRun | undefined {
  const id = num(run.id);
  const headSha = str(run.head_sha);
  if (id === undefined || headSha === undefined || !SHA.test(headSha)) return undefined;
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  const headRepository = str(obj(run.head_repository).full_name);
  const headBranch = str(run.head_branch);
  return {
    id,
    headSha,
    event: str(run.event) ?? 'unknown',
    conclusion: str(run.conclusion) ?? null,
    pullRequests: pulls.map((p) => num(obj(p).number)).filter((n): n is number => n !== undefined),
    ...(headRepository ? { headRepository } : {}),
    ...(headBranch ? { headBranch } : {}),
  };
}
