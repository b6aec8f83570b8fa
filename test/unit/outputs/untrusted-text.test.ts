// One property per destination of untrusted text: random strings from a hostile alphabet go
// through the escaping layer of each place text from a pull request can reach, and the invariant
// of that place is checked on the output (fast-check shrinks any failure to a minimal string).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationCommand, neutralizeCommands, stopCommandsBlock } from '../../../src/outputs/log-escape.js';
import { clipLines, codeSpan, escapeHtmlText, escapeMarkdown } from '../../../src/report/escape.js';
import { renderReport } from '../../../src/report/render-report.js';
import { decideVerdict, DEFAULT_POLICY } from '../../../src/report/verdict.js';
import type { GateResult } from '../../../src/result/types.js';
import { renderGfmHtml } from '../../helpers/markdown-page.js';

/** Pieces an attacker would combine: line breaks, command starts, Markdown and HTML syntax, links, mentions, invisible characters, our marker. */
const HOSTILE = [
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  ' ',
  '\t',
  '::',
  ':',
  '%',
  ',',
  '=',
  '##[',
  ']',
  '`',
  '``',
  '<',
  '>',
  '](',
  '[',
  '(',
  ')',
  '!',
  '*',
  '_',
  '|',
  '\\',
  '&',
  '"',
  "'",
  '@',
  '#',
  '#12',
  'GH-3',
  'octo/repo#5',
  '@admin',
  'user@example.com',
  'mailto:a@b.co',
  'http://evil.test/x',
  'https://e.test',
  'ftp://evil.test/f',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'www.evil.test',
  '<img src=x onerror=alert(1)>',
  '<a href="https://e.test">x</a>',
  '<script>x</script>',
  '<!-- ml-quality-gates:report digest=0 -->',
  '::set-output name=a::b',
  '::add-mask::x',
  '::stop-commands::t',
  '##[error]x',
  '\u200B',
  '\u200D',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
  'a',
  'Z',
  '9',
  '-',
  '---',
  '===',
  '> ',
  '    ',
  'é',
  '😀',
];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 30 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 400, seed: 20261203 };

/** How the runner sees a line: .NET's Trim() removes Unicode whitespace, NEL included. */
const runnerTrim = (line: string) => line.replace(/^[\s\u0085]+/, '');
/** A line the runner acts on: `::` after trimming, or the legacy `##[` anywhere (its TryParse uses IndexOf). */
const commandStart = (line: string) => runnerTrim(line).startsWith('::') || line.includes('##[');
const BIDI_OR_ZERO_WIDTH = /[\u200C-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** Visible text of rendered HTML outside code elements (where a scheme:// would be a live link). */
function textOutsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
}

/** The invariants of Markdown from untrusted text, on its rendered HTML. */
function expectInertHtml(html: string, allowedTags: RegExp): void {
  for (const tag of html.match(/<\/?([a-z0-9]+)/gi) ?? []) expect(tag).toMatch(allowedTags);
  expect(html).not.toMatch(/<a\b|<img\b|<script\b/i);
  expect(html).not.toMatch(/<[a-z]+\b[^>]*\s(href|src|on\w+)=/i);
  const text = textOutsideCode(html);
  expect(text).not.toMatch(/[a-z][a-z0-9+.-]*:\/\//i); // no scheme:// a renderer could link
  expect(text).not.toMatch(/\bwww\./i);
  expect(text).not.toMatch(/@[A-Za-z0-9]/); // no mention (our zero-width space follows every @)
  expect(text).not.toMatch(/(#|\bGH-)\d/i); // no issue reference
  expect(html).not.toContain('<!--');
  expect(html).not.toMatch(BIDI_OR_ZERO_WIDTH);
}

describe('untrusted text, per destination', () => {
  it('log lines: no line of it can start a workflow command', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = neutralizeCommands(s);
        for (const line of out.split(/\r\n|\r|\n/)) expect(commandStart(line)).toBe(false);
      }),
      RUNS,
    );
  });

  it('log lines: the legacy ##[command] form is broken wherever it stands, not only at a line start', () => {
    // actions/runner's ActionCommand.TryParse finds "##[" with IndexOf: mid-line, this sets an output.
    const out = neutralizeCommands('row 1: "x ##[set-output name=status;]pass" is not a valid integer');
    expect(out).not.toContain('##[');
    expect(out.replace(/\u200B/g, '')).toBe(
      'row 1: "x ##[set-output name=status;]pass" is not a valid integer',
    );
  });

  it('the workflow_run log: inside stop-commands with a token the text cannot guess or close', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const token = 'f00dfeedf00dfeedf00dfeedf00dfeed';
        const lines = stopCommandsBlock(s, token).replace(/\n$/, '').split('\n');
        expect(lines[0]).toBe(`::stop-commands::${token}`);
        expect(lines.at(-1)).toBe(`::${token}::`);
        for (const line of lines.slice(1, -1)) {
          expect(line).not.toBe(`::${token}::`);
          expect(commandStart(line)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('annotations: one command line; properties and message cannot end the command or add a property', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (message, file, title) => {
        const line = annotationCommand('error', message, { file, title, line: 3 });
        expect(line).not.toMatch(/[\r\n]/);
        // [^] and not `.`: a U+2028 inside is no line break for the runner, only for the regex.
        const match = /^::error ([^]*?)::([^]*)$/.exec(line);
        expect(match).not.toBeNull();
        const props = (match?.[1] ?? '').split(',');
        expect(props.map((p) => p.slice(0, p.indexOf('=')))).toEqual(['title', 'file', 'line']);
        const decode = (v: string) =>
          v
            .replace(/%3A/g, ':')
            .replace(/%2C/g, ',')
            .replace(/%0D/g, '\r')
            .replace(/%0A/g, '\n')
            .replace(/%25/g, '%');
        expect(decode(props[1]?.slice('file='.length) ?? '')).toBe(file);
        expect(decode(match?.[2] ?? '')).toBe(message);
      }),
      RUNS,
    );
  });

  it('Markdown prose and table cells: no link of any scheme, no HTML, no mention, no reference, no marker, no new cell', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        // Leading spaces may make an indented code block: inert too.
        expectInertHtml(renderGfmHtml(escapeMarkdown(s)), /^<\/?(p|code|pre)$/);
        const table = renderGfmHtml(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(s)} | ${codeSpan(s)} |\n`);
        expect(table.match(/<td>/g)).toHaveLength(2);
        expectInertHtml(table, /^<\/?(table|thead|tbody|tr|th|td|code)$/);
      }),
      RUNS,
    );
  });

  it('HTML blocks (<summary>): only our tags', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = renderGfmHtml(
          `<details><summary>${escapeHtmlText(s)}</summary>\n\nbody\n\n</details>\n`,
        );
        expectInertHtml(html, /^<\/?(details|summary|p)$/);
      }),
      RUNS,
    );
  });

  it('truncation cuts only between lines, so nothing inert turns live', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 4000 }),
        (texts, limit) => {
          const results: GateResult[] = texts.map((t, i) => ({
            schemaVersion: 1,
            gate: 'coverage',
            id: `g${i}`,
            status: 'fail',
            title: t,
            summary: t,
            keyMetric: { label: t, value: 1 },
            metrics: {},
            findings: [{ severity: 'error', message: t, path: t }],
          }));
          const rendered = renderReport(results, decideVerdict(results, DEFAULT_POLICY), {
            limit,
            limitName: 'a test limit',
            maxFindingsPerGate: 5,
            context: {},
          });
          expect(rendered.markdown.length).toBeLessThanOrEqual(Math.max(limit, 200));
          expectInertHtml(
            renderGfmHtml(rendered.markdown),
            /^<\/?(h2|p|strong|table|thead|tbody|tr|th|td|code|pre|details|summary|b|ul|li|em|br|sub|blockquote|hr)$/,
          );
        },
      ),
      { ...RUNS, numRuns: 150 },
    );
    expect(clipLines('ab\ncd\nef', 5)).toBe('ab\n');
  });
});
