import type { UserError } from '../util/errors.js';
import type { Finding, GateResult } from './types.js';

/** The finding for an input the gate could not use, with where it is and how to fix it. */
export function userErrorFinding(gate: string, error: UserError): Finding {
  const path = error.location?.path;
  return {
    severity: 'error',
    rule: `${gate}/bad-input`,
    message: error.message,
    ...(path && !path.startsWith('git ') ? { path } : {}),
    ...(error.location?.line !== undefined ? { line: error.location.line } : {}),
    ...(error.fix ? { fix: error.fix } : {}),
  };
}

/** The result of a gate that could not judge: status `error`, which never reads as a pass. */
export function errorGateResult(
  gate: string,
  title: string,
  findings: Finding[],
  metrics: Record<string, unknown> = {},
): GateResult {
  return {
    schemaVersion: 1,
    gate,
    status: 'error',
    title,
    summary:
      `${findings.length} problem(s) with the input; fix them and re-run. ${findings[0]?.message ?? ''}`.trim(),
    metrics: Object.fromEntries(Object.entries(metrics).filter(([, v]) => v !== undefined)),
    findings,
  };
}

/**
 * The result of a gate that crashed (a bug, not the user's input): status `error`, so the report
 * blocks, with the exception's first line. The stack goes to the debug log, never into a comment.
 */
export function internalErrorResult(gate: string, message: string): GateResult {
  const firstLine = message.split(/\r?\n/)[0]?.slice(0, 500) ?? '';
  return {
    schemaVersion: 1,
    gate,
    status: 'error',
    title: `Internal error in gate ${gate}`,
    summary: `The gate crashed and could not judge: internal error in gate ${gate}: ${firstLine}`,
    metrics: {},
    findings: [
      {
        severity: 'error',
        rule: `${gate}/internal-error`,
        message: `internal error in gate ${gate}: ${firstLine}`,
        fix: 'This is a bug in ml-quality-gates, not in your repository: re-run with debug logging (RUNNER_DEBUG=1, or MLQG_DEBUG=1 locally) and report it with the stack.',
      },
    ],
  };
}
