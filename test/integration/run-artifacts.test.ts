// The results artifact of a fork's run, downloaded from the loopback GitHub: its listed size is
// the fork's claim, so the download is counted as it streams in and cut off at the limit.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { ARTIFACT_LIMITS, downloadRunArtifact, readCapped } from '../../src/github/run-artifacts.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api/server.js';

let server: GitHubApi;
let client: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApi();
  client = createGitHubClient({
    token: 'ghs_x',
    baseUrl: server.url,
    log: { info: () => {}, warning: () => {} },
  });
});
afterEach(async () => {
  expect(server.problems()).toEqual([]);
  await server.close();
});

describe('downloadRunArtifact', () => {
  it('refuses a download larger than the limit although the listing claims 1,000 bytes', async () => {
    server.state.seedArtifact({
      runId: 9,
      name: 'ml-quality-gates-results',
      zip: randomBytes(ARTIFACT_LIMITS.zipBytes + 1024 * 1024),
      claimedSize: 1000,
    });
    const got = await downloadRunArtifact(client, {
      owner: 'octo-org',
      repo: 'ml-repo',
      runId: 9,
      name: 'ml-quality-gates-results',
    });
    expect(got.files).toEqual([]);
    expect(got.problems[0]?.message).toBe(
      `The artifact ml-quality-gates-results download is larger than ${ARTIFACT_LIMITS.zipBytes} bytes (it claimed 1000); it was not read.`,
    );
  });

  it('unpacks a well-formed artifact streamed in', async () => {
    server.state.seedArtifact({ runId: 10, name: 'r', files: { 'coverage.json': '{"a":1}' } });
    const got = await downloadRunArtifact(client, {
      owner: 'octo-org',
      repo: 'ml-repo',
      runId: 10,
      name: 'r',
    });
    expect(got.problems).toEqual([]);
    expect(got.files).toEqual([{ name: 'coverage.json', text: '{"a":1}' }]);
  });
});

describe('artifact entry names', () => {
  it.each(['../evil.json', '/etc/x.json', 'a/../../b.json', 'line\nbreak.json', 'win\\path.json'])(
    'refuses %j: a results upload never has it',
    async (name) => {
      server.state.seedArtifact({ runId: 11, name: 'r', files: { [name]: '{}' } });
      const got = await downloadRunArtifact(client, {
        owner: 'octo-org',
        repo: 'ml-repo',
        runId: 11,
        name: 'r',
      });
      expect(got.files).toEqual([]);
      expect(got.problems[0]?.message).toMatch(/could not be unpacked: an entry name leaves the artifact/);
    },
  );
});

describe('readCapped', () => {
  const stream = (sizes: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const n of sizes) controller.enqueue(new Uint8Array(n).fill(7));
        controller.close();
      },
    });

  it('stops at the first chunk past the cap and cancels the stream', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    expect(await readCapped(endless, 10_500)).toBeUndefined();
    // 11 chunks of 1,000 bytes pass 10,500 at the 11th; the reader never asks for many more.
    expect(pulled).toBeLessThanOrEqual(13);
    expect(await readCapped(stream([3, 4, 5]), 12)).toEqual(new Uint8Array(12).fill(7));
    expect(await readCapped(stream([3, 4, 6]), 12)).toBeUndefined();
  });
});
