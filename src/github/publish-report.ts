import { errorMessage } from '../util/errors.js';
import { type CheckRunInput, type CheckRunResult, publishCheckRun } from './check-run.js';
import { failureKind, type GitHubClient, rateLimitReset } from './client.js';
import { type CommitStatusInput, publishCommitStatus } from './commit-status.js';
import { type StickyComment, type StickyResult, upsertStickyComment } from './sticky-comment.js';

/** What to post, and where. Parts left out are not posted. */
export interface ReportPublication {
  owner: string;
  repo: string;
  /** Needed for the check run and the status. */
  sha?: string;
  /** Needed for the comment. */
  pullRequest?: number;
  comment?: StickyComment;
  check?: Omit<CheckRunInput, 'owner' | 'repo' | 'headSha'>;
  status?: Omit<CommitStatusInput, 'owner' | 'repo' | 'sha'>;
}

/**
 * A write GitHub refused with 403: the token is
 * read-only (a fork PR) or lacks a permission. Rate limits and outages are never refusals.
 */
export interface Refusal {
  what: 'comment' | 'check run' | 'commit status';
  permission: string;
  message: string;
}

/** What was posted. */
export interface PublishOutcome {
  comment?: StickyResult;
  check?: CheckRunResult;
  statusId?: number;
  refused: Refusal[];
  /** Writes that failed for another reason (after retries), with the error. */
  failed: string[];
}

/** The log lines of a publication, e.g. core.info in a workflow. */
export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * Posts the comment, the check run and the status, each on its own: a 403 on one (the
 * read-only token of a fork PR, a missing `permissions:` entry) is recorded, not thrown, so the
 * others and the job summary still happen and the caller can hand the results on as an artifact.
 */
export async function publishReport(
  client: GitHubClient,
  publication: ReportPublication,
  log: PublishLog,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { refused: [], failed: [] };
  const { owner, repo, sha, pullRequest } = publication;
  const attempt = async (what: Refusal['what'], permission: string, write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const kind = failureKind(error);
      if (kind === 'refused') {
        outcome.refused.push({ what, permission, message: errorMessage(error) });
        log.warning(
          `GitHub refused the ${what} (${status ?? ''}: ${errorMessage(error)}). A pull request from a fork gets a read-only token; otherwise add \`permissions: ${permission}: write\` to the job.`,
        );
      } else if (kind === 'rate-limited') {
        const reset = rateLimitReset(error);
        outcome.failed.push(
          `${what}: GitHub's rate limit${reset ? ` lifts at ${reset.toISOString()}` : ''}; re-run the job then (${status ? `HTTP ${status}: ` : ''}${errorMessage(error)})`,
        );
      } else {
        outcome.failed.push(`${what}: ${status ? `HTTP ${status}: ` : ''}${errorMessage(error)}`);
      }
    }
  };
  if (publication.comment && pullRequest !== undefined) {
    const comment = publication.comment;
    await attempt('comment', 'pull-requests', async () => {
      outcome.comment = await upsertStickyComment(client, { owner, repo, issueNumber: pullRequest }, comment);
      const { action, reason, url } = outcome.comment;
      log.info(`PR #${pullRequest} comment: ${action}${reason ? ` (${reason})` : ''}${url ? ` ${url}` : ''}`);
    });
  }
  if (publication.check && sha) {
    const check = publication.check;
    await attempt('check run', 'checks', async () => {
      outcome.check = await publishCheckRun(client, { ...check, owner, repo, headSha: sha });
      log.info(
        `Check run "${check.name}" on ${sha}: ${check.conclusion}, ${outcome.check.annotations} annotation(s)${outcome.check.droppedAnnotations ? `, ${outcome.check.droppedAnnotations} more not annotated` : ''}`,
      );
    });
  }
  if (publication.status && sha) {
    const status = publication.status;
    await attempt('commit status', 'statuses', async () => {
      outcome.statusId = await publishCommitStatus(client, { ...status, owner, repo, sha });
      log.info(`Commit status "${status.context}" on ${sha}: ${status.state}`);
    });
  }
  return outcome;
}
