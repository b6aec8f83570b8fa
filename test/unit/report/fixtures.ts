import type { Finding, GateResult } from '../../../src/result/types.js';

/** A gate result with defaults, for report tests. */
export function gate(partial: Partial<GateResult> & Pick<GateResult, 'gate' | 'status'>): GateResult {
  return {
    schemaVersion: 1,
    title: `${partial.gate} title`,
    summary: `${partial.gate} summary`,
    metrics: {},
    findings: [],
    ...partial,
  };
}

/** `count` findings of one severity, each with a path and a line. */
export function findings(count: number, severity: Finding['severity'], prefix = 'src/f'): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    severity,
    message: `${severity} number ${i} in ${prefix}`,
    path: `${prefix}${i}.py`,
    line: i + 1,
    rule: `test/${severity}`,
    fix: 'Do the thing.',
  }));
}
