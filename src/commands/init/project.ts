import { git } from '../../util/git.js';
import type { Project } from './findings.js';
import { readSmall } from './read.js';

/** The newest Python minor the workflow installs unless the project's requires-python caps it. */
const PYTHON_MINOR = 12;

/** `requires-python = ">=3.10,<3.12"` → the newest allowed minor up to 3.12, as `3.11`. */
export function pythonVersionFor(pyproject: string | undefined): string {
  const spec = /^\s*requires-python\s*=\s*["']([^"']*)["']/m.exec(pyproject ?? '')?.[1] ?? '';
  const lower = /(?:>=|~=|==)\s*3\.(\d+)/.exec(spec)?.[1];
  const upper = /<\s*3\.(\d+)/.exec(spec)?.[1];
  let minor = PYTHON_MINOR;
  if (upper !== undefined) minor = Math.min(minor, Number(upper) - 1);
  if (lower !== undefined) minor = Math.max(minor, Number(lower));
  return `3.${minor}`;
}

/** The toolchains declared at the repository root (they decide how the workflow runs the tests). */
export async function detectProject(root: string, files: ReadonlySet<string>): Promise<Project> {
  const project: Project = { defaultBranch: await defaultBranch(root) };
  const pythonManifest = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'].find((f) =>
    files.has(f),
  );
  if (pythonManifest !== undefined) {
    const installable = files.has('pyproject.toml') || files.has('setup.py') || files.has('setup.cfg');
    project.python = {
      manifest: pythonManifest,
      install: installable
        ? 'pip install -e . pytest pytest-cov'
        : 'pip install -r requirements.txt pytest pytest-cov',
      version: pythonVersionFor(
        files.has('pyproject.toml') ? await readSmall(root, 'pyproject.toml') : undefined,
      ),
    };
  }
  if (files.has('package.json')) {
    const manifest = await readSmall(root, 'package.json');
    let scripts: unknown;
    try {
      scripts = (JSON.parse(manifest ?? '{}') as { scripts?: unknown }).scripts;
    } catch {
      scripts = undefined;
    }
    if (typeof scripts === 'object' && scripts !== null && 'test' in scripts) {
      project.node = { install: files.has('package-lock.json') ? 'npm ci' : 'npm install' };
    }
  }
  if (files.has('go.mod')) project.go = true;
  return project;
}

/** origin's default branch, else main or master when the repository has it, else main. */
async function defaultBranch(root: string): Promise<string> {
  const remote = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(
    () => '',
  );
  const fromRemote = remote.trim().replace(/^origin\//, '');
  if (/^[A-Za-z0-9._/-]+$/.test(fromRemote)) return fromRemote;
  for (const branch of ['main', 'master']) {
    const found = await git(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).catch(
      () => '',
    );
    if (found.trim() !== '') return branch;
  }
  return 'main';
}

/** Files git tracks (empty outside a git work tree). */
export async function trackedSet(root: string): Promise<Set<string>> {
  const out = await git(root, ['ls-files', '-z']).catch(() => '');
  return new Set(out.split('\0').filter((p) => p !== ''));
}
