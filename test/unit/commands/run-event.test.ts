import { describe, expect, it } from 'vitest';
import { runEvent } from '../../../src/commands/run-event.js';
import { isReleaseEvent } from '../../../src/result/gate-context.js';

const HEAD = 'a1'.repeat(20);

describe('runEvent: what the gates may know of the event', () => {
  it('detects release mode from the event', () => {
    expect(isReleaseEvent('release', undefined)).toBe(true);
    expect(isReleaseEvent('workflow_dispatch', undefined)).toBe(true);
    expect(isReleaseEvent('push', 'refs/tags/v1.2.0')).toBe(true);
    expect(isReleaseEvent('push', 'refs/heads/main')).toBe(false);
    expect(isReleaseEvent('pull_request', undefined)).toBe(false);
  });

  it('reads the pull request: number, base branch, labels and head commit (not the merge commit)', () => {
    const event = runEvent(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_BASE_REF: 'main',
        GITHUB_SHA: 'e9'.repeat(20),
      },
      {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: HEAD },
          base: { ref: 'main' },
          labels: [{ name: 'breaking-ok' }],
        },
      },
    );
    expect(event).toEqual({
      name: 'pull_request',
      release: false,
      pullRequest: { number: 7, baseRef: 'main', labels: ['breaking-ok'], headSha: HEAD },
    });
  });

  it('is a local run outside GitHub Actions, and no pull request without a base branch', () => {
    expect(runEvent({}, {})).toEqual({ name: 'local', release: false });
    expect(
      runEvent({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, {}),
    ).toEqual({
      name: 'push',
      release: false,
    });
  });
});
