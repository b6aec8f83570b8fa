import type { GitHubClient } from './client.js';

/** Where the comment goes. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** When the comment is written. */
export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never';

/** What to write and when. */
export interface StickyComment {
  /** The Markdown, within GitHub's limit once the marker line is added (see {@link MARKER_BUDGET}). */
  body: string;
  /** Keeps several independent reports apart on one PR; `report` by default. */
  markerId: string;
  mode: CommentMode;
  /** The verdict blocks (for `on-failure`). */
  failing: boolean;
  /** Digest of the report without its footer (for `on-change`). */
  digest: string;
  /** This workflow run's id: an older run never overwrites a newer run's comment. */
  runId?: number;
  /**
   * The login the token writes as, when it is neither a person's token (`GET /user` answers) nor
   * `GITHUB_TOKEN` (`github-actions[bot]`): a GitHub App's `<app-slug>[bot]`.
   */
  author?: string;
  /** How long to wait before checking that no racing run overwrote a newer report (default 2 s). */
  settleMs?: number;
}

/** The login `GITHUB_TOKEN` writes as (GitHub's documented bot account for Actions). */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** Rounds of write-then-check a run does before it stops (each one answers a racing write). */
const SETTLE_ROUNDS = 3;

/** What happened to the comment. */
export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** Why nothing was written, for the log. */
  reason?: string;
  id?: number;
  url?: string;
}

/** Characters the marker line may take; the body must fit in 65,536 minus this. */
export const MARKER_BUDGET = 200;

const PREFIX = 'ml-quality-gates';

/** Normalises a marker id to the characters a marker may hold. */
export function markerIdOf(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 64) || 'report';
}

/**
 * The hidden first line that identifies our comment, with the digest and run it came from.
 * The id lets several independent reports (say, one per model) keep one comment each.
 */
export function markerLine(id: string, digest: string, runId?: number): string {
  return `<!-- ${PREFIX}:${markerIdOf(id)} digest=${digest}${runId ? ` run=${runId}` : ''} -->`;
}

interface Comment {
  id: number;
  body: string;
  url: string;
  login?: string;
}

interface ParsedMarker {
  digest?: string;
  runId?: number;
}

/** The marker of a comment body, when its first line is ours for this id. */
export function parseMarker(body: string, id: string): ParsedMarker | undefined {
  const first = body.split('\n', 1)[0]?.trim() ?? '';
  const match = new RegExp(
    `^<!-- ${PREFIX}:${escapeRegExp(markerIdOf(id))}((?: [a-z]+=[A-Za-z0-9]+)*) -->$`,
  ).exec(first);
  if (!match) return undefined;
  const fields = Object.fromEntries(
    (match[1] ?? '')
      .trim()
      .split(' ')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string]),
  );
  return {
    ...(fields.digest ? { digest: fields.digest } : {}),
    ...(fields.run && /^\d+$/.test(fields.run) ? { runId: Number(fields.run) } : {}),
  };
}

/**
 * Creates or updates our comment on a pull request. Ours means: the marker for this id on the
 * *first line*, written by the account this token acts as (a bot for GITHUB_TOKEN and apps; the
 * user for a personal token) — so a person quoting the report, or anyone else's comment, is
 * never touched. Every page of comments is read. When two runs race and both create a
 * comment, the later one deletes the comment it just created and edits the earlier one, so
 * exactly one remains; it never deletes a comment it did not create in this call.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  comment: StickyComment,
): Promise<StickyResult> {
  if (comment.mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const body = `${markerLine(comment.markerId, comment.digest, comment.runId)}\n${comment.body}`;
  const identity = new Identity(client, comment.author);
  const existing = (await ourComments(client, target, comment.markerId, identity))[0];
  let result: StickyResult;
  if (!existing) {
    if (comment.mode === 'on-failure' && !comment.failing) {
      return { action: 'skipped', reason: 'comment: on-failure, and nothing blocks' };
    }
    result = await create(client, target, comment, body, identity);
  } else {
    result = await update(client, target, existing, comment, body);
  }
  return settle(client, { target, comment, body, identity }, result);
}

/**
 * Racing runs: a run that read the comment before a newer run wrote it would otherwise put its
 * older report back. After writing, each run waits a moment and looks again; if the comment now
 * holds an older run's report, it writes its own again (an older run never does, having seen
 * the newer marker). The newest run's report is what remains once every run has settled,
 * provided a racing write lands within `settleMs`; the README recommends a `concurrency:` group,
 * which removes the race altogether.
 */
async function settle(
  client: GitHubClient,
  write: { target: CommentTarget; comment: StickyComment; body: string; identity: Identity },
  first: StickyResult,
): Promise<StickyResult> {
  const { target, comment, body, identity } = write;
  if (comment.runId === undefined || first.action === 'skipped') return first;
  let result = first;
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    await new Promise((resolve) => setTimeout(resolve, comment.settleMs ?? 2000));
    const current = (await ourComments(client, target, comment.markerId, identity))[0];
    if (!current) return result;
    const marker = parseMarker(current.body, comment.markerId);
    if (marker?.runId === undefined || marker.runId >= comment.runId) return result;
    // An older run's report landed after ours: put the newer one back, and look once more.
    result = {
      ...(await update(client, target, current, comment, body)),
      reason: 'restored after an older run overwrote it',
    };
  }
  return result;
}

async function create(
  client: GitHubClient,
  target: CommentTarget,
  comment: StickyComment,
  body: string,
  identity: Identity,
): Promise<StickyResult> {
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  identity.learn(created.data.user?.login);
  // Another run may have created its own meanwhile: the oldest wins, ours goes.
  const after = await ourComments(client, target, comment.markerId, identity);
  const oldest = after[0];
  if (!oldest || oldest.id === created.data.id) {
    return { action: 'created', id: created.data.id, url: created.data.html_url };
  }
  await client.rest.issues.deleteComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: created.data.id,
  });
  return update(client, target, oldest, comment, body);
}

async function update(
  client: GitHubClient,
  target: CommentTarget,
  existing: Comment,
  comment: StickyComment,
  body: string,
): Promise<StickyResult> {
  const found = { id: existing.id, url: existing.url };
  const marker = parseMarker(existing.body, comment.markerId);
  if (marker?.runId !== undefined && comment.runId !== undefined && marker.runId > comment.runId) {
    return {
      action: 'unchanged',
      reason: `a newer workflow run (${marker.runId}) already reported`,
      ...found,
    };
  }
  if (existing.body === body) return { action: 'unchanged', reason: 'same report', ...found };
  if (comment.mode === 'on-change' && marker?.digest === comment.digest) {
    return { action: 'unchanged', reason: 'comment: on-change, and the report did not change', ...found };
  }
  const updated = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: existing.id,
    body,
  });
  return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
}

/** Our comments for this marker id, oldest first, over every page. */
async function ourComments(
  client: GitHubClient,
  target: CommentTarget,
  markerId: string,
  identity: Identity,
): Promise<Comment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const marked = all
    .filter((c) => parseMarker(c.body ?? '', markerId) !== undefined)
    .map((c) => ({
      id: c.id,
      body: c.body ?? '',
      url: c.html_url,
      login: c.user?.login,
    }));
  const ours: Comment[] = [];
  for (const c of marked) if (await identity.wrote(c)) ours.push(c);
  return ours.sort((a, b) => a.id - b.id);
}

/**
 * Who the token writes as: the configured author, else the login a comment we created shows,
 * else `GET /user` (a person's token), else — for installation tokens, which that endpoint
 * refuses — `github-actions[bot]`, the account `GITHUB_TOKEN` writes as. Nothing wider: a
 * marked comment by any other account, bot or person, is never ours.
 */
class Identity {
  private login: string | undefined;

  constructor(
    private readonly client: GitHubClient,
    author: string | undefined,
  ) {
    this.login = author;
  }

  learn(login: string | undefined): void {
    if (login) this.login = login;
  }

  async wrote(comment: Comment): Promise<boolean> {
    this.login ??= await this.ask();
    return comment.login === this.login;
  }

  private async ask(): Promise<string> {
    try {
      return (await this.client.rest.users.getAuthenticated()).data.login;
    } catch (error) {
      // Installation tokens (GITHUB_TOKEN, apps) may not read /user; an outage is not an answer.
      const status = (error as { status?: number }).status;
      if (status === 401 || status === 403 || status === 404) return GITHUB_ACTIONS_BOT;
      throw error;
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
