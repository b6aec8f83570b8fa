import { describe, expect, it } from 'vitest';
import { parseRelease, parseRequirement, satisfies } from '../../../../src/gates/notebooks/python-version.js';

/** Whether a notebook saved with `version` meets `requirement`. */
function meets(version: string, requirement: string): boolean {
  const parsed = parseRequirement(requirement);
  const release = parseRelease(version);
  if (!parsed || !release) throw new Error(`bad test input ${requirement} / ${version}`);
  return satisfies(release, parsed);
}

describe('Python version requirements', () => {
  it.each([
    // A bare version is a minor version: any micro of it matches.
    ['3.11.4', '3.11', true],
    ['3.11.0', '3.11.4', true],
    ['3.12.1', '3.11', false],
    // PEP 440 specifiers, evaluated on the notebook's full release.
    ['3.11.4', '>=3.10,<3.12', true],
    ['3.12.0', '>=3.10,<3.12', false],
    ['3.9.18', '>=3.10,<3.12', false],
    ['3.10.0', '>=3.10', true],
    ['3.11.2', '>3.11', true], // 3.11.2 > 3.11 (= 3.11.0)
    ['3.11.0', '>3.11', false],
    ['3.11.7', '==3.11.*', true],
    ['3.12.0', '==3.11.*', false],
    ['3.11.7', '==3.11', false], // PEP 440: ==3.11 means 3.11.0 exactly
    ['3.11.0', '==3.11', true],
    ['3.9.1', '!=3.9.*', false],
    ['3.10.1', '!=3.9.*', true],
    ['3.11.9', '~=3.11', true], // >=3.11, ==3.*
    ['4.0.0', '~=3.11', false],
    ['3.11.9', '~=3.11.2', true], // >=3.11.2, ==3.11.*
    ['3.12.0', '~=3.11.2', false],
    ['3.11.1', '~=3.11.2', false],
    ['3.11.4', '===3.11.4', true],
    // Poetry: ^3.10 is >=3.10,<4.0; ~3.10 is >=3.10,<3.11; || is "or"; spaces separate clauses.
    ['3.13.0', '^3.10', true],
    ['4.0.0', '^3.10', false],
    ['3.10.9', '~3.10', true],
    ['3.11.0', '~3.10', false],
    ['3.8.5', '^3.8 || ^3.9', true],
    ['3.11.1', '>=3.8 <3.11', false],
    ['3.12.0rc1', '>=3.12', true], // pre-release suffixes are ignored
  ])('%s meets %s: %s', (version, requirement, expected) => {
    expect(meets(version, requirement)).toBe(expected);
  });

  it.each(['python3', '>=three', '==3.*.1', '>3.*', '~=3', '', 'latest'])(
    '%j is not a requirement',
    (text) => {
      expect(parseRequirement(text)).toBeUndefined();
    },
  );

  it('reads the release of version strings kernels write', () => {
    expect(parseRelease('3.11.4')).toEqual([3, 11, 4]);
    expect(parseRelease('3.13.0rc2')).toEqual([3, 13, 0]);
    expect(parseRelease('R version 4.3')).toBeUndefined();
  });
});
