import { existsSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

/** A user-declared prefix rewrite, applied before any guessing (`/app/` → `services/api/`). */
export interface PathRewrite {
  from: string;
  to: string;
}

/** Where a report path landed in the repository. */
export interface MappedPath {
  /** Repository-relative path, forward slashes. */
  path: string;
  /** True when the path was found among the repository's files. */
  matched: boolean;
  /** Every repository path that was considered, in order, for error messages. */
  tried: string[];
}

/**
 * Maps the paths a report writes (absolute, relative to a `<sources>` root, relative to a
 * subdirectory, a Go import path, Windows separators) onto repository paths. Known paths are
 * the tracked files plus the diff's files; when no file list is available, the disk decides.
 */
export class PathMapper {
  private readonly bySuffix = new Map<string, string[]>();
  private readonly cache = new Map<string, MappedPath>();
  /**
   * The root as a normalised absolute path ending in `/`, where paths are POSIX: a normalised
   * path below it is relative to it by a slice (`path.relative` resolves both sides again, per
   * file). Undefined elsewhere (Windows), where `path.relative` decides.
   */
  private readonly rootPrefix: string | undefined;

  constructor(
    /** Absolute repository root. */
    private readonly root: string,
    private readonly known: Set<string>,
    private readonly rewrites: PathRewrite[] = [],
    /** Check candidates on disk too (when the file list may be incomplete). */
    private readonly checkDisk = true,
  ) {
    const absolute = resolve(root);
    this.rootPrefix = sep === '/' ? (absolute.endsWith('/') ? absolute : `${absolute}/`) : undefined;
    for (const path of known) {
      const base = path.slice(path.lastIndexOf('/') + 1);
      const list = this.bySuffix.get(base);
      if (list) list.push(path);
      else this.bySuffix.set(base, [path]);
    }
  }

  /** Maps one report path; `sourceRoots` are the report's declared roots (Cobertura `<sources>`). */
  map(reportPath: string, sourceRoots: readonly string[] = []): MappedPath {
    const key = `${reportPath}\0${sourceRoots.join('\0')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.resolve(reportPath, sourceRoots);
    this.cache.set(key, result);
    return result;
  }

  private resolve(reportPath: string, sourceRoots: readonly string[]): MappedPath {
    const candidates = this.candidates(toSlashes(reportPath), sourceRoots.map(toSlashes));
    const tried: string[] = [];
    for (const candidate of candidates) {
      if (!tried.includes(candidate)) tried.push(candidate);
      if (this.exists(candidate)) return { path: candidate, matched: true, tried };
    }
    // Reports written on another machine or relative to a package root: match by suffix.
    for (const candidate of candidates) {
      const found = this.bySuffixMatch(candidate);
      if (found) return { path: found, matched: true, tried };
    }
    return { path: candidates[0] ?? reportPath, matched: false, tried };
  }

  private candidates(path: string, roots: string[]): string[] {
    const out: string[] = [];
    const push = (p: string | undefined) => {
      if (p !== undefined && p !== '' && !out.includes(p)) out.push(p);
    };
    for (const rewrite of this.rewrites) {
      const from = toSlashes(rewrite.from);
      if (path.startsWith(from)) push(this.relativeToRoot(toSlashes(rewrite.to) + path.slice(from.length)));
    }
    if (isAbsolutePath(path)) {
      push(this.relativeToRoot(path));
    } else {
      for (const root of roots) {
        push(this.relativeToRoot(isAbsolutePath(root) ? posix.join(root, path) : posix.join(root, path)));
      }
      push(posix.normalize(path).replace(/^\.\//, ''));
    }
    if (isAbsolutePath(path)) push(path);
    return out;
  }

  /** A path relative to the root when it lies inside it; relative inputs are normalised. */
  private relativeToRoot(path: string): string | undefined {
    if (!isAbsolutePath(path)) return posix.normalize(path).replace(/^\.\//, '');
    if (/^[A-Za-z]:\//.test(path)) return undefined;
    const prefix = this.rootPrefix;
    if (prefix !== undefined && path.startsWith(prefix) && path.length > prefix.length && isNormal(path))
      return path.slice(prefix.length);
    const rel = toSlashes(relative(this.root, path));
    if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return undefined;
    return rel;
  }

  private exists(candidate: string): boolean {
    if (isAbsolutePath(candidate) || candidate.startsWith('../')) return false;
    if (this.known.has(candidate)) return true;
    return this.checkDisk && existsSync(join(this.root, candidate));
  }

  /**
   * The unique known path that ends with the candidate or one of its trailing segment runs
   * (`/home/ci/repo/src/a.py` → `src/a.py`; `churn/a.py` → `ml/src/churn/a.py`).
   */
  private bySuffixMatch(candidate: string): string | undefined {
    const segments = candidate.split('/').filter((s) => s !== '' && s !== '.');
    const base = segments[segments.length - 1];
    if (base === undefined) return undefined;
    const pool = this.bySuffix.get(base);
    if (!pool) return undefined;
    // A bare file name matches only when the report gave nothing more: `/x/utils.py` must not
    // land on an unrelated `pkg/utils.py`.
    const shortest = Math.min(2, segments.length);
    for (let i = 0; i <= segments.length - shortest; i++) {
      const suffix = segments.slice(i).join('/');
      const hits = pool.filter((p) => p === suffix || p.endsWith(`/${suffix}`));
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) {
        const exact = hits.filter((p) => p === suffix);
        return exact.length === 1 ? exact[0] : undefined;
      }
    }
    return undefined;
  }
}

function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** No empty, `.` or `..` segment and no trailing `/`: what `path.normalize` would leave as it is. */
function isNormal(path: string): boolean {
  return !path.endsWith('/') && !path.includes('//') && !/\/\.\.?(?:\/|$)/.test(path);
}
