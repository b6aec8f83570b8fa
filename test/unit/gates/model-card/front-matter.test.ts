import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../src/gates/model-card/front-matter.js';
import { parseMapping } from '../../../../src/gates/model-card/metadata.js';

describe('splitFrontMatter', () => {
  it('splits YAML from the body and blanks the YAML lines so body lines stay file lines', () => {
    const split = splitFrontMatter('---\nlicense: mit\n---\n# Title\n');
    expect(split.kind).toBe('ok');
    if (split.kind !== 'ok') return;
    expect(split.yaml).toBe('license: mit');
    expect(split.yamlLine).toBe(2);
    // "# Title" is line 4 of the file and of the body.
    expect(split.body.split('\n')[3]).toBe('# Title');
    expect(split.body.split('\n').slice(0, 3)).toEqual(['', '', '']);
  });

  it('handles CRLF line ends', () => {
    const split = splitFrontMatter('---\r\nlicense: mit\r\n---\r\nBody\r\n');
    expect(split.kind === 'ok' && split.yaml).toBe('license: mit');
  });

  it('reports a block that is opened and never closed', () => {
    expect(splitFrontMatter('---\nlicense: mit\n# Title\n').kind).toBe('unclosed');
  });

  it('treats a card without an opening --- as having no front matter', () => {
    expect(splitFrontMatter('# Title\n---\n').kind).toBe('none');
  });
});

describe('parseMapping', () => {
  it('puts YAML errors on the card line (YAML line + offset)', () => {
    // The duplicate key is on YAML line 2, which is card line 3 when YAML starts on line 2.
    const parsed = parseMapping('license: mit\nlicense: apache-2.0', 'm/README.md', 2, 'The front matter');
    expect('findings' in parsed && parsed.findings[0]).toMatchObject({
      rule: 'model-card/metadata-invalid',
      line: 3,
      path: 'm/README.md',
    });
  });

  it('refuses a list or a scalar as metadata', () => {
    for (const text of ['- a\n- b', 'just text', '']) {
      const parsed = parseMapping(text, 'README.md', 2, 'The front matter');
      expect('findings' in parsed && parsed.findings[0]?.rule).toBe('model-card/metadata-not-mapping');
    }
  });

  it('maps pointers to card lines', () => {
    const parsed = parseMapping('license: mit\ntags:\n  - a\n', 'README.md', 2, 'x');
    expect('metadata' in parsed && parsed.metadata.lineOf('/tags/0')).toBe(4);
  });
});
