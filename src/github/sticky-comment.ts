import type { GitHubClient } from './client.js';

/** Where the comment goes. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** What happened to the sticky comment. */
export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/**
 * The hidden first line that identifies our comment. `id` lets several independent reports
 * (say, one per model) keep one comment each on the same pull request.
 */
export function commentMarker(id = 'report'): string {
  return `<!-- ml-quality-gates:${id.replace(/[^A-Za-z0-9_.-]/g, '-')} -->`;
}

interface Comment {
  id: number;
  body?: string;
  html_url: string;
}

/**
 * Creates or updates our comment on a pull request, found by its marker on the *first line*
 * across every page of comments (a person quoting the report does not start a comment with it,
 * so nobody else's comment is ever touched). Two runs racing both may create one; afterwards
 * the newest duplicates that we created are deleted, so exactly one remains.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  markerId?: string,
): Promise<StickyResult> {
  const marker = commentMarker(markerId);
  const fullBody = `${marker}\n${body}`;
  const existing = await ourComments(client, target, marker);
  const oldest = existing[0];
  if (oldest) {
    if (oldest.body === fullBody) return { action: 'unchanged', id: oldest.id, url: oldest.html_url };
    const updated = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: oldest.id,
      body: fullBody,
    });
    await removeDuplicates(client, target, existing.slice(1));
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  }
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: fullBody,
  });
  // Another run may have created its own in the meantime: keep the oldest, drop the rest.
  const after = await ourComments(client, target, marker);
  const keep = after[0];
  if (keep && keep.id !== created.data.id) {
    await removeDuplicates(
      client,
      target,
      after.filter((c) => c.id !== keep.id),
    );
    if (keep.body !== fullBody) {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: keep.id,
        body: fullBody,
      });
    }
    return { action: 'updated', id: keep.id, url: keep.html_url };
  }
  await removeDuplicates(client, target, after.slice(1));
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

/** Our comments (marker on the first line), oldest first, over all pages. */
async function ourComments(client: GitHubClient, target: CommentTarget, marker: string): Promise<Comment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return all
    .filter((c) => (c.body ?? '').split('\n', 1)[0]?.trim() === marker)
    .map((c) => ({ id: c.id, body: c.body, html_url: c.html_url }))
    .sort((a, b) => a.id - b.id);
}

async function removeDuplicates(
  client: GitHubClient,
  target: CommentTarget,
  duplicates: Comment[],
): Promise<void> {
  for (const duplicate of duplicates) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: duplicate.id,
      });
    } catch (error) {
      // The racing run may have deleted it first.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}
