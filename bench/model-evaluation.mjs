#!/usr/bin/env node
/**
 * Benchmark of the model evaluation gate's core (`node bench/model-evaluation.mjs`):
 *
 * 1. metrics over N predictions (default 1,000,000; CSV, JSON Lines and Parquet), streamed by the
 *    gate's readers into typed columns, against scikit-learn on the same CSV (numpy.loadtxt +
 *    sklearn.metrics), with wall time, CPU time and peak RSS of each process (bench/measure.mjs),
 *    and the largest relative difference between the two sets of figures;
 * 2. the peak RSS at several sizes, to show memory per row (typed arrays, no row objects);
 * 3. the paired bootstrap: R resamples (default 1,000) over P paired rows (default 100,000) for
 *    roc_auc, log_loss and accuracy, against the same resampling done with numpy + sklearn.
 *
 * The gate's TypeScript is bundled with esbuild's API into bench/out/model-evaluation/ (gitignored);
 * /usr/bin/python3 must have scikit-learn (apt install python3-sklearn).
 *
 * Usage: node bench/model-evaluation.mjs [--rows N] [--pairs P] [--resamples R]
 *          [--python-resamples R2] [--sizes 250000,1000000,4000000,16000000] [--skip-python]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { measure } from './measure.mjs';
import { writeLines } from './write-lines.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out', 'model-evaluation');
const PYTHON = '/usr/bin/python3';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const ROWS = Number(arg('rows', 1_000_000));
const PAIRS = Number(arg('pairs', 100_000));
const RESAMPLES = Number(arg('resamples', 1000));
const PY_RESAMPLES = Number(arg('python-resamples', RESAMPLES));
const SIZES = arg('sizes', `250000,${ROWS},4000000,16000000`).split(',').map(Number);
const SKIP_PYTHON = process.argv.includes('--skip-python');

/** Seeded uniform numbers (mulberry32), so every run writes the same files. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['north', 'south', 'east', 'west'];

/** One row: label, score correlated with it (4 decimals: many ties), weight, region. */
function row(rnd, shift = 0) {
  const label = rnd() < 0.3 ? 1 : 0;
  const z = (label ? 1.1 : -0.9) + shift + (rnd() - 0.5) * 4;
  const score = Math.round((1 / (1 + Math.exp(-z))) * 1e4) / 1e4;
  return {
    label,
    score,
    weight: Math.round((0.5 + rnd()) * 100) / 100,
    region: REGIONS[Math.floor(rnd() * 4)],
  };
}

async function generate(n) {
  const csv = join(OUT, `predictions-${n}.csv`);
  if (existsSync(csv)) return csv;
  const rnd = seeded(n);
  await writeLines(csv, 'id,label,score,weight,region\n', n, (i) => {
    const r = row(rnd);
    return `r${i},${r.label},${r.score},${r.weight},${r.region}\n`;
  });
  return csv;
}

async function generateOtherFormats(n) {
  const jsonl = join(OUT, `predictions-${n}.jsonl`);
  const parquet = join(OUT, `predictions-${n}.parquet`);
  const rnd = seeded(n);
  const rows = Array.from({ length: n }, () => row(rnd));
  if (!existsSync(jsonl)) {
    await writeLines(jsonl, '', n, (i) => `${JSON.stringify({ id: `r${i}`, ...rows[i] })}\n`);
  }
  if (!existsSync(parquet)) {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: rows.map((_, i) => `r${i}`), type: 'STRING' },
        { name: 'label', data: rows.map((r) => r.label), type: 'INT32' },
        { name: 'score', data: rows.map((r) => r.score), type: 'DOUBLE' },
        { name: 'weight', data: rows.map((r) => r.weight), type: 'DOUBLE' },
        { name: 'region', data: rows.map((r) => r.region), type: 'STRING' },
      ],
      rowGroupSize: 100_000,
    });
    writeFileSync(parquet, new Uint8Array(buffer));
  }
  return { jsonl, parquet };
}

async function generatePairs(n) {
  const cand = join(OUT, `candidate-${n}.csv`);
  const base = join(OUT, `baseline-${n}.csv`);
  if (existsSync(cand) && existsSync(base)) return { cand, base };
  const rnd = seeded(7 * n);
  const rows = Array.from({ length: n }, () => row(rnd));
  // The baseline scores the same rows with its own noise.
  const noisy = rows.map((r) => ({
    ...r,
    score: Math.min(1, Math.max(0, Math.round((r.score + (rnd() - 0.5) * 0.2) * 1e4) / 1e4)),
  }));
  await writeLines(cand, 'id,label,score\n', n, (i) => `r${i},${rows[i].label},${rows[i].score}\n`);
  await writeLines(base, 'id,label,score\n', n, (i) => `r${i},${noisy[i].label},${noisy[i].score}\n`);
  return { cand, base };
}

/** Bundles the gate's readers, metrics and bootstrap, plus the two worker scripts. */
async function bundle() {
  mkdirSync(OUT, { recursive: true });
  await build({
    stdin: {
      contents: [
        "export { readPredictions } from './src/gates/model-evaluation/readers/predictions.ts';",
        "export { fileSource } from './src/gates/model-evaluation/readers/source.ts';",
        "export { ROWS_PER_CHUNK } from './src/gates/model-evaluation/settings.ts';",
        "export { pairTables } from './src/gates/model-evaluation/judge/pairing.ts';",
        "export { pairedBootstrap } from './src/gates/model-evaluation/judge/bootstrap.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(OUT, 'lib.mjs'),
    logLevel: 'warning',
  });
  const spec = (format, columns) =>
    `{ path: file, format: '${format}', columns: ${columns}, invalidRows: 'error', maxRows: 1e8 }`;
  const classes = "{ classes: [], decisionThreshold: 0.5, scoreKind: 'probability' }";
  writeFileSync(
    join(OUT, 'metrics-worker.mjs'),
    `import { readPredictions, fileSource, ROWS_PER_CHUNK } from './lib.mjs';
const [file, format, mode = 'chunked'] = process.argv.slice(2);
const t0 = performance.now();
const read = await readPredictions(await fileSource('/', file, 2 ** 40), ${spec('${format}', "{ label: 'label', score: 'score', weight: 'weight', groups: ['region'] }").replace("'${format}'", 'format')}, 'binary-classification', ${classes}, { maxProblems: 5, rowsPerChunk: mode === 'memory' ? 0 : ROWS_PER_CHUNK });
const t1 = performance.now();
const metrics = read.rows.evaluator().all();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ rows: read.rows.n, problems: read.badRows, readSeconds: (t1 - t0) / 1000, metricsSeconds: (t2 - t1) / 1000, metrics: Object.fromEntries([...metrics].map(([k, v]) => [k, v.value])) }));
`,
  );
  writeFileSync(
    join(OUT, 'bootstrap-worker.mjs'),
    `import { readPredictions, fileSource, pairTables, pairedBootstrap } from './lib.mjs';
const [cand, base, resamples] = process.argv.slice(2);
const read = async (file) => (await readPredictions(await fileSource('/', file, 2 ** 40), { path: file, format: 'csv', columns: { label: 'label', score: 'score', id: 'id', groups: [] }, invalidRows: 'error', maxRows: 1e8 }, 'binary-classification', ${classes}, { maxProblems: 5 })).table;
const t0 = performance.now();
const pair = pairTables(await read(cand), await read(base));
const t1 = performance.now();
const intervals = pairedBootstrap(pair, ['roc_auc', 'log_loss', 'accuracy'], { enabled: true, resamples: Number(resamples), confidence: 0.95, seed: 42 });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ rows: pair.candidate.n, readSeconds: (t1 - t0) / 1000, bootstrapSeconds: (t2 - t1) / 1000, intervals: Object.fromEntries([...intervals].map(([k, v]) => [k, v && [v.lower, v.upper]])), differences: Object.fromEntries([...intervals].map(([k, v]) => [k, v && v.difference])) }));
`,
  );
}

const SK_METRICS = `
import json, sys, time, warnings
import numpy as np
from sklearn import metrics as m
t0 = time.perf_counter()
data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, usecols=(1, 2, 3))
t1 = time.perf_counter()
y, s, w = data[:, 0].astype(int), data[:, 1], data[:, 2]
p = (s >= 0.5).astype(int)
out = {"accuracy": m.accuracy_score(y, p, sample_weight=w), "balanced_accuracy": m.balanced_accuracy_score(y, p, sample_weight=w),
       "precision": m.precision_score(y, p, sample_weight=w), "recall": m.recall_score(y, p, sample_weight=w), "f1": m.f1_score(y, p, sample_weight=w)}
for avg in ("macro", "micro", "weighted"):
    out["precision_" + avg] = m.precision_score(y, p, average=avg, sample_weight=w)
    out["recall_" + avg] = m.recall_score(y, p, average=avg, sample_weight=w)
    out["f1_" + avg] = m.f1_score(y, p, average=avg, sample_weight=w)
out["roc_auc"] = m.roc_auc_score(y, s, sample_weight=w)
out["pr_auc"] = m.average_precision_score(y, s, sample_weight=w)
out["log_loss"] = m.log_loss(y, s, labels=[0, 1], sample_weight=w)
out["brier"] = m.brier_score_loss(y, s, sample_weight=w)
tn, fp, fn, tp = m.confusion_matrix(y, p, sample_weight=w).ravel()
out.update(tn=tn, fp=fp, fn=fn, tp=tp)
t2 = time.perf_counter()
import sklearn
print(json.dumps({"versions": f"Python {sys.version.split()[0]}, numpy {np.__version__}, scikit-learn {sklearn.__version__}", "rows": len(y), "readSeconds": t1 - t0, "metricsSeconds": t2 - t1, "metrics": {k: float(v) for k, v in out.items()}}))
`;

const SK_BOOTSTRAP = `
import json, sys, time
import numpy as np
from sklearn import metrics as m
t0 = time.perf_counter()
c = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, usecols=(1, 2))
b = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1, usecols=(1, 2))
t1 = time.perf_counter()
y, sc, sb = c[:, 0].astype(int), c[:, 1], b[:, 1]
pc, pb = (sc >= 0.5).astype(int), (sb >= 0.5).astype(int)
rng = np.random.default_rng(42)
R = int(sys.argv[3]); n = len(y)
diffs = {"roc_auc": [], "log_loss": [], "accuracy": []}
full = {"roc_auc": m.roc_auc_score(y, sc) - m.roc_auc_score(y, sb),
        "log_loss": m.log_loss(y, sc, labels=[0, 1]) - m.log_loss(y, sb, labels=[0, 1]),
        "accuracy": m.accuracy_score(y, pc) - m.accuracy_score(y, pb)}
for _ in range(R):
    i = rng.integers(0, n, n)
    yi = y[i]
    diffs["roc_auc"].append(m.roc_auc_score(yi, sc[i]) - m.roc_auc_score(yi, sb[i]))
    diffs["log_loss"].append(m.log_loss(yi, sc[i], labels=[0, 1]) - m.log_loss(yi, sb[i], labels=[0, 1]))
    diffs["accuracy"].append(m.accuracy_score(yi, pc[i]) - m.accuracy_score(yi, pb[i]))
t2 = time.perf_counter()
print(json.dumps({"rows": n, "readSeconds": t1 - t0, "bootstrapSeconds": t2 - t1, "resamples": R,
                  "intervals": {k: list(np.percentile(v, [2.5, 97.5])) for k, v in diffs.items()},
                  "differences": {k: float(v) for k, v in full.items()}}))
`;

async function timed(cmd, args) {
  const r = await measure(cmd, args, { cwd: OUT });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ...r, json: JSON.parse(r.stdout) };
}

const mb = (bytes) => (bytes === null ? 'n/a' : (bytes / 1e6).toFixed(0));
const s = (x) => x.toFixed(2);

/** Metrics must equal scikit-learn's to this relative difference, or the run posts no time. */
const METRIC_TOLERANCE = 1e-9;
/**
 * Bootstrap endpoints come from different PRNGs: with 1,000 resamples a 2.5 % percentile has a
 * standard error of about 2 % of the interval's width, so two honest runs differ by ~3 %; 15 %
 * is five standard errors.
 */
const INTERVAL_TOLERANCE = 0.15;
let failed = false;
function mismatch(message) {
  console.error(`!!! MISMATCH ${message}`);
  failed = true;
}

function maxRelativeDifference(a, b) {
  let worst = 0;
  let at = '';
  for (const [k, v] of Object.entries(b)) {
    const d = Math.abs(a[k] - v) / Math.max(Math.abs(a[k]), Math.abs(v), 1e-300);
    if (!(d <= worst)) {
      worst = d;
      at = k;
    }
  }
  return { worst, at };
}

async function main() {
  console.error('bundling with esbuild …');
  await bundle();
  console.error(`generating ${ROWS} predictions …`);
  const csv = await generate(ROWS);
  const { jsonl, parquet } = await generateOtherFormats(ROWS);
  const lines = [];
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadBefore = load();
  lines.push(
    `Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} vCPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}`,
  );
  lines.push('', `### Metrics over ${ROWS.toLocaleString('en')} binary predictions (weights, ties)`, '');
  lines.push(
    '| Tool | Input | Parse s | Metrics s | Wall s (CPU s) | Peak RSS MB |',
    '|---|---|---:|---:|---:|---:|',
  );
  const ours = {};
  for (const [format, file] of [
    ['csv', csv],
    ['jsonl', jsonl],
    ['parquet', parquet],
  ]) {
    const r = await timed(process.execPath, ['metrics-worker.mjs', file, format]);
    ours[format] = r.json.metrics;
    lines.push(
      `| ml-quality-gates | ${format.toUpperCase()} | ${s(r.json.readSeconds)} | ${s(r.json.metricsSeconds)} | ${s(r.seconds)} (${r.cpu === null ? 'n/a' : s(r.cpu)}) | ${mb(r.peakRss)} |`,
    );
  }
  for (const format of ['jsonl', 'parquet']) {
    const d = maxRelativeDifference(ours.csv, ours[format]);
    if (!(d.worst <= METRIC_TOLERANCE)) mismatch(`${format} and CSV disagree on ${d.at}: ${d.worst}`);
  }
  if (!SKIP_PYTHON) {
    writeFileSync(join(OUT, 'sk_metrics.py'), SK_METRICS);
    const r = await timed(PYTHON, ['sk_metrics.py', csv]);
    lines.push(
      `| numpy.loadtxt + scikit-learn | CSV | ${s(r.json.readSeconds)} | ${s(r.json.metricsSeconds)} | ${s(r.seconds)} (${r.cpu === null ? 'n/a' : s(r.cpu)}) | ${mb(r.peakRss)} |`,
    );
    lines[0] += `; ${r.json.versions}`;
    const diff = maxRelativeDifference(ours.csv, r.json.metrics);
    if (!(diff.worst <= METRIC_TOLERANCE)) {
      mismatch(`metrics: ${diff.at} differs from scikit-learn by ${diff.worst} (relative)`);
    }
    lines.push(
      '',
      `Largest relative difference from scikit-learn over ${Object.keys(r.json.metrics).length} metrics: ${diff.worst.toExponential(1)} (${diff.at}).`,
    );
  }
  lines.push(
    '',
    '### Peak RSS by size (CSV)',
    '',
    '| Rows | Gate (chunks through disk): wall s | peak RSS MB | Same, heap capped at 64 MB: wall s | peak RSS MB | All rows in memory: wall s | peak RSS MB | Agreement |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  const rss = { chunked: [], capped: [], memory: [] };
  for (const n of SIZES) {
    const file = await generate(n);
    const row = [];
    const got = {};
    for (const mode of ['chunked', 'capped', 'memory']) {
      // Capped: what the process needs, not what V8 lets the heap grow to before collecting.
      const flags = mode === 'capped' ? ['--max-old-space-size=64'] : [];
      const worker = ['metrics-worker.mjs', file, 'csv', mode === 'memory' ? 'memory' : 'chunked'];
      const r = await timed(process.execPath, [...flags, ...worker]);
      rss[mode].push([n, r.peakRss]);
      got[mode] = r.json.metrics;
      if (r.json.rows !== n) mismatch(`read ${r.json.rows} of ${n} rows`);
      row.push(s(r.seconds), mb(r.peakRss));
    }
    const d = maxRelativeDifference(got.memory, got.chunked);
    if (!(d.worst <= METRIC_TOLERANCE)) mismatch(`chunked and in-memory disagree on ${d.at}: ${d.worst}`);
    lines.push(`| ${n.toLocaleString('en')} | ${row.join(' | ')} | ${d.worst.toExponential(1)} |`);
  }
  for (const mode of ['chunked', 'capped', 'memory']) {
    const points = rss[mode];
    // From the second size on: the first (250,000 rows) is below one chunk, so held in memory.
    const from = points.length >= 3 ? 1 : 0;
    if (points.length >= 2 && points.every(([, p]) => p !== null)) {
      const [[n0, p0], [n1, p1]] = [points[from], points[points.length - 1]];
      lines.push(
        '',
        `Slope (${mode}, ${n0.toLocaleString('en')} to ${n1.toLocaleString('en')} rows): ${((p1 - p0) / (n1 - n0)).toFixed(1)} bytes of peak RSS per row.`,
      );
    }
  }
  console.error(`generating ${PAIRS} paired rows …`);
  const { cand, base } = await generatePairs(PAIRS);
  lines.push(
    '',
    `### Paired bootstrap: ${PAIRS.toLocaleString('en')} rows, roc_auc + log_loss + accuracy`,
    '',
  );
  lines.push(
    '| Tool | Resamples | Read + pair s | Bootstrap s | Wall s (CPU s) | Peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|',
  );
  const b = await timed(process.execPath, ['bootstrap-worker.mjs', cand, base, String(RESAMPLES)]);
  lines.push(
    `| ml-quality-gates | ${RESAMPLES} | ${s(b.json.readSeconds)} | ${s(b.json.bootstrapSeconds)} | ${s(b.seconds)} (${b.cpu === null ? 'n/a' : s(b.cpu)}) | ${mb(b.peakRss)} |`,
  );
  if (!SKIP_PYTHON) {
    writeFileSync(join(OUT, 'sk_bootstrap.py'), SK_BOOTSTRAP);
    const p = await timed(PYTHON, ['sk_bootstrap.py', cand, base, String(PY_RESAMPLES)]);
    lines.push(
      `| numpy + scikit-learn | ${PY_RESAMPLES} | ${s(p.json.readSeconds)} | ${s(p.json.bootstrapSeconds)} | ${s(p.seconds)} (${p.cpu === null ? 'n/a' : s(p.cpu)}) | ${mb(p.peakRss)} |`,
    );
    lines.push(
      '',
      '95% intervals of candidate − baseline (different PRNGs, so they agree only to sampling noise):',
      '',
    );
    for (const k of ['roc_auc', 'log_loss', 'accuracy']) {
      const o = b.json.intervals[k].map((x) => x.toFixed(5)).join(', ');
      const t = p.json.intervals[k].map((x) => x.toFixed(5)).join(', ');
      const [d, e] = [b.json.differences[k], p.json.differences[k]];
      lines.push(
        `- ${k}: difference on all rows ${d.toFixed(6)} (scikit-learn ${e.toFixed(6)}); ours [${o}], numpy/sklearn [${t}]`,
      );
      if (!(Math.abs(d - e) <= METRIC_TOLERANCE * Math.max(Math.abs(e), 1e-12))) {
        mismatch(`bootstrap: ${k} difference on all rows ${d} against scikit-learn's ${e}`);
      }
      const width = p.json.intervals[k][1] - p.json.intervals[k][0];
      const off = Math.max(...[0, 1].map((j) => Math.abs(b.json.intervals[k][j] - p.json.intervals[k][j])));
      if (!(off <= INTERVAL_TOLERANCE * width)) {
        mismatch(
          `bootstrap: ${k} interval [${o}] against numpy/sklearn [${t}] (${(off / width).toFixed(2)} of the width)`,
        );
      }
    }
    lines.push(
      '',
      `Agreement checked: differences on all rows within ${METRIC_TOLERANCE} (relative), interval endpoints within ${INTERVAL_TOLERANCE * 100} % of the interval's width.`,
    );
  }
  lines.push('', `Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after.`);
  console.log(lines.join('\n'));
  process.exitCode = failed ? 1 : 0;
}

await main();
