#!/usr/bin/env node
// `npm run bench`: end-to-end speed and memory of the coverage gate on large synthetic reports,
// against diff-cover on the same inputs and against a raw read of the file.
//
//   node bench/run.mjs [--sizes small|large|all] [--formats cobertura,lcov,istanbul]
//                      [--skip-diff-cover] [--runs N] [--rss proc|time] [--regenerate] [--no-build]
//                      [--cli PATH]
//
// dist/ is rebuilt when older than src/, then copied to bench/out/cli/ and that copy is what
// runs, so a rebuild of dist/ by someone else mid-benchmark cannot break or mix the runs
// (--cli benchmarks another build instead).
// Inputs are generated into bench/out/<size>/ by bench/generate.mjs when missing. Prints a
// Markdown table per size to stdout (progress goes to stderr) and writes bench/out/results.json.
// A run only posts a time when its output checks out: exit code 0/1 and patch figures present
// (and equal to the generator's ground truth); disagreements with diff-cover are printed loudly.

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION } from './generate.mjs';
import { measure, rssMethod } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const DIST = join(ROOT, 'dist');
const SNAPSHOT = join(OUT, 'cli');
let CLI = join(SNAPSHOT, 'cli.js');

const SIZES = {
  small: { files: 5000, lines: 400 },
  large: { files: 20000, lines: 500 },
};
const FORMATS = {
  cobertura: { file: 'cobertura.xml', label: 'Cobertura', diffCover: true },
  lcov: { file: 'lcov.info', label: 'LCOV', diffCover: true },
  istanbul: { file: 'coverage-final.json', label: 'Istanbul', diffCover: false },
};

const RAW_READ = `const { createReadStream } = require('node:fs');
let n = 0;
createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on('data', (c) => { n += c.length; })
  .on('end', () => console.log(n));`;

function parse() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'all' },
      formats: { type: 'string', default: Object.keys(FORMATS).join(',') },
      'skip-diff-cover': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      rss: { type: 'string', default: 'proc' },
      regenerate: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      cli: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 15)
        .join('\n')
        .replace(/^\/\/ ?/gm, ''),
    );
    process.exit(0);
  }
  const sizes = values.sizes === 'all' ? Object.keys(SIZES) : values.sizes.split(',');
  const formats = values.formats.split(',').map((f) => f.trim());
  const runs = Number(values.runs);
  for (const s of sizes) if (!SIZES[s]) usage(`unknown size "${s}" (small, large, all)`);
  for (const f of formats)
    if (!FORMATS[f]) usage(`unknown format "${f}" (${Object.keys(FORMATS).join(', ')})`);
  if (!Number.isInteger(runs) || runs < 1) usage('--runs takes a positive integer');
  if (!['proc', 'time'].includes(values.rss)) usage('--rss is proc or time');
  return {
    sizes,
    formats,
    runs,
    skipDiffCover: values['skip-diff-cover'],
    rss: rssMethod(values.rss),
    regenerate: values.regenerate,
    build: !values['no-build'],
    cli: values.cli ? resolve(values.cli) : undefined,
  };
}

function usage(message) {
  console.error(`bench/run.mjs: ${message}`);
  process.exit(2);
}

const log = (m) => process.stderr.write(`${m}\n`);
const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// Setup

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when stale and snapshots it into bench/out/cli/; returns what was benchmarked. */
function prepareCli(build) {
  const distCli = join(DIST, 'cli.js');
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs);
  const stale = !existsSync(distCli) || statSync(distCli).mtimeMs < sources;
  if (stale && build) {
    log('building dist/ (node scripts/build.mjs)');
    const res = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (res.status !== 0) {
      log('build failed');
      process.exit(2);
    }
  } else if (stale) {
    if (!existsSync(distCli)) {
      log('dist/cli.js is missing (run npm run build)');
      process.exit(2);
    }
    log('warning: dist/ is older than src/ (--no-build given; benchmarking it anyway)');
  }
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(DIST, SNAPSHOT, { recursive: true });
  const check = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
  if (check.status !== 0) {
    log(`the snapshot of dist/ does not run (rebuilt while copying?): ${check.stderr}`);
    process.exit(2);
  }
  const head = sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src'])
    ? ' + uncommitted src/ changes'
    : '';
  return {
    path: 'dist/ (snapshot in bench/out/cli/)',
    builtAt: statSync(distCli).mtime.toISOString(),
    commit: `${head}${dirty}`,
    version: check.stdout.trim(),
  };
}

function ensureGenerated(name, { files, lines }, regenerate) {
  const dir = join(OUT, name);
  const metaPath = join(dir, 'meta.json');
  if (!regenerate && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    const complete = Object.values(FORMATS).every((f) => existsSync(join(dir, f.file)));
    if (
      meta.generatorVersion === GENERATOR_VERSION &&
      meta.files === files &&
      meta.lines === lines &&
      complete
    ) {
      return { dir, meta };
    }
  }
  log(`generating ${name}: ${files} files x ${lines} lines into ${dir}`);
  const res = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'generate.mjs'), '--files', String(files), '--lines', String(lines), '--out', dir],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (res.status !== 0) {
    log('generation failed');
    process.exit(2);
  }
  return { dir, meta: JSON.parse(readFileSync(metaPath, 'utf8')) };
}

function sh(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

function machine(rss) {
  const lscpu = sh('lscpu', []) ?? '';
  return {
    cpuModel: /^Model name:\s*(.+)$/m.exec(lscpu)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    nproc: Number(sh('nproc', [])) || cpus().length,
    ramGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: release(),
    node: process.version,
    diffCover: sh('diff-cover', ['--version']) ?? 'not installed',
    git: sh('git', ['--version']) ?? 'not installed',
    rssMethod: rss,
  };
}

// ---------------------------------------------------------------------------------------------
// One tool on one input

async function rawRead(file, size, opts) {
  const samples = [];
  for (let r = 0; r < opts.runs; r++) {
    const m = await measure(process.execPath, ['-e', RAW_READ, file], { method: opts.rss });
    if (m.code !== 0 || Number(m.stdout.trim()) !== size)
      throw new Error(`raw read of ${file} failed: ${m.stderr}`);
    samples.push(m);
  }
  return summarise(samples);
}

async function gate(file, dir, meta, opts) {
  const samples = [];
  let figures;
  for (let r = 0; r < opts.runs; r++) {
    const m = await measure(
      process.execPath,
      [CLI, 'coverage', '--report', file, '--diff-file', join(dir, 'changes.diff'), '--format', 'json'],
      { cwd: join(dir, 'repo'), method: opts.rss },
    );
    const problem = checkGate(m, meta);
    if (typeof problem === 'string') {
      log(`!!! ml-quality-gates FAILED on ${file}: ${problem}`);
      return { error: problem, exitCode: m.code, stderr: m.stderr.slice(0, 2000) };
    }
    figures = problem;
    samples.push(m);
  }
  return { ...summarise(samples), figures };
}

/** The gate's figures, or a string saying why this run cannot post a time. */
function checkGate(m, meta) {
  if (m.code === null || m.code > 1)
    return `exit code ${m.code ?? m.signal}: ${m.stderr.trim().slice(0, 500)}`;
  let doc;
  try {
    doc = JSON.parse(m.stdout);
  } catch {
    return `stdout is not JSON: ${m.stdout.slice(0, 200)}`;
  }
  const patch = doc.metrics?.patch;
  const lines = doc.metrics?.lines;
  if (!patch || !(patch.total > 0))
    return `metrics.patch.total is ${patch?.total} (status ${doc.status}: ${doc.summary})`;
  const figures = {
    lines: { covered: lines?.covered, total: lines?.total },
    patch: { covered: patch.covered, total: patch.total, violations: patch.total - patch.covered },
    status: doc.status,
  };
  const e = meta.expected;
  if (lines?.total !== e.lines.total || lines?.covered !== e.lines.covered) {
    log(
      `!!! MISMATCH: gate lines ${lines?.covered}/${lines?.total}, generator says ${e.lines.covered}/${e.lines.total}`,
    );
    figures.mismatch = true;
  }
  if (patch.total !== e.patch.total || patch.covered !== e.patch.covered) {
    log(
      `!!! MISMATCH: gate patch ${patch.covered}/${patch.total}, generator says ${e.patch.covered}/${e.patch.total}`,
    );
    figures.mismatch = true;
  }
  return figures;
}

async function diffCover(file, dir, opts) {
  const samples = [];
  let figures;
  const json = join(dir, 'diff-cover.json');
  for (let r = 0; r < opts.runs; r++) {
    rmSync(json, { force: true });
    const m = await measure('diff-cover', [file, '--compare-branch', 'main', '--json-report', json, '-q'], {
      cwd: join(dir, 'repo'),
      method: opts.rss,
    });
    if (m.code !== 0 || !existsSync(json)) {
      const error = `exit code ${m.code ?? m.signal}: ${m.stderr.trim().slice(-500)}`;
      log(`!!! diff-cover FAILED on ${file}: ${error}`);
      return { error };
    }
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    figures = { total: doc.total_num_lines, violations: doc.total_num_violations };
    samples.push(m);
  }
  return { ...summarise(samples), figures };
}

function summarise(samples) {
  return {
    seconds: median(samples.map((s) => s.seconds)),
    cpu: median(samples.map((s) => s.cpu)),
    peakRss: median(samples.map((s) => s.peakRss)),
    runs: samples.map((s) => ({ seconds: s.seconds, cpu: s.cpu, peakRss: s.peakRss, load1: s.load })),
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const mb = (bytes) =>
  bytes === null || bytes === undefined ? '–' : (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
const secs = (s) => (s === null || s === undefined ? '–' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const rate = (bytes, s) => (s ? (bytes / 1e6 / s).toFixed(0) : '–');

function table(size, rows) {
  const head =
    `### ${size.name}: ${size.files.toLocaleString('en-US')} files × ${size.lines} lines\n\n` +
    '| Format | Report | Raw read s (MB/s) | ml-quality-gates s (CPU s) | peak RSS MB | MB/s | diff-cover s (CPU s) | diff-cover peak RSS MB | Speed-up | Patch lines covered/measured: ours · diff-cover · expected |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n';
  const body = rows.map((r) => {
    const g = r.gate;
    const d = r.diffCover;
    const withCpu = (m) => (m.cpu === null ? secs(m.seconds) : `${secs(m.seconds)} (${secs(m.cpu)})`);
    const gateCells = g.error ? ['FAILED', '–', '–'] : [withCpu(g), mb(g.peakRss), rate(r.bytes, g.seconds)];
    const dcCells = !d ? ['n/a', 'n/a'] : d.error ? ['FAILED', '–'] : [withCpu(d), mb(d.peakRss)];
    const speedup = d && !d.error && !g.error ? `${(d.seconds / g.seconds).toFixed(1)}×` : '–';
    return `| ${r.label} | ${mb(r.bytes)} MB | ${secs(r.raw.seconds)} (${rate(r.bytes, r.raw.seconds)}) | ${gateCells.join(' | ')} | ${dcCells.join(' | ')} | ${speedup} | ${agreement(r)} |`;
  });
  return `${head}${body.join('\n')}\n`;
}

function agreement(r) {
  const e = r.expected.patch;
  const ours = r.gate.figures ? `${r.gate.figures.patch.covered}/${r.gate.figures.patch.total}` : '–';
  const dc = r.diffCover?.figures
    ? `${r.diffCover.figures.total - r.diffCover.figures.violations}/${r.diffCover.figures.total}`
    : r.diffCover
      ? '–'
      : 'n/a';
  const ok = r.mismatch ? ' **MISMATCH**' : ' ✓';
  return `${ours} · ${dc} · ${e.covered}/${e.total}${ok}`;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parse();
  if (opts.rss === 'none')
    log('warning: neither /proc nor /usr/bin/time is available; peak RSS is not measured');
  let cliInfo;
  if (opts.cli) {
    CLI = opts.cli;
    cliInfo = { path: opts.cli };
  } else {
    cliInfo = prepareCli(opts.build);
  }
  const hasDiffCover = !opts.skipDiffCover && sh('diff-cover', ['--version']) !== undefined;
  if (!opts.skipDiffCover && !hasDiffCover) log('warning: diff-cover is not installed; skipping it');
  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(opts.rss),
    cli: cliInfo,
    runs: opts.runs,
    sizes: [],
  };
  const tables = [];
  for (const name of opts.sizes) {
    const spec = SIZES[name];
    const { dir, meta } = ensureGenerated(name, spec, opts.regenerate);
    const rows = [];
    for (const format of opts.formats) {
      const f = FORMATS[format];
      const file = join(dir, f.file);
      const bytes = statSync(file).size;
      log(`${name} ${format} (${mb(bytes)} MB)`);
      // Warm the page cache once, unmeasured, so every tool reads from memory.
      await measure(process.execPath, ['-e', RAW_READ, file], { method: 'none' });
      const raw = await rawRead(file, bytes, opts);
      log(`  raw read        ${secs(raw.seconds)} s  ${mb(raw.peakRss)} MB`);
      const g = await gate(file, dir, meta, opts);
      if (!g.error)
        log(`  ml-quality-gates ${secs(g.seconds)} s  (CPU ${secs(g.cpu)} s)  ${mb(g.peakRss)} MB`);
      let d;
      if (hasDiffCover && f.diffCover) {
        d = await diffCover(file, dir, opts);
        if (!d.error)
          log(`  diff-cover      ${secs(d.seconds)} s  (CPU ${secs(d.cpu)} s)  ${mb(d.peakRss)} MB`);
      }
      let mismatch = Boolean(g.error || g.figures?.mismatch || d?.error);
      if (g.figures && d?.figures) {
        const ours = g.figures.patch;
        if (ours.total !== d.figures.total || ours.violations !== d.figures.violations) {
          log(
            `!!! MISMATCH with diff-cover on ${name} ${format}: ours ${ours.violations} uncovered of ${ours.total} changed measured lines, ` +
              `diff-cover ${d.figures.violations} of ${d.figures.total}`,
          );
          mismatch = true;
        }
      }
      rows.push({
        format,
        label: f.label,
        bytes,
        raw,
        gate: g,
        diffCover: d,
        expected: meta.expected,
        mismatch,
      });
    }
    const size = { name, ...spec, generated: meta, rows };
    results.sizes.push(size);
    const t = table(size, rows);
    tables.push(t);
    process.stdout.write(`${t}\n`);
  }
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  process.stdout.write(
    `Machine: ${m.cpuModel}, ${m.nproc} CPUs, ${m.ramGiB} GiB RAM, Linux ${m.kernel}, Node ${m.node}, ${m.diffCover}, ${m.git}. ` +
      `Median of ${opts.runs} run(s); peak RSS via ${m.rssMethod === 'proc' ? '/proc VmHWM' : m.rssMethod === 'time' ? 'GNU time' : 'nothing'}; MB = 10^6 bytes.\n` +
      `Results: ${join('bench', 'out', 'results.json')}\n`,
  );
  const failed = results.sizes.some((s) => s.rows.some((r) => r.gate.error || r.mismatch));
  process.exitCode = failed ? 1 : 0;
}

await main();
