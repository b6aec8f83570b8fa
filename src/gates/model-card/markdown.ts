import type { Nodes, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * Why a real CommonMark parser (micromark via mdast-util-from-markdown) and not a line scanner:
 * a `# heading` inside a fenced or indented code block, a setext heading (`Title\n===`), a table
 * cell with an escaped pipe and a heading inside HTML are all easy to get wrong by regex, and a
 * card author's code samples often contain `#` comments. The card size is capped before parsing.
 */

/** A top-level heading and the words of its section (up to the next heading of the same or higher level). */
export interface Section {
  text: string;
  depth: number;
  line: number;
  /** Words in the section, its subsections included, placeholders excluded. */
  words: number;
  /** Words before the first subheading. */
  ownWords: number;
}

/** One row of a Markdown metrics table: the metric's name, the value as written, its line. */
export interface TableClaim {
  name: string;
  value: string;
  line: number;
  /** The table's column headers for other columns, e.g. a dataset or split column. */
  context: string;
}

/** What the gate needs from a card's Markdown. */
export interface ParsedMarkdown {
  sections: Section[];
  claims: TableClaim[];
  /** 1-based lines inside code blocks and raw HTML, where placeholders are not looked for. */
  literalLines: Set<number>;
}

/** Parses a card body (front matter blanked) and extracts sections, metric tables and code lines. */
export function parseMarkdown(body: string, stripPlaceholders: (text: string) => string): ParsedMarkdown {
  const root: Root = fromMarkdown(body, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const literalLines = new Set<number>();
  const claims: TableClaim[] = [];
  walk(root, (node) => {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) literalLines.add(l);
    }
    if (node.type === 'table') claims.push(...tableClaims(node));
  });
  const children = root.children;
  const headings = children
    .map((node, index) => ({ node, index }))
    .filter(
      (h): h is { node: Extract<RootContent, { type: 'heading' }>; index: number } =>
        h.node.type === 'heading',
    );
  const sections = headings.map(({ node, index }, i) => {
    let end = children.length;
    let ownEnd = children.length;
    for (const next of headings.slice(i + 1)) {
      if (ownEnd === children.length) ownEnd = next.index;
      if (next.node.depth <= node.depth) {
        end = next.index;
        break;
      }
    }
    const count = (from: number, to: number) =>
      children
        .slice(from, to)
        .filter((n) => n.type !== 'heading' && n.type !== 'html')
        .reduce((sum, n) => sum + countWords(stripPlaceholders(plainText(n))), 0);
    return {
      text: plainText(node).trim(),
      depth: node.depth,
      line: node.position?.start.line ?? 1,
      words: count(index + 1, end),
      ownWords: count(index + 1, Math.min(ownEnd, end)),
    };
  });
  return { sections, claims, literalLines };
}

/** Rows of a table whose header has a metric column and a value column. */
function tableClaims(table: Table): TableClaim[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const names = header.children.map((c) => plainText(c).trim().toLowerCase());
  const metricCol = names.findIndex((n) => /^(metric|metric name|measure|name)$/.test(n));
  const valueCol = names.findIndex((n, i) => i !== metricCol && /^(value|score|result|results)$/.test(n));
  if (metricCol === -1 || valueCol === -1) return [];
  return rows.flatMap((row) => {
    const cells = row.children.map((c) => plainText(c).trim());
    const name = cells[metricCol];
    const value = cells[valueCol];
    if (!name || value === undefined) return [];
    const context = cells.filter((_, i) => i !== metricCol && i !== valueCol).join(' ');
    return [{ name, value, line: row.position?.start.line ?? 1, context }];
  });
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** The text of a node: its text, inline code and code values, space-separated. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if ('children' in node) return node.children.map(plainText).join(' ');
  return '';
}

/** Words: runs of letters or digits (a figure such as 0.91 is one word). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}._'%-]*/gu)?.length ?? 0;
}
