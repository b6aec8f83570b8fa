import { formatPercent, isRatio } from '../result/percent.js';
import type { GateResult } from '../result/types.js';

const WORD: Record<GateResult['status'], string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  error: 'ERROR',
  skip: 'SKIP',
};

/** A gate result for a terminal: verdict line, summary, metrics and findings, no Markdown. */
export function renderGateText(result: GateResult, maxFindings = 50): string {
  const out = [`${WORD[result.status]}  ${result.gate}: ${result.title}`, `  ${result.summary}`];
  for (const [name, value] of Object.entries(result.metrics)) {
    if (isRatio(value)) {
      out.push(
        `  ${name.padEnd(10)} ${formatPercent(value.percent).padStart(8)}  (${value.covered}/${value.total})`,
      );
    }
  }
  const shown = result.findings.slice(0, maxFindings);
  for (const f of shown) {
    const where = f.path
      ? `${f.path}${f.line !== undefined ? `:${f.line}${f.endLine && f.endLine !== f.line ? `-${f.endLine}` : ''}` : ''}: `
      : '';
    out.push(`  ${f.severity.padEnd(7)} ${where}${f.message}`);
    if (f.fix) out.push(`          fix: ${f.fix}`);
  }
  if (result.findings.length > shown.length)
    out.push(`  … ${result.findings.length - shown.length} more finding(s) in the JSON result`);
  if (typeof result.metrics.rounding === 'string') out.push(`  (${result.metrics.rounding})`);
  return `${out.join('\n')}\n`;
}
