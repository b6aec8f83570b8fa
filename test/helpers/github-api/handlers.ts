// Endpoint behaviour of the fake, keyed by the spec's operationId. Handlers only run for requests
// that already passed validation, so they can trust types the spec guarantees.
import {
  artifact,
  authenticatedUser,
  issueComment,
  isoNow,
  nodeId,
  pullRequestSimple,
  simpleUser,
} from './fixtures.js';
import type { GitHubState, StoredCheckRun } from './state.js';

/** What a handler sees. `params` are the path parameters (strings), `body` the parsed JSON. */
export interface HandlerRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  /** Absolute URL of this request without its query, for Link headers. */
  url: string;
}

/** A handler's answer. */
export interface HandlerResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (state: GitHubState, request: HandlerRequest) => HandlerResponse;

const DOCS = 'https://docs.github.com/rest';
const error = (status: number, message: string, documentation_url = DOCS): HandlerResponse => ({
  status,
  body: { message, documentation_url, status: String(status) },
});
const notFound = (): HandlerResponse => error(404, 'Not Found');

/**
 * Paginates like GitHub: `per_page` (default 30, max 100), `page`, and an RFC 5988 Link header.
 * With `key`, the page is wrapped as `{ total_count, [key]: page }` (total_count counts every
 * page), as the artifact, workflow-run and search endpoints answer; octokit.paginate unwraps it.
 */
export function paginate(items: unknown[], request: HandlerRequest, key?: string): HandlerResponse {
  const perPage = Math.min(Number(request.query.per_page ?? 30), 100);
  const page = Math.max(Number(request.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (n: number): string => {
    // GitHub keeps the other query parameters in order and puts `page` last.
    const search = new URLSearchParams(Object.entries(request.query).filter(([key]) => key !== 'page'));
    search.set('page', String(n));
    return `<${request.url}?${search.toString()}>`;
  };
  // GitHub's order is prev, next, last, first; next/last are omitted on the last page and
  // prev/first on the first.
  const links: string[] = [];
  if (page > 1) links.push(`${pageUrl(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
  const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const body = key === undefined ? slice : { total_count: items.length, [key]: slice };
  return { status: 200, body, headers };
}

/** Sorts by a timestamp field, then number/id, in the requested direction. */
function sortBy<T extends Record<string, unknown>>(
  items: T[],
  field: string,
  tie: string,
  desc: boolean,
): T[] {
  const sign = desc ? -1 : 1;
  return [...items].sort(
    (a, b) => sign * (String(a[field]).localeCompare(String(b[field])) || Number(a[tie]) - Number(b[tie])),
  );
}

function checkRunBody(state: GitHubState, run: StoredCheckRun): Record<string, unknown> {
  const url = `${state.api}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: nodeId('CR', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url,
    html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
    details_url: run.details_url ?? `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

/** Applies a create/update body to a check run, following GitHub's status/conclusion rules. */
function applyCheckRun(run: StoredCheckRun, body: Record<string, unknown>): void {
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.details_url = body.details_url;
  if (typeof body.external_id === 'string') run.external_id = body.external_id;
  if (typeof body.started_at === 'string') run.started_at = body.started_at;
  if (typeof body.status === 'string') run.status = body.status;
  // "Providing conclusion will automatically set the status parameter to completed."
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed')
    run.completed_at = (body.completed_at as string | undefined) ?? run.completed_at ?? isoNow();
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    if (typeof output.title === 'string') run.output.title = output.title;
    if (typeof output.summary === 'string') run.output.summary = output.summary;
    if (typeof output.text === 'string') run.output.text = output.text;
    // Annotations are appended, which is why GitHub lets you send 50 per request repeatedly.
    if (Array.isArray(output.annotations))
      run.annotations.push(...(output.annotations as Record<string, unknown>[]));
  }
}

const handlers: Record<string, Handler> = {
  'issues/list-comments': (state, { params, ...request }) => {
    const comments = state
      .issueComments(params.owner ?? '', params.repo ?? '', Number(params.issue_number))
      .map((c) => issueComment(state.api, `${c.owner}/${c.repo}`, c.issue, c));
    return paginate(comments, { params, ...request });
  },
  'issues/create-comment': (state, { params, body }) => {
    const c = state.addComment(
      params.owner ?? '',
      params.repo ?? '',
      Number(params.issue_number),
      String(body.body),
    );
    return {
      status: 201,
      body: issueComment(state.api, `${c.owner}/${c.repo}`, c.issue, c),
      headers: { location: `${state.api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}` },
    };
  },
  'issues/update-comment': (state, { params, body }) => {
    const c = state.comment(params.owner ?? '', params.repo ?? '', Number(params.comment_id));
    if (!c) return notFound();
    c.body = String(body.body);
    c.updated_at = isoNow();
    return { status: 200, body: issueComment(state.api, `${c.owner}/${c.repo}`, c.issue, c) };
  },
  'issues/delete-comment': (state, { params }) =>
    state.deleteComment(params.owner ?? '', params.repo ?? '', Number(params.comment_id))
      ? { status: 204 }
      : notFound(),
  'checks/create': (state, { params, body }) => {
    const run: StoredCheckRun = {
      id: state.id(),
      owner: params.owner ?? '',
      repo: params.repo ?? '',
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: 'queued',
      conclusion: null,
      started_at: isoNow(),
      completed_at: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    applyCheckRun(run, body);
    state.checkRuns.set(run.id, run);
    return { status: 201, body: checkRunBody(state, run) };
  },
  'checks/update': (state, { params, body }) => {
    const run = state.checkRuns.get(Number(params.check_run_id));
    if (!run || run.owner !== params.owner || run.repo !== params.repo) return notFound();
    applyCheckRun(run, body);
    return { status: 200, body: checkRunBody(state, run) };
  },
  'repos/create-commit-status': (state, { params, body }) => {
    const owner = params.owner ?? '';
    const repo = params.repo ?? '';
    const status = {
      id: state.id(),
      owner,
      repo,
      sha: params.sha ?? '',
      state: String(body.state),
      context: typeof body.context === 'string' ? body.context : 'default',
      description: typeof body.description === 'string' ? body.description : null,
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
      created_at: isoNow(),
    };
    state.statuses.push(status);
    const bot = simpleUser(state.api, 'github-actions[bot]', 41898282, 'Bot');
    return {
      status: 201,
      body: {
        url: `${state.api}/repos/${owner}/${repo}/statuses/${status.sha}`,
        avatar_url: bot.avatar_url,
        id: status.id,
        node_id: nodeId('SC', status.id),
        state: status.state,
        description: status.description,
        target_url: status.target_url,
        context: status.context,
        created_at: status.created_at,
        updated_at: status.created_at,
        creator: bot,
      },
    };
  },
  'pulls/get': (state, { params }) => {
    const pull = state.pulls.get(`${params.owner ?? ''}/${params.repo ?? ''}#${params.pull_number ?? ''}`);
    return pull ? { status: 200, body: pull } : notFound();
  },
  'pulls/list': (state, { params, ...request }) => {
    const { query } = request;
    const wanted = query.state ?? 'open';
    // `head` is `user:ref-name` (extra-rules.ts refuses a bare branch, which GitHub ignores).
    const [headUser, headRef] = (query.head ?? '').split(/:(.*)/s);
    const pulls = state.pullsOf(params.owner ?? '', params.repo ?? '').filter((pull) => {
      const head = pull.head as { label: string; ref: string };
      const base = pull.base as { ref: string };
      if (wanted !== 'all' && pull.state !== wanted) return false;
      if (query.head !== undefined) {
        const user = head.label.slice(0, head.label.indexOf(':'));
        if (user.toLowerCase() !== headUser?.toLowerCase() || head.ref !== headRef) return false;
      }
      return query.base === undefined || base.ref === query.base;
    });
    // sort=created (default) and updated sort by that timestamp; popularity and long-running
    // are approximated by created. direction defaults to desc for created, asc otherwise.
    const sort = query.sort ?? 'created';
    const desc = (query.direction ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc';
    const field = sort === 'updated' ? 'updated_at' : 'created_at';
    return paginate(sortBy(pulls, field, 'number', desc).map(pullRequestSimple), { params, ...request });
  },
  'actions/list-workflow-run-artifacts': (state, { params, ...request }) => {
    const { query } = request;
    const listed = state
      .runArtifacts(params.owner ?? '', params.repo ?? '', Number(params.run_id))
      .filter((a) => query.name === undefined || a.name === query.name)
      .map((a) => artifact(state.api, a));
    // The spec documents direction (default desc) without naming the field; ours is creation.
    const desc = (query.direction ?? 'desc') === 'desc';
    return paginate(sortBy(listed, 'created_at', 'id', desc), { params, ...request }, 'artifacts');
  },
  'actions/get-artifact': (state, { params }) => {
    const found = state.artifact(params.owner ?? '', params.repo ?? '', Number(params.artifact_id));
    return found ? { status: 200, body: artifact(state.api, found) } : notFound();
  },
  'actions/download-artifact': (state, { params }) => {
    const found = state.artifact(params.owner ?? '', params.repo ?? '', Number(params.artifact_id));
    if (!found) return notFound();
    if (found.expired) {
      return error(410, 'Artifact has expired', `${DOCS}/actions/artifacts#download-an-artifact`);
    }
    // Like GitHub: a 302 to a short-lived signed URL on blob storage, which needs no token.
    const sig = state.signBlob(found.id);
    return {
      status: 302,
      headers: { location: `${state.blobBase}/_blob/artifacts/${found.id}.zip?sig=${sig}` },
    };
  },
  'users/get-authenticated': (state) =>
    state.authenticatedUser
      ? { status: 200, body: authenticatedUser(state.api, state.authenticatedUser) }
      : error(
          403,
          'Resource not accessible by integration',
          `${DOCS}/users/users#get-the-authenticated-user`,
        ),
  'repos/list-pull-requests-associated-with-commit': (state, { params, ...request }) =>
    paginate(state.pullsForCommit(params.owner ?? '', params.repo ?? '', params.commit_sha ?? ''), {
      params,
      ...request,
    }),
};

/** The handler for an operation, or undefined when the fake doesn't implement it. */
export function handlerFor(operationId: string): Handler | undefined {
  return handlers[operationId];
}
