// The fake GitHub API's artifact, user and pull-list endpoints, driven by the real @octokit/rest
// client: what it sends must validate against GitHub's OpenAPI description, and what the fake
// answers must match the documented response schemas (server.problems() stays empty).
import { createHash } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { componentSchema, matchOperation, validateResponse } from '../../helpers/github-api/openapi.js';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../../helpers/github-api/server.js';

const OWNER = 'octo-org';
const REPO = 'ml-repo';
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
let server: GitHubApi | undefined;

async function start(options: GitHubApiOptions = {}): Promise<{ api: GitHubApi; octokit: Octokit }> {
  server = await startGitHubApi(options);
  return { api: server, octokit: new Octokit({ auth: 'x', baseUrl: server.url, log: quiet }) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('workflow-run artifacts', () => {
  it('lists a run’s artifacts by name, paginated through octokit.paginate', async () => {
    const { api, octokit } = await start();
    const results = [1, 2, 3, 4, 5].map((n) =>
      api.state.seedArtifact({ runId: 42, name: 'results', files: { [`r${n}.json`]: '{}' } }),
    );
    for (const name of ['coverage', 'logs', 'other'])
      api.state.seedArtifact({ runId: 42, name, files: { a: 'b' } });
    api.state.seedArtifact({ runId: 43, name: 'results', files: { a: 'b' } });

    const listed = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      owner: OWNER,
      repo: REPO,
      run_id: 42,
      name: 'results',
      per_page: 2,
    });
    // 5 matches at 2 per page = pages 1, 2, 3; newest first (the spec's default direction: desc).
    expect(listed.map((a) => a.id)).toEqual(results.map((r) => r.id).reverse());
    expect(api.requests.map((r) => r.query.page)).toEqual([undefined, '2', '3']);
    expect(api.problems()).toEqual([]);
  });

  it('answers { total_count, artifacts } with a Link header on the wrapped list', async () => {
    const { api, octokit } = await start();
    const seeded = [1, 2, 3].map(() =>
      api.state.seedArtifact({ runId: 7, name: 'results', files: { a: 'b' } }),
    );
    const page = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: 7,
      per_page: 2,
      direction: 'asc',
    });
    expect(page.data.total_count).toBe(3);
    expect(page.data.artifacts.map((a) => a.id)).toEqual([seeded[0]?.id, seeded[1]?.id]);
    const path = `/repos/${OWNER}/${REPO}/actions/runs/7/artifacts`;
    expect(page.headers.link).toBe(
      `<${api.url}${path}?per_page=2&direction=asc&page=2>; rel="next", ` +
        `<${api.url}${path}?per_page=2&direction=asc&page=2>; rel="last"`,
    );
    expect(api.problems()).toEqual([]);
  });

  it('gets one artifact as a schema-valid `artifact`, and 404s an unknown id', async () => {
    const { api, octokit } = await start();
    const files = { 'coverage.json': '{"status":"pass"}' };
    const seeded = api.state.seedArtifact({ runId: 9, name: 'results', files, headSha: 'c'.repeat(40) });
    const { data } = await octokit.rest.actions.getArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: seeded.id,
    });
    expect(data).toMatchObject({
      id: seeded.id,
      name: 'results',
      expired: false,
      size_in_bytes: seeded.zip.byteLength,
      archive_download_url: `${api.url}/repos/${OWNER}/${REPO}/actions/artifacts/${seeded.id}/zip`,
      workflow_run: { id: 9, head_sha: 'c'.repeat(40) },
    });
    const op = matchOperation('GET', `/repos/${OWNER}/${REPO}/actions/artifacts/${seeded.id}`);
    expect(op && validateResponse(op, 200, data)).toEqual([]);
    await expect(
      octokit.rest.actions.getArtifact({ owner: OWNER, repo: REPO, artifact_id: 1 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(api.problems()).toEqual([]);
  });

  it('downloads through a 302 to a signed blob URL; the zip unpacks to the seeded files', async () => {
    const { api, octokit } = await start();
    const files = { 'coverage.json': '{"status":"pass"}', 'nested/dir/log.txt': 'line 1\nline 2\n' };
    const seeded = api.state.seedArtifact({ runId: 3, name: 'results', files });
    const response = await octokit.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: seeded.id,
      archive_format: 'zip',
    });
    expect(response.status).toBe(200);
    expect(response.url).toMatch(
      new RegExp(`^${api.url}/_blob/artifacts/${seeded.id}\\.zip\\?sig=[\\w-]{20,}$`),
    );
    expect(response.data).toBeInstanceOf(ArrayBuffer);
    const bytes = new Uint8Array(response.data as ArrayBuffer);
    const unpacked = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
    expect(unpacked).toEqual(files);
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(seeded.digest);

    expect(api.requests.map((r) => [r.kind, r.status])).toEqual([
      ['api', 302],
      ['blob', 200],
    ]);
    // Same origin: fetch (undici) forwards Authorization on the redirect. Real blob storage is
    // another origin, where it would be dropped (next test).
    expect(api.requests[1]?.headers.authorization).toBe('token x');
    expect(api.problems()).toEqual([]);
  });

  it('with a separate blob origin, the redirect reaches blob storage without the token', async () => {
    const { api, octokit } = await start({ blobOrigin: 'separate' });
    expect(api.blobUrl).not.toBe(api.url);
    const seeded = api.state.seedArtifact({ runId: 3, name: 'results', files: { 'a.json': '[]' } });
    const response = await octokit.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: seeded.id,
      archive_format: 'zip',
    });
    expect(response.url.startsWith(`${api.blobUrl}/_blob/`)).toBe(true);
    expect(
      strFromU8(unzipSync(new Uint8Array(response.data as ArrayBuffer))['a.json'] ?? new Uint8Array()),
    ).toBe('[]');
    const blob = api.requests.find((r) => r.kind === 'blob');
    expect(blob?.headers.authorization).toBeUndefined();
    expect(api.problems()).toEqual([]);
  });

  it('serves a raw seeded zip byte for byte (hostile archives reach the client intact)', async () => {
    const { api, octokit } = await start();
    const traversal = zipSync({ '../../etc/evil.json': strToU8('{}') });
    const notAZip = strToU8('this is not a zip');
    for (const zip of [traversal, notAZip]) {
      const seeded = api.state.seedArtifact({ runId: 5, name: 'hostile', zip });
      const { data } = await octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: seeded.id,
        archive_format: 'zip',
      });
      expect(new Uint8Array(data as ArrayBuffer)).toEqual(zip);
    }
    expect(api.problems()).toEqual([]);
  });

  it('answers 410 "Artifact has expired" for an expired artifact, which lists as expired', async () => {
    const { api, octokit } = await start();
    const seeded = api.state.seedArtifact({ runId: 4, name: 'results', files: { a: 'b' }, expired: true });
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: 4,
    });
    const [only] = listed.data.artifacts;
    expect(only?.expired).toBe(true);
    expect(Date.parse(only?.expires_at ?? '')).toBeLessThan(Date.now());
    await expect(
      octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: seeded.id,
        archive_format: 'zip',
      }),
    ).rejects.toMatchObject({ status: 410, response: { data: { message: 'Artifact has expired' } } });
    expect(api.requests.some((r) => r.kind === 'blob')).toBe(false);
    expect(api.problems()).toEqual([]);
  });

  it('refuses a bad, missing or borrowed signature with 403; a valid one needs no token', async () => {
    const { api } = await start();
    const first = api.state.seedArtifact({ runId: 1, name: 'a', files: { a: '1' } });
    const second = api.state.seedArtifact({ runId: 1, name: 'b', files: { b: '2' } });
    const redirect = await fetch(`${api.url}/repos/${OWNER}/${REPO}/actions/artifacts/${first.id}/zip`, {
      headers: { authorization: 'Bearer x' },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    const sig = new URL(location).searchParams.get('sig') ?? '';
    const blob = (id: number, query: string) => fetch(`${api.url}/_blob/artifacts/${id}.zip${query}`);

    expect((await blob(first.id, '?sig=bogus')).status).toBe(403);
    expect((await blob(first.id, '')).status).toBe(403);
    expect((await blob(second.id, `?sig=${sig}`)).status).toBe(403);
    const ok = await fetch(location);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/zip');
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(first.zip);
    const blobs = api.requests.filter((r) => r.kind === 'blob');
    expect(blobs.map((r) => r.status)).toEqual([403, 403, 403, 200]);
    expect(blobs.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(api.problems()).toEqual([]);
  });

  it('records archive formats other than zip as problems (the spec says so only in prose)', async () => {
    const { api, octokit } = await start();
    const seeded = api.state.seedArtifact({ runId: 1, name: 'a', files: { a: '1' } });
    await expect(
      octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: seeded.id,
        archive_format: 'tar',
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(api.problems()).toEqual([expect.stringMatching(/archive_format must be "zip"/)]);
  });

  it('validateResponse wants no body and a Location header on the 302', () => {
    const op = matchOperation('GET', `/repos/${OWNER}/${REPO}/actions/artifacts/1/zip`);
    if (!op) throw new Error('no operation');
    expect(validateResponse(op, 302, undefined, { location: 'http://x/' })).toEqual([]);
    expect(validateResponse(op, 302, undefined, {})).toEqual([expect.stringMatching(/without a Location/)]);
    expect(validateResponse(op, 302, { a: 1 }, { location: 'http://x/' })).toEqual([
      expect.stringMatching(/expected no body/),
    ]);
    expect(validateResponse(op, 200, undefined)).toEqual([expect.stringMatching(/status not documented/)]);
  });
});

describe('GET /user', () => {
  it('answers 403 for an installation token (the default), as GitHub does for GITHUB_TOKEN', async () => {
    const { api, octokit } = await start();
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    expect(api.problems()).toEqual([]);
  });

  it('answers a schema-valid private-user, or public-user, once a user is set (a PAT)', async () => {
    const { api, octokit } = await start();
    api.state.authenticatedUser = { login: 'octocat', id: 1, name: 'The Octocat' };
    const priv = await octokit.rest.users.getAuthenticated();
    expect(priv.data).toMatchObject({
      login: 'octocat',
      id: 1,
      name: 'The Octocat',
      user_view_type: 'private',
    });
    expect(priv.data).toHaveProperty('two_factor_authentication');
    api.state.authenticatedUser = { login: 'octocat', view: 'public' };
    const pub = await octokit.rest.users.getAuthenticated();
    expect(pub.data).toMatchObject({ login: 'octocat', user_view_type: 'public' });
    expect(pub.data).not.toHaveProperty('two_factor_authentication');
    // The 200 schema is oneOf [private-user, public-user]: each answer must match exactly one.
    const op = matchOperation('GET', '/user');
    if (!op) throw new Error('no operation');
    expect(validateResponse(op, 200, priv.data)).toEqual([]);
    expect(validateResponse(op, 200, pub.data)).toEqual([]);
    expect(api.problems()).toEqual([]);
  });
});

describe('GET /repos/{owner}/{repo}/pulls', () => {
  async function seeded() {
    const started = await start();
    const { state } = started.api;
    const sha = (c: string) => c.repeat(40);
    state.seedPull({ number: 1, headSha: sha('1'), headRef: 'feature' });
    state.seedPull({ number: 2, headSha: sha('2'), headRef: 'feature', forkOwner: 'contributor' });
    state.seedPull({ number: 3, headSha: sha('3'), headRef: 'other' });
    state.seedPull({ number: 4, headSha: sha('4'), headRef: 'feature', state: 'closed', merged: true });
    state.seedPull({ number: 5, headSha: sha('5'), headRef: 'feature', baseRef: 'release' });
    return started;
  }

  it('filters by head (owner:branch), state and base', async () => {
    const { api, octokit } = await seeded();
    const numbers = async (params: Record<string, string>) =>
      (await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, ...params })).data.map((p) => p.number);
    // Same created_at for all: newest-first (desc) falls back to the number.
    expect(await numbers({ head: 'octo-org:feature' })).toEqual([5, 1]);
    expect(await numbers({ head: 'octo-org:feature', base: 'main' })).toEqual([1]);
    expect(await numbers({ head: 'contributor:feature' })).toEqual([2]);
    expect(await numbers({ head: 'octo-org:feature', state: 'all' })).toEqual([5, 4, 1]);
    expect(await numbers({ state: 'closed' })).toEqual([4]);
    expect(await numbers({ head: 'octo-org:nothing' })).toEqual([]);
    expect(api.problems()).toEqual([]);
  });

  it('paginates pull-request-simple objects (no full-pull fields)', async () => {
    const { api, octokit } = await seeded();
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
      owner: OWNER,
      repo: REPO,
      state: 'all',
      direction: 'asc',
      per_page: 2,
    });
    expect(pulls.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(api.requests).toHaveLength(3);
    const allowed = Object.keys(componentSchema('pull-request-simple')?.properties ?? {});
    expect(allowed.length).toBeGreaterThan(30);
    for (const pull of pulls) expect(Object.keys(pull).filter((k) => !allowed.includes(k))).toEqual([]);
    expect(pulls[3]).toMatchObject({ state: 'closed', merged_at: expect.any(String) });
    expect(api.problems()).toEqual([]);
  });

  it('refuses a bare branch as head, which GitHub would silently ignore', async () => {
    const { api, octokit } = await seeded();
    await expect(
      octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: 'feature' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(api.problems()).toEqual([expect.stringMatching(/head must be "owner:branch"/)]);
  });
});
