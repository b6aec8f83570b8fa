import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  forEachByteLine,
  jsonShapeError,
  readByteChunks,
  readTextChunks,
  streamJsonEntries,
  utf8Text
} from "./chunk-H3CXIT7E.js";
import {
  NO_BASE_FIX,
  notMeasuredFinding,
  require_parse_diff
} from "./chunk-NYXFT5YT.js";
import {
  statusOf
} from "./chunk-7FBDS7FX.js";
import {
  glob,
  isDynamicPattern
} from "./chunk-6LD3DHRS.js";
import {
  require_picomatch
} from "./chunk-6BHLV2UG.js";
import {
  diffSinceMergeBase,
  gitTopLevel,
  trackedFiles
} from "./chunk-BPC2GNOO.js";
import {
  ROUNDING_NOTE,
  errorGateResult,
  formatPercent,
  isRatio,
  meets,
  ratio,
  userErrorFinding
} from "./chunk-Y46RGWR3.js";
import {
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
  const samples = files.slice(0, 3).map((f) => `"${f.reportPath}" \u2192 tried ${f.tried.map((t) => `"${t}"`).join(", ")}`);
  return {
    severity: "error",
    rule: "coverage/paths-do-not-match",
    message: `No changed line maps onto the coverage reports: ${sources.length} changed source file(s) (e.g. ${sources.slice(0, 3).map((c) => c.path).join(", ")}) appear in no report. Report paths seen: ${samples.join("; ")}.`,
    fix: "Make report paths repository-relative (coverage.py: relative_files = true), set coverage.root, or add a coverage.path-map entry."
  };
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

// src/util/xml-scanner.ts
var XmlSyntaxError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var LT = 60;
var GT = 62;
var AMP = 38;
var SLASH = 47;
var QUEST = 63;
var BANG = 33;
var EQ = 61;
var QUOT = 34;
var APOS = 39;
var NL = 10;
var MAX_ATTRIBUTES = 256;
var MAX_WANTED_TEXT = 1 << 16;
var MAX_MARKUP = 1 << 24;
var NEED_MORE = -1;
var PREDEFINED = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
var XmlScanner = class {
  constructor(handlers) {
    this.handlers = handlers;
  }
  handlers;
  buf = new Uint8Array(0);
  pos = 0;
  /** Line number of `buf[0]`, and the offset of the last newline before it (relative, negative). */
  lineBase = 1;
  lineStartBase = 0;
  stack = [];
  rootSeen = false;
  rootClosed = false;
  first = true;
  tag = new Tag(this);
  /** Element names seen so far, so a name is decoded once, not once per element. */
  names = new NameCache();
  /** Feeds the next chunk. */
  write(chunk) {
    if (this.first) {
      this.first = false;
      chunk = this.skipBom(chunk);
    }
    if (this.pos < this.buf.length) {
      const joined = new Uint8Array(this.buf.length - this.pos + chunk.length);
      joined.set(this.buf.subarray(this.pos), 0);
      joined.set(chunk, this.buf.length - this.pos);
      this.advanceLines(this.pos);
      this.buf = joined;
    } else {
      this.advanceLines(this.buf.length);
      this.buf = chunk;
    }
    this.pos = 0;
    this.scan(false);
    if (this.buf.length - this.pos > MAX_MARKUP)
      this.fail("markup too long (unterminated tag, comment or string?)");
  }
  /** Ends the document: everything must be closed. */
  end() {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail("unexpected end of input inside markup (truncated file?)");
    if (this.stack.length > 0)
      this.fail(
        `unexpected end of input: <${this.stack[this.stack.length - 1] ?? ""}> is not closed (truncated file?)`
      );
    if (!this.rootSeen) this.fail("no root element");
  }
  /** Line and column (1-based) of a byte offset in the current buffer. */
  position(offset = this.pos) {
    let line = this.lineBase;
    let lineStart = this.lineStartBase;
    for (let i = this.buf.indexOf(NL); i !== -1 && i < offset; i = this.buf.indexOf(NL, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }
  /** Throws a syntax error at `offset`. */
  fail(message, offset = this.pos) {
    const { line, column } = this.position(offset);
    throw new XmlSyntaxError(message, line, column);
  }
  /** The bytes currently buffered (for the tag view). */
  get bytes() {
    return this.buf;
  }
  skipBom(chunk) {
    if (chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) return chunk.subarray(3);
    if (chunk[0] === 254 && chunk[1] === 255 || chunk[0] === 255 && chunk[1] === 254) {
      throw new XmlSyntaxError("UTF-16 is not supported; write the report as UTF-8", 1, 1);
    }
    return chunk;
  }
  /** Moves the line bookkeeping past the first `consumed` bytes of the buffer, which are dropped. */
  advanceLines(consumed) {
    const buf = this.buf;
    let last = -1;
    for (let i = buf.indexOf(NL); i !== -1 && i < consumed; i = buf.indexOf(NL, i + 1)) {
      this.lineBase++;
      last = i;
    }
    this.lineStartBase = last === -1 ? this.lineStartBase - consumed : last + 1 - consumed;
  }
  scan(final) {
    const buf = this.buf;
    for (; ; ) {
      const lt = buf.indexOf(LT, this.pos);
      const textEnd = lt === -1 ? buf.length : lt;
      if (textEnd > this.pos) {
        const end = lt === -1 && !final ? this.safeTextEnd(textEnd) : textEnd;
        this.text(this.pos, end);
        this.pos = end;
      }
      if (lt === -1) return;
      const next = this.markup(lt, final);
      if (next === NEED_MORE) {
        if (final) this.fail("unexpected end of input inside markup (truncated file?)", lt);
        return;
      }
      this.pos = next;
    }
  }
  safeTextEnd(end) {
    const amp = this.buf.lastIndexOf(AMP, end - 1);
    return amp !== -1 && amp >= this.pos && this.buf.indexOf(59, amp) === -1 ? amp : end;
  }
  /** Character data between markup: checked, and decoded only when the handler wants it. */
  text(start, end) {
    const buf = this.buf;
    let onlySpace = true;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      onlySpace = false;
      if (c < 32) this.fail(`disallowed character U+${c.toString(16).padStart(4, "0")} in text`, i);
      if (c === AMP) i = this.reference(i, end) - 1;
      else if (c === GT && i >= start + 2 && buf[i - 1] === 93 && buf[i - 2] === 93)
        this.fail('"]]>" in text', i);
    }
    if (!onlySpace && (this.stack.length === 0 || this.rootClosed))
      this.fail("text outside the root element", start);
    if (!onlySpace || this.handlers.wantsText?.()) this.emitText(start, end, true);
  }
  emitText(start, end, references) {
    if (!this.handlers.wantsText?.() || !this.handlers.text) return;
    if (end - start > MAX_WANTED_TEXT) this.fail("text too long", start);
    const text = decode(this.buf, start, end, this).replace(/\r\n?/g, "\n");
    this.handlers.text(references ? resolveReferences(text) : text);
  }
  /** Validates a reference starting at `&` (offset `amp`); returns the offset after its `;`. */
  reference(amp, limit) {
    const buf = this.buf;
    const semi = buf.indexOf(59, amp + 1);
    if (semi === -1 || semi >= limit || semi - amp > 12)
      this.fail('"&" not followed by a reference ending in ";"', amp);
    const body = latin1(buf, amp + 1, semi);
    if (body.startsWith("#")) {
      const code = body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      const digits = body.startsWith("#x") ? /^#x[0-9a-fA-F]+$/.test(body) : /^#[0-9]+$/.test(body);
      if (!digits || !isXmlChar(code)) this.fail(`invalid character reference &${body};`, amp);
    } else if (!(body in PREDEFINED)) {
      this.fail(`undefined entity &${body}; (entities are never expanded)`, amp);
    }
    return semi + 1;
  }
  /** Handles markup starting at `lt`; returns the offset after it, or NEED_MORE. */
  markup(lt, final) {
    const buf = this.buf;
    if (lt + 1 >= buf.length) return NEED_MORE;
    const c = buf[lt + 1];
    if (c === SLASH) return this.closeTag(lt);
    if (c === QUEST) return this.processingInstruction(lt);
    if (c === BANG) return this.declaration(lt, final);
    return this.startTag(lt);
  }
  closeTag(lt) {
    const buf = this.buf;
    const gt = buf.indexOf(GT, lt + 2);
    if (gt === -1) return NEED_MORE;
    let nameEnd = this.nameEnd(lt + 2, gt);
    const name = this.names.get(buf, lt + 2, nameEnd, this);
    while (nameEnd < gt && isSpace(buf[nameEnd])) nameEnd++;
    if (nameEnd !== gt || name === "") this.fail("malformed end tag", lt);
    const open2 = this.stack.pop();
    if (open2 !== name)
      this.fail(
        open2 === void 0 ? `unexpected end tag </${name}>` : `end tag </${name}> does not match <${open2}>`,
        lt
      );
    if (this.stack.length === 0) this.rootClosed = true;
    this.handlers.close(name);
    return gt + 1;
  }
  processingInstruction(lt) {
    const end = indexOfSequence(this.buf, [QUEST, GT], lt + 2);
    if (end === -1) return NEED_MORE;
    const body = decode(this.buf, lt + 2, end, this);
    const target = /^[^\s?]+/.exec(body)?.[0] ?? "";
    if (target === "") this.fail("processing instruction without a target", lt);
    if (target.toLowerCase() === "xml") {
      if (target !== "xml" || this.rootSeen || this.stack.length > 0 || lt !== 0 || this.lineBase !== 1 || this.lineStartBase !== 0) {
        if (target === "xml") this.fail("XML declaration not at the start of the document", lt);
        this.fail(`processing instruction target "${target}" is reserved`, lt);
      }
      const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(body)?.[1];
      if (encoding !== void 0 && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) {
        this.fail(`unsupported encoding "${encoding}"; write the report as UTF-8`, lt);
      }
    }
    return end + 2;
  }
  declaration(lt, final) {
    const buf = this.buf;
    if (startsWith(buf, lt, "<!--")) {
      const end = indexOfSequence(buf, [45, 45], lt + 4);
      if (end === -1) return NEED_MORE;
      if (buf.length <= end + 2) return final ? this.fail("unterminated comment", lt) : NEED_MORE;
      if (buf[end + 2] !== GT) this.fail('"--" inside a comment', end);
      return end + 3;
    }
    if (startsWith(buf, lt, "<![CDATA[")) {
      const end = indexOfSequence(buf, [93, 93, GT], lt + 9);
      if (end === -1) return NEED_MORE;
      if (this.stack.length === 0 || this.rootClosed) this.fail("CDATA outside the root element", lt);
      if (this.handlers.wantsText?.()) this.emitText(lt + 9, end, false);
      return end + 3;
    }
    if (startsWith(buf, lt, "<!DOCTYPE")) {
      if (this.rootSeen) this.fail("DOCTYPE after the root element", lt);
      return this.doctypeEnd(lt);
    }
    if (buf.length - lt < 9 && !final) return NEED_MORE;
    return this.fail("malformed markup declaration", lt);
  }
  /** Skips a DOCTYPE, including an internal subset; nothing declared in it is used. */
  doctypeEnd(lt) {
    const buf = this.buf;
    let quote = 0;
    let depth = 0;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === LT && startsWith(buf, i, "<!--")) {
        const end = indexOfSequence(buf, [45, 45, GT], i + 4);
        if (end === -1) return NEED_MORE;
        i = end + 2;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === GT && depth === 0) return i + 1;
    }
    return NEED_MORE;
  }
  startTag(lt) {
    const buf = this.buf;
    const nameStart = lt + 1;
    if (!isNameStart(buf[nameStart])) this.fail("malformed start tag", lt);
    const nameEnd = this.nameEnd(nameStart, buf.length);
    if (nameEnd >= buf.length) return NEED_MORE;
    const tag = this.tag;
    tag.reset(nameStart, nameEnd);
    let i = nameEnd;
    for (; ; ) {
      const spaceStart = i;
      while (i < buf.length && isSpace(buf[i])) i++;
      if (i >= buf.length) return NEED_MORE;
      const c = buf[i];
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= buf.length) return NEED_MORE;
        if (buf[i + 1] !== GT) this.fail('"/" not followed by ">" in a tag', i);
        tag.selfClosing = true;
        i += 2;
        break;
      }
      if (i === spaceStart) this.fail("attributes must be separated by whitespace", i);
      i = this.attribute(i);
      if (i === NEED_MORE) return NEED_MORE;
    }
    if (this.rootClosed || this.rootSeen && this.stack.length === 0) this.fail("a second root element", lt);
    this.rootSeen = true;
    tag.checkDuplicates();
    this.handlers.open(tag);
    if (tag.selfClosing) this.handlers.close(tag.name);
    else this.stack.push(tag.name);
    if (tag.selfClosing && this.stack.length === 0) this.rootClosed = true;
    return i;
  }
  /** Parses `name="value"` at `start`; returns the offset after it, or NEED_MORE. */
  attribute(start) {
    const buf = this.buf;
    if (!isNameStart(buf[start])) this.fail("malformed attribute", start);
    const nameEnd = this.nameEnd(start, buf.length);
    let i = nameEnd;
    while (i < buf.length && isSpace(buf[i])) i++;
    if (i >= buf.length) return NEED_MORE;
    if (buf[i] !== EQ) this.fail('attribute without "=value"', start);
    i++;
    while (i < buf.length && isSpace(buf[i])) i++;
    if (i >= buf.length) return NEED_MORE;
    const quote = buf[i];
    if (quote !== QUOT && quote !== APOS) this.fail("attribute value must be quoted", i);
    const valueStart = i + 1;
    const valueEnd = buf.indexOf(quote, valueStart);
    if (valueEnd === -1) return NEED_MORE;
    let entities = false;
    for (let j = valueStart; j < valueEnd; j++) {
      const c = buf[j];
      if (c === LT) this.fail('"<" in an attribute value', j);
      if (c === AMP) {
        entities = true;
        j = this.reference(j, valueEnd) - 1;
      } else if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
        this.fail(`disallowed character U+${c.toString(16).padStart(4, "0")} in an attribute value`, j);
      }
    }
    if (!this.tag.addAttribute(start, nameEnd, valueStart, valueEnd, entities))
      this.fail("too many attributes", start);
    return valueEnd + 1;
  }
  nameEnd(start, limit) {
    const buf = this.buf;
    let i = start;
    while (i < limit && isNameChar(buf[i])) i++;
    return i;
  }
};
var Tag = class {
  constructor(scanner) {
    this.scanner = scanner;
  }
  scanner;
  selfClosing = false;
  nameStart = 0;
  nameEnd = 0;
  cachedName;
  /** Per attribute: name start, name end, value start, value end, has references. */
  spans = new Int32Array(MAX_ATTRIBUTES * 5);
  count = 0;
  reset(nameStart, nameEnd) {
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.cachedName = void 0;
    this.count = 0;
    this.selfClosing = false;
  }
  get name() {
    this.cachedName ??= this.scanner.names.get(
      this.scanner.bytes,
      this.nameStart,
      this.nameEnd,
      this.scanner
    );
    return this.cachedName;
  }
  is(name) {
    return equalsAscii(this.scanner.bytes, this.nameStart, this.nameEnd, name);
  }
  addAttribute(nameStart, nameEnd, valueStart, valueEnd, refs) {
    if (this.count >= MAX_ATTRIBUTES) return false;
    const o = this.count * 5;
    this.spans[o] = nameStart;
    this.spans[o + 1] = nameEnd;
    this.spans[o + 2] = valueStart;
    this.spans[o + 3] = valueEnd;
    this.spans[o + 4] = refs ? 1 : 0;
    this.count++;
    return true;
  }
  checkDuplicates() {
    const buf = this.scanner.bytes;
    for (let a = 1; a < this.count; a++) {
      for (let b = 0; b < a; b++) {
        const oa = a * 5;
        const ob = b * 5;
        if (equalBytes(
          buf,
          this.spans[oa],
          this.spans[oa + 1],
          this.spans[ob],
          this.spans[ob + 1]
        )) {
          this.scanner.fail(
            `duplicate attribute "${decode(buf, this.spans[oa], this.spans[oa + 1], this.scanner)}"`,
            this.spans[oa]
          );
        }
      }
    }
  }
  attribute(name) {
    const o = this.find(name);
    if (o === -1) return void 0;
    const buf = this.scanner.bytes;
    const raw = decode(buf, this.spans[o + 2], this.spans[o + 3], this.scanner);
    const normalised = raw.replace(/\r\n|[\t\n\r]/g, " ");
    return this.spans[o + 4] === 1 ? resolveReferences(normalised) : normalised;
  }
  attributeIs(name, value) {
    const o = this.find(name);
    return o !== -1 && equalsAscii(this.scanner.bytes, this.spans[o + 2], this.spans[o + 3], value);
  }
  integer(name) {
    const o = this.find(name);
    if (o === -1) return void 0;
    const buf = this.scanner.bytes;
    const start = this.spans[o + 2];
    const end = this.spans[o + 3];
    if (end === start || end - start > 15) return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i] - 48;
      if (c < 0 || c > 9) return Number.NaN;
      value = value * 10 + c;
    }
    return value;
  }
  find(name) {
    const buf = this.scanner.bytes;
    for (let a = 0; a < this.count; a++) {
      const o = a * 5;
      if (equalsAscii(buf, this.spans[o], this.spans[o + 1], name)) return o;
    }
    return -1;
  }
};
var NameCache = class {
  names = [];
  get(buf, start, end, scanner) {
    for (const name2 of this.names) if (equalsAscii(buf, start, end, name2)) return name2;
    const name = decode(buf, start, end, scanner);
    if (this.names.length < 64) this.names.push(name);
    return name;
  }
};
function resolveReferences(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_m, body) => {
    if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    return PREDEFINED[body] ?? "";
  });
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decode(buf, start, end, scanner) {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i] >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1(buf, start, end);
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    return scanner.fail("invalid UTF-8", start);
  }
}
function latin1(buf, start, end) {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1");
}
function equalsAscii(buf, start, end, name) {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}
function equalBytes(buf, a, aEnd, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
function startsWith(buf, at, text) {
  if (at + text.length > buf.length) return false;
  return equalsAscii(buf, at, at + text.length, text);
}
function indexOfSequence(buf, seq, from) {
  const first = seq[0];
  for (let i = buf.indexOf(first, from); i !== -1; i = buf.indexOf(first, i + 1)) {
    if (i + seq.length > buf.length) return -1;
    let ok = true;
    for (let k = 1; k < seq.length; k++) {
      if (buf[i + k] !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}
function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 58 || c >= 128;
}
function isNameChar(c) {
  return isNameStart(c) || c >= 48 && c <= 57 || c === 45 || c === 46;
}
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}

// src/gates/coverage/readers/xml-stream.ts
var FIX = "Regenerate the report; a truncated file usually means the test job was cancelled while writing it.";
async function parseXmlStream(chunks, makeHandlers, reportName) {
  const ref = {};
  const scanner = new XmlScanner(makeHandlers(() => ref.scanner?.position().line ?? 1));
  ref.scanner = scanner;
  try {
    for await (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new InputError(
        `${reportName}:${error.line}:${error.column}: malformed XML: ${error.message}`,
        { path: reportName, line: error.line, column: error.column },
        FIX
      );
    }
    throw error;
  }
}
function intAttribute(tag, name, reportName, currentLine) {
  const value = tag.integer(name);
  if (value === void 0 || Number.isNaN(value)) {
    const line = currentLine();
    const raw = tag.attribute(name);
    throw new InputError(
      `${reportName}:${line}: <${tag.name}> has ${raw === void 0 ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
      { path: reportName, line },
      "Regenerate the report with a supported tool; hand-edited reports often break this."
    );
  }
  return value;
}

// src/gates/coverage/readers/cobertura.ts
var readCobertura = async (input, sink, reportName) => {
  await parseXmlStream(input.bytes(), (currentLine) => new CoberturaHandlers(sink, reportName, currentLine), reportName);
};
var CoberturaHandlers = class {
  constructor(sink, reportName, currentLine) {
    this.sink = sink;
    this.reportName = reportName;
    this.currentLine = currentLine;
  }
  sink;
  reportName;
  currentLine;
  rootSeen = false;
  inSource = false;
  sourceText = "";
  roots = [];
  current;
  open(tag) {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.is("line")) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is("source")) {
      this.inSource = true;
      this.sourceText = "";
    } else if (tag.is("class")) {
      this.openClass(tag);
    }
  }
  close(name) {
    if (name === "line") return;
    if (name === "source") {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== "") this.roots.push(root);
    } else if (name === "sources") {
      this.sink.sourceRoots(this.roots);
    } else if (name === "class" && this.current) {
      this.current.end();
      this.current = void 0;
    }
  }
  wantsText() {
    return this.inSource;
  }
  text(text) {
    this.sourceText += text;
  }
  openRoot(tag) {
    this.rootSeen = true;
    if (!tag.is("coverage")) {
      throw new InputError(`${this.reportName}: root element is <${tag.name}>, not Cobertura's <coverage>`, {
        path: this.reportName,
        line: this.currentLine()
      });
    }
  }
  openClass(tag) {
    const filename = tag.attribute("filename");
    if (filename === void 0 || filename === "") {
      const line = this.currentLine();
      throw new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
        path: this.reportName,
        line
      });
    }
    this.current = this.sink.beginFile(filename);
  }
  readLine(tag, file) {
    const number = intAttribute(tag, "number", this.reportName, this.currentLine);
    file.line(number, intAttribute(tag, "hits", this.reportName, this.currentLine));
    if (!tag.attributeIs("branch", "true")) return;
    const match = /\((\d+)\s*\/\s*(\d+)\)/.exec(tag.attribute("condition-coverage") ?? "");
    if (match) file.branch(number, Number(match[1]), Number(match[2]));
  }
};

// src/gates/coverage/model.ts
function writeRecord(sink, record) {
  const writer = sink.beginFile(record.path);
  for (const [line, hits] of record.lines) writer.line(line, hits);
  if (record.branches) {
    writer.hasBranches();
    for (const b of record.branches) writer.branch(b.line, b.covered, b.total);
  }
  for (const [line, hits] of record.functionLines ?? []) writer.functionLine(line, hits);
  if (record.summary) writer.summary(record.summary);
  writer.end();
}
function addLineHits(lines, line, hits) {
  const previous = lines.get(line);
  if (previous === void 0 || hits > previous) lines.set(line, hits);
}

// src/gates/coverage/readers/coverage-py-json.ts
var readCoveragePyJson = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    ["files"],
    (key, value, where) => {
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `coverage.py file entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail("is not an object");
      const { executed_lines: executed, missing_lines: missing } = value;
      if (!Array.isArray(executed) || !Array.isArray(missing)) {
        return fail('has no "executed_lines" and "missing_lines" arrays');
      }
      const excluded = new Set(
        Array.isArray(value.excluded_lines) ? value.excluded_lines : []
      );
      const lines = /* @__PURE__ */ new Map();
      for (const line of missing) addLineHits(lines, lineNumber(line, "missing_lines", fail), 0);
      for (const line of executed) {
        if (!excluded.has(line)) addLineHits(lines, lineNumber(line, "executed_lines", fail), 1);
      }
      const summary2 = fileSummary(value.summary);
      const executedArcs = value.executed_branches;
      const missingArcs = value.missing_branches;
      if (executedArcs === void 0 && missingArcs === void 0) {
        writeRecord(sink, { path: key, lines, ...summary2 ? { summary: { lines: summary2.lines } } : {} });
        return;
      }
      const byLine = /* @__PURE__ */ new Map();
      addArcs(byLine, executedArcs, "executed_branches", true, fail);
      addArcs(byLine, missingArcs, "missing_branches", false, fail);
      writeRecord(sink, { path: key, lines, branches: [...byLine.values()], ...summary2 ? { summary: summary2 } : {} });
    },
    reportName,
    (key, value, where) => {
      checkMeta(key, value, where, reportName);
    }
  );
};
function checkMeta(key, value, where, reportName) {
  if (key === "meta" && !isRecord(value)) {
    throw jsonShapeError(reportName, where(), 'coverage.py "meta" is not an object');
  }
}
function addArcs(byLine, arcs, field, executed, fail) {
  if (arcs === void 0) return;
  if (!Array.isArray(arcs)) fail(`has a "${field}" that is not an array`);
  for (const arc of arcs) {
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
      fail(`has a "${field}" item that is not a [from, to] pair of line numbers: ${JSON.stringify(arc)}`);
    }
    const from = arc[0];
    let branch = byLine.get(from);
    if (!branch) {
      branch = { line: from, covered: 0, total: 0 };
      byLine.set(from, branch);
    }
    branch.total++;
    if (executed) branch.covered++;
  }
}
function fileSummary(summary2) {
  if (!isRecord(summary2)) return void 0;
  const count = (covered, total) => Number.isInteger(covered) && Number.isInteger(total) && covered <= total ? { covered, total } : void 0;
  const lines = count(summary2.covered_lines, summary2.num_statements);
  if (!lines) return void 0;
  const branches = count(summary2.covered_branches, summary2.num_branches);
  return branches ? { lines, branches } : { lines };
}
function lineNumber(value, field, fail) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    return fail(`has "${field}" item ${JSON.stringify(value)}, not a line number`);
  }
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/go-coverprofile.ts
var FIX2 = "Regenerate the profile with `go test -coverprofile=<file>`; a truncated file usually means the job was cancelled while writing it.";
var MODE = /^mode:\s*(\S+)$/;
var MODES = /* @__PURE__ */ new Set(["set", "count", "atomic"]);
var BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
var MAX_BLOCK_LINES = 1e6;
var readGoCoverprofile = async (input, sink, reportName) => {
  let mode;
  let modeLine = 0;
  const files = /* @__PURE__ */ new Map();
  const fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX2);
  };
  await forEachByteLine(input.bytes(), reportName, (buf, start, end, lineNumber2) => {
    const text = utf8Text(buf, start, end).trim();
    if (text === "") return;
    if (text.startsWith("mode:")) {
      const declared = MODE.exec(text)?.[1];
      if (declared === void 0 || !MODES.has(declared)) {
        fail(lineNumber2, `unknown coverage mode "${clip(text)}"; expected mode: set, count or atomic`);
      }
      if (mode === void 0) {
        mode = declared;
        modeLine = lineNumber2;
      } else if (declared !== mode) {
        fail(lineNumber2, `"mode: ${declared}" conflicts with "mode: ${mode}" at line ${modeLine}`);
      }
      return;
    }
    if (mode === void 0) {
      fail(lineNumber2, `expected "mode: set|count|atomic" as the first line, found "${clip(text)}"`);
    }
    addBlock(files, text, lineNumber2, fail);
  });
  if (mode === void 0) {
    throw new InputError(
      `${reportName}: empty Go coverage profile (no "mode:" line)`,
      { path: reportName },
      "Check that `go test -coverprofile` ran and wrote this file."
    );
  }
  for (const [path, lines] of files) writeRecord(sink, { path, lines });
};
function addBlock(files, text, lineNumber2, fail) {
  const match = BLOCK.exec(text);
  if (!match) {
    fail(
      lineNumber2,
      `malformed block "${clip(text)}"; expected <file>:<line>.<col>,<line>.<col> <statements> <count>`
    );
    return;
  }
  const [, file = "", startText, , endText, , statementsText, countText] = match;
  const start = Number(startText);
  const end = Number(endText);
  if (start < 1 || end < start) fail(lineNumber2, `block "${clip(text)}" has an invalid line range`);
  if (end - start >= MAX_BLOCK_LINES)
    fail(lineNumber2, `block "${clip(text)}" spans ${end - start + 1} lines`);
  let lines = files.get(file);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    files.set(file, lines);
  }
  if (Number(statementsText) === 0) return;
  const count = Number(countText);
  for (let line = start; line <= end; line++) addLineHits(lines, line, count);
}
function clip(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/readers/istanbul.ts
var readIstanbulFinal = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul file entry "${key}" ${message}`);
      };
      let data = value;
      if (isRecord2(data) && data.statementMap === void 0 && isRecord2(data.data)) data = data.data;
      if (!isRecord2(data)) return fail("is not an object");
      const { statementMap, s } = data;
      if (!isRecord2(statementMap) || !isRecord2(s)) return fail('has no "statementMap" and "s" objects');
      const lines = /* @__PURE__ */ new Map();
      for (const [id, count] of Object.entries(s)) {
        const statement = statementMap[id];
        if (statement === void 0) continue;
        const line = startLine(statement);
        if (line === void 0) fail(`has statement ${id} without a start line`);
        addLineHits(lines, line, hitCount(count, `s["${id}"]`, fail));
      }
      const path = typeof data.path === "string" && data.path !== "" ? data.path : key;
      const { branchMap, b } = data;
      if (!isRecord2(branchMap) || !isRecord2(b)) {
        writeRecord(sink, { path, lines });
        return;
      }
      writeRecord(sink, { path, lines, branches: branchesByLine(branchMap, b, fail) });
    },
    reportName
  );
};
function branchesByLine(branchMap, b, fail) {
  const byLine = /* @__PURE__ */ new Map();
  for (const [id, counts] of Object.entries(b)) {
    const meta = branchMap[id];
    if (!isRecord2(meta)) continue;
    const line = branchLine(meta);
    if (line === void 0) fail(`has branch ${id} without a line`);
    if (!Array.isArray(counts)) fail(`has b["${id}"] that is not an array of counts`);
    let entry = byLine.get(line);
    if (!entry) {
      entry = { line, covered: 0, total: 0 };
      byLine.set(line, entry);
    }
    for (const count of counts) {
      entry.total++;
      if (hitCount(count, `b["${id}"]`, fail) > 0) entry.covered++;
    }
  }
  return [...byLine.values()];
}
function branchLine(meta) {
  if (typeof meta.line === "number" && meta.line > 0) return meta.line;
  const fromLoc = startLine(meta.loc);
  if (fromLoc !== void 0) return fromLoc;
  return Array.isArray(meta.locations) ? startLine(meta.locations[0]) : void 0;
}
function startLine(location) {
  if (!isRecord2(location) || !isRecord2(location.start)) return void 0;
  const line = location.start.line;
  return typeof line === "number" && Number.isInteger(line) && line >= 0 ? line : void 0;
}
function hitCount(value, where, fail) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail(`has ${where} = ${JSON.stringify(value)}, not a hit count`);
  }
  return value;
}
var readIstanbulSummary = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      if (key === "total") return;
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul summary entry "${key}" ${message}`);
      };
      if (!isRecord2(value)) return fail("is not an object");
      const lines = summaryCount(value.lines);
      if (!lines) return fail('has no "lines" with numeric "total" and "covered"');
      if (value.branches === void 0) {
        writeRecord(sink, { path: key, lines: /* @__PURE__ */ new Map(), summary: { lines } });
        return;
      }
      const branches = summaryCount(value.branches);
      if (!branches) return fail('has "branches" without numeric "total" and "covered"');
      writeRecord(sink, { path: key, lines: /* @__PURE__ */ new Map(), summary: { lines, branches } });
    },
    reportName
  );
};
function summaryCount(value) {
  if (!isRecord2(value)) return void 0;
  const { covered, total } = value;
  if (!isCount(covered) || !isCount(total) || covered > total) return void 0;
  return { covered, total };
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/jacoco.ts
var readJacoco = async (input, sink, reportName) => {
  await parseXmlStream(input.bytes(), (currentLine) => new JacocoHandlers(sink, reportName, currentLine), reportName);
};
var JacocoHandlers = class {
  constructor(sink, reportName, currentLine) {
    this.sink = sink;
    this.reportName = reportName;
    this.currentLine = currentLine;
  }
  sink;
  reportName;
  currentLine;
  rootSeen = false;
  packageName = "";
  current;
  open(tag) {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (!tag.is("report")) {
        throw new InputError(`${this.reportName}: root element is <${tag.name}>, not JaCoCo's <report>`, {
          path: this.reportName,
          line: this.currentLine()
        });
      }
    } else if (tag.is("line")) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is("package")) {
      this.packageName = tag.attribute("name") ?? "";
    } else if (tag.is("sourcefile")) {
      const name = tag.attribute("name") ?? "";
      this.current = this.sink.beginFile(this.packageName === "" ? name : `${this.packageName}/${name}`);
      this.current.hasBranches();
    }
  }
  close(name) {
    if (name === "sourcefile" && this.current) {
      this.current.end();
      this.current = void 0;
    } else if (name === "package") {
      this.packageName = "";
    }
  }
  readLine(tag, file) {
    const int = (name) => intAttribute(tag, name, this.reportName, this.currentLine);
    const line = int("nr");
    const missedInstructions = int("mi");
    const coveredInstructions = int("ci");
    if (missedInstructions + coveredInstructions > 0) file.line(line, coveredInstructions);
    const missedBranches = tag.attribute("mb") === void 0 ? 0 : int("mb");
    const coveredBranches = tag.attribute("cb") === void 0 ? 0 : int("cb");
    if (missedBranches + coveredBranches > 0) file.branch(line, coveredBranches, missedBranches + coveredBranches);
  }
};

// src/gates/coverage/readers/lcov.ts
var FIX3 = "Regenerate the report with lcov, genhtml-compatible tooling or your test runner; a truncated file usually means the job was cancelled while writing it.";
var UNSIGNED = /^\d+$/;
var SIGNED = /^-?\d+$/;
var IGNORED_IN_RECORD = /* @__PURE__ */ new Map([
  ["FNF", UNSIGNED],
  ["FNH", UNSIGNED],
  ["FNL", /^\d+,\d+/],
  ["FNA", /^\d+,-?\d+,/],
  ["LF", UNSIGNED],
  ["LH", UNSIGNED],
  ["BRF", UNSIGNED],
  ["BRH", UNSIGNED],
  ["MCDC", /^\d+,/],
  ["MCF", UNSIGNED],
  ["MCH", UNSIGNED]
]);
var readLcov = async (input, sink, reportName) => {
  let current;
  let records = 0;
  const fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX3);
  };
  const open2 = (type, lineNumber2, text) => {
    if (!current) return fail(lineNumber2, `${type} record outside an SF record ("${clip2(text)}")`);
    return current;
  };
  await forEachByteLine(input.bytes(), reportName, (buf, start, end, lineNumber2) => {
    if (buf[start] === 68 && buf[start + 1] === 65 && buf[start + 2] === 58) {
      if (!current || !readDaBytes(current, buf, start + 3, end)) readDa(open2("DA", lineNumber2, "DA:"), utf8Text(buf, start + 3, end).trim(), lineNumber2, fail);
      return;
    }
    if (buf[start] === 66 && buf[start + 1] === 82 && buf[start + 2] === 68 && buf[start + 3] === 65 && buf[start + 4] === 58) {
      if (!current || !readBrdaBytes(current, buf, start + 5, end)) {
        readBrda(open2("BRDA", lineNumber2, "BRDA:"), utf8Text(buf, start + 5, end).trim(), lineNumber2, fail);
      }
      return;
    }
    const text = utf8Text(buf, start, end).trim();
    if (text === "" || text.startsWith("#")) return;
    const colon = text.indexOf(":");
    const type = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? "" : text.slice(colon + 1);
    switch (type) {
      case "TN":
      case "VER":
        return;
      case "SF":
        if (current) {
          fail(
            lineNumber2,
            `SF:${clip2(value)} starts a record before the record of ${current.path} (SF at line ${current.line}) ended with end_of_record`
          );
        }
        current = openRecord(sink, value, lineNumber2, fail);
        return;
      case "DA":
        readDa(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "BRDA":
        readBrda(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "FN":
        readFn(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "FNDA":
        readFnda(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "end_of_record":
        if (colon !== -1) break;
        closeRecord(open2(type, lineNumber2, text));
        records++;
        current = void 0;
        return;
      default: {
        const shape = IGNORED_IN_RECORD.get(type);
        if (!shape) break;
        open2(type, lineNumber2, text);
        if (!shape.test(value)) fail(lineNumber2, `malformed ${type} record "${clip2(text)}"`);
        return;
      }
    }
    fail(lineNumber2, `unknown LCOV record "${clip2(text)}"`);
  });
  if (current) {
    fail(
      current.line,
      `the record of ${current.path} has no end_of_record: the file ends inside it (truncated report?)`
    );
  }
  if (records === 0) {
    throw new InputError(
      `${reportName}: no coverage records (no SF:\u2026end_of_record block) in this LCOV file`,
      { path: reportName },
      "Check that the tests ran with coverage enabled and that this is the LCOV file they wrote."
    );
  }
};
function readBrdaBytes(record, buf, start, end) {
  let i = start;
  let line = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - start < 10) {
    line = line * 10 + buf[i] - 48;
    i++;
  }
  if (i === start || buf[i] !== 44) return false;
  const last = buf.lastIndexOf(44, end - 1);
  if (last <= i) return false;
  const second = buf.indexOf(44, i + 1);
  if (second === -1 || second >= last) return false;
  let taken = 0;
  if (last + 2 === end && buf[last + 1] === 45) taken = 0;
  else {
    if (last + 1 === end) return false;
    for (let j = last + 1; j < end; j++) {
      const c = buf[j] - 48;
      if (c < 0 || c > 9 || j - last > 15) return false;
      taken = taken * 10 + c;
    }
  }
  addBranch(record, line, taken > 0);
  return true;
}
function readDaBytes(record, buf, start, end) {
  let i = start;
  let line = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - start < 10) {
    line = line * 10 + buf[i] - 48;
    i++;
  }
  if (i === start || buf[i] !== 44) return false;
  const hitsStart = ++i;
  let hits = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - hitsStart < 15) {
    hits = hits * 10 + buf[i] - 48;
    i++;
  }
  if (i === hitsStart || i < end && buf[i] !== 44) return false;
  if (i < end && buf.indexOf(44, i + 1) !== -1 && buf.indexOf(44, i + 1) < end) return false;
  record.writer.line(line, hits);
  return true;
}
function openRecord(sink, path, line, fail) {
  if (path === "") fail(line, "SF record without a file path");
  return { path, line, writer: sink.beginFile(path) };
}
function closeRecord(record) {
  const { writer } = record;
  for (const [line, [covered, total]] of record.branches ?? []) writer.branch(line, covered, total);
  for (const [name, line] of record.functions ?? []) writer.functionLine(line, record.functionHits?.get(name) ?? 0);
  writer.end();
}
function readFn(record, value, lineNumber2, fail) {
  const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
  if (!match) fail(lineNumber2, `malformed FN record "FN:${clip2(value)}"; expected FN:<line>,<name>`);
  const [, start, , name] = match;
  record.functions ??= /* @__PURE__ */ new Map();
  if (!record.functions.has(name)) record.functions.set(name, Number(start));
}
function readFnda(record, value, lineNumber2, fail) {
  const match = /^(-?\d+),(.+)$/.exec(value);
  if (!match) fail(lineNumber2, `malformed FNDA record "FNDA:${clip2(value)}"; expected FNDA:<hits>,<name>`);
  const [, hits, name] = match;
  record.functionHits ??= /* @__PURE__ */ new Map();
  record.functionHits.set(
    name,
    (record.functionHits.get(name) ?? 0) + Math.max(0, Number(hits))
  );
}
function readDa(record, value, lineNumber2, fail) {
  const first = value.indexOf(",");
  const second = first === -1 ? -1 : value.indexOf(",", first + 1);
  const lineText = first === -1 ? value : value.slice(0, first);
  const hitsText = first === -1 ? "" : value.slice(first + 1, second === -1 ? void 0 : second);
  if (first === -1 || !UNSIGNED.test(lineText) || !SIGNED.test(hitsText) || second !== -1 && value.indexOf(",", second + 1) !== -1) {
    fail(lineNumber2, `malformed DA record "DA:${clip2(value)}"; expected DA:<line>,<hits>[,<checksum>]`);
  }
  record.writer.line(Number(lineText), Math.max(0, Number(hitsText)));
}
function readBrda(record, value, lineNumber2, fail) {
  const first = value.indexOf(",");
  const last = value.lastIndexOf(",");
  const lineText = value.slice(0, first);
  const taken = value.slice(last + 1);
  const fields = first === -1 ? 1 : value.split(",", 4).length;
  if (fields < 4 || !UNSIGNED.test(lineText) || taken !== "-" && !SIGNED.test(taken)) {
    fail(
      lineNumber2,
      `malformed BRDA record "BRDA:${clip2(value)}"; expected BRDA:<line>,<block>,<branch>,<taken or ->`
    );
  }
  addBranch(record, Number(lineText), taken !== "-" && Number(taken) > 0);
}
function addBranch(record, line, taken) {
  record.branches ??= /* @__PURE__ */ new Map();
  let branch = record.branches.get(line);
  if (!branch) {
    branch = [0, 0];
    record.branches.set(line, branch);
  }
  branch[1]++;
  if (taken) branch[0]++;
}
function clip2(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/read-reports.ts
var READERS = {
  cobertura: readCobertura,
  jacoco: readJacoco,
  lcov: readLcov,
  "coverage-py-json": readCoveragePyJson,
  "istanbul-final": readIstanbulFinal,
  "istanbul-summary": readIstanbulSummary,
  "go-coverprofile": readGoCoverprofile
};
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
  return [...new Set(files)];
}
async function readReport(file, cwd, store) {
  const rel = relative2(cwd, file);
  const display = rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? file : rel;
  const format = await detectFormat(file, display);
  let files = 0;
  const input = { text: () => readTextChunks(file), bytes: () => readByteChunks(file) };
  await READERS[format](input, store.sinkFor(format, display, () => files++), display);
  if (files === 0) {
    throw new InputError(
      `${display}: the ${format} report lists no source files`,
      { path: display },
      "Check the coverage tool's source/include settings: it measured nothing."
    );
  }
  return { path: display, format, files };
}

// src/gates/coverage/branch-table.ts
var BranchTable = class {
  data = new Int32Array(24);
  length = 0;
  ordered = true;
  add(line, covered, total) {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    if (this.length > 0 && line <= this.data[this.length - 3]) this.ordered = false;
    this.data[this.length++] = line;
    this.data[this.length++] = Math.min(covered, total);
    this.data[this.length++] = total;
  }
  /** Covered and total branches, each line counted once. */
  count() {
    let covered = 0;
    let total = 0;
    if (this.ordered) {
      for (let i = 0; i < this.length; i += 3) {
        covered += this.data[i + 1];
        total += this.data[i + 2];
      }
      return { covered, total };
    }
    const best = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.length; i += 3) {
      const line = this.data[i];
      const seen = best.get(line);
      const c = this.data[i + 1];
      const t = this.data[i + 2];
      if (!seen) best.set(line, [c, t]);
      else best.set(line, [Math.max(seen[0], c), Math.max(seen[1], t)]);
    }
    for (const [c, t] of best.values()) {
      covered += c;
      total += t;
    }
    return { covered, total };
  }
};

// src/gates/coverage/line-set.ts
var LineSet = class {
  words = new Uint32Array(4);
  /** Adds a line number (≥ 1). */
  add(line) {
    const word = line >>> 5;
    if (word >= this.words.length) {
      let size = this.words.length * 2;
      while (size <= word) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[word] = this.words[word] | 1 << (line & 31);
  }
  has(line) {
    const word = line >>> 5;
    return word < this.words.length && (this.words[word] & 1 << (line & 31)) !== 0;
  }
  /** Number of lines in the set. */
  get size() {
    let count = 0;
    for (const w of this.words) count += popcount(w);
    return count;
  }
  /** Lines in ascending order. */
  *[Symbol.iterator]() {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const bit = 31 - Math.clz32(w & -w);
        yield i * 32 + bit;
        w &= w - 1;
      }
    }
  }
};
function popcount(value) {
  let v = value - (value >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
}

// src/gates/coverage/store.ts
var MAX_LINE_NUMBER = 1e7;
var CoverageStore = class {
  constructor(mapper) {
    this.mapper = mapper;
  }
  mapper;
  files = /* @__PURE__ */ new Map();
  /** A sink for one report; `onFile` lets the caller count files per report. */
  sinkFor(format, reportName, onFile) {
    let roots = [];
    return {
      sourceRoots: (r) => {
        roots = r;
      },
      beginFile: (path) => {
        onFile?.();
        return this.writerFor(this.fileFor(path, roots, format), reportName);
      }
    };
  }
  fileFor(reportPath, roots, format) {
    const mapped = this.mapper.map(reportPath, roots);
    let file = this.files.get(mapped.path);
    if (!file) {
      file = {
        path: mapped.path,
        measured: new LineSet(),
        covered: new LineSet(),
        records: 0,
        reportPath,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: /* @__PURE__ */ new Set()
      };
      this.files.set(mapped.path, file);
    }
    file.formats.add(format);
    file.records++;
    return file;
  }
  writerFor(file, reportName) {
    const check = (line) => {
      if (line > MAX_LINE_NUMBER) {
        throw new InputError(
          `${reportName}: ${file.reportPath} has line number ${line}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
          { path: reportName },
          "The report is corrupt; regenerate it."
        );
      }
    };
    return {
      line(line, hits) {
        check(line);
        file.measured.add(line);
        if (hits > 0) file.covered.add(line);
      },
      branch(line, covered, total) {
        check(line);
        file.branches ??= new BranchTable();
        file.branches.add(line, covered, total);
      },
      hasBranches() {
        file.branches ??= new BranchTable();
      },
      functionLine(line, hits) {
        check(line);
        file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
        file.functionLines.measured.add(line);
        if (hits > 0) file.functionLines.covered.add(line);
      },
      summary(summary2) {
        file.summary = mergeSummary(file.summary, summary2);
      },
      end() {
      }
    };
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
function mergeSummary(a, b) {
  if (!a) return b;
  return a.lines.covered >= b.lines.covered ? a : b;
}

// src/gates/coverage/collect.ts
async function collectCoverage(settings) {
  const cwd = settings.cwd;
  const gitRoot = await gitTopLevel(settings.root ? resolve3(cwd, settings.root) : cwd);
  const root = settings.root ? resolve3(cwd, settings.root) : gitRoot ?? cwd;
  const excluded = settings.exclude.length > 0 ? (0, import_picomatch.default)(settings.exclude, { dot: true }) : () => false;
  const diff = await readChangedLines(settings, root);
  const changed = diff?.changed.filter((c) => !excluded(c.path));
  const known = new Set(gitRoot ? await trackedUnder(gitRoot, root) : []);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));
  const reports = [];
  const errors = [];
  for (const file of await expandReports(settings.reports, cwd)) {
    try {
      reports.push(await readReport(file, cwd, store));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(inputErrorFinding(error));
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
  let open2;
  let previous = Number.NaN;
  let total = 0;
  for (const line of addedLines) {
    if (open2 && line !== previous + 1) open2 = void 0;
    previous = line;
    const fromFunction = !file.measured.has(line) && file.functionLines?.measured.has(line) === true;
    if (!file.measured.has(line) && !fromFunction) continue;
    total++;
    if (fromFunction ? file.functionLines?.covered.has(line) : file.covered.has(line)) {
      open2 = void 0;
      continue;
    }
    missing.push(line);
    if (open2) open2[1] = line;
    else {
      open2 = [line, line];
      ranges.push(open2);
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
  const mapping = patch && changed ? checkMapping(patch, changed, files) : void 0;
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
    metrics: {
      lines: totals.lines,
      ...totals.branches ? { branches: totals.branches, overall: totals.overall } : {},
      ...patch ? { patch: patchMetrics(patch) } : {},
      files: files.length,
      reports,
      thresholds: {
        ...configuredThresholds(t),
        ...t.patch !== void 0 ? { minChangedLines: settings.minChangedLines } : {}
      },
      checks: checks.map((c) => ({
        id: checkId(c.subject),
        label: c.label,
        percent: c.actual.percent,
        minimum: c.minimum,
        passed: c.passed
      })),
      ...pathResults.length > 0 ? {
        paths: pathResults.map((r) => ({
          name: r.name,
          files: r.files,
          lines: r.lines,
          branches: r.branches,
          patch: r.patch
        }))
      } : {},
      ...baseline?.deltas ? { baseline: baseline.deltas } : {},
      rounding: ROUNDING_NOTE
    },
    findings
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
