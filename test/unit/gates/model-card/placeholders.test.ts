import { describe, expect, it } from 'vitest';
import { Placeholders, quoteFound } from '../../../../src/gates/model-card/placeholders.js';

describe('placeholder findings quote what they found', () => {
  it('quotes unrendered template braces as written', () => {
    // The Hub's default template line, left unrendered (templates/modelcard_template.md).
    const text = '# Model Card for {{ model_id | default("Model ID", true) }}\n';
    const [finding] = new Placeholders([]).find(text, 'README.md');
    expect(finding?.message).toBe(
      'README.md:1: placeholder "{{ model_id | default("Model ID", true) }}" left in the card.',
    );
  });

  it('quotes each distinct text once, in the order of the line, and configured texts as found', () => {
    const text = 'TODO: see TODO and [more information needed] <Fill In>\n';
    const [finding] = new Placeholders(['<fill in>']).find(text, 'README.md');
    expect(finding?.message).toBe(
      'README.md:1: placeholder "TODO", "[more information needed]", "<Fill In>" left in the card.',
    );
  });

  it('escapes characters that hide or reorder text, and clips long text', () => {
    // U+202E (right-to-left override) and a tab inside the braces.
    expect(quoteFound('{{ a\u202Eb\t\tc }}')).toBe('"{{ a\\u{202E}b c }}"');
    // 200 characters: 79 kept, then an ellipsis (80 in all), then the closing quote.
    const long = `{{ ${'x'.repeat(194)} }}`;
    expect(quoteFound(long)).toBe(`"{{ ${'x'.repeat(76)}…"`);
    // A family emoji is one character to a reader: it is kept whole (ZWJ not escaped).
    expect(quoteFound('TODO 👨‍👩‍👧')).toBe('"TODO 👨‍👩‍👧"');
  });
});
