#!/usr/bin/env node
// CPU profile of one gate run on a generated input, summarised by function.
//
//   node bench/profile.mjs [--size small|large] [--format cobertura|lcov|istanbul] [--top 25] [--cli PATH]
//   node bench/profile.mjs --summarise FILE.cpuprofile [--top 25]
//
// Runs `node --cpu-prof <cli> coverage --report ... --diff-file ... --format json` in the
// generated repo (run `npm run bench` first; <cli> is the build it benchmarked,
// bench/out/cli/cli.js, or dist/cli.js when there is none), then prints the functions
// with the most self time, their inclusive time, and self time per source file (dist chunk or
// node_modules package), so it is clear whether time goes to parsing, our code or the runtime.
// Worker threads write a profile each; all are summarised.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = { cobertura: 'cobertura.xml', lcov: 'lcov.info', istanbul: 'coverage-final.json' };

const moduleMaps = new Map();

/**
 * The source module a line of an esbuild bundle comes from: esbuild starts each module with a
 * `// path/to/module.ts` comment. Undefined when the file is gone or not a bundle.
 */
function bundledModule(file, line) {
  let map = moduleMaps.get(file);
  if (!map) {
    map = [];
    try {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(lines[i]);
        if (m) map.push([i, m[1]]);
      }
    } catch {
      // Rebuilt since the profile was taken.
    }
    moduleMaps.set(file, map);
  }
  let found;
  for (const [start, module] of map) {
    if (start > line) break;
    found = module;
  }
  return found;
}

/** Summarises a .cpuprofile (Chrome DevTools format): self and inclusive ms per function. */
export function summariseProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
    const module = f.url ? bundledModule(f.url.replace(/^file:\/\//, ''), f.lineNumber) : undefined;
    const where = url ? `${url}:${f.lineNumber + 1}${module ? ` [${module}]` : ''}` : '';
    return `${f.functionName || '(anonymous)'}  ${where}`.trim();
  };
  const fileOf = (n) => {
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    if (url === '')
      return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native/builtin)';
    if (url.startsWith('node:')) return 'node: internals';
    const module = bundledModule(url, n.callFrame.lineNumber);
    const path = module ?? url.replace(`${ROOT}/`, '');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return pkg ? `node_modules/${pkg[1]}` : path;
  };
  const self = new Map();
  const inclusive = new Map();
  const perFile = new Map();
  let total = 0;
  const { samples, timeDeltas } = profile;
  for (let s = 0; s < samples.length; s++) {
    const ms = (timeDeltas[s] ?? 0) / 1000;
    total += ms;
    const leaf = byId.get(samples[s]);
    const k = keyOf(leaf);
    self.set(k, (self.get(k) ?? 0) + ms);
    const file = fileOf(leaf);
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
    const seen = new Set();
    for (let id = samples[s]; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const pct = (ms) => `${((100 * ms) / total).toFixed(1)}%`.padStart(6);
  const lines = [`total sampled: ${(total / 1000).toFixed(2)} s`, '', 'top self time:'];
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(
      `  ${String(Math.round(ms)).padStart(7)} ms ${pct(ms)}  (incl ${pct(inclusive.get(k) ?? ms)})  ${k}`,
    );
  }
  lines.push('', 'self time by file:');
  for (const [f, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    lines.push(`  ${String(Math.round(ms)).padStart(7)} ms ${pct(ms)}  ${f}`);
  }
  return lines.join('\n');
}

function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'small' },
      format: { type: 'string', default: 'cobertura' },
      top: { type: 'string', default: '25' },
      summarise: { type: 'string' },
      cli: { type: 'string' },
    },
  });
  const top = Number(values.top);
  if (values.summarise) {
    console.log(summariseProfile(JSON.parse(readFileSync(values.summarise, 'utf8')), top));
    return;
  }
  const file = FILES[values.format];
  if (!file) throw new Error(`unknown format ${values.format}`);
  const dir = join(ROOT, 'bench', 'out', values.size);
  statSync(join(dir, 'meta.json'));
  // The build run.mjs benchmarked, so profile and timings describe the same build.
  const snapshot = join(ROOT, 'bench', 'out', 'cli', 'cli.js');
  const cli = values.cli
    ? resolve(values.cli)
    : existsSync(snapshot)
      ? snapshot
      : join(ROOT, 'dist', 'cli.js');
  const profDir = join(ROOT, 'bench', 'out', 'profiles', `${values.size}-${values.format}`);
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const started = process.hrtime.bigint();
  const res = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      profDir,
      cli,
      'coverage',
      '--report',
      join(dir, file),
      '--diff-file',
      join(dir, 'changes.diff'),
      '--format',
      'json',
    ],
    { cwd: join(dir, 'repo'), encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status === null || res.status > 1)
    throw new Error(`gate failed (${res.status}): ${res.stderr}${res.stdout.slice(0, 2000)}`);
  const profiles = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  console.log(
    `${values.size} ${values.format}: ${seconds.toFixed(2)} s wall (with profiler), exit ${res.status}, ${cli.replace(`${ROOT}/`, '')}`,
  );
  for (const p of profiles) {
    console.log(`\n${join(profDir, p)}`);
    console.log(summariseProfile(JSON.parse(readFileSync(join(profDir, p), 'utf8')), top));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
