import type { Finding } from '../../result/types.js';
import type { Section } from './markdown.js';
import { headingMatches } from './presets.js';
import type { SectionRule } from './settings.js';

/** The outcome of the section checks of one card. */
export interface SectionCheck {
  /** Required sections that are present and long enough. */
  complete: string[];
  findings: Finding[];
}

/**
 * Checks required sections (matched by heading text at any level, synonyms included): each must
 * exist and have at least `minWords` words (at least one). Any other heading with nothing under
 * it, not even a subsection with text, is a warning: an empty heading reads as unfinished.
 */
export function checkSections(
  sections: Section[],
  rules: SectionRule[],
  minWords: number,
  path: string,
  preset: string,
): SectionCheck {
  const findings: Finding[] = [];
  const complete: string[] = [];
  const used = new Set<Section>();
  for (const rule of rules) {
    const section = sections.find((s) => headingMatches(s.text, rule));
    if (!section) {
      findings.push(missingSectionFinding(rule, path, preset));
      continue;
    }
    used.add(section);
    const needed = Math.max(1, minWords);
    if (section.words === 0) {
      findings.push({
        severity: 'error',
        rule: 'model-card/section-empty',
        path,
        line: section.line,
        message: `${path}:${section.line}: the required section "${section.text}" is empty (or holds only placeholders).`,
        fix: `Write the ${rule.name} section.`,
      });
    } else if (section.words < needed) {
      findings.push({
        severity: 'error',
        rule: 'model-card/section-too-short',
        path,
        line: section.line,
        message: `${path}:${section.line}: the required section "${section.text}" has ${section.words} word(s); at least ${needed} are required.`,
        fix: `Expand the ${rule.name} section to at least ${needed} words.`,
      });
    } else complete.push(rule.name);
  }
  findings.push(...emptyHeadingFindings(sections, used, path));
  return { complete, findings };
}

/** A required section with no heading; the fix names a few synonyms so the author can keep theirs. */
function missingSectionFinding(rule: SectionRule, path: string, preset: string): Finding {
  return {
    severity: 'error',
    rule: 'model-card/section-missing',
    path,
    message: `${path}: no "${rule.name}" section (required by the ${preset} preset).`,
    fix: `Add a "## ${rule.name}" section${
      rule.synonyms.length > 0
        ? ` (also accepted: ${rule.synonyms
            .slice(0, 3)
            .map((s) => `"${s}"`)
            .join(', ')})`
        : ''
    }.`,
  };
}

/**
 * Headings no rule required that have no words under them: a warning, since an empty heading
 * reads as unfinished. Required ones (`used`) were already judged.
 */
function emptyHeadingFindings(sections: Section[], used: Set<Section>, path: string): Finding[] {
  const findings: Finding[] = [];
  for (const s of sections) {
    if (used.has(s) || s.words > 0) continue;
    findings.push({
      severity: 'warning',
      rule: 'model-card/section-empty',
      path,
      line: s.line,
      message: `${path}:${s.line}: the section "${s.text}" is empty.`,
      fix: 'Fill in the section or remove the heading.',
    });
  }
  return findings;
}
