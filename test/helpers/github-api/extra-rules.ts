// Limits GitHub enforces that the OpenAPI description (@octokit/openapi 23.0.2) does not state.
// Each rule names where the limit comes from, so it can be dropped when the spec gains it.
import type { Operation } from './openapi.js';

/** GitHub's documented maximum for `per_page`; the spec only says "(max 100)" in prose. */
export const MAX_PER_PAGE = 100;
/** GitHub rejects longer issue/PR comment bodies with 422 "body is too long (maximum is 65536 characters)". */
export const MAX_COMMENT_BODY = 65_536;

const COMMENT_BODY_OPERATIONS = new Set(['issues/create-comment', 'issues/update-comment']);

/** Extra request checks, returned as human-readable problems. */
export function extraRequestRules(op: Operation, query: Record<string, string>, body: unknown): string[] {
  const problems: string[] = [];
  const perPage = query.per_page;
  // Real GitHub silently clamps per_page to 100 instead of rejecting it; we treat it as an error
  // because code that asks for 500 and gets 100 has a pagination bug the fake should surface.
  if (perPage !== undefined && Number(perPage) > MAX_PER_PAGE) {
    problems.push(`query parameter per_page must be <= ${MAX_PER_PAGE} (GitHub clamps larger values)`);
  }
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (COMMENT_BODY_OPERATIONS.has(op.operationId) && typeof fields.body === 'string') {
    // Counted in UTF-16 code units like GitHub's error message; the spec has no maxLength here.
    if (fields.body.length > MAX_COMMENT_BODY) {
      problems.push(
        `body/body is too long (maximum is ${MAX_COMMENT_BODY} characters, got ${fields.body.length})`,
      );
    }
  }
  // The spec types archive_format as any string; its description says "must be `zip`".
  if (op.operationId === 'actions/download-artifact' && op.params.archive_format !== 'zip') {
    problems.push(
      `path parameter archive_format must be "zip" (got ${JSON.stringify(op.params.archive_format)})`,
    );
  }
  // "in the format of `user:ref-name`": GitHub silently ignores a bare branch name and lists
  // every pull request, so code that sends one has a bug the fake should surface.
  if (op.operationId === 'pulls/list' && query.head !== undefined && !/^[^:]+:.+$/.test(query.head)) {
    problems.push(
      `query parameter head must be "owner:branch" (GitHub ignores ${JSON.stringify(query.head)})`,
    );
  }
  // The spec says so only in the description of `conclusion` for POST (PATCH encodes it in anyOf).
  if (op.operationId === 'checks/create' && fields.conclusion === undefined) {
    if (fields.status === 'completed' || fields.completed_at !== undefined) {
      problems.push('body/conclusion is required when status is "completed" or completed_at is set');
    }
  }
  return problems;
}
