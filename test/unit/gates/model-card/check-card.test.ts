import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCard } from '../../../../src/gates/model-card/check-card.js';
import { modelCardSettings } from '../../../../src/gates/model-card/parse-settings.js';

const dir = mkdtempSync(join(tmpdir(), 'mlqg-check-card-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('checkCard on a Model Card Toolkit JSON card', () => {
  it('finds placeholders in a JSON card, at their line', async () => {
    mkdirSync(join(dir, 'm'), { recursive: true });
    // Line 4 holds the template text; line 6 a TODO.
    writeFileSync(
      join(dir, 'm', 'model_card.json'),
      [
        '{',
        '  "schema_version": "0.0.2",',
        '  "model_details": {',
        '    "name": "[More Information Needed]",',
        '    "overview": "A churn model.",',
        '    "documentation": "TODO: write this"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const result = await checkCard('m/model_card.json', modelCardSettings({ preset: 'none' }, {}, dir));
    expect(result.format).toBe('mct-v0.0.2');
    const placeholders = result.findings.filter((f) => f.rule === 'model-card/placeholder');
    expect(placeholders.map((f) => f.line)).toEqual([4, 6]);
    expect(placeholders.every((f) => f.path === 'm/model_card.json')).toBe(true);
  });
});
