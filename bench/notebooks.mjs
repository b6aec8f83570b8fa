#!/usr/bin/env node
/**
 * Benchmark of the notebooks gate (`node bench/notebooks.mjs`): bundles src/gates/notebooks with
 * esbuild into bench/out/notebooks/, generates a seeded repository of 500 notebooks shaped like a
 * data team's (stripped explorations, executed reports with tables and figures, a few heavy and a
 * few careless ones) as a git repository with a pull request that touches 50 of them, then times
 * the gate on every notebook and on the changed ones, beside a plain read + JSON.parse of the same
 * files and beside Python's nbformat (read + validate against the same v4 JSON Schemas, the check
 * `jupyter nbconvert` makes; skipped when /usr/bin/python3 has no nbformat). Wall time, CPU time
 * and peak RSS come from bench/measure.mjs (one child process per run).
 * A run only counts when the gate's findings match what the generator planted.
 *
 * Usage: node bench/notebooks.mjs [--notebooks N] [--runs R]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, devNull, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { measure } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out', 'notebooks');
const REPO = join(OUT, 'repo');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const COUNT = arg('--notebooks', 500);
const RUNS = arg('--runs', 5);
const CHANGED = Math.round(COUNT / 10);

/** Mulberry32: the same repository on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20240605);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[int(0, list.length - 1)];

const WORDS = [
  'churn',
  'tenure',
  'contract',
  'charges',
  'support',
  'score',
  'model',
  'feature',
  'sample',
  'rate',
];
const BODY36 = 'Zq8xK2mP9vL4nR7tW3yB6cD1fG5hJ0kQ2sEa';

function lines(n, make) {
  return Array.from({ length: n }, (_, i) => `${make(i)}${i < n - 1 ? '\n' : ''}`);
}

/** A random code cell source of 3-20 plausible lines. */
function codeSource() {
  return lines(int(3, 20), (i) =>
    i === 0
      ? `import pandas as pd  # ${pick(WORDS)}`
      : `${pick(WORDS)}_${i} = frame['${pick(WORDS)}'].${pick(['mean', 'sum', 'max'])}() * ${int(1, 99)}`,
  );
}

function base64Bytes(n) {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i += 4) bytes.writeUInt32LE((random() * 2 ** 32) >>> 0, Math.min(i, n - 4));
  return bytes.toString('base64');
}

function output(kind, count) {
  if (kind === 'stream')
    return {
      name: 'stdout',
      output_type: 'stream',
      text: lines(int(1, 20), () => `${pick(WORDS)} ${random().toFixed(4)}`),
    };
  if (kind === 'table') {
    const rows = int(5, 50);
    return {
      data: {
        'text/html': [
          '<table>\n',
          ...lines(
            rows,
            (i) => `<tr><th>${i}</th><td>${random().toFixed(3)}</td><td>${pick(WORDS)}</td></tr>`,
          ),
          '</table>',
        ],
        'text/plain': lines(rows, (i) => `${i} ${random().toFixed(3)}`),
      },
      execution_count: count,
      metadata: {},
      output_type: 'execute_result',
    };
  }
  return {
    data: {
      'image/png': `${base64Bytes(kind === 'huge' ? int(400_000, 900_000) : int(8_000, 60_000))}\n`,
      'text/plain': ['<Figure size 640x480 with 1 Axes>'],
    },
    metadata: {},
    output_type: 'display_data',
  };
}

/** One notebook; `plant` says which problems it carries, `executed` whether it kept a run. */
function notebook({ cells, executed, plant }) {
  let count = 0;
  const out = [];
  for (let i = 0; i < cells; i++) {
    if (i % 4 === 0) {
      out.push({
        cell_type: 'markdown',
        id: `m${i}`,
        metadata: {},
        source: lines(int(1, 6), () => `Notes on ${pick(WORDS)} and ${pick(WORDS)}.`),
      });
      continue;
    }
    const source = codeSource();
    if (i === 1 && plant.secret) source.push(`\nGITHUB_TOKEN = "ghp_${BODY36}"`);
    if (i === 1 && plant.path) source.push(`\nRAW = '/Users/analyst/Downloads/${pick(WORDS)}.csv'`);
    if (i === 1 && plant.pip) source.unshift('!pip install pandas scikit-learn\n');
    const ran = executed;
    const n = ran ? ++count : null;
    const outputs = [];
    if (ran) {
      outputs.push(output(pick(['stream', 'stream', 'table', 'figure']), n));
      if (plant.huge && i === 2) outputs.push(output('huge', n));
    }
    out.push({ cell_type: 'code', execution_count: n, id: `c${i}`, metadata: {}, outputs, source });
  }
  if (plant.outOfOrder) {
    const code = out.filter((c) => c.cell_type === 'code');
    const [a, b] = [code[0], code[1]];
    [a.execution_count, b.execution_count] = [b.execution_count, a.execution_count];
  }
  return `${JSON.stringify(
    {
      cells: out,
      metadata: {
        kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
        language_info: { name: 'python', version: '3.11.4' },
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}

function git(...args) {
  return execFileSync(
    'git',
    ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: REPO,
      env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
}

/** Writes the repository and returns what the gate must find. */
function generate() {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(join(REPO, 'notebooks'), { recursive: true });
  mkdirSync(join(REPO, 'reports'), { recursive: true });
  writeFileSync(
    join(REPO, 'pyproject.toml'),
    '[project]\nname = "bench"\nrequires-python = ">=3.10,<3.13"\n',
  );
  const expected = {
    secret: 0,
    'local-path': 0,
    'unpinned-install': 0,
    'out-of-order': 0,
    huge: 0,
    bytes: 0,
  };
  const paths = [];
  for (let i = 0; i < COUNT; i++) {
    const report = i % 10 < 3;
    const careless = i % 10 === 9;
    const plant = {
      secret: careless && i % 20 === 9,
      path: careless,
      pip: careless && i % 30 === 9,
      outOfOrder: report && i % 25 === 0,
      huge: report && i % 50 === 1,
    };
    const text = notebook({ cells: int(8, 60), executed: report, plant });
    const path = `${report ? 'reports' : 'notebooks'}/${pick(WORDS)}-${String(i).padStart(3, '0')}.ipynb`;
    writeFileSync(join(REPO, path), text);
    paths.push(path);
    expected.bytes += Buffer.byteLength(text);
    // The pull request rewrites the first CHANGED notebooks without problems (see below).
    if (i < CHANGED) continue;
    for (const [key, on] of [
      ['secret', plant.secret],
      ['local-path', plant.path],
      ['unpinned-install', plant.pip],
      ['out-of-order', plant.outOfOrder],
      ['huge', plant.huge],
    ]) {
      if (on) expected[key]++;
    }
  }
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'feature');
  // The checked-out branch is the pull request: its CHANGED notebooks are rewritten clean.
  for (const path of paths.slice(0, CHANGED)) {
    const report = path.startsWith('reports/');
    const text = notebook({ cells: int(8, 60), executed: report, plant: {} });
    expected.bytes += Buffer.byteLength(text) - statSync(join(REPO, path)).size;
    writeFileSync(join(REPO, path), text);
  }
  git('commit', '--quiet', '-am', 'feature');
  return expected;
}

const RUNNER = `import { NOTEBOOKS_GATE } from './gate.mjs';
const [cwd, changed] = [process.argv[2], process.argv[3] === 'changed'];
const ctx = { cwd, env: {}, event: { name: 'local', release: false }, now: new Date() };
const section = { policies: [{ glob: 'reports/**', outputs: 'executed' }], ...(changed ? { 'changed-only': true, base: 'main' } : {}) };
const result = await NOTEBOOKS_GATE.evaluate(await NOTEBOOKS_GATE.settings(section, {}, ctx), ctx);
const byRule = {};
for (const n of result.metrics.notebooks) for (const [r, c] of Object.entries(n.problems)) byRule[r] = (byRule[r] ?? 0) + (r === 'too-large' ? 1 : Math.sign(c));
console.log(JSON.stringify({ status: result.status, notebooks: result.metrics.notebooks.length, bytes: result.metrics.bytes, byRule }));`;

const RAW = `import { readFileSync } from 'node:fs'; import { execFileSync } from 'node:child_process';
const files = execFileSync('git', ['ls-files', '*.ipynb'], { cwd: process.argv[2], encoding: 'utf8' }).trim().split('\\n');
let n = 0; for (const f of files) { JSON.parse(readFileSync(process.argv[2] + '/' + f, 'utf8')); n++; } console.log(n);`;

const NBFORMAT = `import subprocess, sys, nbformat
files = subprocess.run(['git', 'ls-files', '*.ipynb'], cwd=sys.argv[1], capture_output=True, text=True, check=True).stdout.split()
bad = 0
for f in files:
    nb = nbformat.read(sys.argv[1] + '/' + f, as_version=nbformat.NO_CONVERT)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError:
        bad += 1
print(len(files))
`;
const PYTHON = '/usr/bin/python3';
const nbformatVersion = (() => {
  try {
    return execFileSync(PYTHON, ['-c', 'import nbformat; print(nbformat.__version__)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
})();

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: [join(ROOT, 'src', 'gates', 'notebooks', 'gate.ts')],
  outfile: join(OUT, 'gate.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'run.mjs'), RUNNER);
writeFileSync(join(OUT, 'raw.mjs'), RAW);
writeFileSync(join(OUT, 'nbformat_validate.py'), NBFORMAT);
const expected = generate();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${nbformatVersion ? `, nbformat ${nbformatVersion}` : ''}`,
);
console.log(
  `Repository: ${COUNT} notebooks, ${(expected.bytes / 2 ** 20).toFixed(1)} MiB; planted: ${JSON.stringify(expected)}; pull request changes ${CHANGED}\n`,
);
console.log(
  '| case | notebooks | median time | CPU | peak RSS | load |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
let failed = false;
for (const [name, args, command = process.execPath] of [
  ['read + JSON.parse only (raw)', [join(OUT, 'raw.mjs'), REPO]],
  ...(nbformatVersion
    ? [['Python nbformat.read + validate (schema only)', [join(OUT, 'nbformat_validate.py'), REPO], PYTHON]]
    : []),
  ['notebooks gate, every notebook', [join(OUT, 'run.mjs'), REPO, 'all']],
  ['notebooks gate, changed-only (git diff)', [join(OUT, 'run.mjs'), REPO, 'changed']],
]) {
  const samples = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    last = await measure(command, args, { cwd: OUT });
    if (last.code !== 0) throw new Error(`${name}: exit ${last.code}: ${last.stderr}`);
    samples.push(last);
  }
  let judged = Number(last.stdout.trim());
  if (name.startsWith('notebooks gate')) {
    const out = JSON.parse(last.stdout);
    judged = out.notebooks;
    const wanted = name.includes('changed') ? CHANGED : COUNT;
    const planted = name.includes('changed')
      ? undefined
      : {
          secret: expected.secret,
          'local-path': expected['local-path'],
          'unpinned-install': expected['unpinned-install'],
          'out-of-order': expected['out-of-order'],
        };
    const got = planted && Object.fromEntries(Object.keys(planted).map((k) => [k, out.byRule[k] ?? 0]));
    const wrong =
      judged !== wanted ||
      (planted !== undefined &&
        (JSON.stringify(got) !== JSON.stringify(planted) ||
          (out.byRule['too-large'] ?? 0) < expected.huge ||
          out.bytes !== expected.bytes));
    if (wrong) {
      console.log(
        `!!! MISMATCH ${name}: judged ${judged} (want ${wanted}), found ${JSON.stringify(out.byRule)} (planted ${JSON.stringify(expected)})`,
      );
      failed = true;
    }
  }
  const seconds = median(samples.map((s) => s.seconds));
  const cpu = median(samples.map((s) => s.cpu ?? NaN));
  const rss = Math.max(...samples.map((s) => s.peakRss ?? 0));
  // Other work on a 2-core machine shows up in wall time: the 1-minute load average goes along.
  const load = median(samples.map((s) => s.load));
  console.log(
    `| ${name} | ${judged} | ${seconds.toFixed(2)} s | ${cpu.toFixed(2)} s | ${Math.round(rss / 1e6)} MB | ${load.toFixed(1)} |`,
  );
}
process.exitCode = failed ? 1 : 0;
