import { type GateResult, type GateStatus, resultId, worstStatus } from '../result/types.js';

/** When the report blocks: which statuses fail the step and the check. */
export interface BlockingPolicy {
  /** `error` (default): gates that fail block; `warning`: warnings block too; `never`: report only. */
  failOn: 'error' | 'warning' | 'never';
  /** A gate that could not judge (status `error`) blocks (default true): it must never read as a pass. */
  failOnError: boolean;
}

/** The default policy: failures and errors block, warnings do not. */
export const DEFAULT_POLICY: BlockingPolicy = { failOn: 'error', failOnError: true };

/** The combined verdict over every gate result. */
export interface Verdict {
  /** Worst status over the results (`skip` when every gate was skipped). */
  status: GateStatus;
  /** True when the step must fail and the check conclude `failure`. */
  blocking: boolean;
  /** Ids of the results with status fail or error, in report order. */
  failed: string[];
  /** Ids of the results that block under the policy. */
  blockingIds: string[];
  /** The check run conclusion: failure when blocking; neutral for non-blocking problems or all skipped. */
  conclusion: 'success' | 'failure' | 'neutral';
  /** The commit status state for the same verdict. */
  state: 'success' | 'failure' | 'error';
  /** Exit code of the report step: 0 not blocking, 1 blocked by a failure, 2 blocked only by errors. */
  exitCode: 0 | 1 | 2;
}

/** True when a result with this status blocks under the policy. */
export function blocks(status: GateStatus, policy: BlockingPolicy): boolean {
  if (policy.failOn === 'never') return false;
  if (status === 'fail') return true;
  if (status === 'error') return policy.failOnError;
  return status === 'warn' && policy.failOn === 'warning';
}

/** Folds gate results into one verdict under a policy. `results` must not be empty. */
export function decideVerdict(results: readonly GateResult[], policy: BlockingPolicy): Verdict {
  const status = results.map((r) => r.status).reduce(worstStatus, 'skip');
  const failed = results.filter((r) => r.status === 'fail' || r.status === 'error').map(resultId);
  const blocking = results.filter((r) => blocks(r.status, policy));
  const blockedByFailure = blocking.some((r) => r.status !== 'error');
  const isBlocking = blocking.length > 0;
  const quiet = status === 'pass';
  return {
    status,
    blocking: isBlocking,
    failed,
    blockingIds: blocking.map(resultId),
    conclusion: isBlocking ? 'failure' : quiet ? 'success' : 'neutral',
    state: !isBlocking ? 'success' : blockedByFailure ? 'failure' : 'error',
    exitCode: !isBlocking ? 0 : blockedByFailure ? 1 : 2,
  };
}
