// The sticky comment against the loopback GitHub API, which validates every request against
// GitHub's OpenAPI description: it finds its own comment on any page, edits it in place, never
// touches anyone else's, and two racing runs end with exactly one comment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  markerLine,
  parseMarker,
  type StickyComment,
  upsertStickyComment,
} from '../../src/github/sticky-comment.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';

let server: GitHubApi;
let client: GitHubClient;
const target = { owner: 'octo-org', repo: 'ml-repo', issueNumber: 7 };
const base: StickyComment = {
  body: 'report v1',
  markerId: 'report',
  mode: 'always',
  failing: false,
  digest: 'd1',
  runId: 100,
  settleMs: 50,
};
const warnings: string[] = [];

const newClient = () =>
  createGitHubClient({
    token: 'ghs_test',
    baseUrl: server.url,
    log: { info: () => {}, warning: (m) => warnings.push(m) },
    retryAfterBaseValue: 1,
  });

beforeEach(async () => {
  server = await startGitHubApi();
  warnings.length = 0;
  client = newClient();
});
afterEach(async () => {
  expect(server.problems()).toEqual([]);
  await server.close();
});

const comments = () => server.state.issueComments('octo-org', 'ml-repo', 7);
const writes = () => server.requests.filter((r) => r.method !== 'GET');

describe('upsertStickyComment', () => {
  it('creates the comment with the marker on its first line, then edits the same one', async () => {
    const first = await upsertStickyComment(client, target, base);
    expect(first.action).toBe('created');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${markerLine('report', 'd1', 100)}\nreport v1`);
    const second = await upsertStickyComment(client, target, {
      ...base,
      body: 'report v2',
      digest: 'd2',
      runId: 101,
    });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain('report v2');
    expect(second.url).toMatch(/#issuecomment-\d+$/);
  });

  it('finds its comment among 120 others (the 111th, on page 2 of 100) and edits it, touching no other', async () => {
    const seeded = server.state.seedComments(7, 120, {
      markerAt: 110,
      marker: markerLine('report', 'old', 50),
    });
    const before = seeded.map((c) => c.body);
    const result = await upsertStickyComment(client, target, base);
    expect(result).toMatchObject({ action: 'updated', id: seeded[110]?.id });
    const lists = server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'));
    // Both pages, then both again: the check, after writing, that no racing run overwrote it.
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/octo-org/ml-repo/issues/comments/${seeded[110]?.id}`,
    ]);
    const after = comments().map((c) => c.body);
    expect(after.filter((_, i) => i !== 110)).toEqual(before.filter((_, i) => i !== 110));
  });

  it("ignores a person's comment that carries our marker (quoted or copied) and creates its own", async () => {
    server.state.seedComments(7, 3, {
      markerAt: 1,
      marker: markerLine('report', 'x'),
      markerAuthor: 'mallory',
    });
    const result = await upsertStickyComment(client, target, base);
    expect(result.action).toBe('created');
    expect(comments()).toHaveLength(4);
    expect(comments()[1]?.body).toContain('Seeded comment 1');
    // It asked who the token is (GITHUB_TOKEN may not: 403), and treated the person's as not ours.
    expect(server.requests.some((r) => r.path === '/user')).toBe(true);
  });

  it("with a person's token, that person's marked comment is ours", async () => {
    server.state.seedComments(7, 2, {
      markerAt: 0,
      marker: markerLine('report', 'x'),
      markerAuthor: 'deploy-bot-user',
    });
    server.state.authenticatedUser = { login: 'deploy-bot-user' };
    const result = await upsertStickyComment(client, target, base);
    expect(result.action).toBe('updated');
    expect(comments()).toHaveLength(2);
  });

  it('keeps several reports apart by marker id', async () => {
    await upsertStickyComment(client, target, base);
    await upsertStickyComment(client, target, { ...base, markerId: 'model-a', body: 'model a' });
    await upsertStickyComment(client, target, {
      ...base,
      markerId: 'model-a',
      body: 'model a v2',
      digest: 'd9',
    });
    expect(comments().map((c) => c.body.split('\n')[1])).toEqual(['report v1', 'model a v2']);
  });

  it('two runs racing end with exactly one comment, holding one of the two reports', async () => {
    const [a, b] = await Promise.all([
      upsertStickyComment(client, target, { ...base, body: 'run A', runId: 200 }),
      upsertStickyComment(client, target, { ...base, body: 'run B', runId: 200 }),
    ]);
    expect(comments()).toHaveLength(1);
    expect(['run A', 'run B']).toContain(comments()[0]?.body.split('\n')[1]);
    expect([a.id, b.id]).toContain(comments()[0]?.id);
  });

  it('five runs racing still end with one comment', async () => {
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) => upsertStickyComment(client, target, { ...base, body: `run ${n}` })),
    );
    expect(comments()).toHaveLength(1);
  });

  /** After the run's own PATCH, the next listing first sees another run's report land. */
  function landAfterOurWrite(id: number, body: string): void {
    let patched = false;
    let landed = false;
    server.setDelay((r) => {
      if (r.method === 'PATCH') patched = true;
      else if (patched && !landed && r.method === 'GET' && r.path.endsWith('/issues/7/comments')) {
        landed = true;
        const stored = server.state.comment('octo-org', 'ml-repo', id);
        if (stored) stored.body = body;
      }
      return undefined;
    });
  }

  it("puts its report back when an older run's write lands after its own", async () => {
    // Run 401 read the comment before run 404 wrote it and wrote late: its report lands between
    // run 404's write and run 404's check. (Separate processes race for real in the e2e suite.)
    const first = await upsertStickyComment(client, target, { ...base, body: 'run 400', runId: 400 });
    landAfterOurWrite(first.id ?? 0, `${markerLine('report', 'd1', 401)}\nrun 401`);
    const result = await upsertStickyComment(client, target, { ...base, body: 'run 404', runId: 404 });
    expect(result).toMatchObject({ action: 'updated', reason: 'restored after an older run overwrote it' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe(`${markerLine('report', 'd1', 404)}\nrun 404`);
  });

  it('an older run that sees a newer report after writing leaves it', async () => {
    const first = await upsertStickyComment(client, target, { ...base, body: 'run 400', runId: 400 });
    landAfterOurWrite(first.id ?? 0, `${markerLine('report', 'd1', 409)}\nrun 409`);
    const result = await upsertStickyComment(client, target, { ...base, body: 'run 405', runId: 405 });
    expect(result.action).toBe('updated');
    expect(comments()[0]?.body).toBe(`${markerLine('report', 'd1', 409)}\nrun 409`);
  });

  it("never takes another bot's marked comment for its own, even when its login is unknown", async () => {
    server.state.seedComments(7, 2, {
      markerAt: 0,
      marker: markerLine('report', 'x', 1),
      markerAuthor: 'other-app[bot]',
      markerAuthorType: 'Bot',
    });
    const result = await upsertStickyComment(client, target, base);
    expect(result.action).toBe('created');
    expect(comments()).toHaveLength(3);
    expect(comments()[0]?.body).toContain('Seeded comment 0');
  });

  it("an App token's bot is matched by the configured author login only", async () => {
    server.state.seedComments(7, 1, {
      markerAt: 0,
      marker: markerLine('report', 'x', 1),
      markerAuthor: 'my-app[bot]',
      markerAuthorType: 'Bot',
    });
    const result = await upsertStickyComment(client, target, { ...base, author: 'my-app[bot]' });
    expect(result.action).toBe('updated');
    expect(comments()).toHaveLength(1);
  });

  it('on-change leaves the comment alone when only the footer changed; always edits it', async () => {
    await upsertStickyComment(client, target, { ...base, mode: 'on-change' });
    const same = await upsertStickyComment(client, target, {
      ...base,
      mode: 'on-change',
      body: 'report v1 (new run link)',
      runId: 101,
    });
    expect(same).toMatchObject({ action: 'unchanged' });
    expect(comments()[0]?.body.split('\n')[1]).toBe('report v1');
    const changed = await upsertStickyComment(client, target, {
      ...base,
      mode: 'on-change',
      body: 'v2',
      digest: 'd2',
      runId: 102,
    });
    expect(changed.action).toBe('updated');
    const again = await upsertStickyComment(client, target, {
      ...base,
      mode: 'always',
      body: 'v2 again',
      digest: 'd2',
      runId: 103,
    });
    expect(again.action).toBe('updated');
  });

  it('on-failure creates only when something blocks, but still updates an existing comment', async () => {
    expect((await upsertStickyComment(client, target, { ...base, mode: 'on-failure' })).action).toBe(
      'skipped',
    );
    expect(comments()).toHaveLength(0);
    expect(
      (await upsertStickyComment(client, target, { ...base, mode: 'on-failure', failing: true })).action,
    ).toBe('created');
    const fixed = await upsertStickyComment(client, target, {
      ...base,
      mode: 'on-failure',
      body: 'all good',
      digest: 'd3',
      runId: 101,
    });
    expect(fixed.action).toBe('updated');
    expect(comments()[0]?.body).toContain('all good');
  });

  it('never posts nothing and makes no request', async () => {
    expect((await upsertStickyComment(client, target, { ...base, mode: 'never' })).action).toBe('skipped');
    expect(server.requests).toHaveLength(0);
  });

  it('an older run never overwrites the comment of a newer run', async () => {
    await upsertStickyComment(client, target, { ...base, body: 'newer', runId: 300 });
    const stale = await upsertStickyComment(client, target, {
      ...base,
      body: 'older',
      digest: 'd0',
      runId: 299,
    });
    expect(stale.action).toBe('unchanged');
    expect(comments()[0]?.body).toContain('newer');
  });

  it('retries a 502 and then succeeds', async () => {
    let failed = 0;
    server.setFault((r) =>
      r.method === 'POST' && failed++ === 0 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined,
    );
    const result = await upsertStickyComment(client, target, base);
    expect(result.action).toBe('created');
    expect(failed).toBe(2);
    expect(comments()).toHaveLength(1);
  });
});

describe('parseMarker', () => {
  it('reads digest and run, and refuses other ids and other first lines', () => {
    expect(parseMarker(`${markerLine('report', 'abc', 9)}\nx`, 'report')).toEqual({
      digest: 'abc',
      runId: 9,
    });
    expect(parseMarker(`${markerLine('other', 'abc')}\nx`, 'report')).toBeUndefined();
    expect(parseMarker(`> ${markerLine('report', 'abc')}`, 'report')).toBeUndefined();
    expect(parseMarker(`hello\n${markerLine('report', 'abc')}`, 'report')).toBeUndefined();
  });
});
