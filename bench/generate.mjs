#!/usr/bin/env node
// Deterministic generator of large synthetic coverage inputs for `npm run bench`.
//
//   node bench/generate.mjs --files 20000 --lines 500 --out bench/out/large [--seed 1]
//
// Writes, streaming (no report is ever held in memory whole):
//   cobertura.xml        coverage.py 7 `coverage xml` shape (minidom pretty-print, tabs)
//   lcov.info            LCOV as Node's test runner / lcov 1.x writes it
//   coverage-final.json  Istanbul (nyc/Jest/Vitest) coverage-final.json, compact JSON
//   repo/                git repo: branch main = base, branch feature (checked out) adds lines
//   changes.diff         `git diff main...HEAD` of that repo (so it equals what diff-cover sees)
//   meta.json            parameters, file sizes and the figures every tool must agree on
//
// One seeded model per source file drives all three reports, so line and patch figures are
// identical across formats. Branch density differs per format (Cobertura 22 % of lines, as
// coverage.py marks every `if`/`for`/`while`; LCOV/Istanbul 2.5 %), which lands the file sizes
// near the anchors (489 / 110 / 857 MB): 20,000 x 500 gives 488 MB Cobertura, 107 MB
// LCOV and 895 MB Istanbul.

import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when the output changes shape; run.mjs regenerates when meta.json has another value. */
export const GENERATOR_VERSION = 3;

const MODULES_PER_PACKAGE = 50;
/** Probability that a physical source line is a statement (measured). */
const P_MEASURED = 0.72;
/** Probability that a measured line starts a function. */
const P_FUNCTION = 1 / 50;
/** Branch lines: Cobertura (coverage.py) vs LCOV/Istanbul; the latter is a subset. */
const P_BRANCH_COBERTURA = 0.22;
const P_BRANCH_OTHER = 0.025;
/** Share of files the diff touches, and added lines per touched file (about). */
const CHANGED_EVERY = 100;
const ADDED_LINES = 20;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mix32(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast, good enough for synthetic data. */
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

// ---------------------------------------------------------------------------------------------
// The model of one source file (its HEAD version)

const pad4 = (n) => String(n).padStart(4, '0');

export function filePaths(i) {
  const pkg = `pkg_${pad4(Math.floor(i / MODULES_PER_PACKAGE))}`;
  const module = `module_${pad4(i % MODULES_PER_PACKAGE)}.py`;
  return { pkg, module, rel: `${pkg}/${module}`, repo: `src/${pkg}/${module}` };
}

export function isChanged(i, seed) {
  return (i + seed * 37) % CHANGED_EVERY === 0;
}

/**
 * Measured lines (ascending), their hits, branch data and function starts, plus the physical
 * length and, for changed files, the lines the feature branch added (HEAD numbering).
 */
export function fileModel(seed, i, measuredCount) {
  const r = rng(mix32(seed, i));
  const line = new Int32Array(measuredCount);
  const hits = new Int32Array(measuredCount);
  /** 0 = no branch; 1 = branch in Cobertura only; 2 = branch in every format. */
  const branchKind = new Uint8Array(measuredCount);
  /** Branch arms taken: 0, 1 or 2 (of 2); for 1, which arm (0/1) is in `missingArm`. */
  const taken = new Uint8Array(measuredCount);
  const missingArm = new Uint8Array(measuredCount);
  const fnStart = new Uint8Array(measuredCount);
  let covered = true;
  let k = 0;
  let n = 0;
  while (n < measuredCount) {
    k++;
    if (r() >= P_MEASURED) continue;
    // Coverage comes in runs: covered code stays covered, an untested block stays untested.
    covered = covered ? r() < 0.965 : r() < 0.2;
    line[n] = k;
    if (covered) {
      const h = r();
      hits[n] =
        h < 0.7 ? 1 + Math.floor(r() * 3) : h < 0.95 ? 4 + Math.floor(r() * 40) : 50 + Math.floor(r() * 5000);
    } else {
      hits[n] = 0;
    }
    const b = r();
    branchKind[n] = b < P_BRANCH_OTHER ? 2 : b < P_BRANCH_COBERTURA ? 1 : 0;
    taken[n] = hits[n] === 0 ? 0 : r() < 0.6 ? 2 : 1;
    missingArm[n] = r() < 0.5 ? 0 : 1;
    fnStart[n] = n === 0 || r() < P_FUNCTION ? 1 : 0;
    n++;
  }
  const physical = k + 2;
  let added;
  if (isChanged(i, seed)) added = addedLines(r, physical);
  return { i, line, hits, branchKind, taken, missingArm, fnStart, physical, added };
}

/** Two or three blocks of new lines, well inside the file and far apart (no merged hunks). */
function addedLines(r, physical) {
  const blocks = r() < 0.5 ? 2 : 3;
  const total = ADDED_LINES - 3 + Math.floor(r() * 7);
  const out = [];
  const segment = Math.floor(physical / blocks);
  let left = total;
  for (let b = 0; b < blocks; b++) {
    const size = b === blocks - 1 ? left : Math.floor(total / blocks);
    left -= size;
    const lo = b * segment + 12;
    const hi = (b + 1) * segment - size - 12;
    const start = hi > lo ? lo + Math.floor(r() * (hi - lo)) : lo;
    for (let j = 0; j < size; j++) out.push(Math.min(start + j, physical));
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Streaming writer

class Out {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.buf = '';
    this.bytes = 0;
  }
  write(s) {
    this.buf += s;
    if (this.buf.length > 1 << 20) this.flush();
  }
  flush() {
    if (this.buf.length === 0) return;
    this.bytes += writeSync(this.fd, this.buf);
    this.buf = '';
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return statSync(this.path).size;
  }
}

// ---------------------------------------------------------------------------------------------
// Renderers

/** coverage.py's `rate()`: "%.4g" of a fraction ("1", "0.8123", "0"). */
function rate(hit, total) {
  if (total === 0) return '1';
  return String(Number((hit / total).toPrecision(4)));
}

function coberturaCounts(m) {
  let lines = 0;
  let linesHit = 0;
  let branches = 0;
  let branchesHit = 0;
  for (let n = 0; n < m.line.length; n++) {
    lines++;
    if (m.hits[n] > 0) linesHit++;
    if (m.branchKind[n] !== 0) {
      branches += 2;
      branchesHit += m.taken[n];
    }
  }
  return { lines, linesHit, branches, branchesHit };
}

function renderCoberturaClass(m, paths) {
  const c = coberturaCounts(m);
  let s =
    `\t\t\t\t<class name="${paths.module}" filename="${paths.rel}" complexity="0" line-rate="${rate(c.linesHit, c.lines)}" branch-rate="${rate(c.branchesHit, c.branches)}">\n` +
    '\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n';
  const { line, hits, branchKind, taken, missingArm } = m;
  for (let n = 0; n < line.length; n++) {
    const hit = hits[n] > 0 ? 1 : 0;
    if (branchKind[n] === 0) {
      s += `\t\t\t\t\t\t<line number="${line[n]}" hits="${hit}"/>\n`;
      continue;
    }
    const t = taken[n];
    const pct = t === 2 ? 100 : t === 1 ? 50 : 0;
    s += `\t\t\t\t\t\t<line number="${line[n]}" hits="${hit}" branch="true" condition-coverage="${pct}% (${t}/2)"`;
    if (t === 2) s += '/>\n';
    else {
      // coverage.py lists the destination lines of the missed arcs ("exit" for leaving the function).
      const next = n + 1 < line.length ? line[n + 1] : 'exit';
      const far = n + 2 < line.length ? line[n + 2] : 'exit';
      const missing = t === 0 ? `${next},${far}` : missingArm[n] === 0 ? `${next}` : `${far}`;
      s += ` missing-branches="${missing}"/>\n`;
    }
  }
  return `${s}\t\t\t\t\t</lines>\n\t\t\t\t</class>\n`;
}

function renderLcov(m, paths) {
  const { line, hits, branchKind, taken, missingArm, fnStart } = m;
  let fn = '';
  let fnda = '';
  let fnf = 0;
  let fnh = 0;
  let brda = '';
  let brf = 0;
  let brh = 0;
  let da = '';
  let lh = 0;
  let block = 0;
  for (let n = 0; n < line.length; n++) {
    const l = line[n];
    if (fnStart[n]) {
      fn += `FN:${l},fn_${l}\n`;
      fnda += `FNDA:${hits[n]},fn_${l}\n`;
      fnf++;
      if (hits[n] > 0) fnh++;
    }
    if (branchKind[n] === 2) {
      const t = taken[n];
      for (let arm = 0; arm < 2; arm++) {
        // `-`: the block never ran; 0: it ran but this arm was not taken.
        const count =
          hits[n] === 0 ? '-' : t === 2 || arm !== missingArm[n] ? String(1 + (hits[n] >> 1)) : '0';
        brda += `BRDA:${l},${block},${arm},${count}\n`;
        brf++;
        if (count !== '-' && count !== '0') brh++;
      }
      block++;
    }
    da += `DA:${l},${hits[n]}\n`;
    if (hits[n] > 0) lh++;
  }
  return (
    `TN:\nSF:${paths.repo}\n${fn}${fnda}FNF:${fnf}\nFNH:${fnh}\n${brda}BRF:${brf}\nBRH:${brh}\n` +
    `${da}LH:${lh}\nLF:${line.length}\nend_of_record\n`
  );
}

/** Fake but plausible end column of the statement on a line. */
const endColumn = (l) => 12 + ((l * 7) % 40);

function loc(l, c0, c1) {
  return `{"start":{"line":${l},"column":${c0}},"end":{"line":${l},"column":${c1}}}`;
}

function renderIstanbulEntry(m, absPath, hash) {
  const { line, hits, branchKind, taken, missingArm, fnStart } = m;
  let statementMap = '';
  let s = '';
  let fnMap = '';
  let f = '';
  let branchMap = '';
  let b = '';
  let fi = 0;
  let bi = 0;
  for (let n = 0; n < line.length; n++) {
    const l = line[n];
    const sep = n === 0 ? '' : ',';
    const indent = fnStart[n] ? 0 : 4;
    statementMap += `${sep}"${n}":${loc(l, indent, endColumn(l))}`;
    s += `${sep}"${n}":${hits[n]}`;
    if (fnStart[n]) {
      const fsep = fi === 0 ? '' : ',';
      const end = n + 5 < line.length ? line[n + 5] : l + 1;
      fnMap +=
        `${fsep}"${fi}":{"name":"fn_${l}","decl":${loc(l, 9, 13 + String(l).length)},` +
        `"loc":{"start":{"line":${l},"column":${20 + String(l).length}},"end":{"line":${end},"column":1}},"line":${l}}`;
      f += `${fsep}"${fi}":${hits[n]}`;
      fi++;
    }
    if (branchKind[n] === 2) {
      const bsep = bi === 0 ? '' : ',';
      const t = taken[n];
      const arm = (a) => (hits[n] === 0 ? 0 : t === 2 || a !== missingArm[n] ? 1 + (hits[n] >> 1) : 0);
      const where = loc(l, 4, endColumn(l));
      branchMap += `${bsep}"${bi}":{"loc":${where},"type":"if","locations":[${where},${loc(l, 4, 4)}],"line":${l}}`;
      b += `${bsep}"${bi}":[${arm(0)},${arm(1)}]`;
      bi++;
    }
  }
  return (
    `{"path":${JSON.stringify(absPath)},"statementMap":{${statementMap}},"fnMap":{${fnMap}},` +
    `"branchMap":{${branchMap}},"s":{${s}},"f":{${f}},"b":{${b}},` +
    `"_coverageSchema":"1a1c01bbd47fc00a2c39e90264f33305ea1a3d27","hash":"${hash}"}`
  );
}

// ---------------------------------------------------------------------------------------------
// Source files for the git repo

function headSourceLines(m) {
  const measured = new Map();
  for (let n = 0; n < m.line.length; n++) measured.set(m.line[n], n);
  const added = new Set(m.added ?? []);
  const out = [];
  for (let k = 1; k <= m.physical; k++) {
    const n = measured.get(k);
    if (added.has(k)) {
      // Never blank and always unique, so git places the insertion exactly here.
      out.push(n === undefined ? `    # added ${m.i}:${k}` : `    added_${k} = compute(${m.i}, ${k})`);
    } else if (n === undefined) {
      out.push(k % 3 === 0 ? '' : `    # note ${k}`);
    } else if (m.fnStart[n]) {
      out.push(`def fn_${k}(x):`);
    } else {
      out.push(`    v_${k} = compute(x, ${k})`);
    }
  }
  return out;
}

const stub = (paths) =>
  `"""${paths.pkg}.${paths.module.slice(0, -3)}: generated stub (coverage comes from the synthetic report)."""\n`;

// ---------------------------------------------------------------------------------------------
// The generator

function run(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${res.stderr || res.error}`);
  }
  return res.stdout;
}

/**
 * Generates every input for one size into `outDir` (created; an existing repo/ is replaced).
 * Returns the meta object also written to meta.json.
 */
export function generate({ files, lines, outDir, seed = 1, log = () => {} }) {
  const started = process.hrtime.bigint();
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const repoDir = join(out, 'repo');
  const srcRoot = join(repoDir, 'src');
  rmSync(repoDir, { recursive: true, force: true });
  for (const name of ['meta.json', 'changes.diff']) rmSync(join(out, name), { force: true });

  // Pass 1: totals for the Cobertura root element (coverage.py writes them first).
  const totals = { lines: 0, linesHit: 0, branches: 0, branchesHit: 0 };
  const expected = {
    lines: { covered: 0, total: 0 },
    patch: { covered: 0, total: 0 },
    changedFiles: 0,
    addedLines: 0,
  };
  const added = new Map();
  for (let i = 0; i < files; i++) {
    const m = fileModel(seed, i, lines);
    const c = coberturaCounts(m);
    totals.lines += c.lines;
    totals.linesHit += c.linesHit;
    totals.branches += c.branches;
    totals.branchesHit += c.branchesHit;
    if (m.added) {
      added.set(filePaths(i).repo, m.added);
      expected.changedFiles++;
      expected.addedLines += m.added.length;
      const idx = new Map();
      for (let n = 0; n < m.line.length; n++) idx.set(m.line[n], n);
      for (const l of m.added) {
        const n = idx.get(l);
        if (n === undefined) continue;
        expected.patch.total++;
        if (m.hits[n] > 0) expected.patch.covered++;
      }
    }
  }
  expected.lines = { covered: totals.linesHit, total: totals.lines };

  // Pass 2: the three reports, streamed.
  const cob = new Out(join(out, 'cobertura.xml'));
  const lcov = new Out(join(out, 'lcov.info'));
  const ist = new Out(join(out, 'coverage-final.json'));
  cob.write(
    '<?xml version="1.0" ?>\n' +
      `<coverage version="7.4.4" timestamp="1714000000000" lines-valid="${totals.lines}" lines-covered="${totals.linesHit}" line-rate="${rate(totals.linesHit, totals.lines)}" branches-covered="${totals.branchesHit}" branches-valid="${totals.branches}" branch-rate="${rate(totals.branchesHit, totals.branches)}" complexity="0">\n` +
      '\t<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.4.4 -->\n' +
      '\t<!-- Based on https://raw.githubusercontent.com/cobertura/web/master/htdocs/xml/coverage-04.dtd -->\n' +
      `\t<sources>\n\t\t<source>${srcRoot}</source>\n\t</sources>\n\t<packages>\n`,
  );
  ist.write('{');
  const packages = Math.ceil(files / MODULES_PER_PACKAGE);
  for (let p = 0; p < packages; p++) {
    const first = p * MODULES_PER_PACKAGE;
    const last = Math.min(files, first + MODULES_PER_PACKAGE);
    const models = [];
    const pc = { lines: 0, linesHit: 0, branches: 0, branchesHit: 0 };
    for (let i = first; i < last; i++) {
      const m = fileModel(seed, i, lines);
      const c = coberturaCounts(m);
      for (const key of Object.keys(pc)) pc[key] += c[key];
      models.push(m);
    }
    const pkgName = filePaths(first).pkg;
    cob.write(
      `\t\t<package name="${pkgName}" line-rate="${rate(pc.linesHit, pc.lines)}" branch-rate="${rate(pc.branchesHit, pc.branches)}" complexity="0">\n\t\t\t<classes>\n`,
    );
    for (const m of models) {
      const paths = filePaths(m.i);
      cob.write(renderCoberturaClass(m, paths));
      lcov.write(renderLcov(m, paths));
      const abs = join(srcRoot, paths.rel);
      const hash = mix32(seed, m.i).toString(16).padStart(8, '0').repeat(5);
      ist.write(`${m.i === 0 ? '' : ',\n'}${JSON.stringify(abs)}:${renderIstanbulEntry(m, abs, hash)}`);
    }
    cob.write('\t\t\t</classes>\n\t\t</package>\n');
    if (p % 40 === 0) log(`  reports: ${last}/${files} files`);
  }
  cob.write('\t</packages>\n</coverage>\n');
  ist.write('}\n');
  const sizes = { cobertura: cob.close(), lcov: lcov.close(), istanbul: ist.close() };

  // The git repository: base on main, the added lines on feature (checked out).
  log('  git repo (fast-import)');
  mkdirSync(repoDir, { recursive: true });
  run('git', ['-c', 'init.defaultBranch=main', 'init', '-q', repoDir]);
  const importFile = join(out, 'fast-import.stream');
  const stream = new Out(importFile);
  const header = (ref, mark, time, message) =>
    `commit ${ref}\nmark :${mark}\nauthor Bench <bench@example.invalid> ${time} +0000\ncommitter Bench <bench@example.invalid> ${time} +0000\n` +
    `data ${Buffer.byteLength(message)}\n${message}\n`;
  const inline = (path, content) =>
    `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  stream.write(header('refs/heads/main', 1, 1714000000, 'base: synthetic sources'));
  const changedFiles = [];
  for (let i = 0; i < files; i++) {
    const paths = filePaths(i);
    if (!added.has(paths.repo)) {
      stream.write(inline(paths.repo, stub(paths)));
      continue;
    }
    const m = fileModel(seed, i, lines);
    const head = headSourceLines(m);
    const addedSet = new Set(m.added);
    const base = head.filter((_, k) => !addedSet.has(k + 1));
    stream.write(inline(paths.repo, `${base.join('\n')}\n`));
    changedFiles.push({ path: paths.repo, head: `${head.join('\n')}\n` });
  }
  stream.write(`\n${header('refs/heads/feature', 2, 1714000100, 'feature: add lines')}from :1\n`);
  for (const c of changedFiles) stream.write(inline(c.path, c.head));
  stream.write('\n');
  stream.close();
  run('sh', ['-c', `git fast-import --quiet < "${importFile}"`], { cwd: repoDir });
  rmSync(importFile);
  run('git', ['config', 'user.email', 'bench@example.invalid'], { cwd: repoDir });
  run('git', ['config', 'user.name', 'Bench'], { cwd: repoDir });
  run('git', ['checkout', '-q', '-f', 'feature'], { cwd: repoDir });

  // The diff: exactly what `git diff main...HEAD` prints, written by git itself.
  const diffPath = join(out, 'changes.diff');
  const diffFd = openSync(diffPath, 'w');
  const res = spawnSync('git', ['diff', 'main...HEAD'], { cwd: repoDir, stdio: ['ignore', diffFd, 'pipe'] });
  closeSync(diffFd);
  if (res.status !== 0) throw new Error(`git diff failed: ${res.stderr}`);
  const diffText = readFileSync(diffPath, 'utf8');
  checkDiff(diffText, added);
  sizes.diff = statSync(diffPath).size;

  const meta = {
    generatorVersion: GENERATOR_VERSION,
    files,
    lines,
    seed,
    sizes,
    expected,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  writeFileSync(join(out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

/** The diff must add exactly the model's lines; anything else means the benchmark is wrong. */
function checkDiff(text, added) {
  const seen = new Map();
  let path;
  let newLine = 0;
  for (const l of text.split('\n')) {
    if (l.startsWith('+++ ')) {
      path = l.slice(6);
      seen.set(path, []);
    } else if (l.startsWith('@@ ')) {
      newLine = Number(/\+(\d+)/.exec(l)[1]);
    } else if (l.startsWith('+')) {
      seen.get(path).push(newLine++);
    } else if (l.startsWith(' ')) {
      newLine++;
    }
  }
  if (seen.size !== added.size) throw new Error(`diff touches ${seen.size} files, expected ${added.size}`);
  for (const [p, lines] of added) {
    if (seen.get(p)?.join(',') !== lines.join(','))
      throw new Error(`diff of ${p} adds other lines than the model`);
  }
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5000' },
      lines: { type: 'string', default: '400' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const files = Number(values.files);
  const lines = Number(values.lines);
  const outDir = values.out ?? join('bench', 'out', `${files}x${lines}`);
  if (!Number.isInteger(files) || files < 1 || !Number.isInteger(lines) || lines < 30) {
    console.error('usage: node bench/generate.mjs --files N --lines L (L >= 30) [--out DIR] [--seed S]');
    process.exit(2);
  }
  if (existsSync(join(outDir, 'meta.json'))) rmSync(join(outDir, 'meta.json'));
  const meta = generate({ files, lines, outDir, seed: Number(values.seed), log: (m) => console.error(m) });
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `${files} files x ${lines} lines -> ${outDir} in ${meta.seconds.toFixed(1)} s\n` +
      `  cobertura.xml        ${mb(meta.sizes.cobertura)}\n` +
      `  lcov.info            ${mb(meta.sizes.lcov)}\n` +
      `  coverage-final.json  ${mb(meta.sizes.istanbul)}\n` +
      `  changes.diff         ${(meta.sizes.diff / 1e3).toFixed(1)} kB (${meta.expected.changedFiles} files, ${meta.expected.addedLines} added lines)\n` +
      `  expected: lines ${meta.expected.lines.covered}/${meta.expected.lines.total}, patch ${meta.expected.patch.covered}/${meta.expected.patch.total}`,
  );
}
