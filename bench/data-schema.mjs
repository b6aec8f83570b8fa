#!/usr/bin/env node
// The data schema part of `npm run bench` (bench/run.mjs --suites data-schema; run alone, this
// file is `npm run bench:data-schema` and passes its arguments on to run.mjs).
//
// 1,000,000 JSON Lines records against a JSON Schema (2020-12: required keys, a pattern, an
// enum, format date-time, a minimum, additionalProperties false) and 1,000,000 CSV rows against
// a Table Schema (integer, date, number with a minimum, enum, boolean, a quoted free-text
// column), every 997th record invalid by construction (bench/data-schema-inputs.mjs). Each round
// runs, one after the other: the floor (stream the file, count its lines), the peer (JSONL:
// node:readline + JSON.parse + ajv; CSV: papaparse + casting + ajv, bench/peers/), the gate on
// every CPU, the gate on one thread (MLQG_DATA_SCHEMA_THREADS=1), and with --baseline another
// build of the gate. A time is posted only when its tool found exactly the invalid records the
// generator made (record numbers compared, not just counted); otherwise MISMATCH.

import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDataInputs } from './data-schema-inputs.mjs';
import { measure } from './measure.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const FLOOR = `const { createReadStream } = require('node:fs');
let lines = 0;
createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .on('data', (c) => { for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++; })
  .on('end', () => console.log(lines));`;

const CASES = [
  {
    id: 'jsonl',
    label: 'JSON Lines vs JSON Schema',
    data: 'events.jsonl',
    schema: 'events.schema.json',
    glob: 'data/*.jsonl',
    peer: { label: 'ajv + readline', script: 'jsonl-ajv.mjs', needs: 'ajv' },
  },
  {
    id: 'csv',
    label: 'CSV vs Table Schema',
    data: 'rows.csv',
    schema: 'rows.schema.json',
    glob: 'data/*.csv',
    peer: { label: 'papaparse + cast + ajv', script: 'csv-papaparse.mjs', needs: 'papaparse' },
  },
];

/** The version of a package the peers load from the project, or undefined when it is missing. */
export function peerVersion(name) {
  try {
    const require = createRequire(join(ROOT, 'package.json'));
    return require(`${name}/package.json`).version;
  } catch {
    return undefined;
  }
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

function sample(m) {
  return { seconds: m.seconds, cpu: m.cpu, peakRss: m.peakRss, load1: m.load };
}

/** The gate's verdict on one file as figures: rows, invalid rows, listed record numbers. */
function gateFigures(m) {
  if (m.code === null || m.code > 1)
    return { error: `exit ${m.code ?? m.signal}: ${m.stderr.slice(0, 400)}` };
  try {
    const doc = JSON.parse(m.stdout);
    const invalid = doc.findings.filter((f) => f.rule === 'data-schema/invalid-row').map((f) => f.record);
    return {
      rows: doc.metrics.rowsChecked,
      invalidRows: doc.metrics.invalidRows,
      invalid: [...new Set(invalid)],
    };
  } catch (error) {
    return { error: `stdout is not a result: ${String(error)}` };
  }
}

function peerFigures(m) {
  if (m.code !== 0) return { error: `exit ${m.code ?? m.signal}: ${m.stderr.slice(0, 400)}` };
  return JSON.parse(m.stdout);
}

/** Problems with a tool's figures against the generator's. */
function check(who, figures, meta) {
  if (figures.error) return [`${who}: ${figures.error}`];
  const problems = [];
  if (figures.rows !== meta.rows) problems.push(`${who}: ${figures.rows} rows, generator ${meta.rows}`);
  if (figures.invalidRows !== meta.invalid.length)
    problems.push(`${who}: ${figures.invalidRows} invalid rows, generator ${meta.invalid.length}`);
  if (figures.invalid.join(',') !== meta.invalid.join(','))
    problems.push(`${who}: the invalid record numbers differ from the generator's`);
  return problems;
}

/**
 * Runs the data schema comparisons; returns what run.mjs records and prints.
 * `opts`: { runs, rss, rows, baseline (path of another cli.js or undefined), log }.
 */
export async function dataSchemaSuite(cli, opts) {
  const dir = join(ROOT, 'bench', 'out', 'data-schema');
  const meta = await ensureDataInputs(dir, opts.rows);
  const limit = String(meta.invalid.length + 10);
  const cases = [];
  for (const c of CASES) {
    const file = join(dir, 'data', c.data);
    const hasPeer = peerVersion(c.peer.needs) !== undefined;
    if (!hasPeer) opts.log(`warning: ${c.peer.needs} is not installed; the ${c.id} peer is skipped`);
    const gateArgs = (path) => [
      path,
      'data-schema',
      '--datasets',
      c.glob,
      '--compatibility',
      'none',
      '--format',
      'json',
      '--max-findings-per-file',
      limit,
    ];
    const gate = (path, threads) =>
      measure(process.execPath, gateArgs(path), {
        cwd: dir,
        method: opts.rss,
        env: threads ? { ...process.env, MLQG_DATA_SCHEMA_THREADS: threads } : process.env,
      });
    opts.log(`data-schema ${c.id}: ${opts.runs} interleaved round(s)`);
    await measure(process.execPath, ['-e', FLOOR, file], { method: 'none' }); // warm the page cache
    const tools = {
      floor: () => measure(process.execPath, ['-e', FLOOR, file], { method: opts.rss }),
      ...(hasPeer
        ? {
            peer: () =>
              measure(
                process.execPath,
                [join(ROOT, 'bench', 'peers', c.peer.script), file, join(dir, 'data', c.schema)],
                {
                  method: opts.rss,
                },
              ),
          }
        : {}),
      gate: () => gate(cli, undefined),
      gate1: () => gate(cli, '1'),
      ...(opts.baseline ? { baseline: () => gate(opts.baseline, undefined) } : {}),
    };
    const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
    const problems = new Set();
    for (let r = 0; r < opts.runs; r++) {
      const line = [];
      for (const [name, run] of Object.entries(tools)) {
        const m = await run();
        if (name === 'floor') {
          if (m.code !== 0 || Number(m.stdout.trim()) !== meta.rows + (c.id === 'csv' ? 1 : 0))
            problems.add(`floor: ${m.stdout.trim()} lines`);
        } else {
          const figures = name === 'peer' ? peerFigures(m) : gateFigures(m);
          for (const p of check(name, figures, meta)) problems.add(p);
        }
        samples[name].push(sample(m));
        line.push(`${name} ${m.seconds.toFixed(2)} s`);
      }
      opts.log(`  round ${r + 1}: ${line.join(', ')} (load ${samples.floor.at(-1).load1.toFixed(2)})`);
    }
    for (const p of problems) opts.log(`!!! MISMATCH data-schema ${c.id}: ${p}`);
    const summary = (xs) => ({
      seconds: median(xs.map((s) => s.seconds)),
      cpu: median(xs.map((s) => s.cpu)),
      peakRss: median(xs.map((s) => s.peakRss)),
      samples: xs,
    });
    cases.push({
      id: c.id,
      label: c.label,
      peerLabel: c.peer.label,
      bytes: statSync(file).size,
      rows: meta.rows,
      invalid: meta.invalid.length,
      agreement: { ok: problems.size === 0, problems: [...problems] },
      ...Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, summary(xs)])),
    });
  }
  return {
    rows: meta.rows,
    peers: {
      ajv: peerVersion('ajv'),
      'ajv-formats': peerVersion('ajv-formats'),
      papaparse: peerVersion('papaparse'),
    },
    cases,
  };
}

const secs = (s) => (s === null || s === undefined ? '–' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const mb = (b) => (b === null || b === undefined ? '–' : (b / 1e6).toFixed(0));
const times = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const rate = (rows, s) => (s ? `${Math.round(rows / s / 1000)}k` : '–');

/** The Markdown table of a data schema suite. */
export function dataSchemaTable(suite, threads) {
  const head =
    `### Data schema: ${suite.rows.toLocaleString('en-US')} records per file (medians)\n\n` +
    `| File | Size | Floor s | Peer | Peer s (peak RSS MB) | Gate s, ${threads} threads (CPU s, peak RSS MB) | Gate s, 1 thread (peak RSS MB) | Peer ÷ gate | Gate ÷ floor | rows/s | Agreement |\n` +
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|\n';
  const body = suite.cases.map((c) => {
    const peer = c.peer;
    return (
      `| ${c.label} | ${mb(c.bytes)} MB | ${secs(c.floor.seconds)} | ${c.peerLabel} | ` +
      `${peer ? `${secs(peer.seconds)} (${mb(peer.peakRss)})` : 'n/a'} | ` +
      `${secs(c.gate.seconds)} (${secs(c.gate.cpu)}, ${mb(c.gate.peakRss)}) | ${secs(c.gate1.seconds)} (${mb(c.gate1.peakRss)}) | ` +
      `**${peer ? times(peer.seconds / c.gate.seconds) : '–'}** | ${times(c.gate.seconds / c.floor.seconds)} | ${rate(c.rows, c.gate.seconds)} | ` +
      `${c.agreement.ok ? `✓ ${c.invalid} invalid records, same numbers` : '**MISMATCH**'} |`
    );
  });
  const baseline = suite.cases.some((c) => c.baseline)
    ? `\nBaseline build (--baseline), same rounds: ${suite.cases.map((c) => `${c.id} ${secs(c.baseline?.seconds)} s (peak RSS ${mb(c.baseline?.peakRss)} MB)`).join(', ')}.\n`
    : '';
  return `${head}${body.join('\n')}\n${baseline}`;
}

// Run alone: `npm run bench:data-schema [run.mjs options]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const res = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'run.mjs'), '--suites', 'data-schema', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exitCode = res.status ?? 1;
}
