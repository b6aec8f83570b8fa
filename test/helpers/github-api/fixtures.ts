// Builders for GitHub resource objects the fake returns. Each fills every field the spec marks
// required (the fake's own responses are validated against the spec), with GitHub's real URL shapes.

/** The user a GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' } as const;

/** Timestamps without milliseconds, as GitHub formats them. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A `simple-user`. */
export function simpleUser(api: string, login: string, id: number, type = 'User'): Record<string, unknown> {
  const url = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A stable, GitHub-looking (base64) node id. */
export function nodeId(prefix: string, id: number): string {
  return Buffer.from(`${prefix}:${id}`).toString('base64').replace(/=+$/, '');
}

/** An `issue-comment`. */
export function issueComment(
  api: string,
  full: string,
  issue: number,
  comment: {
    id: number;
    body: string;
    user: Record<string, unknown>;
    created_at: string;
    updated_at: string;
  },
): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${api}/repos/${full}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${full}/issues/${issue}#issuecomment-${comment.id}`,
    issue_url: `${api}/repos/${full}/issues/${issue}`,
    body: comment.body,
    user: comment.user,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: null,
  };
}

/** A `repository`; the ~40 `*_url` fields follow GitHub's `{api}/repos/{full}/{name}` pattern. */
export function repository(api: string, owner: string, name: string, id: number): Record<string, unknown> {
  const full = `${owner}/${name}`;
  const url = `${api}/repos/${full}`;
  const urls = Object.fromEntries(
    [
      'archive',
      'assignees',
      'blobs',
      'branches',
      'collaborators',
      'comments',
      'commits',
      'compare',
      'contents',
      'contributors',
      'deployments',
      'downloads',
      'events',
      'forks',
      'git_commits',
      'git_refs',
      'git_tags',
      'hooks',
      'issue_comment',
      'issue_events',
      'issues',
      'keys',
      'labels',
      'languages',
      'merges',
      'milestones',
      'notifications',
      'pulls',
      'releases',
      'stargazers',
      'statuses',
      'subscribers',
      'subscription',
      'tags',
      'teams',
      'trees',
    ].map((key) => [`${key}_url`, `${url}/${key.replace('_', '/')}`]),
  );
  return {
    ...urls,
    id,
    node_id: nodeId('R', id),
    name,
    full_name: full,
    owner: simpleUser(api, owner, id + 1, 'Organization'),
    private: false,
    html_url: `https://github.com/${full}`,
    description: null,
    fork: false,
    url,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    clone_url: `https://github.com/${full}.git`,
    svn_url: `https://github.com/${full}`,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: 'main',
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2024-01-01T00:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

/** Options for {@link pullRequest}; a fork PR has its head in another owner's repository. */
export interface PullSeed {
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
  title?: string;
  author?: string;
  /** Owner of the fork the head branch lives in, for pull requests from forks. */
  forkOwner?: string;
  /** Default `open`; a closed pull request gets `closed_at` (and `merged_at` when `merged`). */
  state?: 'open' | 'closed';
  merged?: boolean;
  /** Default 2024-01-01T00:00:00Z; `GET /pulls` sorts by it. */
  createdAt?: string;
}

/** A `pull-request` (the full object `GET /pulls/{n}` returns). */
export function pullRequest(
  api: string,
  owner: string,
  repo: string,
  seed: PullSeed,
): Record<string, unknown> {
  const full = `${owner}/${repo}`;
  const url = `${api}/repos/${full}/pulls/${seed.number}`;
  const html = `https://github.com/${full}/pull/${seed.number}`;
  const user = simpleUser(api, seed.author ?? 'octocat', 583231);
  const base = repository(api, owner, repo, 1000);
  const head = seed.forkOwner ? { ...repository(api, seed.forkOwner, repo, 2000), fork: true } : base;
  const headLogin = seed.forkOwner ?? owner;
  const link = (href: string): { href: string } => ({ href });
  const created = seed.createdAt ?? '2024-01-01T00:00:00Z';
  const closed = seed.state === 'closed' || seed.merged === true;
  const closedAt = closed ? '2024-01-02T00:00:00Z' : null;
  return {
    url,
    id: 5000 + seed.number,
    node_id: nodeId('PR', seed.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/repos/${full}/issues/${seed.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${api}/repos/${full}/issues/${seed.number}/comments`,
    statuses_url: `${api}/repos/${full}/statuses/${seed.headSha}`,
    number: seed.number,
    state: closed ? 'closed' : 'open',
    locked: false,
    title: seed.title ?? `Pull request #${seed.number}`,
    user,
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: closedAt ?? created,
    closed_at: closedAt,
    merged_at: seed.merged ? closedAt : null,
    merge_commit_sha: seed.merged ? 'b'.repeat(40) : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headLogin}:${seed.headRef ?? 'feature'}`,
      ref: seed.headRef ?? 'feature',
      sha: seed.headSha,
      user,
      repo: head,
    },
    base: {
      label: `${owner}:${seed.baseRef ?? 'main'}`,
      ref: seed.baseRef ?? 'main',
      sha: seed.baseSha ?? '0'.repeat(40),
      user: base.owner,
      repo: base,
    },
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${api}/repos/${full}/issues/${seed.number}`),
      comments: link(`${api}/repos/${full}/issues/${seed.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/repos/${full}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/repos/${full}/statuses/${seed.headSha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
    merged: seed.merged === true,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/** Fields of a full `pull-request` that the `pull-request-simple` of `GET /pulls` does not carry. */
const FULL_PULL_ONLY = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

/** A `pull-request-simple` (what `GET /repos/{o}/{r}/pulls` lists), derived from a full pull request. */
export function pullRequestSimple(pull: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(pull).filter(([key]) => !FULL_PULL_ONLY.includes(key)));
}

/** What `GET /user` answers when `state.authenticatedUser` is set (as for a personal access token). */
export interface AuthenticatedUserSeed {
  login: string;
  id?: number;
  name?: string | null;
  email?: string | null;
  /**
   * `private` (default): a token with the `user` scope sees its private profile (`private-user`);
   * `public`: without that scope GitHub answers the `public-user` shape.
   */
  view?: 'private' | 'public';
}

/** A `private-user` or `public-user`, as `GET /user` returns it. */
export function authenticatedUser(api: string, seed: AuthenticatedUserSeed): Record<string, unknown> {
  const view = seed.view ?? 'private';
  const user = {
    ...simpleUser(api, seed.login, seed.id ?? 583231),
    user_view_type: view,
    name: seed.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: seed.email ?? null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 2,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
  if (view === 'public') return user;
  return {
    ...user,
    notification_email: seed.email ?? null,
    private_gists: 0,
    total_private_repos: 1,
    owned_private_repos: 1,
    disk_usage: 1024,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}

/** An artifact as the fake stores it; {@link artifact} turns it into the API object. */
export interface ArtifactRecord {
  id: number;
  owner: string;
  repo: string;
  runId: number;
  name: string;
  /** The archive `GET .../zip` serves (through the blob redirect), byte for byte. */
  zip: Uint8Array;
  /** `sha256:<hex>` of `zip`, as GitHub reports for artifacts uploaded by upload-artifact v4. */
  digest: string;
  /** The size the listing claims, when it is not the zip's (a hostile artifact lies about it). */
  claimedSize?: number;
  expired: boolean;
  created_at: string;
  expires_at: string;
  updated_at: string;
  headBranch: string;
  headSha: string;
}

/** An `artifact`. The repository ids match {@link pullRequest}'s base repository (1000). */
export function artifact(api: string, record: ArtifactRecord): Record<string, unknown> {
  const url = `${api}/repos/${record.owner}/${record.repo}/actions/artifacts/${record.id}`;
  return {
    id: record.id,
    node_id: nodeId('A', record.id),
    name: record.name,
    size_in_bytes: record.claimedSize ?? record.zip.byteLength,
    url,
    archive_download_url: `${url}/zip`,
    expired: record.expired,
    created_at: record.created_at,
    expires_at: record.expires_at,
    updated_at: record.updated_at,
    digest: record.digest,
    workflow_run: {
      id: record.runId,
      repository_id: 1000,
      head_repository_id: 1000,
      head_branch: record.headBranch,
      head_sha: record.headSha,
    },
  };
}
