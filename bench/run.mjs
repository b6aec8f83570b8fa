#!/usr/bin/env node
// `npm run bench`: the coverage gate against diff-cover and against the floor (streaming the
// file and counting its lines), on large synthetic reports; the data schema gate against ajv
// behind a line reader (JSON Lines) and papaparse + casting + ajv (CSV) on 1,000,000 records
// (bench/data-schema.mjs); and the start-up of `run`, one gate and `--help` on the example
// repository against `node -e 0`.
//
//   node bench/run.mjs [--suites coverage,data-schema,startup] [--sizes small|large|all]
//                      [--formats cobertura,lcov,istanbul] [--runs N] [--skip-diff-cover]
//                      [--skip-startup] [--rss proc|time] [--regenerate] [--cli PATH]
//                      [--baseline PATH] [--rows N] [--threads N]
//
// Every comparison is interleaved in this one process tree: round after round, the floor, the
// gate and diff-cover run one after the other on the same input, so load from other work on
// the machine falls on all of them alike; each sample keeps the 1-minute load average. Tables
// show medians, the ratio of diff-cover's median to ours, and ours against the floor. A run
// only posts a time when its figures check out: the gate's line and patch figures must equal
// the generator's, and diff-cover's the gate's, overall and file by file (violation lines and
// percentage); any disagreement is printed as MISMATCH and makes the command exit 1.
//
// The gate is built from src/ into bench/out/cli/ (`node scripts/build.mjs --outdir ...`), so
// dist/ is not touched (--cli benchmarks another build; --baseline adds another build to the
// data schema and start-up rounds, for before/after figures from the same rounds). Inputs are
// generated into bench/out/<size>/ by bench/generate.mjs when missing. Markdown goes to stdout,
// progress to stderr, everything measured to bench/out/results.json. --threads sets
// MLQG_COVERAGE_THREADS and MLQG_DATA_SCHEMA_THREADS; --rows the data schema records per file.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataSchemaSuite, dataSchemaTable } from './data-schema.mjs';
import { GENERATOR_VERSION } from './generate.mjs';
import { measure, rssMethod } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const BUILD = join(OUT, 'cli');

const SUITES = ['coverage', 'data-schema', 'startup'];

const SIZES = {
  small: { files: 5000, lines: 400 },
  large: { files: 20000, lines: 500 },
};
const FORMATS = {
  cobertura: { file: 'cobertura.xml', label: 'Cobertura', diffCover: true },
  lcov: { file: 'lcov.info', label: 'LCOV', diffCover: true },
  istanbul: { file: 'coverage-final.json', label: 'Istanbul JSON', diffCover: false },
};

/** The floor: stream the file in 1 MiB chunks and count its lines. */
const FLOOR = `const { createReadStream } = require('node:fs');
let bytes = 0;
let lines = 0;
createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on('data', (c) => {
    bytes += c.length;
    for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
  })
  .on('end', () => console.log(bytes, lines));`;

function parse() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'all' },
      formats: { type: 'string', default: Object.keys(FORMATS).join(',') },
      runs: { type: 'string', default: '3' },
      'skip-diff-cover': { type: 'boolean', default: false },
      'skip-startup': { type: 'boolean', default: false },
      suites: { type: 'string', default: SUITES.join(',') },
      baseline: { type: 'string' },
      rows: { type: 'string', default: '1000000' },
      rss: { type: 'string', default: 'proc' },
      regenerate: { type: 'boolean', default: false },
      cli: { type: 'string' },
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 26)
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
  const suites = values.suites.split(',').map((x) => x.trim());
  for (const x of suites) if (!SUITES.includes(x)) usage(`unknown suite "${x}" (${SUITES.join(', ')})`);
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1000) usage('--rows takes an integer of at least 1000');
  return {
    suites: suites.filter((x) => x !== 'startup' || !values['skip-startup']),
    baseline: values.baseline ? resolve(values.baseline) : undefined,
    rows,
    sizes,
    formats,
    runs,
    skipDiffCover: values['skip-diff-cover'],
    skipStartup: values['skip-startup'],
    rss: rssMethod(values.rss),
    regenerate: values.regenerate,
    cli: values.cli ? resolve(values.cli) : undefined,
    threads: values.threads,
  };
}

function usage(message) {
  console.error(`bench/run.mjs: ${message}`);
  process.exit(2);
}

const log = (m) => process.stderr.write(`${m}\n`);
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

function sh(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Setup

/** Builds the gate from src/ into bench/out/cli/; returns what is benchmarked. */
function buildCli() {
  log('building src/ into bench/out/cli/ (node scripts/build.mjs --outdir bench/out/cli)');
  const res = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', BUILD], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (res.status !== 0) {
    log('build failed');
    process.exit(2);
  }
  const head = sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src'])
    ? ' + uncommitted src/ changes'
    : '';
  return { path: join(BUILD, 'cli.js'), built: 'bench/out/cli/ from src/', commit: `${head}${dirty}` };
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

function machine(rss, cli) {
  const lscpu = sh('lscpu', []) ?? '';
  return {
    cpuModel: /^Model name:\s*(.+)$/m.exec(lscpu)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    nproc: availableParallelism(),
    ramGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: release(),
    node: process.version,
    ours: sh(process.execPath, [cli, '--version']) ?? 'unknown',
    diffCover: sh('diff-cover', ['--version']) ?? 'not installed',
    python: sh('/usr/bin/python3', ['--version']) ?? 'unknown',
    git: sh('git', ['--version']) ?? 'not installed',
    rssMethod: rss,
  };
}

// ---------------------------------------------------------------------------------------------
// One sample of each tool

async function floorSample(file, bytes, opts) {
  const m = await measure(process.execPath, ['-e', FLOOR, file], { method: opts.rss });
  const [read, lines] = m.stdout.trim().split(' ').map(Number);
  if (m.code !== 0 || read !== bytes) throw new Error(`floor read of ${file} failed: ${m.stderr}`);
  return { ...sample(m), lines };
}

async function gateSample(cli, file, dir, opts) {
  const env = opts.threads ? { ...process.env, MLQG_COVERAGE_THREADS: opts.threads } : process.env;
  const m = await measure(
    process.execPath,
    [cli, 'coverage', '--report', file, '--diff-file', join(dir, 'changes.diff'), '--format', 'json'],
    { cwd: join(dir, 'repo'), method: opts.rss, env },
  );
  if (m.code === null || m.code > 1)
    return { error: `exit code ${m.code ?? m.signal}: ${m.stderr.trim().slice(0, 500)}` };
  let doc;
  try {
    doc = JSON.parse(m.stdout);
  } catch {
    return { error: `stdout is not JSON: ${m.stdout.slice(0, 200)}` };
  }
  const patch = doc.metrics?.patch;
  if (!patch || !(patch.total > 0))
    return { error: `no patch figures (status ${doc.status}: ${doc.summary})` };
  return {
    ...sample(m),
    figures: {
      lines: { covered: doc.metrics.lines.covered, total: doc.metrics.lines.total },
      patch: { covered: patch.covered, total: patch.total },
      files: Object.fromEntries(
        patch.files.map((f) => [f.path, { covered: f.covered, total: f.total, missing: f.missing }]),
      ),
    },
  };
}

async function diffCoverSample(file, dir, opts) {
  const json = join(dir, 'diff-cover.json');
  rmSync(json, { force: true });
  const m = await measure('diff-cover', [file, '--compare-branch', 'main', '--json-report', json, '-q'], {
    cwd: join(dir, 'repo'),
    method: opts.rss,
  });
  if (m.code !== 0 || !existsSync(json))
    return { error: `exit code ${m.code ?? m.signal}: ${m.stderr.trim().slice(-500)}` };
  const doc = JSON.parse(readFileSync(json, 'utf8'));
  return {
    ...sample(m),
    figures: {
      patch: { covered: doc.total_num_lines - doc.total_num_violations, total: doc.total_num_lines },
      files: Object.fromEntries(
        Object.entries(doc.src_stats).map(([path, s]) => [
          path,
          { percent: s.percent_covered, missing: [...s.violation_lines].sort((a, b) => a - b) },
        ]),
      ),
    },
  };
}

function sample(m) {
  return { seconds: m.seconds, cpu: m.cpu, peakRss: m.peakRss, load1: m.load };
}

// ---------------------------------------------------------------------------------------------
// Agreement

/** Problems with the gate's figures against the generator's ground truth. */
function checkTruth(figures, expected) {
  const problems = [];
  if (figures.lines.covered !== expected.lines.covered || figures.lines.total !== expected.lines.total)
    problems.push(
      `lines ${figures.lines.covered}/${figures.lines.total}, generator ${expected.lines.covered}/${expected.lines.total}`,
    );
  if (figures.patch.covered !== expected.patch.covered || figures.patch.total !== expected.patch.total)
    problems.push(
      `patch ${figures.patch.covered}/${figures.patch.total}, generator ${expected.patch.covered}/${expected.patch.total}`,
    );
  return problems;
}

/** Problems between the gate's patch figures and diff-cover's, overall and file by file. */
function checkPeer(ours, theirs) {
  const problems = [];
  if (ours.patch.covered !== theirs.patch.covered || ours.patch.total !== theirs.patch.total)
    problems.push(
      `patch ${ours.patch.covered}/${ours.patch.total}, diff-cover ${theirs.patch.covered}/${theirs.patch.total}`,
    );
  const paths = new Set([...Object.keys(ours.files), ...Object.keys(theirs.files)]);
  for (const path of paths) {
    const a = ours.files[path];
    const b = theirs.files[path];
    if (!a || !b) {
      problems.push(`${path}: only in ${a ? 'ours' : 'diff-cover'}`);
      continue;
    }
    const percent = (100 * a.covered) / a.total;
    if (a.missing.join(',') !== b.missing.join(',') || Math.abs(percent - b.percent) > 1e-6)
      problems.push(
        `${path}: ${a.covered}/${a.total} missing [${a.missing}], diff-cover ${b.percent}% missing [${b.missing}]`,
      );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One input: rounds of floor, gate, diff-cover

async function compare(cli, name, format, dir, meta, opts, withPeer) {
  const f = FORMATS[format];
  const file = join(dir, f.file);
  const bytes = statSync(file).size;
  log(`${name} ${format} (${mb(bytes)} MB): ${opts.runs} interleaved round(s)`);
  // Warm the page cache once, unmeasured, so every tool reads from memory.
  await measure(process.execPath, ['-e', FLOOR, file], { method: 'none' });
  const samples = { floor: [], gate: [], peer: [] };
  const problems = new Set();
  let gateFigures;
  let peerFigures;
  let lines;
  for (let r = 0; r < opts.runs; r++) {
    const floor = await floorSample(file, bytes, opts);
    lines = floor.lines;
    samples.floor.push(floor);
    const gate = await gateSample(cli, file, dir, opts);
    if (gate.error) {
      problems.add(`gate failed: ${gate.error}`);
      break;
    }
    samples.gate.push(gate);
    gateFigures = gate.figures;
    for (const p of checkTruth(gate.figures, meta.expected)) problems.add(p);
    if (withPeer) {
      const peer = await diffCoverSample(file, dir, opts);
      if (peer.error) {
        problems.add(`diff-cover failed: ${peer.error}`);
        break;
      }
      samples.peer.push(peer);
      peerFigures = peer.figures;
      for (const p of checkPeer(gate.figures, peer.figures)) problems.add(p);
    }
    const last = (xs) => xs[xs.length - 1];
    log(
      `  round ${r + 1}: floor ${secs(last(samples.floor).seconds)} s, gate ${secs(gate.seconds)} s ${mb(gate.peakRss)} MB` +
        (withPeer
          ? `, diff-cover ${secs(last(samples.peer)?.seconds)} s ${mb(last(samples.peer)?.peakRss)} MB`
          : '') +
        ` (load ${gate.load1.toFixed(2)})`,
    );
  }
  for (const p of problems) log(`!!! MISMATCH ${name} ${format}: ${p}`);
  const summary = (xs) => ({
    seconds: median(xs.map((s) => s.seconds)),
    cpu: median(xs.map((s) => s.cpu)),
    peakRss: median(xs.map((s) => s.peakRss)),
    samples: xs,
  });
  return {
    format,
    label: f.label,
    bytes,
    lines,
    floor: summary(samples.floor),
    gate: summary(samples.gate),
    peer: withPeer ? summary(samples.peer) : undefined,
    agreement: {
      ok: problems.size === 0 && samples.gate.length === opts.runs,
      problems: [...problems],
      gate: gateFigures && {
        lines: gateFigures.lines,
        patch: gateFigures.patch,
        files: Object.keys(gateFigures.files).length,
      },
      peer: peerFigures && { patch: peerFigures.patch, files: Object.keys(peerFigures.files).length },
      expected: meta.expected,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Start-up: `run` on the example repository against `node -e 0`

async function startup(cli, opts) {
  const dir = join(OUT, 'example');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { makeExampleRepo } = await import('../scripts/make-example-repo.mjs');
  const repo = await makeExampleRepo(join(dir, 'ml-project'));
  log(`start-up: \`run\` in ${repo.dir} against node -e 0, ${Math.max(opts.runs, 5)} interleaved round(s)`);
  const builds = [['', cli], ...(opts.baseline ? [['baseline ', opts.baseline]] : [])];
  const commands = [
    ['node -e 0', process.execPath, ['-e', '0']],
    ...builds.flatMap(([tag, path]) => [
      [`${tag}run`, process.execPath, [path, 'run']],
      [`${tag}coverage`, process.execPath, [path, 'coverage', '--format', 'json']],
      [`${tag}data-schema`, process.execPath, [path, 'data-schema', '--format', 'json']],
      [`${tag}--help`, process.execPath, [path, '--help']],
    ]),
  ];
  const samples = Object.fromEntries(commands.map(([name]) => [name, []]));
  const exitCodes = {};
  for (let r = 0; r < Math.max(opts.runs, 5); r++) {
    for (const [name, file, args] of commands) {
      const m = await measure(file, args, { cwd: repo.dir, method: opts.rss });
      exitCodes[name] = m.code;
      samples[name].push(sample(m));
    }
  }
  return Object.fromEntries(
    commands.map(([name]) => [
      name,
      {
        seconds: median(samples[name].map((x) => x.seconds)),
        cpu: median(samples[name].map((x) => x.cpu)),
        peakRss: median(samples[name].map((x) => x.peakRss)),
        exitCode: exitCodes[name],
        samples: samples[name],
      },
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Output

const mb = (bytes) =>
  bytes === null || bytes === undefined ? '–' : (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
const secs = (s) => (s === null || s === undefined ? '–' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const times = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(1)}×`);

function table(size, rows) {
  const head =
    `### ${size.name}: ${size.files.toLocaleString('en-US')} files × ${size.lines} lines (medians of ${size.runs})\n\n` +
    '| Report | Size | Floor s | Gate s (CPU s) | Gate peak RSS MB | Gate ÷ floor | diff-cover s | diff-cover peak RSS MB | diff-cover ÷ gate | Patch covered/measured: gate · diff-cover · generator |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n';
  const body = rows.map((r) => {
    const g = r.gate;
    const p = r.peer;
    const agree = r.agreement;
    const figure = (x) => (x ? `${x.covered}/${x.total}` : '–');
    const check = agree.ok ? '✓' : '**MISMATCH**';
    return (
      `| ${r.label} | ${mb(r.bytes)} MB | ${secs(r.floor.seconds)} | ${secs(g.seconds)} (${secs(g.cpu)}) | ${mb(g.peakRss)} | ${times(g.seconds / r.floor.seconds)} | ` +
      `${p ? secs(p.seconds) : 'n/a'} | ${p ? mb(p.peakRss) : 'n/a'} | ${p ? `**${times(p.seconds / g.seconds)}**` : '–'} | ` +
      `${figure(agree.gate?.patch)} · ${p ? figure(agree.peer?.patch) : 'n/a'} · ${figure(agree.expected.patch)} ${check} |`
    );
  });
  return `${head}${body.join('\n')}\n`;
}

function startupTable(s) {
  const floor = s['node -e 0'].seconds;
  const rows = Object.entries(s).map(
    ([name, x]) =>
      `| \`${name === 'node -e 0' ? name : `ml-quality-gates ${name.replace(/^baseline /, '')}`}\`${name.startsWith('baseline ') ? ' (baseline)' : ''}${name.endsWith('run') ? ` (six gates; exit ${x.exitCode})` : ''} | ${secs(x.seconds)} | ${secs(x.cpu)} | ${mb(x.peakRss)} | ${times(x.seconds / floor)} |`,
  );
  return (
    '### Start-up (example repository, medians)\n\n' +
    '| Command | s | CPU s | peak RSS MB | ÷ `node -e 0` |\n|---|---:|---:|---:|---:|\n' +
    `${rows.join('\n')}\n`
  );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parse();
  if (opts.rss === 'none')
    log('warning: neither /proc nor /usr/bin/time is available; peak RSS is not measured');
  if (opts.threads) process.env.MLQG_DATA_SCHEMA_THREADS = opts.threads;
  const cli = opts.cli ? { path: opts.cli, built: 'given with --cli' } : buildCli();
  const hasDiffCover =
    opts.suites.includes('coverage') && !opts.skipDiffCover && sh('diff-cover', ['--version']) !== undefined;
  if (opts.suites.includes('coverage') && !opts.skipDiffCover && !hasDiffCover)
    log('warning: diff-cover is not installed; skipping it');
  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(opts.rss, cli.path),
    cli,
    threads: opts.threads ?? `default (${availableParallelism()})`,
    runs: opts.runs,
    suites: opts.suites,
    baseline: opts.baseline,
    loadBefore: loadavg(),
    sizes: [],
  };
  const out = [];
  for (const name of opts.suites.includes('coverage') ? opts.sizes : []) {
    const spec = SIZES[name];
    const { dir, meta } = ensureGenerated(name, spec, opts.regenerate);
    const rows = [];
    for (const format of opts.formats) {
      rows.push(
        await compare(cli.path, name, format, dir, meta, opts, hasDiffCover && FORMATS[format].diffCover),
      );
    }
    const size = { name, ...spec, runs: opts.runs, expected: meta.expected, rows };
    results.sizes.push(size);
    const t = table(size, rows);
    out.push(t);
    process.stdout.write(`${t}\n`);
  }
  if (opts.suites.includes('data-schema')) {
    results.dataSchema = await dataSchemaSuite(cli.path, { ...opts, log });
    const t = dataSchemaTable(results.dataSchema, opts.threads ?? availableParallelism());
    out.push(t);
    process.stdout.write(`${t}\n`);
  }
  if (opts.suites.includes('startup')) {
    try {
      results.startup = await startup(cli.path, opts);
      const t = startupTable(results.startup);
      out.push(t);
      process.stdout.write(`${t}\n`);
    } catch (error) {
      // The example project is edited by others; a tree that does not build says so, not crash.
      results.startup = { error: String(error instanceof Error ? error.message : error) };
      log(
        `!!! start-up not measured: the example repository could not be built: ${results.startup.error.split('\n')[0]}`,
      );
    }
  }
  results.loadAfter = loadavg();
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  const loads = [
    ...results.sizes.flatMap((s) => s.rows.flatMap((r) => r.gate.samples.map((x) => x.load1))),
    ...(results.dataSchema?.cases ?? []).flatMap((c) => c.gate.samples.map((x) => x.load1)),
    ...Object.values(results.startup ?? {}).flatMap((x) => x.samples?.map((y) => y.load1) ?? []),
  ];
  const peers = results.dataSchema
    ? ` Data schema peers: ajv ${results.dataSchema.peers.ajv}, ajv-formats ${results.dataSchema.peers['ajv-formats']}, papaparse ${results.dataSchema.peers.papaparse ?? 'not installed'}.`
    : '';
  process.stdout.write(
    `Machine: ${m.cpuModel}, ${m.nproc} CPUs, ${m.ramGiB} GiB RAM, Linux ${m.kernel}. Node ${m.node}, ml-quality-gates ${m.ours} (${cli.built}${cli.commit ? `, ${cli.commit}` : ''}), ${m.diffCover} (${m.python}), ${m.git}. ` +
      `Gate threads: ${results.threads}.${peers} 1-minute load average ${loads.length ? `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}` : 'n/a'} during the gate runs. ` +
      `Peak RSS via ${m.rssMethod === 'proc' ? '/proc VmHWM' : m.rssMethod === 'time' ? 'GNU time' : 'nothing'}; MB = 10^6 bytes.\n` +
      `Results: ${join('bench', 'out', 'results.json')}\n`,
  );
  const failed =
    results.sizes.some((s) => s.rows.some((r) => !r.agreement.ok)) ||
    (results.dataSchema?.cases ?? []).some((c) => !c.agreement.ok);
  process.exitCode = failed ? 1 : 0;
}

await main();
