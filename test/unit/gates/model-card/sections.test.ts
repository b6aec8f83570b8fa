import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/gates/model-card/markdown.js';
import { Placeholders } from '../../../../src/gates/model-card/placeholders.js';
import { headingMatches, normalizeHeading, PRESETS } from '../../../../src/gates/model-card/presets.js';
import { checkSections } from '../../../../src/gates/model-card/sections.js';

const placeholders = new Placeholders([]);
const parse = (md: string) => parseMarkdown(md, (t) => placeholders.strip(t));

describe('headings', () => {
  it('normalizes case, &, numbering and [optional]', () => {
    expect(normalizeHeading('2.1 Testing Data, Factors & Metrics')).toBe('testing data factors and metrics');
    expect(normalizeHeading('Downstream Use [optional]')).toBe('downstream use');
  });

  it('matches by text with synonyms, at any level, and ignores headings in code blocks', () => {
    const md = '# Intended Uses\n\nScoring customers.\n\n```sh\n# Metrics\n```\n\nSetext\n======\n\nText.\n';
    const { sections } = parse(md);
    expect(sections.map((s) => s.text)).toEqual(['Intended Uses', 'Setext']);
    const rule = PRESETS['mitchell-2019'].find((r) => r.name === 'Intended Use');
    expect(rule && headingMatches('Intended Uses', rule)).toBe(true);
  });
});

describe('checkSections', () => {
  const rules = [
    { name: 'Training Data', synonyms: [] },
    { name: 'Metrics', synonyms: ['Performance Metrics'] },
    { name: 'Risk', synonyms: [] },
  ];

  it('reports missing, empty (placeholder-only) and short sections with lines; counts subsections', () => {
    const md = [
      '# Card', // 1
      '', // 2
      '### Training Data', // 3
      '', // 4
      '[More Information Needed]', // 5
      '', // 6
      '## Performance Metrics', // 7
      '', // 8
      '### Accuracy', // 9
      '', // 10
      'Accuracy on the hold-out split is high.', // 11
      '', // 12
      '## Notes', // 13
    ].join('\n');
    const { findings, complete } = checkSections(parse(md).sections, rules, 3, 'README.md', 'custom');
    expect(complete).toEqual(['Metrics']);
    expect(findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['model-card/section-empty', 3, 'error'],
      ['model-card/section-missing', undefined, 'error'],
      ['model-card/section-empty', 13, 'warning'],
    ]);
  });

  it('enforces min-words', () => {
    const md = '## Risk\n\nLow.\n';
    const { findings } = checkSections(parse(md).sections, [{ name: 'Risk', synonyms: [] }], 2, 'R.md', 'x');
    expect(findings[0]).toMatchObject({ rule: 'model-card/section-too-short', line: 1 });
  });
});

describe('placeholders', () => {
  it('finds each placeholder kind with its line, skipping code blocks', () => {
    const md = [
      'Intro', // 1
      'TODO fill in', // 2
      'Owner: TBD', // 3
      'Lorem ipsum dolor', // 4
      '{{ model_id | default("x") }}', // 5
      '```', // 6
      'TODO in code is fine', // 7
      '```', // 8
      'todo list (lower case) is prose', // 9
      'A [More Information Needed] marker', // 10
    ].join('\n');
    const found = placeholders.find(md, 'README.md', parse(md).literalLines);
    expect(found.map((f) => f.line)).toEqual([2, 3, 4, 5, 10]);
  });

  it('adds configured texts', () => {
    expect(new Placeholders(['<fill me>']).find('a <FILL ME> b', 'x').length).toBe(1);
  });
});

describe('metric tables', () => {
  it('reads Metric/Value rows with their lines', () => {
    const md =
      '| Metric | Split | Value |\n| --- | --- | --- |\n| Accuracy | test | 0.91 |\n| F1 \\| macro | test | 88% |\n';
    expect(parse(md).claims).toEqual([
      { name: 'Accuracy', value: '0.91', line: 3, context: 'test' },
      { name: 'F1 | macro', value: '88%', line: 4, context: 'test' },
    ]);
  });
});
