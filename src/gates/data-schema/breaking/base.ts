import { extname } from 'node:path';
import { git, resolveBase } from '../../../util/git.js';
import { parseYaml } from '../../../util/yaml.js';
import { errorMessage, UserError } from '../../../util/errors.js';

/** A schema file bigger than this is not a schema; refuse rather than buffer it. */
export const MAX_SCHEMA_BYTES = 8 * 1024 * 1024;
/** `*_transitive` compares with at most this many earlier versions (newest first). */
export const MAX_HISTORY = 50;

/** Why the base could not be used; becomes an error finding that says how to fix it. */
export class BaseError extends Error {
  override readonly name = 'BaseError';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** One earlier version of a schema file. */
export interface BaseVersion {
  commit: string;
  /** The path at that commit (differs from today's when the file was renamed). */
  path: string;
  value: unknown;
}

// Bounded: a base blob larger than this fails with ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
function run(cwd: string, args: string[]): Promise<string> {
  return git(cwd, args, { maxBuffer: MAX_SCHEMA_BYTES });
}

/**
 * The merge base of `base` and HEAD: the commit the PR forked from, so changes that landed on the
 * base branch since then are not blamed on the PR. Resolved as every gate resolves its base
 * (`resolveBase`): `main` in an Actions checkout, where only `origin/main` exists, is
 * `origin/main` (and `note` says so); outside a git repository, a missing ref and a shallow
 * clone each get their own message and fix.
 */
export async function resolveMergeBase(
  cwd: string,
  base: string,
): Promise<{ mergeBase: string; note?: string }> {
  try {
    const resolved = await resolveBase(cwd, base);
    return { mergeBase: resolved.mergeBase, ...(resolved.note ? { note: resolved.note } : {}) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new BaseError(
      `${error.message}, so schema changes cannot be compared`,
      error.fix ?? OPERATIONAL_FIX,
    );
  }
}

const OPERATIONAL_FIX = 'Use actions/checkout with fetch-depth: 0, and pass a branch, tag or commit as base.';

/** Parses schema text as JSON, or YAML for `.yml`/`.yaml` files. */
export function parseSchemaText(text: string, path: string): unknown {
  const ext = extname(path).toLowerCase();
  if (ext === '.yml' || ext === '.yaml') return parseYaml(text, path).value;
  return JSON.parse(text) as unknown;
}

/**
 * The file at `path` (repository-relative) in `commit`, or undefined when it does not exist there
 * (a schema new in the PR has nothing to be compatible with). Read with `git cat-file`, so nothing
 * is checked out.
 */
export async function readAtCommit(cwd: string, commit: string, path: string): Promise<string | undefined> {
  const object = `${commit}:${path}`;
  try {
    await run(cwd, ['cat-file', '-e', object]);
  } catch {
    return undefined;
  }
  try {
    return await run(cwd, ['cat-file', 'blob', object]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
      throw new BaseError(
        `the base version of ${path} is larger than ${MAX_SCHEMA_BYTES} bytes`,
        'Keep schema files small; split the schema or review the change by hand.',
      );
    }
    throw new BaseError(
      `cannot read ${path} at ${commit.slice(0, 12)}: ${errorMessage(error)}`,
      'Check the repository.',
    );
  }
}

/** Parses a base version; a base that does not parse cannot be compared (reported, not thrown). */
function parseVersion(text: string, path: string, commit: string): BaseVersion {
  try {
    return { commit, path, value: parseSchemaText(text, path) };
  } catch (error) {
    throw new BaseError(
      `the base version of ${path} (${commit.slice(0, 12)}) does not parse: ${errorMessage(error)}`,
      'The base version of the schema could not be read; review the change by hand.',
    );
  }
}

/** The schema at the merge base, or undefined when the file is new in the PR. */
export async function loadBaseVersion(
  cwd: string,
  mergeBase: string,
  path: string,
): Promise<BaseVersion | undefined> {
  const text = await readAtCommit(cwd, mergeBase, path);
  return text === undefined ? undefined : parseVersion(text, path, mergeBase);
}

/**
 * Every distinct earlier version of the file reachable from the merge base, newest first, following
 * renames (`git log --follow`), capped at {@link MAX_HISTORY}. Versions that do not parse are
 * skipped: an old broken commit must not block today's PR.
 */
export async function loadHistory(cwd: string, mergeBase: string, path: string): Promise<BaseVersion[]> {
  const log = await run(cwd, [
    'log',
    '--follow',
    '--format=%x01%H',
    '--name-only',
    `-n${MAX_HISTORY}`,
    mergeBase,
    '--',
    path,
  ]);
  const versions: BaseVersion[] = [];
  const seen = new Set<string>();
  for (const entry of log.split('\x01').slice(1)) {
    const [commit = '', ...names] = entry.split('\n').map((s) => s.trim());
    const at = names.find((n) => n !== '') ?? path;
    const text = await readAtCommit(cwd, commit, at);
    // Commits that deleted the file, and versions identical to a newer one, add nothing.
    if (text === undefined || seen.has(text)) continue;
    seen.add(text);
    try {
      versions.push(parseVersion(text, at, commit));
    } catch {
      continue;
    }
  }
  return versions;
}
