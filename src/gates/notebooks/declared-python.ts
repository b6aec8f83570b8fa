import { lstat, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parseRequirement, type PythonRequirement } from './python-version.js';

/** The Python version a project declares, and where. */
export interface DeclaredPython {
  requirement: PythonRequirement;
  /** `pyproject.toml` (relative to the working directory), or `the config (python-version)`. */
  source: string;
  line?: number;
}

/** Declaration files larger than this are not read (a real one is a few KiB). */
const MAX_FILE_BYTES = 1024 * 1024;

/** Files looked for in each folder, most specific first. */
const FILES = ['.python-version', 'runtime.txt', 'pyproject.toml'] as const;

/**
 * Finds the Python version a notebook's project declares: the nearest folder, from the
 * notebook's own up to the working directory, that holds a `.python-version` (pyenv, uv),
 * `runtime.txt` (`python-3.11.4`, Heroku/Binder) or `pyproject.toml` (`requires-python`, or
 * Poetry's `python` dependency), in that order within a folder. A monorepo's notebooks are thus
 * held to their own package's version. Folders are read once.
 */
export class DeclaredPythonFinder {
  private readonly byDir = new Map<string, Promise<DeclaredPython | undefined>>();

  constructor(private readonly cwd: string) {}

  /** The declaration that applies to a notebook (path relative to the working directory). */
  async forNotebook(path: string): Promise<DeclaredPython | undefined> {
    let dir = posix.dirname(path);
    for (;;) {
      const found = await this.inDir(dir);
      if (found) return found;
      if (dir === '.' || dir === '/' || dir === '') return undefined;
      dir = posix.dirname(dir);
    }
  }

  private inDir(dir: string): Promise<DeclaredPython | undefined> {
    let pending = this.byDir.get(dir);
    if (!pending) {
      pending = this.readDir(dir);
      this.byDir.set(dir, pending);
    }
    return pending;
  }

  private async readDir(dir: string): Promise<DeclaredPython | undefined> {
    for (const name of FILES) {
      const path = dir === '.' ? name : `${dir}/${name}`;
      const text = await readSmallFile(join(this.cwd, path));
      if (text === undefined) continue;
      const found = declaredIn(name, text);
      if (found) return { ...found, source: path };
    }
    return undefined;
  }
}

/** The requirement a declaration file states, with its line; undefined when it states none. */
export function declaredIn(
  name: (typeof FILES)[number],
  text: string,
): { requirement: PythonRequirement; line: number } | undefined {
  if (name === 'pyproject.toml') return pyprojectRequirement(text);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    // runtime.txt: python-3.11.4; .python-version: 3.11, 3.11.4, cpython-3.12, pypy3.10-7.3.
    const match =
      name === 'runtime.txt'
        ? /^python-(\d+\.\d+)/.exec(line)
        : /^(?:cpython-|pypy|python)?(\d+\.\d+)/.exec(line);
    const requirement = match?.[1] ? parseRequirement(match[1]) : undefined;
    return requirement ? { requirement, line: i + 1 } : undefined;
  }
  return undefined;
}

/**
 * `requires-python` of `[project]`, else `python` of `[tool.poetry.dependencies]`. A line-based
 * reader of the TOML subset these keys are written in (a quoted string on one line): the
 * project has no TOML parser, and a value it cannot read is simply not a declaration.
 */
export function pyprojectRequirement(
  text: string,
): { requirement: PythonRequirement; line: number } | undefined {
  const found = new Map<string, { value: string; line: number }>();
  let table = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const header = /^\s*\[\s*([^[\]]+?)\s*\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = (header[1] ?? '').replace(/\s+/g, '').replace(/["']/g, '');
      continue;
    }
    if (/^\s*\[\[/.test(line)) table = '';
    const key = /^\s*["']?([A-Za-z0-9_-]+)["']?\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(line);
    if (!key) continue;
    const id = `${table}.${key[1] ?? ''}`;
    if (!found.has(id)) found.set(id, { value: key[2] ?? key[3] ?? '', line: i + 1 });
  }
  for (const id of ['project.requires-python', 'tool.poetry.dependencies.python']) {
    const entry = found.get(id);
    const requirement = entry ? parseRequirement(entry.value) : undefined;
    if (entry && requirement) return { requirement, line: entry.line };
  }
  return undefined;
}

/** A small regular file's text, or undefined (missing, a directory, a link, too large). */
async function readSmallFile(path: string): Promise<string | undefined> {
  try {
    const info = await lstat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
