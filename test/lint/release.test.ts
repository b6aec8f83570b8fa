import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_REF } from '../../src/commands/init/workflow-text.js';
import { CONFIG_SCHEMA_ID } from '../../src/config/compose-schema.js';
import { MAJOR_TAG } from '../../scripts/docs-actions.mjs';
import { checkChangelog, prepareRelease, releaseNotes } from '../../scripts/release-notes.mjs';
import { loadAction, tokens } from '../helpers/composite-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * What a release promises: a CHANGELOG in Keep a Changelog form that the release notes come from,
 * a release workflow that verifies, publishes with provenance and moves the major tag, one major
 * version everywhere users pin it, and one statement of the supported Node versions.
 */

const text = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const pkg = JSON.parse(text('package.json')) as {
  version: string;
  engines: { node: string };
  files: string[];
  bin: Record<string, string>;
  repository: { url: string };
  publishConfig?: { provenance?: boolean; access?: string };
};
const REPO = 'https://github.com/ml-quality-gates/ml-quality-gates';

describe('CHANGELOG.md', () => {
  it('keeps the Keep a Changelog form the release notes are cut from', () => {
    expect(checkChangelog(text('CHANGELOG.md'))).toEqual([]);
  });

  it('becomes the release notes of a version once prepared, and still keeps the form', () => {
    const prepared = prepareRelease(text('CHANGELOG.md'), '1.0.0', '2026-12-10', REPO);
    expect(checkChangelog(prepared)).toEqual([]);
    const notes = releaseNotes(prepared, 'v1.0.0');
    expect(notes).toContain('### Added');
    expect(notes).toContain(`**Full changelog**: ${REPO}/releases/tag/v1.0.0`);
    expect(prepared).toContain(`[Unreleased]: ${REPO}/compare/v1.0.0...HEAD`);
    // The next release links from this one.
    const next = prepareRelease(
      prepared.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'),
      '1.0.1',
      '2026-12-11',
      REPO,
    );
    expect(checkChangelog(next)).toEqual([]);
    expect(releaseNotes(next, '1.0.1')).toBe(
      `### Fixed\n\n- A fix.\n\n**Full changelog**: ${REPO}/compare/v1.0.0...v1.0.1\n`,
    );
  });

  it('refuses a tag it has no notes for, and a badly kept file (the checks can fail)', () => {
    expect(() => releaseNotes(text('CHANGELOG.md'), 'v9.9.9')).toThrow(
      /no "## \[9\.9\.9\] - YYYY-MM-DD" section/,
    );
    const bad = [
      '# Changelog',
      '',
      '## [1.0.0] - 2026-13-01',
      '',
      '### Improved',
      '',
      '- x',
      '',
      '## [1.1.0] - 2026-01-01',
      '',
      '### Fixed',
      '',
      '[1.0.0]: https://example.com',
      '',
    ].join('\n');
    expect(checkChangelog(bad)).toEqual([
      'the first version section is "## [Unreleased]" (changes not released yet go there)',
      'line 3: ## [1.0.0]: needs " - YYYY-MM-DD", the release date',
      'line 3: ## [1.0.0]: "### Improved" is not one of ### Added, ### Changed, ### Deprecated, ### Removed, ### Fixed, ### Security',
      'line 9: ## [1.1.0]: versions go newest first (it follows 1.0.0)',
      'line 9: ## [1.1.0]: no link reference "[1.1.0]: <url>" at the end',
      'line 9: ## [1.1.0]: "### Fixed" lists nothing',
    ]);
  });
});

describe('.github/workflows/release.yml', () => {
  interface Step {
    run?: string;
    uses?: string;
  }
  interface Job {
    needs?: string | string[];
    permissions?: Record<string, string>;
    steps: Step[];
    if?: string;
  }
  const workflow = load(text('.github/workflows/release.yml')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, Job>;
  };
  const jobs = Object.values(workflow.jobs);
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags, one release at a time, never cancelled half-way', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(workflow.concurrency.group).not.toBe('');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('checks the tag against package.json and the CHANGELOG, then runs the suite (dist/ a fresh build)', () => {
    const verify = workflow.jobs.verify;
    expect(verify).toBeDefined();
    const script = runs(verify ?? { steps: [] });
    expect(script).toContain('"$TAG" != "v$version"');
    expect(script).toContain('node scripts/release-notes.mjs --check');
    expect(script).toContain('bash .ci/run');
    // .ci/run is what checks dist/ against a fresh build.
    expect(text('.ci/run')).toContain('dist/ differs from a fresh build');
  });

  it('publishes to npm with provenance, from a job that alone may mint the OIDC token', () => {
    const publishing = jobs.filter((j) => runs(j).includes('npm publish'));
    expect(publishing).toHaveLength(1);
    expect(runs(publishing[0] ?? { steps: [] })).toMatch(/npm publish --provenance --access public/);
    expect(publishing[0]?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.filter((j) => j.permissions?.['id-token'] === 'write')).toHaveLength(1);
    expect(publishing[0]?.needs).toBe('verify');
  });

  it('writes the GitHub release from the CHANGELOG and moves the major tag, after npm', () => {
    const github = jobs.find((j) => runs(j).includes('gh release create'));
    expect(github?.needs).toEqual(['verify', 'npm']);
    const script = runs(github ?? { steps: [] });
    expect(script).toContain('node scripts/release-notes.mjs "$VERSION"');
    expect(script).toContain('--notes-file');
    expect(script).toContain('git push --force origin "refs/tags/$major"');
    expect(github?.permissions).toEqual({ contents: 'write' });
  });
});

describe('one major version wherever users pin it', () => {
  it('the schema URL, the action READMEs, init’s workflow and the README all say v1', () => {
    expect(MAJOR_TAG).toBe('v1');
    expect(CONFIG_SCHEMA_ID).toContain(`/${MAJOR_TAG}/schema/config.schema.json`);
    expect(ACTION_REF).toBe(`ml-quality-gates/ml-quality-gates@${MAJOR_TAG}`);
    const refs = [
      ...text('README.md').matchAll(/ml-quality-gates\/ml-quality-gates(?:\/actions\/[a-z-]+)?@(\S+)/g),
    ];
    expect(refs.length).toBeGreaterThan(5);
    const off = refs.map((m) => m[1] ?? '').filter((r) => !/^v1(\.\d+\.\d+)?$|^<.*|^\.\.\.$/.test(r));
    expect(off).toEqual([]);
    // 0.x was never released: the first release is 1.0.0. From then on the package's major is the tag's.
    const major = Number(pkg.version.split('.')[0]);
    expect(major === 0 ? 1 : major).toBe(Number(MAJOR_TAG.slice(1)));
  });

  it('package.json carries what npm provenance and npx need', () => {
    expect(pkg.repository.url).toBe(`git+${REPO}.git`);
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(pkg.bin).toEqual({ 'ml-quality-gates': 'dist/cli.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schema', 'CHANGELOG.md']));
  });
});

describe('supported Node versions', () => {
  const minimum = /^>=(\d+)$/.exec(pkg.engines.node)?.[1];

  it('package.json engines and the actions’ node check name the same minimum', () => {
    expect(minimum).toBe('20');
    expect(text('scripts/require-node.sh')).toContain(`min=${minimum ?? ''}\n`);
  });

  it('every action step that runs the bundle checks node first', () => {
    const actions = [
      'action.yml',
      ...[
        'coverage',
        'data-schema',
        'model-card',
        'model-evaluation',
        'notebooks',
        'registry-approval',
        'report',
      ].map((a) => `actions/${a}/action.yml`),
    ];
    for (const file of actions) {
      const { rawSteps } = loadAction(join(REPO_ROOT, file, '..'));
      for (const step of rawSteps) {
        const token = step.find('run');
        const run = token && tokens.isString(token) ? token.value : '';
        if (!run.includes('dist/cli.js')) continue;
        expect(run.indexOf('require-node.sh'), `${file}: ${run}`).toBeGreaterThanOrEqual(0);
        expect(run.indexOf('require-node.sh')).toBeLessThan(run.indexOf('dist/cli.js'));
      }
    }
  });

  it('.ci/run runs the e2e suite under each supported major from the minimum up', () => {
    const majors = /majors=\$\{MLQG_E2E_NODE_MAJORS-([\d ]+)\}/.exec(text('.ci/run'))?.[1]?.split(' ');
    expect(majors).toEqual(['20', '22', '24']);
    expect(majors?.[0]).toBe(minimum);
  });
});

describe('the actions init’s workflow pins', () => {
  it('are the SHAs this repository pins (Dependabot updates those; a test keeps init’s in step)', () => {
    const pinned = (source: string) =>
      new Map(
        [...source.matchAll(/([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)].map((m) => [m[1], m[2]]),
      );
    const repo = new Map([
      ...pinned(text('README.md')),
      ...pinned(text('.github/workflows/ci.yml')),
      ...pinned(text('.github/workflows/release.yml')),
    ]);
    const init = pinned(text('src/commands/init/workflow-text.ts'));
    expect(init.size).toBeGreaterThanOrEqual(4);
    for (const [action, sha] of init) {
      if (repo.has(action)) expect(`${action}@${sha}`).toBe(`${action}@${repo.get(action) ?? ''}`);
    }
  });
});

describe('the README tells users how to pin and update', () => {
  const readme = text('README.md');

  it('by major tag, exact tag and full commit SHA, and with Dependabot for github-actions', () => {
    expect(readme).toContain('## Install and pin');
    expect(readme).toMatch(/uses: ml-quality-gates\/ml-quality-gates@v1 /);
    expect(readme).toMatch(/uses: ml-quality-gates\/ml-quality-gates@v1\.0\.0 /);
    expect(readme).toMatch(
      /uses: ml-quality-gates\/ml-quality-gates@<full commit SHA of v1\.0\.0> # v1\.0\.0/,
    );
    const dependabot = /```yaml\n(version: 2\nupdates:[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(load(dependabot)).toMatchObject({
      version: 2,
      updates: [{ 'package-ecosystem': 'github-actions', directory: '/' }],
    });
  });

  it('and which Node versions the actions and the CLI support', () => {
    expect(readme).toContain('### Node.js versions');
    expect(readme).toMatch(/Node\.js\s+20, 22 and 24/);
  });
});
