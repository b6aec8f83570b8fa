import type { Finding, GateStatus } from './types.js';

/**
 * The one status policy every gate uses: a gate that could not judge (bad input, unreachable
 * registry) is `error`; otherwise an `error` finding fails the gate, a `warning` finding warns,
 * and only a gate with neither passes. `notice` findings never change the status.
 */
export function statusOf(
  findings: readonly Finding[],
  options: { couldNotJudge?: boolean } = {},
): GateStatus {
  if (options.couldNotJudge === true) return 'error';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}
