import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DeclaredPythonFinder,
  declaredIn,
  pyprojectRequirement,
} from '../../../../src/gates/notebooks/declared-python.js';

describe('declaration files', () => {
  it('reads requires-python from [project], with its line', () => {
    const text =
      '[build-system]\nrequires = ["setuptools"]\n\n[project]\nname = "x"\nrequires-python = ">=3.10,<3.12"  # supported\n';
    expect(pyprojectRequirement(text)).toMatchObject({
      line: 6,
      requirement: { kind: 'specifier', text: '>=3.10,<3.12' },
    });
  });

  it('ignores a requires-python outside [project], and falls back to Poetry', () => {
    const text =
      "[tool.other]\nrequires-python = '>=2.7'\n\n[tool.poetry.dependencies]\npython = '^3.9'\npandas = '^2'\n";
    expect(pyprojectRequirement(text)).toMatchObject({ line: 5, requirement: { text: '^3.9' } });
    expect(pyprojectRequirement('[project]\nname = "x"\n')).toBeUndefined();
  });

  it('reads .python-version and runtime.txt', () => {
    expect(declaredIn('.python-version', '# pinned by uv\n3.11.4\n')).toMatchObject({
      line: 2,
      requirement: { kind: 'minor', major: 3, minor: 11 },
    });
    expect(declaredIn('.python-version', 'pypy3.10-7.3.12\n')?.requirement).toMatchObject({
      major: 3,
      minor: 10,
    });
    expect(declaredIn('.python-version', 'system\n')).toBeUndefined();
    expect(declaredIn('runtime.txt', 'python-3.12.1\n')?.requirement).toMatchObject({ major: 3, minor: 12 });
  });
});

describe('DeclaredPythonFinder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlqg-nb-python-'));
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nrequires-python = ">=3.10"\n');
    mkdirSync(join(dir, 'packages', 'legacy', 'notebooks'), { recursive: true });
    writeFileSync(join(dir, 'packages', 'legacy', 'runtime.txt'), 'python-3.9.18\n');
    writeFileSync(
      join(dir, 'packages', 'legacy', 'pyproject.toml'),
      '[project]\nrequires-python = ">=3.8"\n',
    );
    mkdirSync(join(dir, 'notebooks'), { recursive: true });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the nearest folder that declares a version, most specific file first', async () => {
    const finder = new DeclaredPythonFinder(dir);
    expect(await finder.forNotebook('notebooks/a.ipynb')).toMatchObject({
      source: 'pyproject.toml',
      line: 2,
    });
    // packages/legacy has both runtime.txt and pyproject.toml: runtime.txt is more specific.
    expect(await finder.forNotebook('packages/legacy/notebooks/b.ipynb')).toMatchObject({
      source: 'packages/legacy/runtime.txt',
      requirement: { kind: 'minor', major: 3, minor: 9 },
    });
  });

  it('finds nothing where nothing is declared', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mlqg-nb-python-none-'));
    try {
      expect(await new DeclaredPythonFinder(empty).forNotebook('a/b/c.ipynb')).toBeUndefined();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
