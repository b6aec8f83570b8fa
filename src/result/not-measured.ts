import type { Finding } from './types.js';

/** Why a figure a threshold needs could not be measured. */
export interface NotMeasured {
  /** The gate id, for the rule (`coverage/not-measured`). */
  gate: string;
  /** What was not measured, as the report names it: `patch coverage`. */
  what: string;
  /** Why, in a few words: `no base ref`. */
  reason: string;
  fix: string;
  /**
   * Inside a pull request a base must exist, so an unmeasured figure is an error (the gate could
   * not judge); outside one (a push, a local run) it is a warning that stays visible.
   */
  inPullRequest: boolean;
}

/**
 * The finding for a threshold that could not be evaluated. Nothing unmeasured reads as met: the
 * message always says `<what>: not measured (<reason>)`, and every gate uses this one wording, so
 * the same missing base gives the same status everywhere.
 */
export function notMeasuredFinding(n: NotMeasured): Finding {
  return {
    severity: n.inPullRequest ? 'error' : 'warning',
    rule: `${n.gate}/not-measured`,
    message: `${n.what}: not measured (${n.reason})`,
    fix: n.fix,
  };
}

/** The fix for a comparison that has no base to compare with. */
export const NO_BASE_FIX =
  'Pass --base (e.g. origin/main) or --diff-file, or set base in the config; in GitHub Actions the pull request base is used, with actions/checkout fetch-depth: 0.';
