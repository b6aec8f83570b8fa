import type { GateResult } from './types.js';

/** The result of a gate turned off by configuration: reported, so a required check never hangs. */
export function skippedResult(gate: string, reason: string): GateResult {
  return {
    schemaVersion: 1,
    gate,
    status: 'skip',
    title: 'Skipped',
    summary: `Skipped: ${reason}.`,
    metrics: {},
    findings: [],
  };
}
