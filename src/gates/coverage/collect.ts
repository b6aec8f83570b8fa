import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../../result/types.js';
import { InputError, UserError } from '../../util/errors.js';
import { diffSinceMergeBase, gitTopLevel, trackedFiles } from '../../util/git.js';
import { type ChangedFile, changedLines } from './diff.js';
import { inputErrorFinding } from './findings.js';
import { PathMapper } from './path-mapper.js';
import { expandReports, type ReportInfo, readReport } from './read-reports.js';
import type { CoverageSettings } from './settings.js';
import { CoverageStore } from './store.js';

/** Everything read from disk and git for one run, before any judging. */
export interface CollectedCoverage {
  /** Absolute repository root that report paths were mapped onto. */
  root: string;
  store: CoverageStore;
  reports: ReportInfo[];
  /** Changed lines of the pull request, or undefined when no base or diff was given. */
  changed?: ChangedFile[];
  /** How the base ref was resolved, when not as given (`main` → `origin/main`). */
  baseNote?: string;
  /** One finding per report that could not be read. */
  errors: Finding[];
  excluded: (path: string) => boolean;
}

/**
 * Reads the diff, the repository's file list and every report into one store, with excluded
 * paths removed. A report that cannot be read becomes an error finding; the others are still
 * read, so the author sees every broken report at once.
 */
export async function collectCoverage(settings: CoverageSettings): Promise<CollectedCoverage> {
  const cwd = settings.cwd;
  const gitRoot = await gitTopLevel(settings.root ? resolve(cwd, settings.root) : cwd);
  const root = settings.root ? resolve(cwd, settings.root) : (gitRoot ?? cwd);
  const excluded = settings.exclude.length > 0 ? picomatch(settings.exclude, { dot: true }) : () => false;

  const diff = await readChangedLines(settings, root);
  const changed = diff?.changed.filter((c) => !excluded(c.path));
  const known = new Set<string>(gitRoot ? await trackedUnder(gitRoot, root) : []);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));

  const reports: ReportInfo[] = [];
  const errors: Finding[] = [];
  for (const file of await expandReports(settings.reports, cwd)) {
    try {
      reports.push(await readReport(file, cwd, store));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(inputErrorFinding(error));
    }
  }
  for (const path of store.files.keys()) if (excluded(path)) store.files.delete(path);
  return {
    root,
    store,
    reports,
    ...(changed ? { changed } : {}),
    ...(diff?.baseNote ? { baseNote: diff.baseNote } : {}),
    errors,
    excluded,
  };
}

async function readChangedLines(
  settings: CoverageSettings,
  root: string,
): Promise<{ changed: ChangedFile[]; baseNote?: string } | undefined> {
  if (settings.diffFile) {
    let text: string;
    try {
      text = await readFile(resolve(settings.cwd, settings.diffFile), 'utf8');
    } catch {
      throw new InputError(`diff file ${settings.diffFile} cannot be read`, { path: settings.diffFile });
    }
    return { changed: changedLines(text, settings.diffFile) };
  }
  if (!settings.base) return undefined;
  const { diff, base } = await diffSinceMergeBase(root, settings.base);
  return {
    changed: changedLines(diff, `git diff ${base.ref}...HEAD`),
    ...(base.note ? { baseNote: base.note } : {}),
  };
}

/** Tracked files relative to `root` (which may be a subdirectory of the git work tree). */
async function trackedUnder(gitRoot: string, root: string): Promise<string[]> {
  const all = await trackedFiles(root);
  const prefix = root === gitRoot ? '' : `${root.slice(gitRoot.length + 1).replace(/\\/g, '/')}/`;
  return prefix === '' ? all : all.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}
