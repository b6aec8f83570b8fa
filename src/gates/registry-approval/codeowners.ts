import picomatch from 'picomatch';

/** Where GitHub looks for CODEOWNERS, in its order: the first one found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** One CODEOWNERS rule: a pattern and its owners (none = explicitly unowned). */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  matches: (path: string) => boolean;
}

/**
 * Parses CODEOWNERS the way GitHub reads it: `#` starts a comment (`\#` is a literal `#`), each
 * line is a gitignore-style pattern followed by owners. GitHub does not support `!` negation or
 * `[ ]` ranges, so such lines are kept out (they never match on GitHub either).
 */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = stripComment(raw).trim();
    if (content === '') return;
    const [pattern = '', ...owners] = content.split(/\s+/);
    if (pattern.startsWith('!') || /\[.*\]/.test(pattern)) return;
    rules.push({ pattern: pattern.replace(/\\#/g, '#'), owners, line: i + 1, matches: matcher(pattern) });
  });
  return rules;
}

/** The owners of a path: the last matching rule wins, as on GitHub. */
export function ownersOf(
  rules: readonly CodeownersRule[],
  path: string,
): { owners: string[]; rule?: CodeownersRule } {
  const normalized = path.replace(/^\.?\//, '').replace(/\/+$/, '');
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule?.matches(normalized)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}

/** True when `who` (a login, `@login` or e-mail) is the owner `owner`; case-insensitive like GitHub. */
export function sameIdentity(who: string, owner: string): boolean {
  const norm = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return norm(who) !== '' && norm(who) === norm(owner);
}

function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && line[i - 1] !== '\\') return line.slice(0, i);
  }
  return line;
}

/**
 * gitignore semantics as GitHub documents them for CODEOWNERS: a leading or inner `/` anchors the
 * pattern at the root, otherwise it matches at any depth; a trailing `/` matches what is inside a
 * directory; a pattern also owns everything below a directory it names — except `dir/*`, which
 * GitHub says does not reach nested files.
 */
function matcher(pattern: string): (path: string) => boolean {
  let p = pattern.replace(/\\#/g, '#');
  const directoryOnly = p.endsWith('/');
  if (directoryOnly) p = p.replace(/\/+$/, '');
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  if (p === '' || p === '*' || p === '**') return () => true;
  const base = anchored ? p : `**/${p}`;
  const globs: string[] = [];
  if (!directoryOnly) globs.push(base);
  // The contents of a named directory; `docs/*` is the documented exception (one level only).
  if (!p.endsWith('/*')) globs.push(`${base}/**`);
  const isMatch = picomatch(globs, { dot: true });
  // A directory-only rule also owns the directory itself (a model path written as `models/churn/`).
  const self = directoryOnly ? picomatch(base, { dot: true }) : undefined;
  return (path) => isMatch(path) || (self?.(path) ?? false);
}
