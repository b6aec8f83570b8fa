import { describe, expect, it } from 'vitest';
import { type Draft, toFindings } from '../../../../src/gates/notebooks/findings.js';
import { policyResolver } from '../../../../src/gates/notebooks/policy.js';
import { DEFAULT_SEVERITY } from '../../../../src/gates/notebooks/settings.js';

const draft = (rule: Draft['rule'], line: number): Draft => ({
  rule,
  line,
  message: `cell 1: ${rule} at ${line}`,
  fix: 'fix it',
});

describe('toFindings', () => {
  it('applies severities, drops rules set to off, sorts errors first then by line', () => {
    const severity = {
      ...DEFAULT_SEVERITY,
      'local-path': 'off' as const,
      'unpinned-install': 'error' as const,
    };
    const { findings, counts } = toFindings(
      'a.ipynb',
      [draft('local-path', 1), draft('kernel-metadata', 2), draft('unpinned-install', 9), draft('secret', 5)],
      severity,
      20,
    );
    expect(findings.map((f) => [f.severity, f.rule, f.line, f.message])).toEqual([
      ['error', 'notebooks/secret', 5, 'Cell 1: secret at 5'],
      ['error', 'notebooks/unpinned-install', 9, 'Cell 1: unpinned-install at 9'],
      ['warning', 'notebooks/kernel-metadata', 2, 'Cell 1: kernel-metadata at 2'],
    ]);
    expect(counts).toEqual({ secret: 1, 'unpinned-install': 1, 'kernel-metadata': 1 });
  });

  it('lists at most the cap and counts the rest by rule, keeping errors in view', () => {
    const drafts = [
      ...Array.from({ length: 4 }, (_, i) => draft('local-path', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => draft('secret', 100 + i)),
    ];
    const { findings, counts } = toFindings('a.ipynb', drafts, DEFAULT_SEVERITY, 4);
    // 3 secrets (errors) first, then 1 of the 4 local paths; 3 local paths left over.
    expect(findings.map((f) => f.rule)).toEqual([
      'notebooks/secret',
      'notebooks/secret',
      'notebooks/secret',
      'notebooks/local-path',
      'notebooks/more-findings',
    ]);
    expect(findings[4]).toMatchObject({
      severity: 'notice',
      message: '3 more finding(s) in this notebook are not listed (3 notebooks/local-path).',
    });
    expect(counts).toEqual({ 'local-path': 4, secret: 3 });
  });
});

describe('policyResolver', () => {
  it('applies the first matching policy, else the default', () => {
    const resolve = policyResolver(
      [
        { globs: ['reports/**'], outputs: 'executed' },
        { globs: ['reports/drafts/**', 'scratch/*.ipynb'], outputs: 'any' },
      ],
      'stripped',
    );
    expect(resolve('reports/q1.ipynb')).toEqual({ outputs: 'executed', rule: 0 });
    // reports/** matches first, so the drafts entry never applies under reports/.
    expect(resolve('reports/drafts/x.ipynb')).toEqual({ outputs: 'executed', rule: 0 });
    expect(resolve('scratch/a.ipynb')).toEqual({ outputs: 'any', rule: 1 });
    expect(resolve('notebooks/a.ipynb')).toEqual({ outputs: 'stripped' });
  });
});
