// Tests of the fake GitHub API itself: that it validates like the real one, paginates like the
// real one, and that its own responses match GitHub's OpenAPI schemas.
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchOperation, validateRequest, validateResponse } from '../helpers/github-api/openapi.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';

const AUTH = { authorization: 'token test-token', 'content-type': 'application/json' };
const SHA = 'a'.repeat(40);
// Octokit logs failed requests; the 422s here are deliberate.
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
const NOTE = { path: 'a.py', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
let server: GitHubApi;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Validates a response body against the spec for the operation that produced it. */
function expectSchemaValid(method: string, path: string, status: number, body: unknown): void {
  const op = matchOperation(method, path);
  expect(op?.operationId).toBeTruthy();
  if (op) expect(validateResponse(op, status, body)).toEqual([]);
}

beforeEach(async () => {
  server = await startGitHubApi();
});
afterEach(async () => {
  await server.close();
});

describe('openapi', () => {
  it('prefers literal path segments', () => {
    expect(matchOperation('PATCH', '/repos/o/r/issues/comments/5')?.operationId).toBe(
      'issues/update-comment',
    );
    expect(matchOperation('GET', '/repos/o/r/issues/7/comments')?.params).toMatchObject({
      issue_number: '7',
    });
    expect(matchOperation('GET', '/nowhere')).toBeUndefined();
  });

  it('validateResponse catches a malformed response (so the fake cannot drift from the spec)', () => {
    const op = matchOperation('POST', '/repos/o/r/issues/1/comments');
    expect(op && validateResponse(op, 201, { body: 'x' }).join('\n')).toMatch(/required property 'id'/);
  });

  it('rejects non-integer path parameters and unknown query parameters', () => {
    const problems = validateRequest({
      method: 'GET',
      path: '/repos/o/r/issues/abc/comments',
      query: { bogus: '1' },
    });
    expect(problems.join('\n')).toMatch(/issue_number must be integer/);
    expect(problems.join('\n')).toMatch(/unknown query parameter bogus/);
  });
});

describe('fake GitHub API', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('answers 401 without a token, and accepts token and Bearer schemes', async () => {
    expect((await call('GET', '/repos/octo-org/ml-repo/issues/1/comments', undefined, {})).status).toBe(401);
    const bearer = await call('GET', '/repos/octo-org/ml-repo/issues/1/comments', undefined, {
      authorization: 'Bearer x',
    });
    expect(bearer.status).toBe(200);
    expect(server.problems()).toEqual([]);
  });

  it('paginates 120 comments at per_page=50 with GitHub-style Link headers', async () => {
    server.state.seedComments(9, 120, { markerAt: 110, marker: '<!-- ml-quality-gates -->' });
    const path = '/repos/octo-org/ml-repo/issues/9/comments';
    const first = await call('GET', `${path}?per_page=50`);
    expect(first.body).toHaveLength(50);
    expect(first.headers.get('link')).toBe(
      `<${server.url}${path}?per_page=50&page=2>; rel="next", <${server.url}${path}?per_page=50&page=3>; rel="last"`,
    );
    const second = await call('GET', `${path}?per_page=50&page=2`);
    expect(second.headers.get('link')).toBe(
      [
        `<${server.url}${path}?per_page=50&page=1>; rel="prev"`,
        `<${server.url}${path}?per_page=50&page=3>; rel="next"`,
        `<${server.url}${path}?per_page=50&page=3>; rel="last"`,
        `<${server.url}${path}?per_page=50&page=1>; rel="first"`,
      ].join(', '),
    );
    const third = await call('GET', `${path}?per_page=50&page=3`);
    expect(third.body).toHaveLength(20);
    expect(third.headers.get('link')).not.toContain('rel="next"');
    expect(third.body[10].body).toContain('<!-- ml-quality-gates -->');
    expect(third.body[10].user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    const ids = [...first.body, ...second.body, ...third.body].map((c: { id: number }) => c.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expectSchemaValid('GET', path, 200, third.body);
    expect(server.problems()).toEqual([]);
  });

  it('creates, updates and deletes comments with schema-valid responses', async () => {
    const created = await call('POST', '/repos/octo-org/ml-repo/issues/3/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    expectSchemaValid('POST', '/repos/octo-org/ml-repo/issues/3/comments', 201, created.body);
    const path = `/repos/octo-org/ml-repo/issues/comments/${created.body.id}`;
    const updated = await call('PATCH', path, { body: 'bye' });
    expect(updated).toMatchObject({ status: 200, body: { body: 'bye' } });
    expectSchemaValid('PATCH', path, 200, updated.body);
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('DELETE', path)).status).toBe(404);
    expect(server.problems()).toEqual([]);
  });

  it('stores check runs and appends annotations across calls', async () => {
    const created = await call('POST', '/repos/octo-org/ml-repo/check-runs', {
      name: 'coverage',
      head_sha: SHA,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array(50).fill(NOTE) },
    });
    expect(created.status).toBe(201);
    expectSchemaValid('POST', '/repos/octo-org/ml-repo/check-runs', 201, created.body);
    const path = `/repos/octo-org/ml-repo/check-runs/${created.body.id}`;
    const updated = await call('PATCH', path, {
      conclusion: 'success',
      output: { summary: 'done', annotations: [NOTE] },
    });
    expect(updated.body).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { annotations_count: 51 },
    });
    expectSchemaValid('PATCH', path, 200, updated.body);
    expect(server.state.checkRunsFor(SHA)).toHaveLength(1);
    expect(server.problems()).toEqual([]);
  });

  it('creates statuses and serves seeded pull requests', async () => {
    const status = await call('POST', `/repos/octo-org/ml-repo/statuses/${SHA}`, {
      state: 'success',
      context: 'gates',
    });
    expect(status.status).toBe(201);
    expectSchemaValid('POST', `/repos/octo-org/ml-repo/statuses/${SHA}`, 201, status.body);
    server.state.seedPull({ number: 12, headSha: SHA, forkOwner: 'contributor' });
    const pull = await call('GET', '/repos/octo-org/ml-repo/pulls/12');
    expect(pull.body).toMatchObject({ number: 12, head: { sha: SHA, repo: { fork: true } } });
    expectSchemaValid('GET', '/repos/octo-org/ml-repo/pulls/12', 200, pull.body);
    const pulls = await call('GET', `/repos/octo-org/ml-repo/commits/${SHA}/pulls`);
    expect(pulls.body.map((p: { number: number }) => p.number)).toEqual([12]);
    expectSchemaValid('GET', `/repos/octo-org/ml-repo/commits/${SHA}/pulls`, 200, pulls.body);
    expect((await call('GET', '/repos/octo-org/ml-repo/pulls/13')).status).toBe(404);
    expect(server.problems()).toEqual([]);
  });

  it.each([
    [
      'conclusion outside the enum',
      { name: 'c', head_sha: SHA, conclusion: 'passed' },
      /conclusion must be equal to one of/,
    ],
    ['missing head_sha', { name: 'c' }, /required property 'head_sha'/],
    [
      '51 annotations',
      { name: 'c', head_sha: SHA, output: { title: 't', summary: 's', annotations: Array(51).fill(NOTE) } },
      /more than 50 items/,
    ],
    [
      'completed without conclusion',
      { name: 'c', head_sha: SHA, status: 'completed' },
      /conclusion is required/,
    ],
    [
      'summary over 65535 chars',
      { name: 'c', head_sha: SHA, output: { title: 't', summary: 'x'.repeat(65_536) } },
      /summary must NOT have more than 65535/,
    ],
  ])('rejects a check run with %s (422, recorded)', async (_name, body, expected) => {
    const response = await call('POST', '/repos/octo-org/ml-repo/check-runs', body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      message: 'Validation Failed',
      documentation_url: expect.any(String),
    });
    expect(server.problems().join('\n')).toMatch(expected);
    expect(server.state.checkRuns.size).toBe(0);
  });

  it('rejects a 70,000-char comment, per_page=500 and unknown routes', async () => {
    expect(
      (await call('POST', '/repos/octo-org/ml-repo/issues/1/comments', { body: 'x'.repeat(70_000) })).status,
    ).toBe(422);
    expect((await call('GET', '/repos/octo-org/ml-repo/issues/1/comments?per_page=500')).status).toBe(422);
    expect((await call('GET', '/repos/octo-org/ml-repo/nonsense')).status).toBe(404);
    expect(server.problems()).toEqual([
      expect.stringMatching(/body is too long \(maximum is 65536/),
      expect.stringMatching(/per_page must be <= 100/),
      expect.stringMatching(/no such path/),
    ]);
    expect(server.requests.map((r) => r.status)).toEqual([422, 422, 404]);
  });

  it('injects faults: a 502 once, read-only tokens, secondary rate limits', async () => {
    const path = '/repos/octo-org/ml-repo/issues/1/comments';
    server.setFault((req) =>
      req.index === 0 ? { status: 502, body: { message: 'Server Error' } } : undefined,
    );
    expect((await call('GET', path)).status).toBe(502);
    expect((await call('GET', path)).status).toBe(200);
    server.setFault((req) =>
      req.method === 'POST'
        ? {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest',
            },
          }
        : undefined,
    );
    expect(await call('POST', path, { body: 'x' })).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    server.setFault(() => ({
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '1' },
    }));
    expect((await call('GET', path)).headers.get('retry-after')).toBe('1');
    server.setFault();
    expect((await call('GET', path)).status).toBe(200);
    expect(server.problems()).toEqual([]);
  });
});

describe('with the real @octokit/rest client', () => {
  it('paginates listComments and creates a check run with requests that validate', async () => {
    server.state.seedComments(4, 120);
    const octokit = new Octokit({ auth: 'x', baseUrl: server.url, log: quiet });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'octo-org',
      repo: 'ml-repo',
      issue_number: 4,
      per_page: 50,
    });
    expect(comments).toHaveLength(120);
    expect(server.requests).toHaveLength(3);
    const run = await octokit.rest.checks.create({
      owner: 'octo-org',
      repo: 'ml-repo',
      name: 'coverage',
      head_sha: SHA,
      conclusion: 'success',
      output: { title: 'Coverage', summary: '90%' },
    });
    expect(run.data).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(server.problems()).toEqual([]);
  });

  it('surfaces an invalid client call as a RequestError 422 and a recorded problem', async () => {
    const octokit = new Octokit({ auth: 'x', baseUrl: server.url, log: quiet });
    await expect(
      octokit.rest.checks.create({
        owner: 'octo-org',
        repo: 'ml-repo',
        name: 'c',
        head_sha: SHA,
        conclusion: 'passed' as 'success',
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server.problems()).toHaveLength(1);
  });
});
