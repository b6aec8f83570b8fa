import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SourcedResult } from '../report/combine.js';
import type { Finding } from '../result/types.js';
import { ConfigurationError } from '../util/errors.js';
import { staysInside, unsafeReason } from '../util/safe-path.js';
import { CONTEXT_FILE } from './results-context.js';
import { type ParsedResult, parseResult } from './parse-result.js';

/** Bounds on what a report reads: result files may come from untrusted artifacts. */
export const COLLECT_LIMITS = { files: 500, fileBytes: 16 * 1024 * 1024, depth: 4 } as const;

/** What to read. */
export interface CollectOptions {
  /** Files, directories (read recursively for `*.json`) or globs, relative to `cwd`. */
  sources: readonly string[];
  cwd: string;
  /** Read too when it exists: the same job's `$RUNNER_TEMP/ml-quality-gates`. */
  jobDir?: string;
}

/** Results read from disk, and the problems met on the way. */
export interface CollectedFiles {
  sourced: SourcedResult[];
  problems: Finding[];
  /** Every file read, for the log. */
  files: string[];
}

/**
 * Reads gate result files from directories, files and globs. The same file reached twice (a
 * directory named both ways) is read once; a source that names nothing is a problem, not an
 * empty pass.
 */
export async function collectResultFiles(options: CollectOptions): Promise<CollectedFiles> {
  const found = await resultPaths(options);
  const files = found.files.slice(0, COLLECT_LIMITS.files);
  const tooMany: Finding[] =
    found.files.length > COLLECT_LIMITS.files
      ? [
          {
            severity: 'error',
            rule: 'report/too-many-results',
            message: `${found.files.length} result files found; at most ${COLLECT_LIMITS.files} are read.`,
            fix: 'Point `results` at the directory of the gate results only.',
          },
        ]
      : [];
  const sourced: SourcedResult[] = [];
  const problems: Finding[] = [...found.problems, ...tooMany];
  for (const file of files) {
    const read = await readResult(file, options);
    if ('problem' in read) problems.push(read.problem);
    else sourced.push(read);
  }
  return { sourced, problems, files };
}

/** Every result file the sources name (each real file once), and the sources that name none. */
async function resultPaths(options: CollectOptions): Promise<{ files: string[]; problems: Finding[] }> {
  const problems: Finding[] = [];
  const paths: string[] = [];
  if (options.jobDir && (await isDirectory(options.jobDir)))
    paths.push(...(await jsonFilesIn(options.jobDir)));
  for (const source of options.sources) {
    if (!staysInside(source)) {
      throw new ConfigurationError(
        `results: ${JSON.stringify(source)} leaves the working directory (an absolute path or ..)`,
        undefined,
        'Download result artifacts into the workspace (actions/download-artifact path: results/) and pass that relative path.',
      );
    }
    const found = await expand(source, options.cwd);
    if (found.length === 0) {
      problems.push({
        severity: 'error',
        rule: 'report/results-not-found',
        message: `The results path ${source} matches no result file.`,
        fix: 'Check the `results` input: it takes directories (searched for *.json), files or globs, relative to the working directory.',
      });
    }
    paths.push(...found);
  }
  const unique = new Map<string, string>();
  for (const path of paths) {
    const real = await realpath(path).catch(() => path);
    if (!unique.has(real)) unique.set(real, path);
  }
  return { files: [...unique.values()].filter((p) => !p.endsWith(CONTEXT_FILE)), problems };
}

/**
 * One result file, read and validated. A results path is read inside the workspace only: a link
 * out of it (to the runner's credentials, say) is named, not read. The job's own directory is ours.
 */
async function readResult(file: string, options: CollectOptions): Promise<ParsedResult> {
  const origin = displayPath(file, options.cwd);
  const unsafe =
    options.jobDir && file.startsWith(options.jobDir) ? undefined : await unsafeReason(options.cwd, file);
  if (unsafe) {
    return {
      origin,
      problem: {
        severity: 'error',
        rule: 'report/unsafe-path',
        message: `${origin} ${unsafe}; it is not read.`,
        fix: 'Pass the directory the result artifacts were downloaded into, inside the workspace.',
      },
    };
  }
  const info = await stat(file);
  if (info.size > COLLECT_LIMITS.fileBytes) {
    return {
      origin,
      problem: {
        severity: 'error',
        rule: 'report/bad-result',
        message: `${origin}: ${info.size} bytes, larger than a result file can be (${COLLECT_LIMITS.fileBytes}).`,
        fix: 'Point `results` at the gate result files only.',
      },
    };
  }
  return parseResult({ origin, text: await readFile(file, 'utf8') });
}

async function expand(source: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, source);
  if (isDynamicPattern(source)) {
    const matches = await glob(source, { cwd, absolute: true, onlyFiles: false, dot: true });
    const out: string[] = [];
    for (const m of matches.sort()) out.push(...((await isDirectory(m)) ? await jsonFilesIn(m) : [m]));
    return out;
  }
  if (await isDirectory(path)) return jsonFilesIn(path);
  return (await stat(path).catch(() => undefined))?.isFile() ? [path] : [];
}

/** `*.json` files under a directory (artifacts unpack into one folder each), sorted, bounded in depth. */
async function jsonFilesIn(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < COLLECT_LIMITS.depth)
      out.push(...(await jsonFilesIn(path, depth + 1)));
    // Links are listed too, so a link out of the workspace is named below rather than skipped.
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}
