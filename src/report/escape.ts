/**
 * Escaping for text from user files (paths, messages, card text) before it reaches Markdown
 * that GitHub renders: no raw HTML, no `@mention` pings, no broken tables.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/** Every CommonMark line ending: a lone CR ends a line too (and would end a code span or HTML block). */
const LINE_ENDINGS = /\r\n|\r|\n/g;

/**
 * URL-like runs of any scheme (`ftp://`, `file://` as well as `https://`) and `www.`: a renderer
 * may link them from the raw source, so escapes inside would show (and would make untrusted text
 * a link in our comment): they become code spans instead.
 */
const URL_LIKE = /(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>`]+/gi;

/**
 * Characters that change how text reads without showing: bidirectional overrides and isolates
 * (a "Trojan Source" line reads differently from what it is) and zero-width characters (which
 * could hide a mention from our own escaping). Untrusted text loses them before anything else.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Untrusted text without its invisible controls (each becomes U+FFFD, so the reader sees one was there). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '\uFFFD');
}

/** Plain text for Markdown prose or a table cell. */
export function escapeMarkdown(text: string): string {
  const oneLine = withoutInvisible(text).replace(LINE_ENDINGS, ' ');
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
      // Block starts at the beginning of a paragraph: a list item, an ordered item, a rule.
      .replace(/^(\s*)([-=])/, '$1\\$2')
      .replace(/^(\s*\d{1,9})\./, '$1\\.'),
  );
}

/**
 * Text inside an HTML block (a `<summary>` line), where Markdown is not parsed but GitHub still
 * links `@mentions`: entities for markup characters, a zero-width space after `@`.
 */
export function escapeHtmlText(text: string): string {
  return breakReferences(
    withoutInvisible(text)
      .replace(LINE_ENDINGS, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // No renderer links inside an HTML block today; an entity keeps a URL from ever reading as one.
      .replace(/:(?=\/\/)/g, '&#58;')
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`),
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
 * The longest prefix of rendered Markdown of at most `max` characters that ends at a line break.
 * A cut inside a line could end inside a code span or an escape and turn inert text live (a URL
 * that becomes a link); between lines, every escaped unit stays whole.
 */
export function clipLines(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  const end = markdown.lastIndexOf('\n', max - 1);
  return end < 0 ? '' : markdown.slice(0, end + 1);
}

/**
 * A code span: nothing inside is rendered, so HTML and mentions are inert. Backticks in the
 * text get a longer fence. In a table cell `|` becomes `∣` (U+2223): GFM splits cells before it
 * parses code spans, and an escape (`\|`) after a backslash of the text's own (`\\|`) ends the
 * cell inside the span, which leaves the rest of the text live.
 */
export function codeSpan(text: string, inTable = true): string {
  const oneLine = withoutInvisible(text).replace(LINE_ENDINGS, ' ');
  const clean = inTable ? oneLine.replace(/\|/g, '\u2223') : oneLine;
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
