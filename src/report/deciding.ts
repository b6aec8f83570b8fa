import type { Finding, GateResult } from '../result/types.js';

/**
 * What decided a row's status, in a few words, so the table alone tells a reviewer what blocks:
 * the rules of the findings at the deciding severity (errors for `fail`/`error`, warnings for
 * `warn`), most frequent first, with their counts (`breaking change ×2, invalid row ×1`).
 */
export function decidedBy(result: GateResult, max = 2): string {
  const severity: Finding['severity'] | undefined =
    result.status === 'fail' || result.status === 'error'
      ? 'error'
      : result.status === 'warn'
        ? 'warning'
        : undefined;
  if (!severity) return '—';
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    if (f.severity !== severity) continue;
    const rule = (f.rule ?? 'finding').replace(/^[^/]*\//, '').replace(/-/g, ' ');
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  if (counts.size === 0) return '—';
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = top.slice(0, max).map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule));
  return top.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
