import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { stepNode } from '../helpers/runner-env.js';

/**
 * The npm package as `npx ml-quality-gates@1 ...` gets it: `npm pack` of this checkout, unpacked
 * into a clean directory outside the repository the way npm installs it (node_modules/<name>,
 * the bin linked into node_modules/.bin), then run through that link under the Node under test
 * (MLQG_E2E_NODE) — with no dependency installed, so the bundle in dist/ must be self-contained.
 */

interface PackEntry {
  path: string;
  size: number;
}
interface PackResult {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: PackEntry[];
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};
const temp = mkdtempSync(join(tmpdir(), 'mlqg-pack-'));
const project = join(temp, 'project');
let pack: PackResult;
let bin: string;
let example: { dir: string };

beforeAll(async () => {
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', temp, '--loglevel=error'],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  pack = (JSON.parse(out) as PackResult[])[0] as PackResult;
  // What npm does on install: the tarball's package/ becomes node_modules/<name>, bins are linked.
  const installed = join(project, 'node_modules', manifest.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(temp, pack.filename), '-C', installed, '--strip-components=1']);
  const binDir = join(project, 'node_modules', '.bin');
  mkdirSync(binDir);
  bin = join(binDir, 'ml-quality-gates');
  symlinkSync(join('..', manifest.name, manifest.bin['ml-quality-gates'] ?? 'missing'), bin);
  example = await makeExampleRepo();
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(join(example.dir, '..'), { recursive: true, force: true });
});

/** Runs a command with only the Node under test (and git) on PATH, as npx runs a bin. */
function run(command: string, args: string[], cwd: string) {
  const path = [dirname(stepNode()), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
  const env = { PATH: path, HOME: temp, LANG: 'C.UTF-8' };
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm pack', () => {
  it('holds what the CLI and the actions need, and nothing else', () => {
    expect(pack.name).toBe(manifest.name);
    expect(pack.version).toBe(manifest.version);
    const paths = pack.files.map((f) => f.path);
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli.js',
      'schema/config.schema.json',
      'schema/result.schema.json',
      'action.yml',
      'actions/report/action.yml',
    ]) {
      expect(paths, needed).toContain(needed);
    }
    // Every chunk the bundle imports is in the package (a missing one fails only at run time).
    const chunks = readFileSync(join(REPO_ROOT, 'dist', 'cli.js'), 'utf8').matchAll(/"\.\/(chunks\/[^"]+)"/g);
    for (const [, chunk] of chunks) expect(paths).toContain(`dist/${chunk ?? ''}`);
    const allowed =
      /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|action\.yml|dist\/|schema\/|actions\/[a-z-]+\/(action\.yml|README\.md)$)/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(
      paths.filter((p) => /(^|\/)(src|test|examples|node_modules|bench)\//.test(p) || p.endsWith('.map')),
    ).toEqual([]);
  });

  it('declares no runtime dependency: npx fetches this one package, the bundle holds the rest', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('is unpacked outside any node_modules the repository could lend it', () => {
    for (let dir = project; ; dir = dirname(dir)) {
      if (dir !== project) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
      if (dir === parse(dir).root) break;
    }
  });
});

describe('the packed bin, run as npx runs it (no dependencies installed)', () => {
  it('--version prints the package version', () => {
    const result = run(bin, ['--version'], project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it('--help lists run, report, init and every gate', () => {
    const result = run(bin, ['--help'], project);
    expect(result.status).toBe(0);
    for (const command of [
      'run',
      'report',
      'init',
      'coverage',
      'data-schema',
      'model-card',
      'registry-approval',
      'model-evaluation',
      'notebooks',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
  });

  it('run on the example project gives exactly the verdict of the repository’s dist/cli.js', () => {
    const packed = run(bin, ['run', '--format', 'json'], example.dir);
    const local = run(
      stepNode(),
      [join(REPO_ROOT, 'dist', 'cli.js'), 'run', '--format', 'json'],
      example.dir,
    );
    expect(packed.stderr).toBe(local.stderr);
    expect(packed.status).toBe(local.status);
    expect(packed.stdout).toBe(local.stdout);
    // And that verdict judged every gate of the example (none failed to load in the package).
    const doc = JSON.parse(packed.stdout) as {
      status: string;
      results: Array<{ gate: string; status: string }>;
    };
    expect(doc.results.map((r) => r.gate).sort()).toEqual(
      ['coverage', 'data-schema', 'model-card', 'model-evaluation', 'notebooks', 'registry-approval'].sort(),
    );
    expect(packed.status).toBe(1); // the example fails three gates (see test/e2e/root-action.test.ts)
  });
});
