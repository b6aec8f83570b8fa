import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  require_parse_diff
} from "./chunk-3QP5PDW6.js";
import {
  BranchTable,
  COBERTURA_SPLIT_MARK,
  ISTANBUL_SPLIT_MARK,
  LCOV_SPLIT_MARK,
  LineSet,
  deserialise,
  joinXmlParts,
  mergeSummary,
  nextEntry,
  runTask
} from "./chunk-KWS6QSFF.js";
import {
  NO_BASE_FIX,
  notMeasuredFinding,
  statusOf
} from "./chunk-BBFTCTPY.js";
import {
  glob,
  isDynamicPattern
} from "./chunk-BFRYYFKR.js";
import {
  ROUNDING_NOTE,
  formatPercent,
  isRatio,
  meets,
  ratio
} from "./chunk-UP7ECBAX.js";
import {
  require_picomatch
} from "./chunk-RA43G3UU.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  diffSinceMergeBase,
  gitTopLevel,
  trackedFiles
} from "./chunk-BPC2GNOO.js";
import "./chunk-37ENVNE3.js";
import "./chunk-6FUKT7O5.js";
import {
  assertReadable
} from "./chunk-LRHOW2NC.js";
import {
  ConfigurationError,
  InputError,
  UserError
} from "./chunk-JB365UXO.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/gates/coverage/evaluate.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/gates/coverage/baseline.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readBaseline(file, cwd, required) {
  let text;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch {
    if (required) {
      throw new InputError(
        `baseline result ${file} does not exist`,
        { path: file },
        "Download the default branch's coverage result first, or set baseline.required: false."
      );
    }
    return {
      notice: {
        severity: "notice",
        rule: "coverage/baseline-missing",
        message: `No baseline result at ${file}; the drop check was skipped.`,
        fix: "Save coverage.json from a default-branch run (as an artifact) and download it before this step."
      }
    };
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: baseline is not valid JSON: ${error.message}`, { path: file });
  }
  const shaped = typeof document === "object" && document !== null ? document : {};
  const metrics = shaped.metrics;
  if (shaped.gate !== "coverage" || !metrics || !isRatio(metrics.lines)) {
    throw new InputError(
      `${file}: not a coverage gate result (expected "gate": "coverage" and metrics.lines with covered/total)`,
      { path: file },
      "Point baseline.file at the coverage.json an earlier run of this gate wrote."
    );
  }
  return {
    metrics: {
      lines: metrics.lines,
      ...isRatio(metrics.branches) ? { branches: metrics.branches } : {}
    }
  };
}
function compareBaseline(current, baseline, maxDrop) {
  const out = [];
  for (const metric of ["lines", "branches"]) {
    const now = current[metric]?.percent;
    const before = baseline[metric]?.percent;
    if (now === null || now === void 0 || before === null || before === void 0) continue;
    const delta = now - before;
    out.push({ metric, baseline: before, current: now, delta, maxDrop, passed: delta >= -maxDrop - 1e-9 });
  }
  return out;
}
function dropFinding(d) {
  return {
    severity: "error",
    rule: "coverage/baseline-drop",
    message: `${d.metric === "lines" ? "Line" : "Branch"} coverage dropped ${(-d.delta).toFixed(2)} points (${formatPercent(d.baseline)} \u2192 ${formatPercent(d.current)}); at most ${d.maxDrop} allowed`,
    fix: "Add tests for the code this change adds or stops testing, or raise baseline.max-drop if the drop is intended."
  };
}

// src/gates/coverage/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// src/gates/coverage/diff.ts
var import_parse_diff = __toESM(require_parse_diff(), 1);
function changedLines(diffText, diffName) {
  if (diffText.trim() === "") return [];
  if (!/^(diff --git |--- |Index: )/m.test(diffText)) {
    throw new InputError(
      `${diffName}: not a unified diff (no "diff --git" or "---" header found)`,
      { path: diffName, line: 1 },
      "Produce it with `git diff <base>...HEAD > changes.diff`."
    );
  }
  const byPath = /* @__PURE__ */ new Map();
  for (const file of (0, import_parse_diff.default)(diffText)) {
    if (file.deleted || file.to === void 0 || file.to === "/dev/null") continue;
    const path = unquoteGitPath(file.to);
    let lines = byPath.get(path);
    if (!lines) {
      lines = /* @__PURE__ */ new Set();
      byPath.set(path, lines);
    }
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) {
        if (change.type === "add") lines.add(change.ln);
      }
    }
  }
  return [...byPath].map(([path, lines]) => ({ path, addedLines: [...lines].sort((a, b) => a - b) }));
}
function unquoteGitPath(path) {
  let p = path;
  if (p.length >= 2 && p.startsWith('"') && p.endsWith('"')) p = p.slice(1, -1);
  if (!p.includes("\\")) return p;
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === "\\" && i + 1 < p.length) {
      const octal = /^[0-7]{3}/.exec(p.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8));
        i += 3;
        continue;
      }
      const escaped = simple[p[i + 1]];
      if (escaped !== void 0) {
        bytes.push(escaped);
        i += 1;
        continue;
      }
    }
    for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/gates/coverage/findings.ts
var MAX_RANGE_FINDINGS = 500;
function checkMapping(patch, changed, files) {
  if (patch.files.length > 0) return void 0;
  const sources = changedSources(changed, files);
  if (sources.length === 0 || files.length === 0) return void 0;
  return {
    severity: "error",
    rule: "coverage/paths-do-not-match",
    message: `No changed line maps onto the coverage reports: ${sources.length} changed source file(s) (e.g. ${sources.slice(0, 3).map((c) => c.path).join(", ")}) appear in no report. Report paths seen: ${triedSamples(files)}.`,
    fix: PATHS_FIX
  };
}
var PATHS_FIX = "Make report paths repository-relative (coverage.py: relative_files = true), set coverage.root, or add a coverage.path-map entry.";
function checkRepositoryMapping(files) {
  if (files.length === 0 || files.some((f) => f.matched)) return void 0;
  return {
    severity: "error",
    rule: "coverage/paths-do-not-match",
    message: `No coverage report path maps onto a file of the repository: none of the ${files.length} file(s) the reports measure is among its tracked files or on disk. Report paths seen: ${triedSamples(files)}.`,
    fix: `${PATHS_FIX} Run the gate in the checked-out repository the tests ran on (actions/checkout first).`
  };
}
function triedSamples(files) {
  return files.slice(0, 3).map((f) => `"${f.reportPath}" \u2192 tried ${f.tried.map((t) => `"${t}"`).join(", ")}`).join("; ");
}
function changedSources(changed, files) {
  const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ""));
  return changed.filter(
    (c) => c.addedLines.length > 0 && extensions.has(extension(c.path)) && !isTestPath(c.path)
  );
}
function absentFileFindings(patch, files) {
  return changedSources(patch.absent, files).map((c) => ({
    severity: "warning",
    rule: "coverage/file-not-in-report",
    path: c.path,
    message: `${c.path} changed (${c.addedLines.length} line(s)) but is in no coverage report: no test imports it.`,
    fix: "Add a test that imports it, or list it under coverage.exclude if it is not meant to be measured."
  }));
}
function uncoveredRangeFindings(patch, { patchFailed, failedFiles }) {
  if (!patch) return [];
  const out = [];
  for (const f of patch.files) {
    for (const [start, end] of f.ranges) {
      if (out.length >= MAX_RANGE_FINDINGS) return out;
      out.push({
        severity: patchFailed || failedFiles.has(f.path) ? "warning" : "notice",
        rule: "coverage/patch-uncovered",
        path: f.path,
        line: start,
        endLine: end,
        message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}\u2013${end} are not covered by tests.`,
        fix: "Add a test that executes these lines."
      });
    }
  }
  return out;
}
function inputErrorFinding(error) {
  return userErrorFinding("coverage", error);
}
function extension(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}
function isTestPath(path) {
  return /(^|\/)(tests?|__tests__|spec)\//.test(path) || /(^|\/)(test_[^/]*|[^/]*_test\.[^/]+|[^/]*\.(test|spec)\.[^/]+|conftest\.py)$/.test(path);
}

// src/gates/coverage/path-mapper.ts
import { existsSync } from "node:fs";
import { isAbsolute, join, posix, relative } from "node:path";
var PathMapper = class {
  constructor(root, known, rewrites = [], checkDisk = true) {
    this.root = root;
    this.known = known;
    this.rewrites = rewrites;
    this.checkDisk = checkDisk;
    for (const path of known) {
      const base = path.slice(path.lastIndexOf("/") + 1);
      const list = this.bySuffix.get(base);
      if (list) list.push(path);
      else this.bySuffix.set(base, [path]);
    }
  }
  root;
  known;
  rewrites;
  checkDisk;
  bySuffix = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  /** Maps one report path; `sourceRoots` are the report's declared roots (Cobertura `<sources>`). */
  map(reportPath, sourceRoots = []) {
    const key = `${reportPath}\0${sourceRoots.join("\0")}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.resolve(reportPath, sourceRoots);
    this.cache.set(key, result);
    return result;
  }
  resolve(reportPath, sourceRoots) {
    const candidates = this.candidates(toSlashes(reportPath), sourceRoots.map(toSlashes));
    const tried = [];
    for (const candidate of candidates) {
      if (!tried.includes(candidate)) tried.push(candidate);
      if (this.exists(candidate)) return { path: candidate, matched: true, tried };
    }
    for (const candidate of candidates) {
      const found = this.bySuffixMatch(candidate);
      if (found) return { path: found, matched: true, tried };
    }
    return { path: candidates[0] ?? reportPath, matched: false, tried };
  }
  candidates(path, roots) {
    const out = [];
    const push = (p) => {
      if (p !== void 0 && p !== "" && !out.includes(p)) out.push(p);
    };
    for (const rewrite of this.rewrites) {
      const from = toSlashes(rewrite.from);
      if (path.startsWith(from)) push(this.relativeToRoot(toSlashes(rewrite.to) + path.slice(from.length)));
    }
    if (isAbsolutePath(path)) {
      push(this.relativeToRoot(path));
    } else {
      for (const root of roots) {
        push(this.relativeToRoot(isAbsolutePath(root) ? posix.join(root, path) : posix.join(root, path)));
      }
      push(posix.normalize(path).replace(/^\.\//, ""));
    }
    if (isAbsolutePath(path)) push(path);
    return out;
  }
  /** A path relative to the root when it lies inside it; relative inputs are normalised. */
  relativeToRoot(path) {
    if (!isAbsolutePath(path)) return posix.normalize(path).replace(/^\.\//, "");
    if (/^[A-Za-z]:\//.test(path)) return void 0;
    const rel = toSlashes(relative(this.root, path));
    if (rel === "" || rel.startsWith("../") || isAbsolute(rel)) return void 0;
    return rel;
  }
  exists(candidate) {
    if (isAbsolutePath(candidate) || candidate.startsWith("../")) return false;
    if (this.known.has(candidate)) return true;
    return this.checkDisk && existsSync(join(this.root, candidate));
  }
  /**
   * The unique known path that ends with the candidate or one of its trailing segment runs
   * (`/home/ci/repo/src/a.py` → `src/a.py`; `churn/a.py` → `ml/src/churn/a.py`).
   */
  bySuffixMatch(candidate) {
    const segments = candidate.split("/").filter((s) => s !== "" && s !== ".");
    const base = segments[segments.length - 1];
    if (base === void 0) return void 0;
    const pool = this.bySuffix.get(base);
    if (!pool) return void 0;
    const shortest = Math.min(2, segments.length);
    for (let i = 0; i <= segments.length - shortest; i++) {
      const suffix = segments.slice(i).join("/");
      const hits = pool.filter((p) => p === suffix || p.endsWith(`/${suffix}`));
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) {
        const exact = hits.filter((p) => p === suffix);
        return exact.length === 1 ? exact[0] : void 0;
      }
    }
    return void 0;
  }
};
function toSlashes(path) {
  return path.replace(/\\/g, "/");
}
function isAbsolutePath(path) {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}

// src/gates/coverage/read-reports.ts
import { stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";

// src/gates/coverage/detect.ts
import { open } from "node:fs/promises";
var SNIFF_BYTES = 64 * 1024;
async function detectFormat(path, displayName) {
  const handle = await open(path, "r");
  let head;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
  return detectFormatFromText(head, displayName);
}
function detectFormatFromText(head, displayName) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text === "") {
    throw new InputError(`${displayName}: the report is empty`, { path: displayName }, emptyFix);
  }
  if (text.startsWith("<")) return detectXml(text, displayName);
  if (text.startsWith("{")) return detectJson(text, displayName);
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? void 0 : text.indexOf("\n")).trim();
  if (/^mode:\s*(set|count|atomic)\b/.test(firstLine)) return "go-coverprofile";
  if (/^(TN|SF|VER):/m.test(text.slice(0, 4096))) return "lcov";
  throw unknown(displayName, `starts with ${JSON.stringify(firstLine.slice(0, 40))}`);
}
function detectXml(text, displayName) {
  const body = text.replace(/^<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, "").trimStart();
  const root = /^<([A-Za-z_][\w.-]*)/.exec(body)?.[1];
  if (root === "coverage") {
    if (/\bclover=|<project\b/.test(body.slice(0, 2e3))) {
      throw unknown(displayName, "is Clover XML, which is not supported yet");
    }
    return "cobertura";
  }
  if (root === "report") return "jacoco";
  if (root === void 0) throw unknown(displayName, "is XML without a root element in its first 64 KiB");
  throw unknown(displayName, `is XML with root element <${root}>`);
}
function detectJson(text, displayName) {
  const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  if (firstKey === void 0) {
    if (/^\{\s*\}/.test(text))
      throw new InputError(
        `${displayName}: the report is an empty JSON object`,
        { path: displayName },
        emptyFix
      );
    throw unknown(displayName, "is JSON that does not start with an object key");
  }
  if (firstKey === "meta" || /"files"\s*:/.test(text) && /"executed_lines"|"totals"\s*:/.test(text)) {
    return "coverage-py-json";
  }
  if (firstKey === "total" && /"(lines|statements)"\s*:\s*\{\s*"total"/.test(text)) return "istanbul-summary";
  if (/"statementMap"\s*:/.test(text)) return "istanbul-final";
  throw unknown(displayName, `is JSON with first key ${JSON.stringify(firstKey.slice(0, 60))}`);
}
var emptyFix = "Check that the test step ran and wrote the report (an empty file usually means the tests crashed).";
function unknown(displayName, what) {
  return new InputError(
    `${displayName}: unknown coverage report format: the file ${what}`,
    { path: displayName, line: 1 },
    "Supported: Cobertura XML, JaCoCo XML, LCOV, coverage.py JSON, Istanbul coverage-final.json / coverage-summary.json, Go coverprofile."
  );
}

// src/gates/coverage/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MAX_THREADS = 8;
var overrides = {};
function parallelism() {
  const fromEnv = Number(process.env.MLQG_COVERAGE_THREADS);
  const threads = Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : Math.min(MAX_THREADS, availableParallelism());
  return {
    threads,
    workerBytes: 8 << 20,
    splitBytes: 32 << 20,
    workerUrl: bundledWorker(),
    ...overrides
  };
}
function bundledWorker() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  for (const candidate of ["../coverage-worker.js", "./coverage-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.href !== import.meta.url && existsSync2(fileURLToPath(url))) return url;
  }
  return void 0;
}
var ReaderPool = class {
  constructor(size, workerUrl) {
    this.size = size;
    this.workerUrl = workerUrl;
  }
  size;
  workerUrl;
  idle = [];
  queue = [];
  mainBusy = false;
  started = 0;
  closed = false;
  async run(task) {
    const slot = await this.acquire();
    try {
      return slot === MAIN ? await runTask(task) : await this.runOn(slot, task);
    } finally {
      this.release(slot);
    }
  }
  /** Ends every thread; tasks still queued are not run. */
  async close() {
    this.closed = true;
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }
  runOn(worker, task) {
    return new Promise((resolve4, reject) => {
      const onMessage = (result) => {
        cleanup();
        resolve4(deserialise(result));
      };
      const onError = (error) => {
        cleanup();
        this.dead.add(worker);
        reject(error);
      };
      const onExit = (code) => {
        cleanup();
        this.dead.add(worker);
        reject(new Error(`coverage reader thread exited with code ${code}`));
      };
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(task);
    });
  }
  dead = /* @__PURE__ */ new Set();
  async acquire() {
    if (!this.mainBusy) {
      this.mainBusy = true;
      return MAIN;
    }
    const free = this.idle.pop();
    if (free) {
      free.ref();
      return free;
    }
    if (this.workerUrl && this.started < this.size - 1) {
      this.started++;
      return new Worker(this.workerUrl);
    }
    await new Promise((resolve4) => this.queue.push(resolve4));
    return this.acquire();
  }
  release(slot) {
    if (slot === MAIN) this.mainBusy = false;
    else if (this.closed || this.dead.has(slot)) {
      if (this.dead.delete(slot)) this.started--;
      void slot.terminate();
    } else {
      slot.unref();
      this.idle.push(slot);
    }
    this.queue.shift()?.();
  }
};
var MAIN = "main";

// src/gates/coverage/split.ts
import { open as open2 } from "node:fs/promises";
function isSplittable(format) {
  return format === "cobertura" || format === "lcov" || format === "istanbul-final";
}
var WINDOW = 1 << 20;
var MAX_LOOK = 16 << 20;
async function splitPoints(file, format, size, parts) {
  const handle = await open2(file, "r");
  try {
    const points = [];
    for (let k = 1; k < parts; k++) {
      const target = Math.max(Math.floor(size * k / parts), (points[points.length - 1] ?? 0) + 1);
      const point = await findMark(handle, format, target, size);
      if (point !== void 0 && point > (points[points.length - 1] ?? 0) && point < size) points.push(point);
    }
    return points;
  } finally {
    await handle.close();
  }
}
async function findMark(handle, format, target, size) {
  const overlap = 4096;
  for (let at = target; at < size && at - target < MAX_LOOK; at += WINDOW - overlap) {
    const buf = Buffer.alloc(Math.min(WINDOW, size - at));
    const { bytesRead } = await handle.read(buf, 0, buf.length, at);
    const found = markIn(buf.subarray(0, bytesRead), format);
    if (found !== -1) return at + found;
  }
  return void 0;
}
function markIn(buf, format) {
  switch (format) {
    case "cobertura":
      return buf.indexOf(COBERTURA_SPLIT_MARK);
    case "lcov":
      for (let i = buf.indexOf(LCOV_SPLIT_MARK); i !== -1; i = buf.indexOf(LCOV_SPLIT_MARK, i + 1)) {
        const after = i + LCOV_SPLIT_MARK.length;
        if (buf[after] === 10) return after + 1;
        if (buf[after] === 13 && buf[after + 1] === 10) return after + 2;
      }
      return -1;
    case "istanbul-final": {
      const first = buf.indexOf(ISTANBUL_SPLIT_MARK);
      return first === -1 ? -1 : nextEntry(buf, 0);
    }
  }
}

// src/gates/coverage/read-reports.ts
async function expandReports(patterns, cwd) {
  if (patterns.length === 0) {
    throw new InputError(
      "no coverage reports given",
      void 0,
      "Pass --report <file or glob> (the `reports` input), or set coverage.reports in the config."
    );
  }
  const files = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      let matches;
      try {
        matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      } catch (error) {
        throw new InputError(`invalid report glob ${JSON.stringify(pattern)}: ${String(error)}`);
      }
      if (matches.length === 0) {
        throw new InputError(
          `no file matches the report glob ${JSON.stringify(pattern)} (relative to ${cwd})`,
          void 0,
          "Check that the test step wrote its report there before this step ran."
        );
      }
      files.push(...matches.sort());
    } else {
      const path = resolve2(cwd, pattern);
      const info = await stat(path).catch(() => void 0);
      if (!info?.isFile()) {
        throw new InputError(
          `coverage report ${pattern} ${info ? "is not a file" : "does not exist"} (relative to ${cwd})`,
          { path: pattern },
          "Check the path, and that the test step wrote the report before this step ran."
        );
      }
      files.push(path);
    }
  }
  const unique = [...new Set(files)];
  for (const file of unique) {
    if (relative2(cwd, file).startsWith("..") || isAbsolute2(relative2(cwd, file))) continue;
    await assertReadable(cwd, file, relative2(cwd, file));
  }
  return unique;
}
async function readReports(files, cwd) {
  const plan = parallelism();
  const pool = new ReaderPool(plan.threads, plan.workerUrl);
  try {
    return await Promise.all(files.map((file) => readReport(file, cwd, pool, plan, files.length)));
  } finally {
    await pool.close();
  }
}
async function readReport(file, cwd, pool, plan, files) {
  const rel = relative2(cwd, file);
  const display = rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? file : rel;
  try {
    const format = await detectFormat(file, display);
    const task = { file, format, reportName: display };
    const { size } = await stat(file);
    let result;
    if (plan.threads > 1 && size >= plan.splitBytes && isSplittable(format)) {
      result = await readInParts(task, size, pool, plan);
    } else if (files > 1 && size >= plan.workerBytes) {
      result = await pool.run(task);
    } else {
      result = await runTask(task);
    }
    if (!result.ok) throw taskError(result.error);
    if (result.files.length === 0) {
      throw new InputError(
        `${display}: the ${format} report lists no source files`,
        { path: display },
        "Check the coverage tool's source/include settings: it measured nothing."
      );
    }
    return { ok: true, info: { path: display, format, files: result.files.length }, files: result.files };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error };
    throw error;
  }
}
async function readInParts(task, size, pool, plan) {
  if (!isSplittable(task.format)) return pool.run(task);
  const points = await splitPoints(task.file, task.format, size, plan.threads);
  if (points.length === 0) return pool.run(task);
  const bounds = [0, ...points, size];
  const results = await Promise.all(
    bounds.slice(0, -1).map(
      (start, k) => pool.run({ ...task, part: { start, end: bounds[k + 1], last: k === bounds.length - 2 } })
    )
  );
  const joined = joinParts(task.format, results);
  return joined ?? pool.run(task);
}
function joinParts(format, parts) {
  const ok = parts.filter((p) => p.ok);
  if (ok.length !== parts.length) return void 0;
  if (format === "cobertura") {
    const xml = ok.map((p) => p.outcome?.kind === "xml" ? p.outcome.xml : void 0);
    if (!xml.every((x) => x !== void 0) || !joinXmlParts(xml)) return void 0;
  } else if (format === "lcov") {
    const records = ok.reduce((sum, p) => sum + (p.outcome?.kind === "lcov" ? p.outcome.records : 0), 0);
    if (records === 0) return void 0;
  }
  const files = [];
  let roots = [];
  for (const part of ok) {
    for (const file of part.files) {
      if (file.roots === void 0) file.roots = roots;
      files.push(file);
    }
    if (part.roots !== void 0) roots = part.roots;
  }
  return { ok: true, files, roots };
}
function taskError(error) {
  if (error.kind === "user") {
    const Kind = error.name === "ConfigurationError" ? ConfigurationError : InputError;
    return new Kind(error.message, error.location, error.fix);
  }
  const bug = new Error(error.kind === "internal" ? error.message : "coverage report part failed");
  if (error.kind === "internal" && error.stack !== void 0) bug.stack = error.stack;
  return bug;
}

// src/gates/coverage/store.ts
var CoverageStore = class {
  constructor(mapper) {
    this.mapper = mapper;
  }
  mapper;
  files = /* @__PURE__ */ new Map();
  /** Merges one report's records, in the order the report lists them. */
  add(format, records) {
    for (const record of records) this.merge(format, record);
  }
  merge(format, record) {
    const mapped = this.mapper.map(record.path, record.roots ?? []);
    const file = this.files.get(mapped.path);
    if (!file) {
      this.files.set(mapped.path, {
        path: mapped.path,
        measured: record.measured,
        covered: record.covered,
        ...record.functionLines ? { functionLines: record.functionLines } : {},
        ...record.branches ? { branches: record.branches } : {},
        ...record.summary ? { summary: record.summary } : {},
        records: 1,
        reportPath: record.path,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: /* @__PURE__ */ new Set([format])
      });
      return;
    }
    file.formats.add(format);
    file.records++;
    file.measured.addAll(record.measured);
    file.covered.addAll(record.covered);
    if (record.functionLines) {
      file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
      file.functionLines.measured.addAll(record.functionLines.measured);
      file.functionLines.covered.addAll(record.functionLines.covered);
    }
    if (record.branches) {
      file.branches ??= new BranchTable();
      file.branches.addAll(record.branches);
    }
    if (record.summary) file.summary = mergeSummary(file.summary, record.summary);
  }
};
function fileLineCount(file) {
  const total = file.measured.size;
  if (file.summary && (total === 0 || file.records === 1)) return file.summary.lines;
  return { covered: file.covered.size, total };
}
function fileBranchCount(file) {
  if (file.summary?.branches && (file.records === 1 || file.measured.size === 0)) return file.summary.branches;
  return file.branches?.count();
}

// src/gates/coverage/collect.ts
async function collectCoverage(settings) {
  const cwd = settings.cwd;
  const excluded = settings.exclude.length > 0 ? (0, import_picomatch.default)(settings.exclude, { dot: true }) : () => false;
  const repository = (async () => {
    const gitRoot = await gitTopLevel(settings.root ? resolve3(cwd, settings.root) : cwd);
    const root2 = settings.root ? resolve3(cwd, settings.root) : gitRoot ?? cwd;
    const [diff2, tracked2] = await Promise.all([
      readChangedLines(settings, root2),
      gitRoot ? trackedUnder(gitRoot, root2) : Promise.resolve([])
    ]);
    return { root: root2, diff: diff2, changed: diff2?.changed.filter((c) => !excluded(c.path)), tracked: tracked2 };
  })();
  const reading = expandReports(settings.reports, cwd).then((files) => readReports(files, cwd));
  const [repo, read] = await Promise.allSettled([repository, reading]);
  if (repo.status === "rejected") throw repo.reason;
  if (read.status === "rejected") throw read.reason;
  const { root, diff, changed, tracked } = repo.value;
  const known = new Set(tracked);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));
  const reports = [];
  const errors = [];
  for (const report of read.value) {
    if (report.ok) {
      store.add(report.info.format, report.files);
      reports.push(report.info);
    } else {
      errors.push(inputErrorFinding(report.error));
    }
  }
  for (const path of store.files.keys()) if (excluded(path)) store.files.delete(path);
  return {
    root,
    store,
    reports,
    ...changed ? { changed } : {},
    ...diff?.baseNote ? { baseNote: diff.baseNote } : {},
    errors,
    excluded
  };
}
async function readChangedLines(settings, root) {
  if (settings.diffFile) {
    let text;
    try {
      text = await readFile2(resolve3(settings.cwd, settings.diffFile), "utf8");
    } catch {
      throw new InputError(`diff file ${settings.diffFile} cannot be read`, { path: settings.diffFile });
    }
    return { changed: changedLines(text, settings.diffFile) };
  }
  if (!settings.base) return void 0;
  const { diff, base } = await diffSinceMergeBase(root, settings.base);
  return {
    changed: changedLines(diff, `git diff ${base.ref}...HEAD`),
    ...base.note ? { baseNote: base.note } : {}
  };
}
async function trackedUnder(gitRoot, root) {
  const all = await trackedFiles(root);
  const prefix = root === gitRoot ? "" : `${root.slice(gitRoot.length + 1).replace(/\\/g, "/")}/`;
  return prefix === "" ? all : all.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

// src/gates/coverage/describe.ts
function patchMetrics(patch) {
  return {
    ...ratio(patch.covered, patch.total),
    files: patch.files.map((f) => ({ path: f.path, ...ratio(f.covered, f.total), missing: f.missing })),
    absent: patch.absent.map((c) => c.path)
  };
}
function title(status, lines, branches, patch) {
  const parts = [`${formatPercent(lines.percent)} of lines`];
  if (branches) parts.push(`${formatPercent(branches.percent)} of branches`);
  if (patch)
    parts.push(
      patch.total > 0 ? `${formatPercent(ratio(patch.covered, patch.total).percent)} of changed lines` : "no measured changed lines"
    );
  const verdict = status === "fail" ? "Coverage below threshold" : "Coverage";
  return `${verdict}: ${parts.join(", ")}`;
}
function summary(figures, outcome) {
  const { lines, branches, patch } = figures;
  const s = [
    `${lines.covered} of ${lines.total} lines covered (${formatPercent(lines.percent)}) in ${figures.files} file(s) from ${figures.reports} report(s).`
  ];
  if (branches)
    s.push(`${branches.covered} of ${branches.total} branches covered (${formatPercent(branches.percent)}).`);
  if (patch) {
    s.push(
      patch.total > 0 ? `${patch.covered} of ${patch.total} changed lines covered (${formatPercent(ratio(patch.covered, patch.total).percent)}) in ${patch.files.length} file(s).` : "No changed line is measured by the reports."
    );
  }
  if (outcome.failed > 0) s.push(`${outcome.failed} threshold(s) not met.`);
  if (outcome.unmeasured > 0) s.push(`${outcome.unmeasured} threshold(s) not measured (see the findings).`);
  if (outcome.failed === 0 && outcome.unmeasured === 0) s.push("All thresholds met.");
  return s.join(" ");
}
function errorResult(findings, reports = [], partial = {}) {
  return errorGateResult("coverage", "Coverage could not be judged", findings, { reports, ...partial });
}

// src/gates/coverage/patch.ts
function patchCoverage(store, changed) {
  const files = [];
  const absent = [];
  let covered = 0;
  let total = 0;
  for (const change of changed) {
    const file = store.files.get(change.path);
    if (!file || file.measured.size === 0) {
      absent.push(change);
      continue;
    }
    const figures = patchOfFile(file, change.addedLines);
    covered += figures.covered;
    total += figures.total;
    files.push(figures);
  }
  return { covered, total, files, absent };
}
function patchOfFile(file, addedLines) {
  const missing = [];
  const ranges = [];
  let open3;
  let previous = Number.NaN;
  let total = 0;
  for (const line of addedLines) {
    if (open3 && line !== previous + 1) open3 = void 0;
    previous = line;
    const fromFunction = !file.measured.has(line) && file.functionLines?.measured.has(line) === true;
    if (!file.measured.has(line) && !fromFunction) continue;
    total++;
    if (fromFunction ? file.functionLines?.covered.has(line) : file.covered.has(line)) {
      open3 = void 0;
      continue;
    }
    missing.push(line);
    if (open3) open3[1] = line;
    else {
      open3 = [line, line];
      ranges.push(open3);
    }
  }
  return { path: file.path, covered: total - missing.length, total, missing, ranges };
}

// src/gates/coverage/thresholds.ts
function checkId(subject) {
  switch (subject.scope) {
    case "total":
      return subject.metric;
    case "patch":
      return "patch";
    case "file":
      return `file:${subject.path}`;
    case "path":
      return `path:${subject.name}:${subject.metric}`;
  }
}
function isPatchCheck(subject) {
  return subject.scope === "patch" || subject.scope === "path" && subject.metric === "patch";
}
function checkMinimum(subject, label, actual, minimum) {
  if (minimum === void 0 || actual.total === 0) return void 0;
  return { subject, label, actual, minimum, passed: meets(actual.covered, actual.total, minimum) };
}
function failureFinding(check) {
  const { covered, total, percent } = check.actual;
  const { subject } = check;
  const kind = subject.scope === "total" ? subject.metric : subject.scope;
  return {
    severity: "error",
    rule: `coverage/${kind}-threshold`,
    message: `${check.label} is ${formatPercent(percent)} (${covered}/${total}), below the minimum of ${check.minimum}%`,
    ...subject.scope === "file" ? { path: subject.path } : {},
    fix: fixFor(subject)
  };
}
function fixFor(subject) {
  if (isPatchCheck(subject)) return "Add tests that execute the uncovered changed lines listed below.";
  if (subject.scope === "file") return "Add tests for this file; the uncovered lines are annotated.";
  if (subject.scope !== "patch" && subject.metric === "branches")
    return "Add tests for the untaken branches (coverage html shows them).";
  return "Add tests for the least-covered files, or lower the threshold deliberately in the config.";
}
function checkPathRule(rule, files, matches, minChangedLines) {
  const name = rule.name ?? (typeof rule.glob === "string" ? rule.glob : rule.glob.join(", "));
  let lc = 0;
  let lt = 0;
  let bc = 0;
  let bt = 0;
  let pc = 0;
  let pt = 0;
  let count = 0;
  for (const f of files) {
    if (!matches(f.path)) continue;
    count++;
    lc += f.lines.covered;
    lt += f.lines.total;
    bc += f.branches?.covered ?? 0;
    bt += f.branches?.total ?? 0;
    pc += f.patch?.covered ?? 0;
    pt += f.patch?.total ?? 0;
  }
  const lines = ratio(lc, lt);
  const branches = ratio(bc, bt);
  const patch = ratio(pc, pt);
  const checks = [
    checkMinimum({ scope: "path", name, metric: "lines" }, `Line coverage of ${name}`, lines, rule.lines),
    checkMinimum(
      { scope: "path", name, metric: "branches" },
      `Branch coverage of ${name}`,
      branches,
      rule.branches
    ),
    pt >= Math.max(1, minChangedLines) ? checkMinimum({ scope: "path", name, metric: "patch" }, `Patch coverage of ${name}`, patch, rule.patch) : void 0
  ].filter((c) => c !== void 0);
  return { name, files: count, lines, branches, patch, checks };
}
function configuredThresholds(t) {
  const entries = Object.entries(t);
  return Object.fromEntries(entries.filter(([, v]) => v !== void 0));
}

// src/gates/coverage/checks.ts
function totalChecks(t, totals) {
  const overallLabel = totals.overall ? "Line and branch coverage" : "Line coverage (no branch data)";
  return defined([
    checkMinimum({ scope: "total", metric: "lines" }, "Line coverage", totals.lines, t.lines),
    totals.branches ? checkMinimum({ scope: "total", metric: "branches" }, "Branch coverage", totals.branches, t.branches) : void 0,
    checkMinimum({ scope: "total", metric: "overall" }, overallLabel, totals.overall ?? totals.lines, t.overall)
  ]);
}
function patchChecks(settings, patch) {
  if (patch.total < Math.max(1, settings.minChangedLines)) return [];
  const actual = ratio(patch.covered, patch.total);
  return defined([checkMinimum({ scope: "patch" }, "Patch coverage", actual, settings.thresholds.patch)]);
}
function fileChecks(figures, minimum) {
  return defined(
    figures.filter((f) => f.patch).map((f) => checkMinimum({ scope: "file", path: f.path }, `Line coverage of ${f.path}`, f.lines, minimum))
  );
}
function unmeasuredFindings(settings, totals, patch) {
  const t = settings.thresholds;
  const out = [];
  if (!totals.branches && t.branches !== void 0) {
    out.push({
      severity: "warning",
      rule: "coverage/no-branch-data",
      message: `branch coverage: not measured (a branch threshold of ${t.branches}% is set but no report has branch data)`,
      fix: "Enable branch coverage (pytest --cov-branch, coverage run --branch) or remove thresholds.branches."
    });
  }
  const needsChanges = [
    t.patch !== void 0 ? "patch coverage" : void 0,
    t.file !== void 0 ? "changed-file coverage" : void 0,
    settings.paths.some((p) => p.patch !== void 0) ? "per-path patch coverage" : void 0
  ].filter((w) => w !== void 0);
  if (!patch && needsChanges.length > 0) {
    out.push(
      notMeasuredFinding({
        gate: "coverage",
        what: needsChanges.join(", "),
        reason: "no base ref",
        fix: NO_BASE_FIX,
        inPullRequest: settings.inPullRequest
      })
    );
  } else if (patch && t.patch !== void 0 && patch.total < Math.max(1, settings.minChangedLines)) {
    out.push({
      severity: "notice",
      rule: "coverage/patch-too-small",
      message: patch.total === 0 ? "patch coverage: not measured (no changed line is measured by the reports); the patch threshold was not applied." : `patch coverage: not measured (only ${patch.total} measured line(s) changed, fewer than min-changed-lines ${settings.minChangedLines}); the patch threshold was not applied.`
    });
  }
  return out;
}
function defined(items) {
  return items.filter((i) => i !== void 0);
}

// src/gates/coverage/evaluate.ts
async function evaluateCoverage(settings) {
  try {
    const collected = await collectCoverage(settings);
    if (collected.errors.length > 0) return errorResult(collected.errors, collected.reports);
    const nothing = nothingMeasured(collected);
    if (nothing) return errorResult([nothing], collected.reports);
    return await judge(settings, collected);
  } catch (error) {
    if (error instanceof UserError) return errorResult([inputErrorFinding(error)]);
    throw error;
  }
}
async function judge(settings, collected) {
  const { store, reports, changed } = collected;
  const files = [...store.files.values()];
  const totals = computeTotals(files);
  const patch = changed ? patchCoverage(store, changed) : void 0;
  const mapping = (patch && changed ? checkMapping(patch, changed, files) : void 0) ?? checkRepositoryMapping(files);
  if (mapping) return errorResult([mapping], reports, { ...totals });
  const t = settings.thresholds;
  const figures = fileFigures(files, patch);
  const pathResults = settings.paths.map(
    (rule) => checkPathRule(rule, figures, (0, import_picomatch2.default)(rule.glob, { dot: true }), settings.minChangedLines)
  );
  const checks = [
    ...totalChecks(t, totals),
    ...patch ? patchChecks(settings, patch) : [],
    ...fileChecks(figures, t.file),
    ...pathResults.flatMap((r) => r.checks)
  ];
  const baseline = settings.baseline ? await baselineDeltas(settings.baseline, settings.cwd, totals) : void 0;
  const failed = checks.filter((c) => !c.passed);
  const unmeasured = unmeasuredFindings(settings, totals, patch);
  const findings = [
    ...unmeasured,
    ...collected.baseNote ? [baseNoteFinding(collected.baseNote)] : [],
    ...patch ? absentFileFindings(patch, files) : [],
    ...baseline?.notice ? [baseline.notice] : [],
    ...failed.map(failureFinding),
    ...(baseline?.deltas ?? []).filter((d) => !d.passed).map(dropFinding),
    ...uncoveredRangeFindings(patch, {
      patchFailed: failed.some((c) => isPatchCheck(c.subject)),
      failedFiles: new Set(failed.flatMap((c) => c.subject.scope === "file" ? [c.subject.path] : []))
    })
  ];
  const status = statusOf(findings, { couldNotJudge: unmeasured.some((f) => f.severity === "error") });
  return {
    schemaVersion: 1,
    gate: "coverage",
    status,
    title: title(status, totals.lines, totals.branches, patch),
    summary: summary(
      { ...totals, patch, files: files.length, reports: reports.length },
      { failed: failed.length, unmeasured: unmeasured.filter((f) => f.severity !== "notice").length }
    ),
    keyMetric: keyMetric(totals.lines, patch, t, baseline?.deltas),
    metrics: resultMetrics(settings, { totals, patch, files: files.length, reports, checks, pathResults, baseline }),
    findings
  };
}
function resultMetrics(settings, m) {
  const t = settings.thresholds;
  return {
    lines: m.totals.lines,
    ...m.totals.branches ? { branches: m.totals.branches, overall: m.totals.overall } : {},
    ...m.patch ? { patch: patchMetrics(m.patch) } : {},
    files: m.files,
    reports: m.reports,
    thresholds: {
      ...configuredThresholds(t),
      ...t.patch !== void 0 ? { minChangedLines: settings.minChangedLines } : {}
    },
    checks: m.checks.map((c) => ({
      id: checkId(c.subject),
      label: c.label,
      percent: c.actual.percent,
      minimum: c.minimum,
      passed: c.passed
    })),
    ...m.pathResults.length > 0 ? {
      paths: m.pathResults.map((r) => ({
        name: r.name,
        files: r.files,
        lines: r.lines,
        branches: r.branches,
        patch: r.patch
      }))
    } : {},
    ...m.baseline?.deltas ? { baseline: m.baseline.deltas } : {},
    rounding: ROUNDING_NOTE
  };
}
function baseNoteFinding(note) {
  return { severity: "notice", rule: "coverage/base-resolved", message: `${note}.` };
}
function keyMetric(lines, patch, thresholds, baseline) {
  if (patch && patch.total > 0) {
    return {
      label: "patch coverage",
      value: ratio(patch.covered, patch.total).percent,
      unit: "%",
      ...thresholds.patch !== void 0 ? { threshold: thresholds.patch } : {}
    };
  }
  const delta = baseline?.find((d) => d.metric === "lines")?.delta;
  return {
    label: "line coverage",
    value: lines.percent,
    unit: "%",
    ...thresholds.lines !== void 0 ? { threshold: thresholds.lines } : {},
    ...delta !== void 0 ? { delta } : {}
  };
}
function nothingMeasured({ store, reports }) {
  for (const file of store.files.values()) if (fileLineCount(file).total > 0) return void 0;
  return {
    severity: "error",
    rule: "coverage/nothing-measured",
    message: `The report(s) ${reports.map((r) => r.path).join(", ")} measure no line${store.files.size === 0 ? " once excluded paths are removed" : ""}: ${store.files.size} file(s), 0 measured lines.`,
    fix: "Check that the tests ran with coverage on and that coverage.exclude does not remove every file."
  };
}
function computeTotals(files) {
  const lines = sumRatio(files.map(fileLineCount));
  const branchCounts = files.map(fileBranchCount);
  if (!branchCounts.some((b) => b !== void 0)) return { lines };
  const branches = sumRatio(branchCounts.map((b) => b ?? { covered: 0, total: 0 }));
  const overall = ratio(lines.covered + branches.covered, lines.total + branches.total);
  return { lines, branches, overall };
}
async function baselineDeltas(baseline, cwd, totals) {
  const loaded = await readBaseline(baseline.file, cwd, baseline.required);
  return {
    ...loaded.notice ? { notice: loaded.notice } : {},
    ...loaded.metrics ? { deltas: compareBaseline({ lines: totals.lines, branches: totals.branches }, loaded.metrics, baseline.maxDrop) } : {}
  };
}
function fileFigures(files, patch) {
  const patchByPath = new Map(patch?.files.map((f) => [f.path, f]));
  return files.map((f) => {
    const l = fileLineCount(f);
    const b = fileBranchCount(f);
    const p = patchByPath.get(f.path);
    return {
      path: f.path,
      lines: ratio(l.covered, l.total),
      ...b ? { branches: ratio(b.covered, b.total) } : {},
      ...p ? { patch: ratio(p.covered, p.total) } : {}
    };
  });
}
function sumRatio(counts) {
  let covered = 0;
  let total = 0;
  for (const c of counts) {
    covered += c.covered;
    total += c.total;
  }
  return ratio(covered, total);
}
export {
  evaluateCoverage
};
