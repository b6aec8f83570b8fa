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

/**
 * Cases derived by hand from huggingface_hub's REGEX_YAML_BLOCK (src/huggingface_hub/repocard.py,
 * commit ee0a451):  ^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))
 * used with re.search, no flags. Each expected YAML is group 2 and `text` what follows the match
 * (RepoCard.text = content[match.end():]); null = no match, so RepoCard reads no metadata.
 * (Each was also run through CPython 3's `re` when this test was written.)
 */
const HF_CASES: Array<[string, string, { yaml: string; text: string } | null]> = [
  // \s* takes the blank line before ---: the case the gate used to miss.
  [
    'a blank line first',
    '\n---\nlicense: Apache 2.0\n---\n# T\n',
    { yaml: 'license: Apache 2.0', text: '# T\n' },
  ],
  ['indentation first', '  ---\nlicense: x\n---\n', { yaml: 'license: x', text: '' }],
  [
    'CRLF blank lines first',
    '\r\n\r\n---\r\nlicense: x\r\n---\r\nBody',
    { yaml: 'license: x', text: 'Body' },
  ],
  // U+00A0 and U+001C are whitespace to Python's \s (str.isspace()).
  ['a no-break space first', '\u00a0---\nlicense: x\n---\n', { yaml: 'license: x', text: '' }],
  ['U+001C first', '\u001c---\nlicense: x\n---\n', { yaml: 'license: x', text: '' }],
  // The opening line is ---, then a line break at once: no trailing blanks.
  ['an opener with a trailing space', '--- \nlicense: x\n---\n', null],
  // The closing line may end in spaces and tabs ([ \t]*).
  ['a closer with trailing blanks', '---\nlicense: x\n---  \t\nBody', { yaml: 'license: x', text: 'Body' }],
  ['a closer at the end of the text', '---\nlicense: x\n---', { yaml: 'license: x', text: '' }],
  // The closer needs a line break before it, so an empty block needs a line between.
  ['an empty block without a line', '---\n---\n# T\n', null],
  ['an empty block with a line', '---\n\n---\n# T\n', { yaml: '', text: '# T\n' }],
  ['a closer of four dashes', '---\nlicense: x\n----\n', null],
  ['an indented closer', '---\nlicense: x\n  ---\n', null],
  ['a YAML end marker as closer', '---\nlicense: x\n...\n', null],
  // A lone CR ends the opening line and comes before the closer.
  ['CR line ends', '---\rlicense: x\r---\n', { yaml: 'license: x', text: '' }],
  ['text before the block', '# T\n---\nlicense: x\n---\n', null],
  // U+FEFF is not in Python's \s (the gate drops a BOM before splitting; see check-card).
  ['a BOM first', '\ufeff---\nlicense: x\n---\n', null],
];

describe('splitFrontMatter matches huggingface_hub', () => {
  it.each(HF_CASES)('%s', (_, text, expected) => {
    const split = splitFrontMatter(text);
    if (expected === null) {
      expect(split.kind).not.toBe('ok');
      return;
    }
    expect(split.kind).toBe('ok');
    if (split.kind !== 'ok') return;
    expect(split.yaml).toBe(expected.yaml);
    // The body keeps the block's line breaks, then the text after the match.
    expect(split.body.endsWith(expected.text)).toBe(true);
    expect(split.body.slice(0, split.body.length - expected.text.length)).toMatch(/^[\r\n]*$/);
  });

  it('counts the YAML and opening lines after leading blank lines', () => {
    // Line 1 blank, line 2 blank, line 3 "---", line 4 the YAML.
    const split = splitFrontMatter('\n\n---\nlicense: mit\n---\n# Title\n');
    expect(split).toMatchObject({ kind: 'ok', yamlLine: 4, openLine: 3 });
    if (split.kind === 'ok') expect(split.body.split('\n')[5]).toBe('# Title');
  });

  it('says why an opened block is not read', () => {
    expect(splitFrontMatter('---\n---\n# T\n')).toMatchObject({
      kind: 'unclosed',
      line: 1,
      why: expect.stringContaining('no line between its two ---'),
    });
    expect(splitFrontMatter('\n---\nlicense: mit\n')).toMatchObject({ kind: 'unclosed', line: 2 });
    expect(splitFrontMatter('--- \nlicense: x\n---\n')).toMatchObject({
      kind: 'none',
      near: { line: 1, why: expect.stringContaining('spaces or tabs after ---') },
    });
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

  it('reads an empty block as an empty mapping when asked, as RepoCard does (None -> {})', () => {
    for (const text of ['', '# only a comment']) {
      const parsed = parseMapping(text, 'README.md', 2, 'The front matter', { allowEmpty: true });
      expect('metadata' in parsed && parsed.metadata.value).toEqual({});
    }
  });

  it('maps pointers to card lines', () => {
    const parsed = parseMapping('license: mit\ntags:\n  - a\n', 'README.md', 2, 'x');
    expect('metadata' in parsed && parsed.metadata.lineOf('/tags/0')).toBe(4);
  });
});
