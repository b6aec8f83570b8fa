import type { Finding } from '../../result/types.js';

/** Built-in placeholder patterns (global): what templates leave behind when nobody filled them in. */
const BUILT_IN: RegExp[] = [
  /\[More Information Needed\]/gi,
  /\bTODO\b/g,
  /\bTBD\b/g,
  /\bFIXME\b/g,
  /\blorem ipsum\b/gi,
  // Jinja/Mustache braces of an unrendered template, e.g. {{ model_id | default("Model ID") }}.
  /\{\{[^{}\n]*\}\}|\{%[^%\n]*%\}/g,
];

/** At most this many placeholder findings per card; the rest are counted in one finding. */
const MAX_FINDINGS = 25;

/** Placeholder matching for one card: built-in patterns plus the configured texts. */
export class Placeholders {
  private readonly patterns: RegExp[];

  constructor(extra: string[]) {
    this.patterns = [
      ...BUILT_IN,
      ...extra.filter((s) => s !== '').map((s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')),
    ];
  }

  /** The text with every placeholder removed (so a section of only placeholders has no words). */
  strip(text: string): string {
    return this.patterns.reduce((t, p) => t.replace(p, ' '), text);
  }

  /**
   * One finding per line with a placeholder, skipping `skip` lines (code blocks, raw HTML). The
   * message quotes what was found (each distinct text once, clipped and with control characters
   * escaped: it ends up in a pull request comment).
   */
  find(text: string, path: string, skip: Set<number> = new Set()): Finding[] {
    const hits = text.split(/\r?\n/).flatMap((lineText, i) => {
      const line = i + 1;
      if (skip.has(line)) return [];
      const found = this.matches(lineText);
      return found.length === 0 ? [] : [{ line, found }];
    });
    const findings: Finding[] = hits.slice(0, MAX_FINDINGS).map(({ line, found }) => ({
      severity: 'error',
      rule: 'model-card/placeholder',
      path,
      line,
      message: `${path}:${line}: placeholder ${[...new Set(found.map((f) => quoteFound(f.text)))].join(', ')} left in the card.`,
      fix: 'Replace the placeholder with the real information, or delete the line if it does not apply.',
    }));
    const more = hits.length - findings.length;
    if (more > 0) {
      findings.push({
        severity: 'error',
        rule: 'model-card/placeholder',
        path,
        message: `${path}: ${more} more line(s) with placeholders.`,
        fix: 'Search the card for TODO, TBD and [More Information Needed] and fill them in.',
      });
    }
    return findings;
  }

  /** Every placeholder on one line, in the order they appear (overlaps keep the first). */
  private matches(lineText: string): Array<{ index: number; text: string }> {
    const all = this.patterns.flatMap((p) =>
      [...lineText.matchAll(p)].map((m) => ({ index: m.index, text: m[0] })),
    );
    all.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    let end = 0;
    return all.filter((m) => {
      if (m.index < end) return false;
      end = m.index + m.text.length;
      return true;
    });
  }
}

/** Longest quoted placeholder text, in characters as a reader counts them; longer ones end in an ellipsis. */
const MAX_QUOTE = 80;

/** Characters that could hide, reorder or break a one-line quotation: controls, bidi marks, zero-width space, BOM. */
const HIDDEN = /[\p{Cc}\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * Found text as a quotation for a one-line message: runs of blanks as one space, clipped to
 * `MAX_QUOTE` grapheme clusters, and the `HIDDEN` characters written as `\u{…}`. Markdown
 * escaping is the report's.
 */
export function quoteFound(text: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const graphemes = Array.from(segmenter.segment(text.replace(/[ \t]+/g, ' ')), (s) => s.segment);
  const clipped = graphemes.length > MAX_QUOTE ? [...graphemes.slice(0, MAX_QUOTE - 1), '…'] : graphemes;
  const shown = clipped
    .join('')
    .replace(HIDDEN, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
  return `"${shown}"`;
}
