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

describe('checkCard reads front matter where huggingface_hub does', () => {
  const card = (name: string, text: string | Buffer) => {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(
      join(dir, name, 'README.md'),
      Buffer.concat([Buffer.from(text), Buffer.from('\nA churn model.\n')]),
    );
    return `${name}/README.md`;
  };
  const settings = () => modelCardSettings({ preset: 'none' }, {}, dir);

  it('checks the licence of a block after a blank line (the Hub reads it; "Apache 2.0" is no id)', async () => {
    // Line 1 blank, line 2 "---", line 3 the licence.
    const path = card('blank-first', '\n---\nlicense: Apache 2.0\n---\n# Card\n');
    const result = await checkCard(path, settings());
    expect(result.format).toBe('huggingface');
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['model-card/license-unknown', 3]]);
  });

  it('names an opening line with a trailing space, which the Hub ignores', async () => {
    const path = card('trailing-space', '--- \nlicense: mit\n---\n# Card\n');
    const result = await checkCard(path, settings());
    expect(result.format).toBe('markdown');
    // license is required by default, so the ignored block is an error. (As Markdown, the
    // block is a heading "license: mit" with nothing under it, as the Hub renders it.)
    const front = result.findings.filter((f) => !f.rule?.startsWith('model-card/section-'));
    expect(front.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['model-card/front-matter-ignored', 'error', 1],
    ]);
  });

  it('takes an empty block (with a line between) as empty metadata, and one without as not read', async () => {
    const empty = await checkCard(card('empty-block', '---\n\n---\n# Card\n'), settings());
    expect(empty.findings.map((f) => f.rule)).toEqual(['model-card/metadata-missing']);
    expect(empty.findings[0]?.message).toContain('has no "license"');
    const tight = await checkCard(card('tight-block', '---\n---\n# Card\n'), settings());
    expect(tight.findings.map((f) => f.rule)).toEqual(['model-card/front-matter-unclosed']);
  });

  it('reads the block after a BOM, and warns that huggingface_hub does not', async () => {
    const path = card('bom', Buffer.from('\uFEFF---\nlicense: mit\n---\n# Card\n', 'utf8'));
    const result = await checkCard(path, settings());
    expect(result.format).toBe('huggingface');
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['model-card/front-matter-bom', 'warning'],
    ]);
  });
});
