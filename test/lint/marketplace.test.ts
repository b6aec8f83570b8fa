import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadAction } from '../helpers/composite-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * What the GitHub Marketplace and users see of each action: name, description and branding that
 * pass the Marketplace's rules, and a README per action generated from its action.yml.
 */

const ACTION_DIRS = [
  REPO_ROOT,
  ...readdirSync(join(REPO_ROOT, 'actions'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(REPO_ROOT, 'actions', e.name, 'action.yml')))
    .map((e) => join(REPO_ROOT, 'actions', e.name)),
];

interface Metadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
}
const metadata = (dir: string) => load(readFileSync(join(dir, 'action.yml'), 'utf8')) as Metadata;

/**
 * The icons and colours action.yml may use, from GitHub's own action schema in
 * @actions/workflow-parser: Feather v4.28.0 without brand icons and without coffee, columns,
 * divide(-circle, -square), frown, hexagon, key, meh, mouse-pointer, smile, tool and x-octagon.
 */
const schema = JSON.parse(
  readFileSync(
    join(REPO_ROOT, 'node_modules', '@actions', 'workflow-parser', 'dist', 'action-v1.0.min.json'),
    'utf8',
  ),
) as { definitions: Record<string, { 'allowed-values'?: string[] }> };
const ICONS = new Set(schema.definitions['branding-icon']?.['allowed-values'] ?? []);
const COLORS = new Set(schema.definitions['branding-color']?.['allowed-values'] ?? []);

/** GitHub Marketplace categories: an action's name may not equal one (nor a GitHub user or org it does not own). */
const CATEGORIES = [
  'api management',
  'chat',
  'code quality',
  'code review',
  'continuous integration',
  'dependency management',
  'deployment',
  'ides',
  'learning',
  'localization',
  'mobile',
  'monitoring',
  'project management',
  'publishing',
  'recently added',
  'security',
  'support',
  'testing',
  'utilities',
  'github',
  'actions',
];
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The Marketplace's rules for one action's metadata; an empty list when it may be published. */
function marketplaceProblems(meta: Metadata): string[] {
  const problems: string[] = [];
  const name = typeof meta.name === 'string' ? meta.name.trim() : '';
  const description = typeof meta.description === 'string' ? meta.description.trim() : '';
  if (name === '') problems.push('name is missing');
  if (CATEGORIES.includes(name.toLowerCase())) problems.push(`name "${name}" is a Marketplace category`);
  if (description === '') problems.push('description is missing');
  // "Description must be less than 125 characters" (the Marketplace's publish form).
  if (description.length >= 125)
    problems.push(`description is ${description.length} characters; at most 124`);
  if (!ICONS.has(String(meta.branding?.icon)))
    problems.push(`branding.icon "${String(meta.branding?.icon)}" is not allowed`);
  if (!COLORS.has(String(meta.branding?.color))) {
    problems.push(`branding.color "${String(meta.branding?.color)}" is not one of ${[...COLORS].join(', ')}`);
  }
  return problems;
}

describe('Marketplace metadata', () => {
  it('reads the allowed icons and colours from GitHub’s action schema', () => {
    expect(ICONS.size).toBeGreaterThan(250);
    expect(ICONS.has('coffee')).toBe(false);
    expect([...COLORS].sort()).toEqual([
      'blue',
      'gray-dark',
      'green',
      'orange',
      'purple',
      'red',
      'white',
      'yellow',
    ]);
  });

  it.each(ACTION_DIRS.map((dir) => ({ action: relative(REPO_ROOT, join(dir, 'action.yml')), dir })))(
    '$action passes the Marketplace rules',
    ({ dir }) => {
      expect(marketplaceProblems(metadata(dir))).toEqual([]);
    },
  );

  it('names every action differently, also once the Marketplace turns the name into a URL', () => {
    const names = ACTION_DIRS.map((dir) => String(metadata(dir).name));
    expect(new Set(names.map(slug)).size).toBe(names.length);
  });

  it('catches what the Marketplace refuses (the checks can fail)', () => {
    const ok = { name: 'X', description: 'y', branding: { icon: 'shield', color: 'green' } };
    expect(marketplaceProblems(ok)).toEqual([]);
    expect(marketplaceProblems({ ...ok, description: 'd'.repeat(125) })).toEqual([
      'description is 125 characters; at most 124',
    ]);
    expect(marketplaceProblems({ ...ok, branding: { icon: 'coffee', color: 'pink' } })).toHaveLength(2);
    expect(marketplaceProblems({ ...ok, name: 'Testing' })).toEqual([
      'name "Testing" is a Marketplace category',
    ]);
  });
});

describe('actions/<name>/README.md', () => {
  const dirs = ACTION_DIRS.filter((d) => d !== REPO_ROOT);

  it('are what npm run docs:actions generates from each action.yml', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['scripts/docs-actions.mjs', '--check'], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    expect(output).toBe('');
  });

  it.each(dirs.map((dir) => ({ action: relative(REPO_ROOT, dir), dir })))(
    '$action/README.md lists exactly its inputs and outputs',
    ({ dir }) => {
      // Read independently of the generator: the parsed action and the README's table rows.
      const { template } = loadAction(dir);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const section = (title: string) => readme.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
      const rows = (text: string) => [...text.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
      expect(rows(section('Inputs'))).toEqual((template.inputs ?? []).map((i) => i.id));
      expect(rows(section('Outputs'))).toEqual((template.outputs ?? []).map((o) => o.id));
      expect(readme).toContain(`- uses: ml-quality-gates/ml-quality-gates/${relative(REPO_ROOT, dir)}@v1`);
      expect(readme).toContain(`# ${String(metadata(dir).name)}\n`);
    },
  );
});
