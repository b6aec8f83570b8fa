#!/usr/bin/env node
// `npm run bench:report`: speed and memory of `ml-quality-gates report` (collect, validate,
// verdict, render for the comment, the check and the job summary, write the report files) on
// result sets from small to hostile, without a token (the GitHub round trips are not ours to time).
//
//   node bench/report.mjs [--runs N]
//
// Each case writes G gate results with F findings each into bench/out/report/<case>/ and runs
// dist/cli.js report on it; a run only counts when it exits as the verdict says (1: the results
// fail) and its comment-sized rendering fits GitHub's 65,536-character limit.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out', 'report');
const CLI = join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);

const CASES = [
  { name: 'typical', gates: 4, findings: 20 },
  { name: 'large', gates: 4, findings: 5_000 },
  { name: 'sharded', gates: 200, findings: 100 },
  { name: 'hostile', gates: 20, findings: 20_000 },
];

function writeCase({ name, gates, findings }) {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let g = 0; g < gates; g++) {
    const result = {
      schemaVersion: 1,
      gate: 'coverage',
      id: `coverage-${g}`,
      status: g === 0 ? 'fail' : 'warn',
      title: `Coverage of shard ${g}`,
      summary: 'x'.repeat(300),
      keyMetric: { label: 'patch coverage', value: 70 + (g % 30), unit: '%', threshold: 80 },
      metrics: { lines: { covered: 900, total: 1000, percent: 90 } },
      findings: Array.from({ length: findings }, (_, i) => ({
        severity: ['error', 'warning', 'notice'][i % 3],
        rule: 'coverage/patch-uncovered',
        path: `src/pkg${g}/module_${i % 500}.py`,
        line: i + 1,
        message: `Changed line ${i + 1} is not covered by tests <b>@someone</b> | ${'y'.repeat(80)}`,
        fix: 'Add a test that executes these lines.',
      })),
    };
    writeFileSync(join(dir, `r${g}.json`), JSON.stringify(result));
  }
  return dir;
}

const rows = [];
for (const c of CASES) {
  const dir = writeCase(c);
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const output = join(dir, '..', `${c.name}-report.json`);
    const run = await measure(
      process.execPath,
      [CLI, 'report', '--results', dir, '--output', output, '--format', 'json'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH },
      },
    );
    const document = JSON.parse(readFileSync(output, 'utf8'));
    if (run.code !== 1 || document.results.length !== c.gates)
      throw new Error(`${c.name}: unexpected run: ${run.stderr}`);
    samples.push(run);
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  const median = samples[Math.floor(samples.length / 2)];
  const size = c.gates * c.findings;
  rows.push(
    `| ${c.name} | ${c.gates} × ${c.findings.toLocaleString('en-US')} = ${size.toLocaleString('en-US')} | ${median.seconds.toFixed(2)} s | ${median.peakRss ? `${Math.round(median.peakRss / 2 ** 20)} MB` : 'n/a'} |`,
  );
  process.stderr.write(`${c.name}: ${median.seconds.toFixed(2)} s\n`);
}
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${RUNS}\n`,
);
console.log('| case | gates × findings | time | peak RSS |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
