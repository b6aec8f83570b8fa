import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, normalize, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { UploadedArtifact } from './runner-env.js';

/**
 * `actions/upload-artifact` v4 (modelled on v4.6.2, ea165f8d) as the composite test runner runs
 * it, offline: the inputs and their validation (src/upload/input-helper.ts), the file search of
 * @actions/glob (implicit descendants, `!` excludes, `#` comments, hidden files skipped, symlinks
 * followed) and the artifact root (src/shared/search.ts): one directory → its contents at the
 * root; one file → that file; several paths → relative to their least common ancestor.
 * Messages are the action's own, as `::error::` / `::warning::` workflow commands.
 */

/** The action's inputs and their defaults (`undefined`: required). */
export const UPLOAD_ARTIFACT_INPUTS: Readonly<Record<string, string | undefined>> = {
  name: 'artifact',
  path: undefined,
  'if-no-files-found': 'warn',
  'retention-days': '',
  'compression-level': '6',
  overwrite: 'false',
  'include-hidden-files': 'false',
};

/** What the upload step needs from the job around it. */
export interface UploadContext {
  /** The step's working directory (GITHUB_WORKSPACE): relative paths are resolved against it. */
  workspace: string;
  /** For `~` in paths. */
  home: string;
  /** The step's environment (GITHUB_RETENTION_DAYS caps retention-days, like the runner's). */
  env: Record<string, string>;
  /** Artifacts the job already uploaded: a second one of the same name is a 409 without `overwrite`. */
  uploaded: readonly UploadedArtifact[];
  /** The id the next artifact gets (for the `artifact-id` / `artifact-url` outputs). */
  nextId: number;
}

/** What one run of the action produced. */
export interface UploadResult {
  /** 0, or 1 after `core.setFailed`. */
  code: number;
  /** Its log, with workflow commands. */
  stdout: string;
  outputs: Record<string, string>;
  /** The uploaded artifact, when there was one (it replaces a same-named one only with `overwrite`). */
  artifact?: UploadedArtifact;
}

/** Characters @actions/artifact refuses in artifact names (and, but for the slashes, in file paths). */
const INVALID_CHARACTERS: Array<[string, string]> = [
  ['"', ' Double quote "'],
  [':', ' Colon :'],
  ['<', ' Less than <'],
  ['>', ' Greater than >'],
  ['|', ' Vertical bar |'],
  ['*', ' Asterisk *'],
  ['?', ' Question mark ?'],
  ['\r', ' Carriage return \\r'],
  ['\n', ' Line feed \\n'],
  ['\\', ' Backslash \\'],
  ['/', ' Forward slash /'],
];
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Runs the action with the given (already evaluated) `with:` values. */
export function simulateUploadArtifact(given: Record<string, string>, context: UploadContext): UploadResult {
  const log: string[] = [];
  let code = 0;
  const fail = (message: string): void => {
    log.push(`::error::${escapeData(message)}`);
    code = 1;
  };
  const done = (extra: Partial<UploadResult> = {}): UploadResult => ({
    code,
    stdout: log.map((line) => `${line}\n`).join(''),
    outputs: {},
    ...extra,
  });
  // core.getInput: the `with:` value, else the action.yml default; trimmed.
  const input = (name: string): string => (given[name] ?? UPLOAD_ARTIFACT_INPUTS[name] ?? '').trim();
  // core.getBooleanInput: YAML 1.2 core schema booleans only; anything else throws.
  const booleanInput = (name: string): boolean => {
    const value = input(name);
    if (TRUE_VALUES.includes(value)) return true;
    if (FALSE_VALUES.includes(value)) return false;
    throw new TypeError(
      `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
    );
  };

  // getInputs(): a throw ends the action; setFailed marks it failed and carries on, as upstream.
  const name = input('name');
  const searchPath = input('path');
  let overwrite: boolean;
  let includeHiddenFiles: boolean;
  try {
    if (searchPath === '') throw new Error('Input required and not supplied: path');
    overwrite = booleanInput('overwrite');
    includeHiddenFiles = booleanInput('include-hidden-files');
  } catch (error) {
    fail((error as Error).message);
    return done();
  }
  const ifNoFilesFound = input('if-no-files-found');
  if (!['warn', 'error', 'ignore'].includes(ifNoFilesFound)) {
    fail(
      `Unrecognized if-no-files-found input. Provided: ${ifNoFilesFound}. Available options: warn,error,ignore`,
    );
  }
  let retentionDays: number | undefined;
  if (input('retention-days') !== '') {
    retentionDays = parseInt(input('retention-days'), 10);
    if (isNaN(retentionDays)) fail('Invalid retention-days');
  }
  const compression = input('compression-level');
  if (compression !== '') {
    const level = parseInt(compression, 10);
    if (isNaN(level)) fail('Invalid compression-level');
    if (level < 0 || level > 9) fail('Invalid compression-level. Valid values are 0-9');
  }

  let found: { files: string[]; rootDirectory: string };
  try {
    found = findFilesToUpload(searchPath, context, includeHiddenFiles);
  } catch (error) {
    fail((error as Error).message);
    return done();
  }
  if (found.files.length === 0) {
    const message = `No files were found with the provided path: ${searchPath}. No artifacts will be uploaded.`;
    if (ifNoFilesFound === 'warn') log.push(`::warning::${escapeData(message)}`);
    else if (ifNoFilesFound === 'error') fail(message);
    else log.push(message);
    return done();
  }
  const s = found.files.length === 1 ? '' : 's';
  log.push(`With the provided path, there will be ${found.files.length} file${s} uploaded`);

  try {
    validateName(name);
    const files: Record<string, Buffer> = {};
    for (const file of found.files) {
      const uploadPath = relative(found.rootDirectory, file).split(sep).join('/');
      validateFilePath(uploadPath);
      files[uploadPath] = readFileSync(file);
    }
    if (!overwrite && context.uploaded.some((a) => a.name === name)) {
      throw new Error(
        'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
          'an artifact with this name already exists on the workflow run',
      );
    }
    // @actions/artifact: 0 means the repository default; GITHUB_RETENTION_DAYS caps the rest.
    const cap = Number(context.env.GITHUB_RETENTION_DAYS);
    const days = retentionDays ? (cap && cap < retentionDays ? cap : retentionDays) : undefined;
    const artifact: UploadedArtifact = {
      name,
      files,
      ...(days === undefined ? {} : { retentionDays: days }),
    };
    const id = String(context.nextId);
    const server = context.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = `${server}/${context.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${context.env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
    log.push(
      `Artifact ${name} has been successfully uploaded! Artifact ID is ${id}`,
      `Artifact download URL: ${url}`,
    );
    return done({ outputs: { 'artifact-id': id, 'artifact-url': url }, artifact });
  } catch (error) {
    fail((error as Error).message);
    return done();
  }
}

function validateName(name: string): void {
  if (!name) throw new Error('Provided artifact name input during validation is empty');
  for (const [character, description] of INVALID_CHARACTERS) {
    if (name.includes(character)) {
      throw new Error(
        `The artifact name is not valid: ${name}. Contains the following character: ${description}`,
      );
    }
  }
}

function validateFilePath(path: string): void {
  for (const [character, description] of INVALID_CHARACTERS) {
    if (character === '/' || character === '\\') continue;
    if (path.includes(character)) {
      throw new Error(
        `The path for one of the files in artifact is not valid: ${path}. Contains the following character: ${description}`,
      );
    }
  }
}

interface GlobPattern {
  negate: boolean;
  /** `dir/`: matches directories only (their files come in through the implicit `dir/**`). */
  directoryOnly: boolean;
  /** Absolute path up to the first segment with a glob character. */
  searchPath: string;
  test: (path: string) => boolean;
}

const GLOB_CHARACTER = /[*?[]/;
const escapeGlob = (literal: string): string => literal.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
const MATCH_OPTIONS = { dot: true, nobrace: true, noextglob: true, nonegate: true } as const;

/** One line of `path:`, as @actions/glob's Pattern reads it (after comments and blanks are gone). */
function parsePattern(line: string, context: UploadContext): GlobPattern[] {
  let negate = false;
  let pattern = line;
  while (pattern.startsWith('!')) {
    negate = !negate;
    pattern = pattern.slice(1).trim();
  }
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  if (segments.some((s, i) => s === '..' || (s === '.' && i > 0))) {
    throw new Error(`Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
  }
  let base: string;
  let rest: string[];
  if (pattern === '~' || pattern.startsWith('~/')) [base, rest] = [context.home, segments.slice(1)];
  else if (pattern.startsWith('/')) [base, rest] = ['/', segments.slice(1)];
  else [base, rest] = [context.workspace, segments[0] === '.' ? segments.slice(1) : segments];
  const literal = rest.findIndex((s) => GLOB_CHARACTER.test(s));
  const searchPath = resolve(base, ...(literal < 0 ? rest : rest.slice(0, literal)));
  const glob = [escapeGlob(resolve(base)).replace(/\/$/, ''), ...rest].join('/') || '/';
  const make = (source: string, directoryOnly: boolean): GlobPattern => ({
    negate,
    directoryOnly,
    searchPath,
    test: picomatch(source, MATCH_OPTIONS),
  });
  const directoryOnly = pattern.endsWith('/') && pattern !== '/';
  const patterns = [make(glob, directoryOnly)];
  // implicitDescendants: a pattern that matches a directory also matches everything below it.
  if (directoryOnly || rest.at(-1) !== '**') patterns.push(make(`${glob.replace(/\/$/, '')}/**`, false));
  return patterns;
}

/** @actions/glob getSearchPaths: of the include patterns, those no other search path contains. */
function searchPathsOf(patterns: GlobPattern[]): string[] {
  const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath));
  const result: string[] = [];
  for (const path of candidates) {
    let parent = dirname(path);
    let child = path;
    let ancestor = false;
    while (parent !== child) {
      if (candidates.has(parent)) ancestor = true;
      child = parent;
      parent = dirname(child);
    }
    if (!ancestor) result.push(path);
  }
  return result;
}

/** upload-artifact's getMultiPathLCA: the common leading segments of the search paths. */
function leastCommonAncestor(paths: string[]): string {
  const split = paths.map((p) => normalize(p).split(sep));
  const common: string[] = [];
  const shortest = Math.min(...split.map((s) => s.length));
  for (let i = 0; i < shortest; i += 1) {
    const segment = split[0]?.[i];
    if (segment === undefined || split.some((s) => s[i] !== segment)) break;
    common.push(segment);
  }
  return join(sep, ...common);
}

/** The files `path:` selects and the directory their names in the artifact are relative to. */
export function findFilesToUpload(
  searchPath: string,
  context: UploadContext,
  includeHiddenFiles: boolean,
): { files: string[]; rootDirectory: string } {
  const lines = searchPath
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const patterns = lines.flatMap((line) => parsePattern(line, context));
  // Last matching pattern wins; `dir/` patterns never match a file themselves.
  const matches = (file: string): boolean => {
    let included = false;
    for (const p of patterns) if (!p.directoryOnly && p.test(file)) included = !p.negate;
    return included;
  };
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, chain: string[]): void => {
    let stats: Stats;
    try {
      stats = statSync(path); // follows symlinks; a broken one is skipped
    } catch {
      return;
    }
    if (!includeHiddenFiles && basename(path).startsWith('.')) return; // the search root too
    if (stats.isDirectory()) {
      const real = realpathSync(path);
      if (chain.includes(real)) return; // symlink cycle
      for (const entry of readdirSync(path).sort()) visit(join(path, entry), [...chain, real]);
    } else if (matches(path) && !seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  const roots = searchPathsOf(patterns);
  for (const root of roots) visit(root, []);

  // src/shared/search.ts: which directory the artifact's paths are relative to.
  if (roots.length > 1) return { files, rootDirectory: leastCommonAncestor(roots) };
  const [only] = roots;
  if (only !== undefined && files.length === 1 && only === files[0])
    return { files, rootDirectory: dirname(only) };
  return { files, rootDirectory: only ?? context.workspace };
}
