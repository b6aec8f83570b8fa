import type { Finding } from '../../result/types.js';

/** Built-in placeholder patterns: what templates leave behind when nobody filled them in. */
const BUILT_IN: Array<{ label: string; pattern: RegExp }> = [
  { label: '[More Information Needed]', pattern: /\[More Information Needed\]/gi },
  { label: 'TODO', pattern: /\bTODO\b/g },
  { label: 'TBD', pattern: /\bTBD\b/g },
  { label: 'FIXME', pattern: /\bFIXME\b/g },
  { label: 'lorem ipsum', pattern: /\blorem ipsum\b/gi },
  // Jinja/Mustache braces of an unrendered template, e.g. {{ model_id | default("Model ID") }}.
  { label: 'template braces', pattern: /\{\{[^{}\n]*\}\}|\{%[^%\n]*%\}/g },
];

/** At most this many placeholder findings per card; the rest are counted in one finding. */
const MAX_FINDINGS = 25;

/** Placeholder matching for one card: built-in patterns plus the configured texts. */
export class Placeholders {
  private readonly patterns: Array<{ label: string; pattern: RegExp }>;

  constructor(extra: string[]) {
    this.patterns = [
      ...BUILT_IN,
      ...extra
        .filter((s) => s !== '')
        .map((s) => ({ label: s, pattern: new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') })),
    ];
  }

  /** The text with every placeholder removed (so a section of only placeholders has no words). */
  strip(text: string): string {
    return this.patterns.reduce((t, p) => t.replace(p.pattern, ' '), text);
  }

  /** One finding per line with a placeholder, skipping `skip` lines (code blocks, raw HTML). */
  find(text: string, path: string, skip: Set<number> = new Set()): Finding[] {
    const findings: Finding[] = [];
    let more = 0;
    text.split(/\r?\n/).forEach((lineText, i) => {
      const line = i + 1;
      if (skip.has(line)) return;
      const labels = this.patterns
        .filter((p) => p.pattern.test(lineText) && resetTrue(p.pattern))
        .map((p) => p.label);
      for (const p of this.patterns) p.pattern.lastIndex = 0;
      if (labels.length === 0) return;
      if (findings.length >= MAX_FINDINGS) {
        more++;
        return;
      }
      findings.push({
        severity: 'error',
        rule: 'model-card/placeholder',
        path,
        line,
        message: `${path}:${line}: placeholder ${labels.map((l) => `"${l}"`).join(', ')} left in the card.`,
        fix: 'Replace the placeholder with the real information, or delete the line if it does not apply.',
      });
    });
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
}

/** `RegExp#test` on a global pattern advances lastIndex; reset it so the next line starts at 0. */
function resetTrue(pattern: RegExp): true {
  pattern.lastIndex = 0;
  return true;
}
