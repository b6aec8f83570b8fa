/**
 * Escaping for text from user files (paths, messages, card text) before it reaches Markdown
 * that GitHub renders: no raw HTML, no `@mention` pings, no broken tables.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/** Plain text for Markdown prose or a table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()#+!|~])/g, '\\$1')
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/^(\s*)([-=]{3,})/, '$1\\$2');
}

/**
 * A code span: nothing inside is rendered, so HTML and mentions are inert. Backticks in the
 * text get a longer fence; `|` is escaped because GFM splits table cells before code spans.
 */
export function codeSpan(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
