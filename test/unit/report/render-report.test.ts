import { describe, expect, it } from 'vitest';
import { renderReport, type RenderOptions } from '../../../src/report/render-report.js';
import { DEFAULT_POLICY, decideVerdict } from '../../../src/report/verdict.js';
import type { GateResult } from '../../../src/result/types.js';
import { findings, gate } from './fixtures.js';

const OPTIONS: RenderOptions = {
  limit: 65_536,
  maxFindingsPerGate: 50,
  limitName: 'the limit',
  context: {
    sha: 'a'.repeat(40),
    runUrl: 'https://github.com/o/r/actions/runs/7',
    fullReportHint: 'the job summary',
  },
};

function render(results: GateResult[], options: Partial<RenderOptions> = {}) {
  return renderReport(results, decideVerdict(results, DEFAULT_POLICY), { ...OPTIONS, ...options });
}

const coverage = gate({
  gate: 'coverage',
  status: 'fail',
  title: 'Coverage below threshold: 75.00% of lines',
  keyMetric: { label: 'patch coverage', value: 57.142857, unit: '%', threshold: 90, delta: -1.25 },
  metrics: { lines: { covered: 12, total: 16, percent: 75 }, thresholds: { lines: 80 } },
  findings: findings(3, 'error', 'src/pkg/mod'),
});

describe('renderReport', () => {
  it('heads with the verdict, one row per gate with key metric, change and threshold', () => {
    const { markdown, cuts, omittedFindings } = render([
      coverage,
      gate({ gate: 'model-card', status: 'pass' }),
    ]);
    expect(markdown).toMatch(
      /^## ❌ ML quality gates: blocked\n\n1 of 2 gate\(s\) block this change: \*\*coverage\*\*\./,
    );
    // The last cell says what decided the row: the three error findings of rule test/error.
    expect(markdown).toContain(
      '| coverage | ❌ fail | patch coverage 57.14% | −1.25 pts | ≥ 90% | error ×3 |',
    );
    expect(markdown).toContain('| model-card | ✅ pass | — | — | — | — |');
    expect(markdown.match(/<details><summary>/g)).toHaveLength(2);
    expect(markdown).not.toContain('<details open');
    expect(markdown).toContain('`src/pkg/mod0.py:1`');
    expect(markdown).toContain('*Fix:* Do the thing.');
    expect(markdown).toContain('commit `aaaaaaa` · [workflow run](https://github.com/o/r/actions/runs/7)');
    expect(cuts).toEqual([]);
    expect(omittedFindings).toBe(0);
  });

  it('falls back to the first ratio metric when a gate names no key metric', () => {
    const { markdown } = render([
      gate({ gate: 'x', status: 'pass', metrics: { rows: { covered: 1, total: 3, percent: 33.3333 } } }),
    ]);
    expect(markdown).toContain('| x | ✅ pass | rows 33.33% | — | — |');
  });

  it('caps findings per gate and says how many more there are', () => {
    const big = gate({ gate: 'coverage', status: 'fail', findings: findings(60, 'warning') });
    const { markdown, omittedFindings } = render([big]);
    expect(markdown.match(/^- ⚠️ /gm)).toHaveLength(50);
    expect(markdown).toContain('- … 10 more finding(s) not shown here');
    expect(omittedFindings).toBe(10);
  });

  it('fits the limit by cutting notices first, then warnings, keeping errors, and says what was cut', () => {
    const results = [
      gate({
        gate: 'coverage',
        status: 'fail',
        findings: [
          ...findings(40, 'notice', 'n/'),
          ...findings(40, 'warning', 'w/'),
          ...findings(40, 'error', 'e/'),
        ],
      }),
    ];
    const whole = render(results, { maxFindingsPerGate: 1000 }).markdown.length;
    const limit = Math.floor(whole * 0.6);
    const { markdown, cuts, omittedFindings } = render(results, { maxFindingsPerGate: 1000, limit });
    expect(markdown.length).toBeLessThanOrEqual(limit);
    expect(markdown.match(/^- ❌ /gm)).toHaveLength(40);
    expect(markdown.match(/^- ℹ️ /gm) ?? []).toHaveLength(0);
    expect(cuts[0]).toMatch(/^\d+ finding\(s\)$/);
    expect(markdown).toMatch(
      /> ✂️ \*\*Shortened to fit the limit:\*\* not shown here: \d+ finding\(s\)\. The full report is in the job summary/,
    );
    const shown = (markdown.match(/^- (?:❌|⚠️) /gmu) ?? []).length;
    expect(shown + omittedFindings).toBe(120);
    // As many as fit: a limit one character tighter must lose a finding.
    const tighter = render(results, { maxFindingsPerGate: 1000, limit: markdown.length - 1 });
    expect(tighter.omittedFindings).toBeGreaterThan(omittedFindings);
  });

  it('keeps errors of failing gates before errors of passing ones', () => {
    const results = [
      gate({ gate: 'coverage', status: 'pass', findings: findings(30, 'error', 'pass/') }),
      gate({ gate: 'model-card', status: 'fail', findings: findings(30, 'error', 'fail/') }),
    ];
    const whole = render(results).markdown.length;
    const { markdown } = render(results, { limit: Math.floor(whole * 0.75) });
    expect(markdown.match(/`fail\//g)).toHaveLength(30);
    expect((markdown.match(/`pass\//g) ?? []).length).toBeLessThan(30);
  });

  it('drops tables and then details when even no findings do not fit, never exceeding the limit', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      gate({
        gate: `g${String(i).padStart(2, '0')}`,
        status: 'pass',
        summary: 'x'.repeat(1500),
        findings: findings(5, 'notice'),
      }),
    );
    const { markdown, cuts } = render(many, { limit: 20_000 });
    expect(markdown.length).toBeLessThanOrEqual(20_000);
    expect(cuts).toContain("every gate's details");
    expect(markdown.match(/^\| g\d\d \|/gm)).toHaveLength(40);
    const tiny = render(many, { limit: 1500 });
    expect(tiny.markdown.length).toBeLessThanOrEqual(1500);
    expect(tiny.markdown).toContain('✂️ Truncated at the limit');
  });

  it('counts with the measure it is given (bytes for the job summary)', () => {
    const results = [gate({ gate: 'coverage', status: 'fail', findings: findings(200, 'error', 'é/ü/') })];
    const bytes = (s: string) => Buffer.byteLength(s);
    const { markdown } = render(results, { limit: 20_000, measure: bytes, maxFindingsPerGate: 1000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(20_000);
    expect(bytes(markdown)).toBeGreaterThan(15_000);
  });

  it('escapes user text everywhere it appears', () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat | a `b` </details> [x](javascript:alert(1))';
    const { markdown } = render([
      gate({
        gate: 'coverage',
        id: 'coverage',
        status: 'fail',
        title: hostile,
        summary: hostile,
        findings: [{ severity: 'error', message: hostile, path: hostile, fix: hostile }],
      }),
    ]);
    // Inside a code span (the path) nothing is rendered; everywhere else markup must be escaped.
    expect(markdown).toContain(
      '``<img src=x onerror=alert(1)> @octocat | a `b` </details> [x](javascript:alert(1))``',
    );
    const prose = markdown.replace(/``[^\n]*?``/g, 'CODE');
    expect(prose).not.toMatch(/<img/);
    expect(prose).not.toMatch(/@octocat/);
    expect(markdown).toContain('@\u200Boctocat');
    expect(prose.match(/<\/details>/g)).toHaveLength(1);
    // A <summary> line is an HTML block: Markdown is not parsed there, so only the rest matters.
    expect(prose.replace(/^<details><summary>.*$/gm, '')).not.toContain('](javascript:');
  });

  it('the content (without the footer) does not change with the run or commit', () => {
    const a = render([coverage]);
    const b = renderReport([coverage], decideVerdict([coverage], DEFAULT_POLICY), {
      ...OPTIONS,
      context: { ...OPTIONS.context, sha: 'b'.repeat(40), runUrl: 'https://github.com/o/r/actions/runs/8' },
    });
    expect(a.content).toBe(b.content);
    expect(a.markdown).not.toBe(b.markdown);
  });
});
