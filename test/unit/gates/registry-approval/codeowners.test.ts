import { describe, expect, it } from 'vitest';
import {
  ownersOf,
  parseCodeowners,
  sameIdentity,
} from '../../../../src/gates/registry-approval/codeowners.js';

// The example file from GitHub's "About code owners" documentation (abridged), with the owners
// GitHub's own description gives for each path.
const GITHUB_EXAMPLE = `# These owners will be the default owners for everything in the repo.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
/models/churn/ @dana
`;

describe('CODEOWNERS', () => {
  const rules = parseCodeowners(GITHUB_EXAMPLE);
  const owners = (path: string) => ownersOf(rules, path).owners;

  it('parses rules with line numbers, dropping comments', () => {
    expect(rules[1]).toMatchObject({ pattern: '*.js', owners: ['@js-owner'], line: 3 });
    expect(rules).toHaveLength(12);
  });

  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['main.go', ['docs@example.com']],
    ['build/logs/out.txt', ['@octocat']], // **/logs comes later and also matches
    ['docs/getting-started.md', ['@doctocat']], // /docs/ is later than docs/*
    ['services/apps/x.py', ['@octocat']], // apps/ matches at any depth
    ['scripts/run.sh', ['@doctocat', '@octocat']],
    ['deeply/nested/logs/a.txt', ['@octocat']],
    ['apps/github/x.rb', []], // a pattern without owners: unowned
    ['models/churn', ['@dana']], // a directory rule owns the directory itself
    ['models/churn/', ['@dana']],
    ['models/churn/v3/model.pkl', ['@dana']],
  ])('%s is owned by %j (the last matching pattern wins)', (path, expected) => {
    expect(owners(path)).toEqual(expected);
  });

  it('does not let dir/* reach nested files', () => {
    const only = parseCodeowners('docs/* @docs\n');
    expect(ownersOf(only, 'docs/a.md').owners).toEqual(['@docs']);
    expect(ownersOf(only, 'docs/build/a.md').owners).toEqual([]);
  });

  it('anchors a pattern with a slash at the root', () => {
    const only = parseCodeowners('src/churn/ @dana\n');
    expect(ownersOf(only, 'src/churn/x.py').owners).toEqual(['@dana']);
    expect(ownersOf(only, 'vendor/src/churn/x.py').owners).toEqual([]);
  });

  it('matches identities case-insensitively with an optional @', () => {
    expect(sameIdentity('Dana', '@dana')).toBe(true);
    expect(sameIdentity('@DANA', 'dana')).toBe(true);
    expect(sameIdentity('danab', '@dana')).toBe(false);
    expect(sameIdentity('', '@')).toBe(false);
  });
});
