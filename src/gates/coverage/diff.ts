import parseDiff from 'parse-diff';
import { InputError } from '../../util/errors.js';

/** Lines added or changed in one file of a diff, by their number in the new file. */
export interface ChangedFile {
  /** Path in the new tree, repository-relative, forward slashes. */
  path: string;
  addedLines: number[];
}

/**
 * The files a unified diff adds to or changes, with their added lines (diff-cover's notion of
 * "changed": `+` lines of the new file). Deleted and binary files are left out; a renamed file
 * counts only its edited lines under its new name.
 */
export function changedLines(diffText: string, diffName: string): ChangedFile[] {
  if (diffText.trim() === '') return [];
  if (!/^(diff --git |--- |Index: )/m.test(diffText)) {
    throw new InputError(
      `${diffName}: not a unified diff (no "diff --git" or "---" header found)`,
      { path: diffName, line: 1 },
      'Produce it with `git diff <base>...HEAD > changes.diff`.',
    );
  }
  const byPath = new Map<string, Set<number>>();
  for (const file of parseDiff(diffText)) {
    if (file.deleted || file.to === undefined || file.to === '/dev/null') continue;
    const path = unquoteGitPath(file.to);
    let lines = byPath.get(path);
    if (!lines) {
      lines = new Set();
      byPath.set(path, lines);
    }
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) {
        if (change.type === 'add') lines.add(change.ln);
      }
    }
  }
  return [...byPath].map(([path, lines]) => ({ path, addedLines: [...lines].sort((a, b) => a - b) }));
}

/**
 * Undoes git's C-style quoting of unusual paths (`"d\303\251j\303\240.py"` → `déjà.py`), which
 * git applies unless `core.quotepath=false`, and even then for tabs, newlines and quotes.
 */
export function unquoteGitPath(path: string): string {
  let p = path;
  if (p.length >= 2 && p.startsWith('"') && p.endsWith('"')) p = p.slice(1, -1);
  if (!p.includes('\\')) return p;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === '\\' && i + 1 < p.length) {
      const octal = /^[0-7]{3}/.exec(p.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8));
        i += 3;
        continue;
      }
      const escaped = simple[p[i + 1] as string];
      if (escaped !== undefined) {
        bytes.push(escaped);
        i += 1;
        continue;
      }
    }
    for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}
