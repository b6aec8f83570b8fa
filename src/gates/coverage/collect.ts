import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../../result/types.js';
import { InputError } from '../../util/errors.js';
import { diffSinceMergeBase, gitTopLevel, trackedFiles } from '../../util/git.js';
import { type ChangedFile, changedLines } from './diff.js';
import { inputErrorFinding } from './findings.js';
import { PathMapper } from './path-mapper.js';
import { expandReports, type ReportInfo, readReports } from './read-reports.js';
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
 * paths removed. The reports are read while git lists the files and the diff is read and
 * parsed: readers keep the paths as the reports write them, and the store maps them once git
 * has answered. A report that cannot be read becomes an error finding; the others are still
 * read, so the author sees every broken report at once.
 */
export async function collectCoverage(settings: CoverageSettings): Promise<CollectedCoverage> {
  const cwd = settings.cwd;
  const excluded = settings.exclude.length > 0 ? picomatch(settings.exclude, { dot: true }) : () => false;

  const repository = (async () => {
    const gitRoot = await gitTopLevel(settings.root ? resolve(cwd, settings.root) : cwd);
    const root = settings.root ? resolve(cwd, settings.root) : (gitRoot ?? cwd);
    const [diff, tracked] = await Promise.all([
      readChangedLines(settings, root),
      gitRoot ? trackedUnder(gitRoot, root) : Promise.resolve([]),
    ]);
    return { root, diff, changed: diff?.changed.filter((c) => !excluded(c.path)), tracked };
  })();
  const reading = expandReports(settings.reports, cwd).then((files) => readReports(files, cwd));
  // Both run to the end before either's error is thrown: no reader thread is left running.
  const [repo, read] = await Promise.allSettled([repository, reading]);
  if (repo.status === 'rejected') throw repo.reason;
  if (read.status === 'rejected') throw read.reason;
  const { root, diff, changed, tracked } = repo.value;

  const known = new Set<string>(tracked);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));
  const reports: ReportInfo[] = [];
  const errors: Finding[] = [];
  for (const report of read.value) {
    if (report.ok) {
      store.add(report.info.format, report.files);
      reports.push(report.info);
    } else {
      errors.push(inputErrorFinding(report.error));
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
