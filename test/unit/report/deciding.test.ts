import { describe, expect, it } from 'vitest';
import { decidedBy } from '../../../src/report/deciding.js';
import { gate } from './fixtures.js';

describe('decidedBy: what the table says blocks', () => {
  it('names the rules at the deciding severity, most frequent first, with counts', () => {
    const result = gate({
      gate: 'data-schema',
      status: 'fail',
      findings: [
        { severity: 'error', rule: 'data-schema/breaking-change', message: 'a' },
        { severity: 'error', rule: 'data-schema/invalid-row', message: 'b' },
        { severity: 'error', rule: 'data-schema/breaking-change', message: 'c' },
        { severity: 'warning', rule: 'data-schema/not-measured', message: 'd' },
        { severity: 'error', rule: 'data-schema/schema-invalid', message: 'e' },
      ],
    });
    // breaking-change ×2 first; then invalid-row and schema-invalid tie at 1 (alphabetical), the
    // third left as …; the warning does not decide a fail.
    expect(decidedBy(result)).toBe('breaking change ×2, invalid row, …');
  });

  it('uses warnings for a warn row and says nothing for pass and skip', () => {
    const warn = gate({
      gate: 'x',
      status: 'warn',
      findings: [{ severity: 'warning', rule: 'x/no-base', message: 'w' }],
    });
    expect(decidedBy(warn)).toBe('no base');
    expect(decidedBy(gate({ gate: 'x', status: 'pass' }))).toBe('—');
    expect(decidedBy(gate({ gate: 'x', status: 'skip' }))).toBe('—');
  });
});
