import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from '../../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML, mentions, links and table pipes', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> @octocat [x](javascript:1) a|b');
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&lt;img');
    expect(out).not.toMatch(/@octocat/);
    expect(out).toContain('\\[x\\]\\(javascript:1\\)');
    expect(out).toContain('a\\|b');
  });

  it('keeps text on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });
});

describe('codeSpan', () => {
  it('fences backticks, and in a table cell shows a pipe as U+2223 (an escape could be undone)', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a|b')).toBe('`a\u2223b`');
    expect(codeSpan('a|b', false)).toBe('`a|b`');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
