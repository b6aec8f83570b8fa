import type { GateContext } from './gate.js';

/**
 * The base a pull request is compared with, when the run is a pull request: the remote-tracking
 * branch of its base (`origin/main`), which is what an Actions checkout fetches.
 */
export function pullRequestBase(ctx: GateContext): string | undefined {
  const baseRef = ctx.event.pullRequest?.baseRef;
  return baseRef ? `origin/${baseRef}` : undefined;
}

/**
 * Events that ship, as opposed to a pull request that proposes: a release, a manual dispatch, or
 * a tag push. Release mode checks everything bound to the release.
 */
export function isReleaseEvent(event: string | undefined, ref: string | undefined): boolean {
  if (event === 'release' || event === 'workflow_dispatch') return true;
  return event === 'push' && (ref ?? '').startsWith('refs/tags/');
}
