/**
 * Escaping for text from user files (paths, messages, card text) before it reaches Markdown
 * that GitHub renders: no raw HTML, no `@mention` pings, no broken tables.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/** Every CommonMark line ending: a lone CR ends a line too (and would end a code span or HTML block). */
const LINE_ENDINGS = /\r\n|\r|\n/g;

/**
 * URL-like runs. GFM links them from the raw source, so escapes inside would show (and would
 * make untrusted text a link in our comment): they become code spans instead.
 */
const URL_LIKE = /(?:https?:\/\/|www\.)[^\s<>`]+/gi;

/** Plain text for Markdown prose or a table cell. */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(LINE_ENDINGS, ' ');
  const parts: string[] = [];
  let last = 0;
  for (const match of oneLine.matchAll(URL_LIKE)) {
    parts.push(
      escapeProse(oneLine.slice(last, match.index)),
      codeSpan(match[0].replace(/\|/g, '%7C'), false),
    );
    last = match.index + match[0].length;
  }
  parts.push(escapeProse(oneLine.slice(last)));
  return parts.join('');
}

/** Issue references (`#12`, `owner/repo#12`, `GH-12`) link and notify like mentions do. */
function breakReferences(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`);
}

function escapeProse(text: string): string {
  return breakReferences(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]()#+!|~])/g, '\\$1')
      .replace(/^(\s*)([-=]{3,})/, '$1\\$2'),
  );
}

/**
 * Text inside an HTML block (a `<summary>` line), where Markdown is not parsed but GitHub still
 * links `@mentions`: entities for markup characters, a zero-width space after `@`.
 */
export function escapeHtmlText(text: string): string {
  return breakReferences(
    text
      .replace(LINE_ENDINGS, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;'),
  );
}

/** Shortens text to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: a lone half renders as a replacement character.
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A code span: nothing inside is rendered, so HTML and mentions are inert. Backticks in the
 * text get a longer fence; in a table cell `|` is escaped, because GFM splits cells before it
 * parses code spans (outside tables the backslash would show).
 */
export function codeSpan(text: string, inTable = true): string {
  const oneLine = text.replace(LINE_ENDINGS, ' ');
  const clean = inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
