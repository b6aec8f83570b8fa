// In-memory repository state behind the fake GitHub API: comments, check runs, statuses, pull
// requests and workflow-run artifacts, plus seeding helpers so tests can set up realistic
// situations in one line.
import { createHash, randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import {
  ACTIONS_BOT,
  isoNow,
  pullRequest,
  simpleUser,
  type ArtifactRecord,
  type AuthenticatedUserSeed,
  type PullSeed,
} from './fixtures.js';

export type { ArtifactRecord, AuthenticatedUserSeed } from './fixtures.js';

/** A stored issue comment. */
export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

/** A stored check run; `annotations` accumulates across create/update calls like GitHub's. */
export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
}

/** A stored commit status. */
export interface StoredStatus {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
}

/** Options for {@link GitHubState.seedComments}. */
export interface SeedCommentsOptions {
  /** Repository; defaults to the server's default owner/repo. */
  owner?: string;
  repo?: string;
  /** Author login of the seeded comments (other users by default, not the bot). */
  author?: string;
  /** Put `marker` into the body of the comment at this 0-based index (e.g. 110 → page 3 of 50). */
  markerAt?: number;
  marker?: string;
  /** Login of the marker comment's author, or 'bot' (default) for github-actions[bot], as our sticky comment would be. */
  markerAuthor?: string;
  /** The marker author's account type (`User` by default; `Bot` for another app's bot). */
  markerAuthorType?: 'User' | 'Bot';
}

interface SeedArtifactBase {
  runId: number;
  name: string;
  /** Already past its retention: listed with `expired: true`, and its download answers 410. */
  expired?: boolean;
  /** Repository; defaults to the server's default owner/repo. */
  owner?: string;
  repo?: string;
  /** Default 90 (GitHub's default retention); sets `expires_at`. */
  retentionDays?: number;
  /** `workflow_run.head_branch` / `head_sha` (defaults `main` / 40 × `0`). */
  headBranch?: string;
  headSha?: string;
  /** The size the listing claims instead of the zip's real one. */
  claimedSize?: number;
}

/**
 * Options for {@link GitHubState.seedArtifact}: either `files` (zipped with fflate, keys are the
 * entry names, `/`-separated) or a raw `zip`, served byte for byte so tests can serve hostile
 * archives (zip bombs, `../` entry names, truncated or non-zip bytes).
 */
export type SeedArtifactOptions = SeedArtifactBase &
  ({ files: Record<string, string | Uint8Array>; zip?: never } | { zip: Uint8Array; files?: never });

/** How long a signed blob URL is valid; GitHub: "This URL expires after 1 minute". */
export const BLOB_URL_LIFETIME_MS = 60_000;

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A zip of the given entries (fixed timestamps, so the same files give the same bytes). */
function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries = Object.entries(files).map(([name, content]): [string, Uint8Array] => [
    name,
    typeof content === 'string' ? strToU8(content) : content,
  ]);
  return zipSync(Object.fromEntries(entries), { mtime: new Date(Date.UTC(2024, 0, 1)) });
}

/** Mutable state of the fake; exposed as `server.state` for seeding and assertions. */
export class GitHubState {
  readonly comments: StoredComment[] = [];
  readonly checkRuns = new Map<number, StoredCheckRun>();
  readonly statuses: StoredStatus[] = [];
  readonly pulls = new Map<string, Record<string, unknown>>();
  readonly artifacts = new Map<number, ArtifactRecord>();
  /**
   * What `GET /user` answers: undefined (default) → 403 "Resource not accessible by integration",
   * as for the GITHUB_TOKEN installation token; set → 200 with that user, as for a PAT.
   */
  authenticatedUser: AuthenticatedUserSeed | undefined;
  /** Base URL of the blob host the artifact download redirects to (the API's own by default). */
  blobBase: string;
  private readonly signatures = new Map<string, { artifactId: number; expiresAt: number }>();
  private nextId = 1_000_000;

  /**
   * @param api The server's base URL, used in the `url` fields of returned objects.
   * @param owner Default owner for seeding. @param repo Default repo for seeding.
   */
  constructor(
    readonly api: string,
    readonly owner: string,
    readonly repo: string,
  ) {
    this.blobBase = api;
  }

  /** A fresh id; GitHub ids are increasing, and comment lists are ordered by ascending id. */
  id(): number {
    return (this.nextId += 1);
  }

  /** The bot user that writes made through the fake are attributed to. */
  bot(): Record<string, unknown> {
    return simpleUser(this.api, ACTIONS_BOT.login, ACTIONS_BOT.id, ACTIONS_BOT.type);
  }

  /** Adds `count` comments to an issue, optionally one carrying a marker; returns them. */
  seedComments(issue: number, count: number, options: SeedCommentsOptions = {}): StoredComment[] {
    const owner = options.owner ?? this.owner;
    const repo = options.repo ?? this.repo;
    const author = simpleUser(this.api, options.author ?? 'reviewer', 1234);
    const added: StoredComment[] = [];
    for (let index = 0; index < count; index += 1) {
      const marked = index === options.markerAt;
      const markerUser =
        options.markerAuthor === undefined || options.markerAuthor === 'bot'
          ? this.bot()
          : simpleUser(this.api, options.markerAuthor, 4321, options.markerAuthorType);
      const created = new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const comment: StoredComment = {
        id: this.id(),
        owner,
        repo,
        issue,
        body: marked
          ? `${options.marker ?? '<!-- marker -->'}\nSeeded comment ${index}`
          : `Seeded comment ${index}`,
        user: marked ? markerUser : author,
        created_at: created,
        updated_at: created,
      };
      this.comments.push(comment);
      added.push(comment);
    }
    return added;
  }

  /** Comments of one issue, in ascending id order as GitHub returns them. */
  issueComments(owner: string, repo: string, issue: number): StoredComment[] {
    return this.comments
      .filter((c) => c.owner === owner && c.repo === repo && c.issue === issue)
      .sort((a, b) => a.id - b.id);
  }

  /** Looks a comment up by id within a repository. */
  comment(owner: string, repo: string, id: number): StoredComment | undefined {
    return this.comments.find((c) => c.owner === owner && c.repo === repo && c.id === id);
  }

  /** Adds a comment written by the bot. */
  addComment(owner: string, repo: string, issue: number, body: string): StoredComment {
    const now = isoNow();
    const comment = {
      id: this.id(),
      owner,
      repo,
      issue,
      body,
      user: this.bot(),
      created_at: now,
      updated_at: now,
    };
    this.comments.push(comment);
    return comment;
  }

  /** Removes a comment; false when it did not exist. */
  deleteComment(owner: string, repo: string, id: number): boolean {
    const index = this.comments.findIndex((c) => c.owner === owner && c.repo === repo && c.id === id);
    if (index >= 0) this.comments.splice(index, 1);
    return index >= 0;
  }

  /** Adds a pull request (served by `GET /pulls/{n}` and `GET /commits/{sha}/pulls`). */
  seedPull(seed: PullSeed & { owner?: string; repo?: string }): Record<string, unknown> {
    const owner = seed.owner ?? this.owner;
    const repo = seed.repo ?? this.repo;
    const pull = pullRequest(this.api, owner, repo, seed);
    this.pulls.set(`${owner}/${repo}#${seed.number}`, pull);
    return pull;
  }

  /** Pull requests of a repository whose head is the given commit. */
  pullsForCommit(owner: string, repo: string, sha: string): Record<string, unknown>[] {
    return [...this.pulls.entries()]
      .filter(
        ([key, pull]) => key.startsWith(`${owner}/${repo}#`) && (pull.head as { sha: string }).sha === sha,
      )
      .map(([, pull]) => pull);
  }

  /** Pull requests of a repository, in ascending number order. */
  pullsOf(owner: string, repo: string): Record<string, unknown>[] {
    return [...this.pulls.entries()]
      .filter(([key]) => key.startsWith(`${owner}/${repo}#`))
      .map(([, pull]) => pull)
      .sort((a, b) => Number(a.number) - Number(b.number));
  }

  /** Adds an artifact to a workflow run (served by the artifact list, get and download endpoints). */
  seedArtifact(seed: SeedArtifactOptions): ArtifactRecord {
    const zip = seed.zip !== undefined ? seed.zip : zipFiles(seed.files);
    const retention = (seed.retentionDays ?? 90) * DAY_MS;
    // An expired artifact was uploaded a day longer ago than its retention.
    const created = seed.expired ? Date.now() - retention - DAY_MS : Date.now();
    const expires = created + retention;
    const record: ArtifactRecord = {
      id: this.id(),
      owner: seed.owner ?? this.owner,
      repo: seed.repo ?? this.repo,
      runId: seed.runId,
      name: seed.name,
      zip,
      ...(seed.claimedSize !== undefined ? { claimedSize: seed.claimedSize } : {}),
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      expired: seed.expired === true,
      created_at: iso(created),
      expires_at: iso(expires),
      updated_at: iso(created),
      headBranch: seed.headBranch ?? 'main',
      headSha: seed.headSha ?? '0'.repeat(40),
    };
    this.artifacts.set(record.id, record);
    return record;
  }

  /** Artifacts of one workflow run, in ascending id (upload) order. */
  runArtifacts(owner: string, repo: string, runId: number): ArtifactRecord[] {
    return [...this.artifacts.values()]
      .filter((a) => a.owner === owner && a.repo === repo && a.runId === runId)
      .sort((a, b) => a.id - b.id);
  }

  /** An artifact by id within a repository. */
  artifact(owner: string, repo: string, id: number): ArtifactRecord | undefined {
    const found = this.artifacts.get(id);
    return found && found.owner === owner && found.repo === repo ? found : undefined;
  }

  /** Issues a fresh, random signature for downloading one artifact's zip (valid for one minute). */
  signBlob(artifactId: number): string {
    const sig = randomBytes(18).toString('base64url');
    this.signatures.set(sig, { artifactId, expiresAt: Date.now() + BLOB_URL_LIFETIME_MS });
    return sig;
  }

  /** The artifact a blob URL serves, or undefined when the signature is unknown, expired or for another artifact. */
  blobArtifact(artifactId: number, sig: string | undefined): ArtifactRecord | undefined {
    const signed = sig === undefined ? undefined : this.signatures.get(sig);
    if (signed?.artifactId !== artifactId || signed.expiresAt < Date.now()) return undefined;
    return this.artifacts.get(artifactId);
  }

  /** Check runs of a head commit, for assertions. */
  checkRunsFor(sha: string): StoredCheckRun[] {
    return [...this.checkRuns.values()].filter((run) => run.head_sha === sha);
  }
}
