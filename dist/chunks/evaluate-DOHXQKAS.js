import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseRelease,
  parseRequirement,
  satisfies
} from "./chunk-7KKCQNFN.js";
import {
  worstStatus
} from "./chunk-HDDJCDUW.js";
import {
  describeSchemaError,
  foldSchemaErrors,
  keyPath,
  require_ajv,
  valueAtPointer
} from "./chunk-G5IFGVCM.js";
import {
  formatPercent,
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
  git,
  gitTopLevel
} from "./chunk-BPC2GNOO.js";
import {
  InputError,
  UserError
} from "./chunk-JB365UXO.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/gates/notebooks/evaluate.ts
import { realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/gates/notebooks/budget-pool.ts
async function mapWithBudget(items, weightOf, limits, task) {
  const results = new Array(items.length);
  let next = 0;
  let inUse = 0;
  const waiters = [];
  const release = () => {
    for (const wake of waiters.splice(0)) wake();
  };
  const acquire = async (weight) => {
    const units = Math.min(weight, limits.budget);
    while (inUse > 0 && inUse + units > limits.budget) await new Promise((wake) => waiters.push(wake));
    inUse += units;
    return units;
  };
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      const units = await acquire(await weightOf(item));
      try {
        results[index] = await task(item);
      } finally {
        inUse -= units;
        release();
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limits.concurrency, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

// src/gates/notebooks/changed-files.ts
async function changedFiles(cwd, base) {
  if (base.startsWith("-") || base.trim() === "") {
    throw new InputError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      void 0,
      "Pass a branch, tag or commit, e.g. origin/main."
    );
  }
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${base}" is not a commit in this repository`,
      void 0,
      "Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or drop changed-only to judge every notebook."
    );
  }
  let mergeBase;
  try {
    mergeBase = (await git(cwd, ["merge-base", base, "HEAD"])).trim();
  } catch {
    throw new InputError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      void 0,
      "Use actions/checkout with fetch-depth: 0 (or fetch enough history)."
    );
  }
  const out = await git(cwd, [
    "diff",
    "--name-only",
    "-z",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--diff-filter=ACMRT",
    "--relative",
    mergeBase,
    "--"
  ]);
  return out.split("\0").filter((p) => p !== "");
}

// src/gates/notebooks/declared-python.ts
import { lstat, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var FILES = [".python-version", "runtime.txt", "pyproject.toml"];
var DeclaredPythonFinder = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  byDir = /* @__PURE__ */ new Map();
  /** The declaration that applies to a notebook (path relative to the working directory). */
  async forNotebook(path) {
    let dir = posix.dirname(path);
    for (; ; ) {
      const found = await this.inDir(dir);
      if (found) return found;
      if (dir === "." || dir === "/" || dir === "") return void 0;
      dir = posix.dirname(dir);
    }
  }
  inDir(dir) {
    let pending = this.byDir.get(dir);
    if (!pending) {
      pending = this.readDir(dir);
      this.byDir.set(dir, pending);
    }
    return pending;
  }
  async readDir(dir) {
    for (const name of FILES) {
      const path = dir === "." ? name : `${dir}/${name}`;
      const text = await readSmallFile(join(this.cwd, path));
      if (text === void 0) continue;
      const found = declaredIn(name, text);
      if (found) return { ...found, source: path };
    }
    return void 0;
  }
};
function declaredIn(name, text) {
  if (name === "pyproject.toml") return pyprojectRequirement(text);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = name === "runtime.txt" ? /^python-(\d+\.\d+)/.exec(line) : /^(?:cpython-|pypy|python)?(\d+\.\d+)/.exec(line);
    const requirement = match?.[1] ? parseRequirement(match[1]) : void 0;
    return requirement ? { requirement, line: i + 1 } : void 0;
  }
  return void 0;
}
function pyprojectRequirement(text) {
  const found = /* @__PURE__ */ new Map();
  let table = "";
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const header = /^\s*\[\s*([^[\]]+?)\s*\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = (header[1] ?? "").replace(/\s+/g, "").replace(/["']/g, "");
      continue;
    }
    if (/^\s*\[\[/.test(line)) table = "";
    const key = /^\s*["']?([A-Za-z0-9_-]+)["']?\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(line);
    if (!key) continue;
    const id = `${table}.${key[1] ?? ""}`;
    if (!found.has(id)) found.set(id, { value: key[2] ?? key[3] ?? "", line: i + 1 });
  }
  for (const id of ["project.requires-python", "tool.poetry.dependencies.python"]) {
    const entry = found.get(id);
    const requirement = entry ? parseRequirement(entry.value) : void 0;
    if (entry && requirement) return { requirement, line: entry.line };
  }
  return void 0;
}
async function readSmallFile(path) {
  try {
    const info = await lstat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return void 0;
    return await readFile(path, "utf8");
  } catch {
    return void 0;
  }
}

// src/gates/notebooks/describe.ts
function isClean(report) {
  return report.status === "pass";
}
function keyMetric(reports) {
  const clean = reports.filter(isClean).length;
  return {
    label: "clean notebooks",
    value: reports.length === 0 ? null : clean / reports.length * 100,
    unit: "%",
    threshold: 100
  };
}
function title(status, reports, scope) {
  if (reports.length === 0) {
    return scope.kind === "changed" ? "Notebooks: no notebook changed" : "Notebooks: no notebook found";
  }
  const clean = reports.filter(isClean).length;
  const verdict = status === "fail" ? "Notebooks need work" : "Notebooks";
  const which = scope.kind === "changed" ? "changed notebook(s)" : "notebook(s)";
  return `${verdict}: ${clean} of ${reports.length} ${which} clean (${formatPercent(clean / reports.length * 100)})`;
}
function summary(reports, scope) {
  const scopeText = scope.kind === "changed" ? `Judged the ${reports.length} notebook(s) among the ${scope.changedFiles} file(s) changed since the merge base with ${scope.base}.` : scope.kind === "all-no-base" ? `changed-only is set but no base ref was given (no option, no config, not a pull request), so all ${reports.length} notebook(s) were judged.` : `Judged all ${reports.length} notebook(s).`;
  const byRule = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const [rule2, n] of Object.entries(report.problems)) byRule.set(rule2, (byRule.get(rule2) ?? 0) + n);
  }
  const problems = [...byRule].sort(([, a], [, b]) => b - a).map(([rule2, n]) => `${rule2} ${n}`).join(", ");
  const notClean = reports.filter((r) => !isClean(r));
  const names = notClean.slice(0, 5).map((r) => `${r.path} (${r.status})`).join(", ");
  const more = notClean.length > 5 ? ` and ${notClean.length - 5} more` : "";
  return [
    scopeText,
    problems === "" ? "No problem found." : `Findings by rule: ${problems}.`,
    notClean.length > 0 ? `Not clean: ${names}${more}.` : ""
  ].filter((s) => s !== "").join(" ");
}

// src/gates/notebooks/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir } from "node:fs/promises";
import { join as join2, posix as posix2 } from "node:path";
var PRUNED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".ipynb_checkpoints",
  "node_modules",
  "__pycache__",
  ".venv",
  "site-packages",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache"
]);
function notebookFilter(include, exclude) {
  const included = (0, import_picomatch.default)([...include], { dot: true });
  const excluded = exclude.length > 0 ? (0, import_picomatch.default)([...exclude], { dot: true }) : () => false;
  return (path) => included(path) && !excluded(path) && !path.split("/").some((part) => PRUNED_DIRS.has(part));
}
async function discoverNotebooks(cwd, include, filter) {
  const found = /* @__PURE__ */ new Set();
  const queue = [...new Set(include.map(walkBase))];
  const visited = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const dir = queue.pop() ?? "";
    if (visited.has(dir)) continue;
    visited.add(dir);
    let entries;
    try {
      entries = await readdir(dir === "" ? cwd : join2(cwd, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!PRUNED_DIRS.has(entry.name)) queue.push(path);
      } else if (filter(path)) found.add(path);
    }
  }
  return [...found].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function walkBase(glob) {
  const scan = import_picomatch.default.scan(glob);
  const base = (scan.isGlob ? scan.base : posix2.dirname(glob)).replace(/^\.\//, "").replace(/\/+$/, "");
  return base === "." ? "" : base;
}

// src/gates/notebooks/findings.ts
function toFindings(path, drafts, severity, cap) {
  const counts = {};
  const kept = [];
  for (const draft of drafts) {
    const level = severity[draft.rule];
    if (level === "off") continue;
    counts[draft.rule] = (counts[draft.rule] ?? 0) + 1;
    kept.push({
      severity: level,
      rule: `notebooks/${draft.rule}`,
      path,
      ...draft.line !== void 0 ? { line: draft.line } : {},
      // Messages that start with a place (`cell 4, line 2: …`) read as sentences.
      message: draft.message.startsWith("cell ") ? `C${draft.message.slice(1)}` : draft.message,
      fix: draft.fix
    });
  }
  kept.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  if (kept.length <= cap) return { findings: kept, counts };
  const rest = kept.slice(cap);
  const byRule = /* @__PURE__ */ new Map();
  for (const f of rest) byRule.set(f.rule ?? "", (byRule.get(f.rule ?? "") ?? 0) + 1);
  const listed = [...byRule].map(([rule2, n]) => `${n} ${rule2}`).join(", ");
  return {
    findings: [
      ...kept.slice(0, cap),
      {
        severity: "notice",
        rule: "notebooks/more-findings",
        path,
        message: `${rest.length} more finding(s) in this notebook are not listed (${listed}).`,
        fix: "Fix the findings above and re-run, or raise notebooks.max-findings-per-notebook."
      }
    ],
    counts
  };
}
function rank(f) {
  return f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2;
}
function where(cellIndex, textLine) {
  return textLine === void 0 ? `cell ${cellIndex + 1}` : `cell ${cellIndex + 1}, line ${textLine}`;
}

// src/gates/notebooks/pip-install.ts
var PIP_VALUE_OPTIONS = new Set(
  [
    "-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url -f --find-links",
    "-t --target --prefix --root --src --platform --python-version --implementation --abi",
    "--only-binary --no-binary --progress-bar --log --proxy --retries --timeout --exists-action",
    "--trusted-host --cert --client-cert --cache-dir --upgrade-strategy -C --config-settings",
    "--global-option --report --root-user-action --python -p --group"
  ].join(" ").split(" ")
);
var CONDA_VALUE_OPTIONS = new Set("-c --channel -n --name -p --prefix --file --repodata-fn".split(" "));
var INSTALLER = /^(?:pip(?:3(?:\.\d+)?)?|conda|mamba|micromamba)$/;
function findInstalls(source) {
  const lines = source.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = (lines[i] ?? "").trim();
    if (!text.startsWith("!") && !text.startsWith("%")) continue;
    while (text.endsWith("\\") && i + 1 < lines.length)
      text = `${text.slice(0, -1)} ${(lines[++i] ?? "").trim()}`;
    const shell = text.replace(/^[!%]+/, "");
    for (const part of shell.split(/&&|\|\||;/)) {
      const command = installIn(tokenize(part));
      if (command && command.unpinned.length > 0) out.push({ line: start + 1, command: text, ...command });
    }
  }
  return out;
}
function installIn(tokens) {
  const at = tokens.findIndex((t) => INSTALLER.test(t.slice(t.lastIndexOf("/") + 1)));
  if (at === -1) return void 0;
  const installer = tokens[at] ?? "";
  const tool = /conda|mamba/.test(installer) ? "conda" : "pip";
  let i = at + 1;
  while (i < tokens.length && tokens[i]?.startsWith("-")) i++;
  if (tokens[i] !== "install") return void 0;
  const valueOptions = tool === "pip" ? PIP_VALUE_OPTIONS : CONDA_VALUE_OPTIONS;
  const unpinned = [];
  for (i++; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (token.startsWith("-")) {
      if (!token.includes("=") && valueOptions.has(token)) i++;
      continue;
    }
    const spec = tokens[i + 1] === "@" ? `${token}@${tokens[i + 2] ?? ""}` : token;
    if (tokens[i + 1] === "@") i += 2;
    if (!isPinned(spec, tool)) unpinned.push(spec);
  }
  return { tool, unpinned };
}
function isPinned(spec, tool) {
  if (/^[$({]/.test(spec) || spec.includes("{")) return true;
  const direct = /^[\w.[\],-]+@(.+)$/.exec(spec)?.[1];
  const url = direct !== void 0 && /[:/]/.test(direct) ? direct : spec;
  const vcs = /^(?:git|hg|svn|bzr)\+[a-z]+:\/\/(.*)$/i.exec(url.replace(/#.*$/, ""))?.[1];
  if (vcs !== void 0) return /@[^/@]+$/.test(vcs.slice(Math.max(0, vcs.indexOf("/"))));
  if (/^[a-z]+:\/\//i.test(url) || /^[./~]/.test(spec) || /\.(?:whl|tar\.gz|zip|tgz|tar\.bz2|conda)$/i.test(spec)) {
    return true;
  }
  const requirement = spec.split(";")[0] ?? "";
  const version = /===?\s*([^,\s]+)/.exec(requirement)?.[1];
  if (version !== void 0 && !version.includes("*") && !/[<>!~,]/.test(requirement.replace(/===?/, ""))) {
    return true;
  }
  if (tool === "conda") return /^[\w.-]+(?:\[.*\])?=\d[\w.]*/.test(requirement);
  return false;
}
function tokenize(text) {
  const tokens = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? "");
  return tokens;
}

// src/gates/notebooks/secret-rules.ts
var END = String.raw`(?=[\x60'"\s;]|\\[nr]|$)`;
function rule(row) {
  const { source, ...rest } = row;
  return { ...rest, pattern: new RegExp(source, "g") };
}
var PROVIDER_RULES = [
  rule({
    id: "private-key",
    name: "private key",
    source: String.raw`-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?KEY(?: BLOCK)?-----`,
    shownPrefix: 0,
    keywords: ["-----begin"]
  }),
  rule({
    id: "github-fine-grained-pat",
    name: "GitHub fine-grained personal access token",
    source: String.raw`github_pat_\w{82}`,
    shownPrefix: 11,
    entropy: 3,
    keywords: ["github_pat_"]
  }),
  rule({
    id: "github-pat",
    name: "GitHub personal access token",
    source: String.raw`ghp_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ["ghp_"]
  }),
  rule({
    id: "github-oauth",
    name: "GitHub OAuth access token",
    source: String.raw`gho_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ["gho_"]
  }),
  rule({
    id: "github-app-token",
    name: "GitHub App token",
    source: String.raw`(?:ghu|ghs)_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ["ghu_", "ghs_"]
  }),
  rule({
    id: "github-refresh-token",
    name: "GitHub refresh token",
    source: String.raw`ghr_[0-9a-zA-Z]{36}`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ["ghr_"]
  }),
  rule({
    id: "aws-access-token",
    name: "AWS access key ID",
    source: String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    shownPrefix: 4,
    entropy: 3,
    keywords: ["a3t", "akia", "asia", "abia", "acca"]
  }),
  rule({
    id: "aws-secret-access-key",
    name: "AWS secret access key",
    source: String.raw`["']?(?:aws|AWS|Aws)?_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)_?(?:key|KEY|Key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    shownPrefix: 0,
    entropy: 3,
    keywords: ["secret"]
  }),
  rule({
    id: "slack-bot-token",
    name: "Slack bot token",
    source: String.raw`xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*`,
    shownPrefix: 5,
    entropy: 3,
    keywords: ["xoxb"]
  }),
  rule({
    id: "slack-user-token",
    name: "Slack user token",
    source: String.raw`xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ["xoxp", "xoxe"]
  }),
  rule({
    id: "slack-app-token",
    name: "Slack app-level token",
    source: String.raw`xapp-\d-[A-Za-z0-9]+-\d+-[A-Za-z0-9]+`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ["xapp"]
  }),
  rule({
    id: "slack-legacy-token",
    name: "Slack legacy token",
    source: String.raw`xox[os]-\d+-\d+-\d+-[a-fA-F\d]+`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ["xoxo", "xoxs"]
  }),
  rule({
    id: "slack-legacy-bot-token",
    name: "Slack legacy bot token",
    source: String.raw`xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ["xoxb"]
  }),
  rule({
    id: "slack-legacy-workspace-token",
    name: "Slack legacy workspace token",
    source: String.raw`xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}`,
    shownPrefix: 5,
    entropy: 2,
    keywords: ["xoxa", "xoxr"]
  }),
  rule({
    id: "slack-webhook-url",
    name: "Slack webhook URL",
    source: String.raw`(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}`,
    shownPrefix: 0,
    keywords: ["hooks.slack.com"]
  }),
  rule({
    id: "url-password",
    name: "password in a URL",
    source: String.raw`\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:@/'"\x60]{1,64}:([^\s@/'"\x60]{3,128})@[\w.-]+`,
    shownPrefix: 0,
    keywords: ["://"]
  }),
  rule({
    id: "gcp-api-key",
    name: "Google API key",
    source: String.raw`\b(AIza[\w-]{35})${END}`,
    shownPrefix: 4,
    entropy: 4,
    keywords: ["aiza"]
  }),
  rule({
    id: "openai-api-key",
    name: "OpenAI API key",
    source: String.raw`\b(sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})${END}`,
    shownPrefix: 3,
    entropy: 3,
    keywords: ["t3blbkfj"]
  }),
  rule({
    id: "anthropic-api-key",
    name: "Anthropic API key",
    source: String.raw`\b(sk-ant-api03-[a-zA-Z0-9_-]{93}AA)${END}`,
    shownPrefix: 7,
    keywords: ["sk-ant-api03"]
  }),
  rule({
    id: "anthropic-admin-api-key",
    name: "Anthropic admin API key",
    source: String.raw`\b(sk-ant-admin01-[a-zA-Z0-9_-]{93}AA)${END}`,
    shownPrefix: 7,
    keywords: ["sk-ant-admin01"]
  }),
  rule({
    id: "huggingface-access-token",
    name: "Hugging Face access token",
    source: String.raw`\b(hf_[a-zA-Z]{34})${END}`,
    shownPrefix: 3,
    entropy: 2,
    keywords: ["hf_"]
  }),
  rule({
    id: "huggingface-organization-api-token",
    name: "Hugging Face organization API token",
    source: String.raw`\b(api_org_[a-zA-Z]{34})${END}`,
    shownPrefix: 8,
    entropy: 2,
    keywords: ["api_org_"]
  })
];
var GENERIC_ASSIGNMENT = /(?<![\w.-])(["']?)([A-Za-z_][\w.-]{0,60})\1[ \t]*(?:=|:|=>|:=)[ \t]*[rRbBuU]?(["'])([^"'\s\\]{12,200})\3/g;
var GENERIC_KEYWORDS = ["key", "secret", "token", "passw", "pwd", "credential"];
var CREDENTIAL_NAME = /(?:api_?key|secret(?:_?key)?|token|passw(?:or)?d|pwd|credentials?|auth_?key|access_?key|private_?key)s?$/;
var BUILTIN_ALLOWED = [
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
];
var LINE_ALLOW = /gitleaks:allow|pragma: allowlist secret/;

// src/gates/notebooks/secrets.ts
function findSecrets(text, options) {
  const hits = [];
  const overlaps = (start, end) => hits.some((h) => start < h.end && h.offset < end);
  const lower = text.toLowerCase();
  const mentions = (keywords) => keywords.some((k) => lower.includes(k));
  for (const rule2 of PROVIDER_RULES) {
    if (!mentions(rule2.keywords)) continue;
    for (const match of text.matchAll(rule2.pattern)) {
      const secret = match[1] ?? match[0];
      const offset = match.index + match[0].indexOf(secret);
      const end = offset + secret.length;
      if (overlaps(offset, end) || looksLikePlaceholder(secret)) continue;
      if (!isSecret(secret, rule2.entropy, options) || lineAllowed(text, offset)) continue;
      hits.push({ rule: rule2.id, name: rule2.name, offset, end, redacted: redactedForm(rule2, secret) });
    }
  }
  const generic = mentions(GENERIC_KEYWORDS) ? text.matchAll(GENERIC_ASSIGNMENT) : [];
  for (const match of generic) {
    const name = match[2] ?? "";
    const secret = match[4] ?? "";
    const offset = match.index + match[0].lastIndexOf(secret);
    const end = offset + secret.length;
    if (!CREDENTIAL_NAME.test(name.toLowerCase().replace(/-/g, "_"))) continue;
    if (looksLikePlaceholder(secret) || overlaps(offset, end)) continue;
    if (!isSecret(secret, options.entropy, options) || lineAllowed(text, offset)) continue;
    hits.push({
      rule: "generic-api-key",
      name: `credential assigned to ${name}`,
      offset,
      end,
      redacted: `${name} = "${lastFour(secret)}"`
    });
  }
  return hits.sort((a, b) => a.offset - b.offset).map((hit) => ({ rule: hit.rule, name: hit.name, offset: hit.offset, redacted: hit.redacted }));
}
function isSecret(secret, entropy, options) {
  if (entropy !== void 0 && shannonEntropy(secret) < entropy) return false;
  if (BUILTIN_ALLOWED.includes(secret)) return false;
  return !options.allow.some((pattern) => pattern.test(secret));
}
function looksLikePlaceholder(value) {
  if (/[<>{}$*]|%\(|%s/.test(value)) return true;
  if (/^(.)\1+$/.test(value) || STAND_INS.has(value.toLowerCase())) return true;
  return /^(?:your|my|insert|enter|replace|change|dummy|placeholder|example|xxx)/i.test(value);
}
var STAND_INS = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "changeme", "admin", "token"]);
function lineAllowed(text, offset) {
  const start = text.lastIndexOf("\n", offset) + 1;
  let end = text.indexOf("\n", offset);
  if (end === -1) end = text.length;
  return LINE_ALLOW.test(text.slice(start, end));
}
function redactedForm(rule2, secret) {
  if (rule2.id === "private-key") return "-----BEGIN \u2026 PRIVATE KEY----- block";
  if (rule2.id === "slack-webhook-url") return "hooks.slack.com/\u2026";
  return `${secret.slice(0, rule2.shownPrefix)}${lastFour(secret)}`;
}
function lastFour(secret) {
  return secret.length >= 16 ? `\u2026${secret.slice(-4)}` : "\u2026";
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / total;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// src/gates/notebooks/text-field.ts
function textFieldAt(doc, container, key) {
  if (typeof container !== "object" || container === null) return void 0;
  const value = container[key];
  const fallback = doc.lineOf(container, key, 1);
  if (typeof value === "string") return { text: value, pieceStarts: [0], pieceLines: [fallback] };
  if (!Array.isArray(value)) return void 0;
  const parts = [];
  const pieceStarts = [];
  const pieceLines = [];
  let offset = 0;
  value.forEach((piece, index) => {
    if (typeof piece !== "string") return;
    parts.push(piece);
    pieceStarts.push(offset);
    pieceLines.push(doc.lineOf(value, index, fallback));
    offset += piece.length;
  });
  return { text: parts.join(""), pieceStarts, pieceLines };
}
function positionIn(field, offset) {
  return {
    textLine: countLines(field.text, offset),
    jsonLine: field.pieceLines[pieceAt(field, offset)] ?? 1
  };
}
function jsonLineOfTextLine(field, textLine) {
  let offset = 0;
  for (let line = 1; line < textLine; line++) {
    const next = field.text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return field.pieceLines[pieceAt(field, offset)] ?? 1;
}
function pieceAt(field, offset) {
  let lo = 0;
  let hi = field.pieceStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((field.pieceStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function countLines(text, offset) {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  return line;
}

// src/gates/notebooks/check-leaks.ts
var LOCAL_PATH = /(?<![\w.~/-])\/(?:Users|home)\/[^/\s"'`\\,;:)\]]+|\b[A-Za-z]:(?:\\\\?|\/)(?:Users|Documents and Settings)(?:\\\\?|\/)[^\\/\s"'`,;:)\]]+/g;
function checkLeaks(model, secrets) {
  const drafts = [];
  for (const cell of model.cells) {
    if (cell.source) drafts.push(...sourceLeaks(cell, cell.source, secrets));
    for (const output of cell.outputs) drafts.push(...outputLeaks(cell, output, secrets));
  }
  return drafts;
}
function sourceLeaks(cell, field, secrets) {
  const drafts = findSecrets(field.text, secrets).map((hit) => {
    const at = positionIn(field, hit.offset);
    return {
      rule: "secret",
      line: at.jsonLine,
      message: `${where(cell.index, at.textLine)}: ${article(hit.name)} (${hit.redacted}) is in the source.`,
      fix: "Revoke the credential now (it is in the git history), read it from an environment variable or a secrets manager instead, and rewrite the history if the repository is public."
    };
  });
  const seenLines = /* @__PURE__ */ new Set();
  for (const match of field.text.matchAll(LOCAL_PATH)) {
    const at = positionIn(field, match.index);
    if (seenLines.has(at.textLine)) continue;
    seenLines.add(at.textLine);
    drafts.push({
      rule: "local-path",
      line: at.jsonLine,
      message: `${where(cell.index, at.textLine)}: the absolute path ${shown(match[0])} exists only on one machine.`,
      fix: "Use a path relative to the repository (pathlib.Path(__file__) or the notebook folder), or read it from configuration or an environment variable."
    });
  }
  if (cell.type === "code") {
    for (const install of findInstalls(field.text)) {
      drafts.push({
        rule: "unpinned-install",
        line: jsonLineOfTextLine(field, install.line),
        message: `${where(cell.index, install.line)}: \`${clip(install.command, 80)}\` installs ${install.unpinned.slice(0, 5).join(", ")}${install.unpinned.length > 5 ? " \u2026" : ""} without an exact version.`,
        fix: install.tool === "pip" ? "Pin each package (name==1.2.3), or install from a pinned file: %pip install -r requirements.txt." : "Pin each package (name=1.2.3), or create the environment from a pinned environment.yml."
      });
    }
  }
  return drafts;
}
function outputLeaks(cell, output, secrets) {
  const drafts = [];
  let paths = 0;
  let firstPath;
  for (const { label, field } of output.texts) {
    for (const hit of findSecrets(field.text, secrets)) {
      const at = positionIn(field, hit.offset);
      drafts.push({
        rule: "secret",
        line: at.jsonLine,
        message: `${where(cell.index)}, output ${output.index + 1} (${label}), line ${at.textLine}: ${article(hit.name)} (${hit.redacted}) is in the output.`,
        fix: "Revoke the credential now, clear the output (or strip the notebook) and stop printing credentials."
      });
    }
    for (const match of field.text.matchAll(LOCAL_PATH)) {
      paths++;
      if (firstPath) continue;
      const at = positionIn(field, match.index);
      firstPath = { label, line: at.jsonLine, textLine: at.textLine, value: match[0] };
    }
  }
  if (firstPath) {
    drafts.push({
      rule: "local-path",
      line: firstPath.line,
      message: `${where(cell.index)}, output ${output.index + 1} (${firstPath.label}), line ${firstPath.textLine}: the absolute path ${shown(firstPath.value)} shows someone's machine${paths > 1 ? ` (${paths} such paths in this output)` : ""}.`,
      fix: "Clear or re-run the output on a neutral environment, and use paths relative to the repository."
    });
  }
  return drafts;
}
function shown(path) {
  return `\`${clip(path.replace(/\\\\/g, "\\"), 60)}/\u2026\``;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function article(name) {
  return `${/^[aeiouAEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

// src/gates/notebooks/notebook-model.ts
var TEXT_MIME = /^(?:text\/|application\/(?:json|javascript|x-javascript|vnd\.[\w.+-]*json)|image\/svg\+xml)/;
function notebookModel(doc) {
  const root = asRecord(doc.value) ?? {};
  const cells = Array.isArray(root.cells) ? root.cells : [];
  return {
    doc,
    nbformat: root.nbformat,
    nbformatMinor: root.nbformat_minor,
    metadata: asRecord(root.metadata) ?? {},
    metadataLine: doc.lineOf(root, "metadata", 1),
    cells: cells.flatMap((cell, index) => {
      const record = asRecord(cell);
      return record ? [cellModel(doc, cells, record, index)] : [];
    })
  };
}
function cellModel(doc, cells, cell, index) {
  const line = doc.lineOf(cells, index, 1);
  const outputs = Array.isArray(cell.outputs) ? cell.outputs : [];
  const attachments = doc.spanOf(cell, "attachments");
  const source = textFieldAt(doc, cell, "source");
  return {
    index,
    type: typeof cell.cell_type === "string" ? cell.cell_type : "",
    line,
    ...source ? { source } : {},
    executionCount: cell.execution_count,
    hasExecutionCount: "execution_count" in cell,
    outputs: outputs.flatMap((output, i) => {
      const record = asRecord(output);
      const span = doc.spanOf(outputs, i);
      return record && span ? [outputModel(doc, record, i, span)] : [];
    }),
    outputsLine: doc.lineOf(cell, "outputs", line),
    executionCountLine: doc.lineOf(cell, "execution_count", line),
    metadata: asRecord(cell.metadata) ?? {},
    ...attachments ? { attachments } : {}
  };
}
function outputModel(doc, output, index, span) {
  const type = typeof output.output_type === "string" ? output.output_type : "";
  const data = asRecord(output.data);
  const label = (data ? Object.keys(data).join(", ") : [type, typeof output.name === "string" ? output.name : ""].join(" ").trim()) || "output";
  const texts = [];
  const add = (what, field) => {
    if (field && field.text !== "") texts.push({ label: what, field });
  };
  add(label, textFieldAt(doc, output, "text"));
  add("traceback", textFieldAt(doc, output, "traceback"));
  add("error message", textFieldAt(doc, output, "evalue"));
  if (data) {
    for (const mime of Object.keys(data)) {
      if (TEXT_MIME.test(mime)) add(mime, textFieldAt(doc, data, mime));
    }
  }
  return {
    index,
    type,
    label,
    span,
    texts,
    ...typeof output.ename === "string" ? { errorName: output.ename } : {},
    ..."execution_count" in output ? { executionCount: output.execution_count } : {}
  };
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/gates/notebooks/check-metadata.ts
function kernelInfo(model) {
  const spec = asRecord(model.metadata.kernelspec);
  const info = asRecord(model.metadata.language_info);
  const text = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
  const kernel = text(spec?.name);
  const language = text(info?.name) ?? text(spec?.language);
  const version = text(info?.version);
  return {
    ...kernel ? { kernel } : {},
    ...language ? { language } : {},
    ...version ? { version } : {}
  };
}
function checkMetadata(model, declared) {
  const info = kernelInfo(model);
  const line = model.metadataLine;
  const drafts = [];
  const missing = [
    info.kernel ? "" : "metadata.kernelspec.name",
    info.version ? "" : "metadata.language_info.version"
  ];
  if (missing.some((m) => m !== "")) {
    drafts.push({
      rule: "kernel-metadata",
      line,
      message: `The notebook does not say what it runs on: ${missing.filter((m) => m !== "").join(" and ")} ${missing.every((m) => m !== "") ? "are" : "is"} missing.`,
      fix: "Open the notebook in Jupyter with the project kernel selected and save it (Jupyter writes both); do not strip metadata.kernelspec or metadata.language_info."
    });
  }
  const python = info.language === void 0 || info.language.toLowerCase() === "python";
  const release = info.version ? parseRelease(info.version) : void 0;
  if (!declared || !python || !release || !info.version) return drafts;
  if (satisfies(release, declared.requirement)) return drafts;
  const wanted = declared.requirement.kind === "minor" ? `Python ${declared.requirement.major}.${declared.requirement.minor}` : `Python ${declared.requirement.text}`;
  const from = declared.line !== void 0 ? `${declared.source}:${declared.line}` : declared.source;
  drafts.push({
    rule: "python-version",
    line: model.doc.lineAtPointer("/metadata/language_info/version"),
    message: `The notebook was saved with Python ${info.version}, but ${from} declares ${wanted}.`,
    fix: `Run the notebook with a kernel of ${wanted} and save it again, or update ${declared.source} if the project has moved on.`
  });
  return drafts;
}

// src/gates/notebooks/check-outputs.ts
var RUN_METADATA = ["execution", "ExecuteTime", "collapsed", "scrolled", "heading_collapsed", "hidden"];
var LISTED = 8;
function checkOutputs(model, path, policy) {
  if (policy === "stripped") return checkStripped(model, path);
  if (policy === "executed") return checkExecuted(model, path);
  return [];
}
function checkStripped(model, path) {
  const keepAll = model.metadata.keep_output === true;
  const withOutputs = [];
  const withCounts = [];
  const withRunMetadata = [];
  for (const cell of model.cells) {
    if (cell.type === "code" && cell.outputs.length > 0 && !keepAll && !keepsOutput(cell))
      withOutputs.push(cell);
    const counted = typeof cell.executionCount === "number" || cell.outputs.some((o) => typeof o.executionCount === "number");
    if (cell.type === "code" && counted) withCounts.push(cell);
    if (RUN_METADATA.some((key) => key in cell.metadata)) withRunMetadata.push(cell);
  }
  if (withOutputs.length + withCounts.length + withRunMetadata.length === 0) return [];
  const parts = [
    withOutputs.length > 0 ? `outputs in ${cellList(withOutputs)}` : "",
    withCounts.length > 0 ? `execution counts in ${cellList(withCounts)}` : "",
    withRunMetadata.length > 0 ? `cell metadata nbstripout removes (${runKeys(withRunMetadata)}) in ${cellList(withRunMetadata)}` : ""
  ].filter((p) => p !== "");
  const first = [...withOutputs, ...withCounts, ...withRunMetadata].sort((a, b) => a.index - b.index)[0];
  return [
    {
      rule: "outputs-not-stripped",
      line: first ? firstLine(first, withOutputs.includes(first)) : void 0,
      message: `This notebook must be stripped but keeps ${parts.join("; ")}.`,
      fix: `Run \`nbstripout ${shellQuote(path)}\` and commit the result; \`nbstripout --install\` in the clone strips notebooks on every commit from then on.`
    }
  ];
}
function keepsOutput(cell) {
  const tags = Array.isArray(cell.metadata.tags) ? cell.metadata.tags : [];
  return cell.metadata.keep_output === true || cell.metadata.init_cell === true || tags.includes("keep_output");
}
function checkExecuted(model, path) {
  const code = model.cells.filter(
    (c) => c.type === "code" && ((c.source?.text.trim() ?? "") !== "" || typeof c.executionCount === "number")
  );
  const drafts = [];
  const executed = code.filter((c) => typeof c.executionCount === "number");
  if (code.length > 0 && executed.length === 0) {
    const first = code[0];
    drafts.push({
      rule: "not-executed",
      line: first?.line,
      message: `This notebook must keep the outputs of a full run, but none of its ${code.length} code cell(s) was executed.`,
      fix: `Restart the kernel and run all cells (or \`jupyter nbconvert --to notebook --execute --inplace ${shellQuote(path)}\`), then commit.`
    });
  }
  const order = orderProblem(code);
  if (order) drafts.push(order);
  for (const cell of model.cells) {
    for (const output of cell.outputs) {
      if (output.type !== "error") continue;
      drafts.push({
        rule: "error-output",
        line: output.span.line,
        message: `${where(cell.index)} ended in an error${output.errorName ? ` (${output.errorName})` : ""}; a committed run must complete.`,
        fix: "Fix the cell (or remove it), restart the kernel, run all cells and commit the clean run."
      });
    }
  }
  return drafts;
}
function orderProblem(code) {
  let expected = 1;
  let lastExecuted = -1;
  code.forEach((c, i) => {
    if (typeof c.executionCount === "number") lastExecuted = i;
  });
  for (let i = 0; i <= lastExecuted; i++) {
    const cell = code[i];
    if (!cell) continue;
    const count = cell.executionCount;
    if (count === expected) {
      expected++;
      continue;
    }
    const sequence = code.slice(0, lastExecuted + 1).map((c) => typeof c.executionCount === "number" ? String(c.executionCount) : "-").join(", ");
    const what = typeof count === "number" ? `has execution count ${count} where a top-to-bottom run gives ${expected}` : "was not executed, but a later cell was";
    return {
      rule: "out-of-order",
      line: cell.executionCountLine,
      message: `${where(cell.index)} ${what}: the code cells' counts are [${sequence}], not 1, 2, 3 \u2026 in order.`,
      fix: "Restart the kernel and run all cells from the top (Kernel \u2192 Restart & Run All), then commit."
    };
  }
  return void 0;
}
function firstLine(cell, hasOutputs) {
  if (hasOutputs) return cell.outputsLine;
  return typeof cell.executionCount === "number" ? cell.executionCountLine : cell.line;
}
function cellList(cells) {
  const names = cells.slice(0, LISTED).map((c) => String(c.index + 1));
  const more = cells.length > LISTED ? ` and ${cells.length - LISTED} more` : "";
  return `cell${cells.length === 1 ? "" : "s"} ${names.join(", ")}${more}`;
}
function runKeys(cells) {
  const keys = /* @__PURE__ */ new Set();
  for (const cell of cells) for (const key of RUN_METADATA) if (key in cell.metadata) keys.add(key);
  return [...keys].join(", ");
}
function shellQuote(path) {
  return /^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

// src/gates/notebooks/check-weight.ts
var NAMED = 3;
function checkWeight(model, text, fileBytes, limits) {
  const parts = heavyParts(model, text);
  const drafts = [];
  for (const part of parts) {
    if (part.bytes <= limits.maxOutputBytes) continue;
    drafts.push({
      rule: "too-large",
      line: part.line,
      message: `${where(part.cell)}, ${part.what} is ${formatBytes(part.bytes)} (limit ${formatBytes(limits.maxOutputBytes)}).`,
      fix: fixFor(part.what)
    });
  }
  if (fileBytes > limits.maxNotebookBytes) {
    const biggest = parts.slice(0, NAMED).map((p) => `${where(p.cell)} ${p.what} ${formatBytes(p.bytes)}`);
    drafts.push({
      rule: "too-large",
      line: parts[0]?.line ?? 1,
      message: `The notebook is ${formatBytes(fileBytes)} (limit ${formatBytes(limits.maxNotebookBytes)})${biggest.length > 0 ? `; biggest: ${biggest.join(", ")}` : ""}.`,
      fix: "Clear or shrink the biggest outputs (or strip the notebook); keep large results as files tracked with Git LFS or DVC."
    });
  }
  return drafts;
}
function heavyParts(model, text) {
  const parts = [];
  for (const cell of model.cells) {
    for (const output of cell.outputs) {
      parts.push({
        cell: cell.index,
        what: `output ${output.index + 1} (${output.label})`,
        bytes: utf8Bytes(text, output.span.start, output.span.end),
        line: output.span.line
      });
    }
    if (cell.attachments) {
      const { start, end, line } = cell.attachments;
      parts.push({ cell: cell.index, what: "attachments", bytes: utf8Bytes(text, start, end), line });
    }
  }
  return parts.sort((a, b) => b.bytes - a.bytes || a.cell - b.cell);
}
function utf8Bytes(text, start, end) {
  return Buffer.byteLength(text.slice(start, end), "utf8");
}
function fixFor(what) {
  if (/image\//.test(what)) {
    return "Save the figure at a lower resolution (dpi) or as a file next to the notebook, and clear the embedded image.";
  }
  if (/text\/html/.test(what)) {
    return "Display a summary (df.head(), df.describe()) instead of the whole table, or clear the output.";
  }
  return "Print less (a summary, the first lines) or clear the output before committing.";
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
function trim(n) {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1).replace(/\.0$/, "");
}

// src/gates/notebooks/read-notebook.ts
import { lstat as lstat2, open, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
var SNIFF_BYTES = 8192;
var UTF8 = new TextDecoder("utf-8", { fatal: true });
async function readNotebook(realRoot, cwd, path, maxBytes) {
  const absolute = resolve(cwd, path);
  let real;
  let linked;
  let info;
  try {
    linked = (await lstat2(absolute)).isSymbolicLink();
    real = await realpath(absolute);
    info = await stat(real);
  } catch (error) {
    const code = error.code ?? "unknown error";
    return refuse(
      "unsafe-path",
      `${path} cannot be opened (${code}${code === "ENOENT" ? ": a link to a missing file?" : ""}).`
    );
  }
  const inside = relative(realRoot, real);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside) || inside.split(sep).includes(".git")) {
    const where2 = inside.split(sep).includes(".git") ? "into the .git folder" : "outside the repository";
    return refuse(
      "unsafe-path",
      `${path} ${linked ? "is a symbolic link that points" : "resolves"} ${where2}; it was not read.`,
      "Replace the link with the notebook itself, or exclude the path (notebooks.exclude)."
    );
  }
  if (!info.isFile()) {
    return refuse(
      "unsafe-path",
      `${path} is not a regular file; it was not read.`,
      "Exclude the path (notebooks.exclude)."
    );
  }
  if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
  const bytes = await readAtMost(real, maxBytes + 1);
  if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0))
    return notText(path, bytes.length, "it holds NUL bytes (binary data)");
  try {
    return { ok: true, text: UTF8.decode(bytes), bytes: bytes.length };
  } catch {
    return notText(path, bytes.length, "it is not valid UTF-8");
  }
}
async function readAtMost(path, limit) {
  const handle = await open(path, "r");
  try {
    const chunks = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1 << 20));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
function tooLarge(path, bytes, maxBytes) {
  return {
    ok: false,
    bytes,
    draft: {
      rule: "too-large",
      message: `${path} is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} read limit: it was not read, so nothing else was checked.`,
      fix: "Strip its outputs (nbstripout) or move the data it embeds to files tracked with Git LFS or DVC; notebooks.max-read-mib raises the limit."
    }
  };
}
function notText(path, bytes, why) {
  return {
    ok: false,
    bytes,
    draft: {
      rule: "invalid",
      line: 1,
      message: `${path} is not a notebook: ${why}.`,
      fix: "Commit the real notebook (a UTF-8 JSON file), or exclude the path if it is not one."
    }
  };
}
function refuse(rule2, message, fix = "Check the path, or exclude it (notebooks.exclude).") {
  return { ok: false, draft: { rule: rule2, message, fix } };
}

// src/gates/notebooks/located-json.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset, line, column) {
    super(message);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
  offset;
  line;
  column;
  name = "JsonSyntaxError";
};
var LocatedJson = class {
  constructor(value, spans) {
    this.value = value;
    this.spans = spans;
  }
  value;
  spans;
  /** The span of `container[key]`, when `container` came from this document. */
  spanOf(container, key) {
    if (typeof container !== "object" || container === null) return void 0;
    const members = this.spans.get(container);
    if (!members) return void 0;
    return Array.isArray(members) ? members[Number(key)] : members.get(String(key));
  }
  /** The line of `container[key]`, or `fallback` when it is not known. */
  lineOf(container, key, fallback) {
    return this.spanOf(container, key)?.line ?? fallback;
  }
  /** The line of the value a JSON pointer (`/cells/3/source`) names, or of its nearest parent. */
  lineAtPointer(pointer) {
    let node = this.value;
    let line = 1;
    if (pointer === "") return line;
    for (const raw of pointer.slice(1).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      const span = this.spanOf(node, key);
      if (!span) break;
      line = span.line;
      node = node[key];
    }
    return line;
  }
};
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    lineStart = at + 1;
    at = text.indexOf("\n", lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

// src/gates/notebooks/parse-located-json.ts
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var CONTROL = /[\u0000-\u001f]/;
function parseLocatedJson(text, maxDepth = 256) {
  return new Parser(text, maxDepth).parse();
}
var Parser = class {
  constructor(text, maxDepth) {
    this.text = text;
    this.maxDepth = maxDepth;
    if (text.charCodeAt(0) === 65279) this.i = 1;
  }
  text;
  maxDepth;
  i = 0;
  line = 1;
  nextBackslash = -1;
  spans = /* @__PURE__ */ new WeakMap();
  stack = [];
  parse() {
    this.skipWhitespace();
    if (this.i >= this.text.length) this.fail("the file is empty; expected a JSON document");
    let root;
    let value = this.readValue();
    for (; ; ) {
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        root = value;
        break;
      }
      value = this.afterMember(frame, value);
      if (value === PENDING) value = this.readValue();
    }
    this.skipWhitespace();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describe()} after the end of the document`);
    return new LocatedJson(root, this.spans);
  }
  /**
   * Reads the value at the cursor. A scalar or an empty container is returned complete; a
   * non-empty container is pushed and the value of its first member is read, iteratively.
   */
  readValue() {
    for (; ; ) {
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      const start = this.i;
      const line = this.line;
      if (c === 123 || c === 91) {
        const container = this.open(c === 123, start, line);
        if (container !== PENDING) return container;
        continue;
      }
      const value = this.readScalar(c);
      this.record({ line, start, end: this.i });
      return value;
    }
  }
  /** Opens a container: returns it when empty, else pushes it and returns PENDING. */
  open(isObject, start, line) {
    if (this.stack.length >= this.maxDepth) {
      this.fail(`the document is nested deeper than ${this.maxDepth} levels`);
    }
    const value = isObject ? {} : [];
    const members = isObject ? /* @__PURE__ */ new Map() : [];
    this.spans.set(value, members);
    const span = { line, start, end: start };
    this.record(span);
    this.i++;
    this.skipWhitespace();
    const close = isObject ? 125 : 93;
    if (this.text.charCodeAt(this.i) === close) {
      this.i++;
      span.end = this.i;
      return value;
    }
    const frame = { value, members, span, key: "" };
    this.stack.push(frame);
    if (isObject) this.readKey(frame);
    return PENDING;
  }
  /** Stores a finished member and moves on: returns the closed container, or PENDING. */
  afterMember(frame, value) {
    if (Array.isArray(frame.value)) frame.value.push(value);
    else setMember(frame.value, frame.key, value);
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.i);
    const isObject = !Array.isArray(frame.value);
    if (c === 44) {
      this.i++;
      if (isObject) this.readKey(frame);
      return PENDING;
    }
    if (c === (isObject ? 125 : 93)) {
      this.i++;
      frame.span.end = this.i;
      this.stack.pop();
      return frame.value;
    }
    return this.fail(
      `expected ',' or '${isObject ? "}" : "]"}' after ${isObject ? `the value of "${frame.key}"` : "an array element"}, found ${this.describe()}`
    );
  }
  readKey(frame) {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) !== 34)
      this.fail(`expected a key in double quotes, found ${this.describe()}`);
    frame.key = this.readString();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) !== 58) {
      this.fail(`expected ':' after the key "${frame.key}", found ${this.describe()}`);
    }
    this.i++;
  }
  /** Records the span of the value about to be stored in the innermost container. */
  record(span) {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    if (Array.isArray(frame.members)) frame.members.push(span);
    else frame.members.set(frame.key, span);
  }
  readScalar(c) {
    if (c === 34) return this.readString();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.text)) {
      const end = NUMBER.lastIndex;
      const value = Number(this.text.slice(this.i, end));
      this.i = end;
      return value;
    }
    return this.fail(
      this.i >= this.text.length ? "unexpected end of the file: the JSON is truncated" : `expected a value, found ${this.describe()}`
    );
  }
  /** Reads a string at the cursor (on its opening quote). */
  readString() {
    const text = this.text;
    const open2 = this.i;
    let close = text.indexOf('"', open2 + 1);
    if (this.nextBackslash < open2) {
      this.nextBackslash = text.indexOf("\\", open2 + 1);
      if (this.nextBackslash === -1) this.nextBackslash = text.length;
    }
    if (close !== -1 && close < this.nextBackslash) {
      const value = text.slice(open2 + 1, close);
      if (CONTROL.test(value))
        this.failAt(open2, "a control character (a raw line break or tab) inside a string");
      this.i = close + 1;
      return value;
    }
    let at = open2 + 1;
    for (; ; ) {
      close = text.indexOf('"', at);
      if (close === -1) this.failAt(open2, "unterminated string");
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      at = close + 1;
    }
    this.i = close + 1;
    this.nextBackslash = -1;
    try {
      return JSON.parse(text.slice(open2, close + 1));
    } catch {
      return this.failAt(open2, "invalid escape or control character in a string");
    }
  }
  /** Skips whitespace, counting lines: a valid JSON text has line breaks only here. */
  skipWhitespace() {
    const text = this.text;
    let i = this.i;
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
    this.i = i;
  }
  describe() {
    if (this.i >= this.text.length) return "the end of the file";
    const c = this.text.charCodeAt(this.i);
    if (c < 32 || c === 127) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
    return `'${this.text.charAt(this.i)}'`;
  }
  fail(message) {
    return this.failAt(this.i, message);
  }
  failAt(offset, message) {
    const { line, column } = positionOf(this.text, offset);
    throw new JsonSyntaxError(message, offset, line, column);
  }
};
var PENDING = /* @__PURE__ */ Symbol("pending");
var LITERALS = [
  ["true", true],
  ["false", false],
  ["null", null]
];
function setMember(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

// src/gates/notebooks/nbformat-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/notebooks/nbformat.v4.0.schema.json
var nbformat_v4_0_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "IPython Notebook v4.0 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 0
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            collapsed: {
              description: "Whether the cell is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// schema/notebooks/nbformat.v4.1.schema.json
var nbformat_v4_1_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "IPython Notebook v4.1 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 1
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            collapsed: {
              description: "Whether the cell is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// schema/notebooks/nbformat.v4.2.schema.json
var nbformat_v4_2_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "Jupyter Notebook v4.2 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        },
        title: {
          description: "The title of the notebook document",
          type: "string"
        },
        authors: {
          description: "The author(s) of the notebook document",
          type: "array",
          item: {
            type: "object",
            properties: {
              name: {
                type: "string"
              }
            },
            additionalProperties: true
          }
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 2
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            collapsed: {
              description: "Whether the cell is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string. Must be unique across all the cells of a given notebook.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// schema/notebooks/nbformat.v4.3.schema.json
var nbformat_v4_3_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "Jupyter Notebook v4.3 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        },
        title: {
          description: "The title of the notebook document",
          type: "string"
        },
        authors: {
          description: "The author(s) of the notebook document",
          type: "array",
          item: {
            type: "object",
            properties: {
              name: {
                type: "string"
              }
            },
            additionalProperties: true
          }
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 3
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            jupyter: {
              description: "Official Jupyter Metadata for Raw Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" },
            jupyter: {
              description: "Official Jupyter Metadata for Markdown Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            jupyter: {
              description: "Official Jupyter Metadata for Code Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              },
              outputs_hidden: {
                description: "Whether the outputs are hidden.",
                type: "boolean"
              }
            },
            collapsed: {
              description: "Whether the cell is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string. Must be unique across all the cells of a given notebook.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// schema/notebooks/nbformat.v4.4.schema.json
var nbformat_v4_4_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "Jupyter Notebook v4.4 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        },
        title: {
          description: "The title of the notebook document",
          type: "string"
        },
        authors: {
          description: "The author(s) of the notebook document",
          type: "array",
          item: {
            type: "object",
            properties: {
              name: {
                type: "string"
              }
            },
            additionalProperties: true
          }
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 4
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            jupyter: {
              description: "Official Jupyter Metadata for Raw Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" },
            jupyter: {
              description: "Official Jupyter Metadata for Markdown Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            jupyter: {
              description: "Official Jupyter Metadata for Code Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              },
              outputs_hidden: {
                description: "Whether the outputs are hidden.",
                type: "boolean"
              }
            },
            execution: {
              description: "Execution time for the code in the cell. This tracks time at which messages are received from iopub or shell channels",
              type: "object",
              properties: {
                "iopub.execute_input": {
                  description: "header.date (in ISO 8601 format) of iopub channel's execute_input message. It indicates the time at which the kernel broadcasts an execute_input message to connected frontends",
                  type: "string"
                },
                "iopub.status.busy": {
                  description: "header.date (in ISO 8601 format) of iopub channel's kernel status message when the status is 'busy'",
                  type: "string"
                },
                "shell.execute_reply": {
                  description: "header.date (in ISO 8601 format) of the shell channel's execute_reply message. It indicates the time at which the execute_reply message was created",
                  type: "string"
                },
                "iopub.status.idle": {
                  description: "header.date (in ISO 8601 format) of iopub channel's kernel status message when the status is 'idle'. It indicates the time at which kernel finished processing the associated request",
                  type: "string"
                }
              },
              additionalProperties: true,
              patternProperties: {
                "^.*$": {
                  type: "string"
                }
              }
            },
            collapsed: {
              description: "Whether the cell's output is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string. Cell names are expected to be unique across all the cells in a given notebook. This criterion cannot be checked by the json schema and must be established by an additional check.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// schema/notebooks/nbformat.v4.5.schema.json
var nbformat_v4_5_schema_default = {
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "Jupyter Notebook v4.5 JSON schema.",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "nbformat_minor", "nbformat", "cells"],
  properties: {
    metadata: {
      description: "Notebook root-level metadata.",
      type: "object",
      additionalProperties: true,
      properties: {
        kernelspec: {
          description: "Kernel information.",
          type: "object",
          required: ["name", "display_name"],
          properties: {
            name: {
              description: "Name of the kernel specification.",
              type: "string"
            },
            display_name: {
              description: "Name to display in UI.",
              type: "string"
            }
          }
        },
        language_info: {
          description: "Kernel information.",
          type: "object",
          required: ["name"],
          properties: {
            name: {
              description: "The programming language which this kernel runs.",
              type: "string"
            },
            codemirror_mode: {
              description: "The codemirror mode to use for code in this language.",
              oneOf: [{ type: "string" }, { type: "object" }]
            },
            file_extension: {
              description: "The file extension for files in this language.",
              type: "string"
            },
            mimetype: {
              description: "The mimetype corresponding to files in this language.",
              type: "string"
            },
            pygments_lexer: {
              description: "The pygments lexer to use for code in this language.",
              type: "string"
            }
          }
        },
        orig_nbformat: {
          description: "Original notebook format (major number) before converting the notebook between versions. This should never be written to a file.",
          type: "integer",
          minimum: 1
        },
        title: {
          description: "The title of the notebook document",
          type: "string"
        },
        authors: {
          description: "The author(s) of the notebook document",
          type: "array",
          item: {
            type: "object",
            properties: {
              name: {
                type: "string"
              }
            },
            additionalProperties: true
          }
        }
      }
    },
    nbformat_minor: {
      description: "Notebook format (minor number). Incremented for backward compatible changes to the notebook format.",
      type: "integer",
      minimum: 5
    },
    nbformat: {
      description: "Notebook format (major number). Incremented between backwards incompatible changes to the notebook format.",
      type: "integer",
      minimum: 4,
      maximum: 4
    },
    cells: {
      description: "Array of cells of the current notebook.",
      type: "array",
      items: { $ref: "#/definitions/cell" }
    }
  },
  definitions: {
    cell_id: {
      description: "A string field representing the identifier of this particular cell.",
      type: "string",
      pattern: "^[a-zA-Z0-9-_]+$",
      minLength: 1,
      maxLength: 64
    },
    cell: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/raw_cell" },
        { $ref: "#/definitions/markdown_cell" },
        { $ref: "#/definitions/code_cell" }
      ]
    },
    raw_cell: {
      description: "Notebook raw nbconvert cell.",
      type: "object",
      additionalProperties: false,
      required: ["id", "cell_type", "metadata", "source"],
      properties: {
        id: { $ref: "#/definitions/cell_id" },
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["raw"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            format: {
              description: "Raw cell metadata format for nbconvert.",
              type: "string"
            },
            jupyter: {
              description: "Official Jupyter Metadata for Raw Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    markdown_cell: {
      description: "Notebook markdown cell.",
      type: "object",
      additionalProperties: false,
      required: ["id", "cell_type", "metadata", "source"],
      properties: {
        id: { $ref: "#/definitions/cell_id" },
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["markdown"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" },
            jupyter: {
              description: "Official Jupyter Metadata for Markdown Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              }
            }
          },
          additionalProperties: true
        },
        attachments: { $ref: "#/definitions/misc/attachments" },
        source: { $ref: "#/definitions/misc/source" }
      }
    },
    code_cell: {
      description: "Notebook code cell.",
      type: "object",
      additionalProperties: false,
      required: ["id", "cell_type", "metadata", "source", "outputs", "execution_count"],
      properties: {
        id: { $ref: "#/definitions/cell_id" },
        cell_type: {
          description: "String identifying the type of cell.",
          enum: ["code"]
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          additionalProperties: true,
          properties: {
            jupyter: {
              description: "Official Jupyter Metadata for Code Cells",
              type: "object",
              additionalProperties: true,
              source_hidden: {
                description: "Whether the source is hidden.",
                type: "boolean"
              },
              outputs_hidden: {
                description: "Whether the outputs are hidden.",
                type: "boolean"
              }
            },
            execution: {
              description: "Execution time for the code in the cell. This tracks time at which messages are received from iopub or shell channels",
              type: "object",
              properties: {
                "iopub.execute_input": {
                  description: "header.date (in ISO 8601 format) of iopub channel's execute_input message. It indicates the time at which the kernel broadcasts an execute_input message to connected frontends",
                  type: "string"
                },
                "iopub.status.busy": {
                  description: "header.date (in ISO 8601 format) of iopub channel's kernel status message when the status is 'busy'",
                  type: "string"
                },
                "shell.execute_reply": {
                  description: "header.date (in ISO 8601 format) of the shell channel's execute_reply message. It indicates the time at which the execute_reply message was created",
                  type: "string"
                },
                "iopub.status.idle": {
                  description: "header.date (in ISO 8601 format) of iopub channel's kernel status message when the status is 'idle'. It indicates the time at which kernel finished processing the associated request",
                  type: "string"
                }
              },
              additionalProperties: true,
              patternProperties: {
                "^.*$": {
                  type: "string"
                }
              }
            },
            collapsed: {
              description: "Whether the cell's output is collapsed/expanded.",
              type: "boolean"
            },
            scrolled: {
              description: "Whether the cell's output is scrolled, unscrolled, or autoscrolled.",
              enum: [true, false, "auto"]
            },
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          }
        },
        source: { $ref: "#/definitions/misc/source" },
        outputs: {
          description: "Execution, display, or stream outputs.",
          type: "array",
          items: { $ref: "#/definitions/output" }
        },
        execution_count: {
          description: "The code cell's prompt number. Will be null if the cell has not been run.",
          type: ["integer", "null"],
          minimum: 0
        }
      }
    },
    unrecognized_cell: {
      description: "Unrecognized cell from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["cell_type", "metadata"],
      properties: {
        cell_type: {
          description: "String identifying the type of cell.",
          not: {
            enum: ["markdown", "code", "raw"]
          }
        },
        metadata: {
          description: "Cell-level metadata.",
          type: "object",
          properties: {
            name: { $ref: "#/definitions/misc/metadata_name" },
            tags: { $ref: "#/definitions/misc/metadata_tags" }
          },
          additionalProperties: true
        }
      }
    },
    output: {
      type: "object",
      oneOf: [
        { $ref: "#/definitions/execute_result" },
        { $ref: "#/definitions/display_data" },
        { $ref: "#/definitions/stream" },
        { $ref: "#/definitions/error" }
      ]
    },
    execute_result: {
      description: "Result of executing a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata", "execution_count"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["execute_result"]
        },
        execution_count: {
          description: "A result's prompt number.",
          type: ["integer", "null"],
          minimum: 0
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    display_data: {
      description: "Data displayed as a result of code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "data", "metadata"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["display_data"]
        },
        data: { $ref: "#/definitions/misc/mimebundle" },
        metadata: { $ref: "#/definitions/misc/output_metadata" }
      }
    },
    stream: {
      description: "Stream output from a code cell.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "name", "text"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["stream"]
        },
        name: {
          description: "The name of the stream (stdout, stderr).",
          type: "string"
        },
        text: {
          description: "The stream's text output, represented as an array of strings.",
          $ref: "#/definitions/misc/multiline_string"
        }
      }
    },
    error: {
      description: "Output of an error that occurred during code cell execution.",
      type: "object",
      additionalProperties: false,
      required: ["output_type", "ename", "evalue", "traceback"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          enum: ["error"]
        },
        ename: {
          description: "The name of the error.",
          type: "string"
        },
        evalue: {
          description: "The value, or message, of the error.",
          type: "string"
        },
        traceback: {
          description: "The error's traceback, represented as an array of strings.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    unrecognized_output: {
      description: "Unrecognized output from a future minor-revision to the notebook format.",
      type: "object",
      additionalProperties: true,
      required: ["output_type"],
      properties: {
        output_type: {
          description: "Type of cell output.",
          not: {
            enum: ["execute_result", "display_data", "stream", "error"]
          }
        }
      }
    },
    misc: {
      metadata_name: {
        description: "The cell's name. If present, must be a non-empty string. Cell names are expected to be unique across all the cells in a given notebook. This criterion cannot be checked by the json schema and must be established by an additional check.",
        type: "string",
        pattern: "^.+$"
      },
      metadata_tags: {
        description: "The cell's tags. Tags must be unique, and must not contain commas.",
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[^,]+$"
        }
      },
      attachments: {
        description: "Media attachments (e.g. inline images), stored as mimebundle keyed by filename.",
        type: "object",
        patternProperties: {
          ".*": {
            description: "The attachment's data stored as a mimebundle.",
            $ref: "#/definitions/misc/mimebundle"
          }
        }
      },
      source: {
        description: "Contents of the cell, represented as an array of lines.",
        $ref: "#/definitions/misc/multiline_string"
      },
      execution_count: {
        description: "The code cell's prompt number. Will be null if the cell has not been run.",
        type: ["integer", "null"],
        minimum: 0
      },
      mimebundle: {
        description: "A mime-type keyed dictionary of data",
        type: "object",
        additionalProperties: {
          description: "mimetype output (e.g. text/plain), represented as either an array of strings or a string.",
          $ref: "#/definitions/misc/multiline_string"
        },
        patternProperties: {
          "^application/(.*\\+)?json$": {
            description: "Mimetypes with JSON output, can be any type"
          }
        }
      },
      output_metadata: {
        description: "Cell output metadata.",
        type: "object",
        additionalProperties: true
      },
      multiline_string: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: { type: "string" }
          }
        ]
      }
    }
  }
};

// src/gates/notebooks/nbformat-schema.ts
var SCHEMAS = [nbformat_v4_0_schema_default, nbformat_v4_1_schema_default, nbformat_v4_2_schema_default, nbformat_v4_3_schema_default, nbformat_v4_4_schema_default, nbformat_v4_5_schema_default];
var LATEST_MINOR = SCHEMAS.length - 1;
var CELL_BRANCHES = {
  code: "code_cell",
  markdown: "markdown_cell",
  raw: "raw_cell"
};
var OUTPUT_BRANCHES = {
  execute_result: "execute_result",
  display_data: "display_data",
  stream: "stream",
  error: "error"
};
var MinorSchema = class {
  constructor(schema, future) {
    this.future = future;
    const body = future ? relaxed(schema) : schema;
    this.ajv.addSchema(body, "nbformat");
    this.notebook = this.definition("");
  }
  future;
  // verbose: errors carry their schema, so an unknown key's message can list the allowed ones.
  ajv = new import_ajv.Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    validateSchema: false
  });
  notebook;
  definition(name) {
    const validate = this.ajv.getSchema(name === "" ? "nbformat" : `nbformat#/definitions/${name}`);
    if (!validate) throw new Error(`nbformat schema has no definition ${name}`);
    return validate;
  }
};
var compiled = /* @__PURE__ */ new Map();
function schemaFor(minor) {
  const future = minor > LATEST_MINOR;
  const index = Math.min(Math.max(minor, 0), LATEST_MINOR);
  const key = future ? "future" : String(index);
  let schema = compiled.get(key);
  if (!schema) {
    schema = new MinorSchema(SCHEMAS[index] ?? nbformat_v4_5_schema_default, future);
    compiled.set(key, schema);
  }
  return schema;
}
function schemaProblems(notebook, minor) {
  const schema = schemaFor(minor);
  if (passes(schema.notebook, notebook)) return [];
  const cells = Array.isArray(notebook.cells) ? notebook.cells : void 0;
  const errors = errorsOf(schema.notebook, cells ? { ...notebook, cells: [] } : notebook);
  cells?.forEach((cell, i) => {
    errors.push(...prefixed(`/cells/${i}`, cellErrors(schema, cell)));
  });
  return errors.map((e) => describe(e, notebook));
}
function cellErrors(schema, cell) {
  if (passes(schema.definition("cell"), cell)) return [];
  const shape = typeShape(cell, "cell_type", CELL_BRANCHES);
  if (typeof shape !== "string") return [shape];
  const record = cell;
  if (shape !== "code_cell" || !Array.isArray(record.outputs))
    return errorsOf(schema.definition(shape), cell);
  const outputs = record.outputs;
  const errors = errorsOf(schema.definition(shape), { ...record, outputs: [] });
  outputs.forEach((output, k) => {
    errors.push(...prefixed(`/outputs/${k}`, outputErrors(schema, output)));
  });
  return errors;
}
function outputErrors(schema, output) {
  if (passes(schema.definition("output"), output)) return [];
  const shape = typeShape(output, "output_type", OUTPUT_BRANCHES);
  return typeof shape === "string" ? errorsOf(schema.definition(shape), output) : [shape];
}
function typeShape(value, field, branches) {
  const error = (instancePath, keyword, params) => ({
    instancePath,
    keyword,
    params,
    schemaPath: ""
  });
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return error("", "type", { type: "object" });
  const type = value[field];
  if (type === void 0) return error("", "required", { missingProperty: field });
  const branch = typeof type === "string" && Object.hasOwn(branches, type) ? branches[type] : void 0;
  return branch ?? error(`/${field}`, "enum", { allowedValues: Object.keys(branches) });
}
function passes(validate, value) {
  return validate(value);
}
function errorsOf(validate, value) {
  validate(value);
  const errors = (validate.errors ?? []).map((e) => {
    const types = e.params.type;
    return Array.isArray(types) ? { ...e, params: { ...e.params, type: types.join(" or ") } } : e;
  });
  return foldSchemaErrors(errors);
}
function prefixed(prefix, errors) {
  return errors.map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` }));
}
function describe(error, notebook) {
  const { pointer, message } = describeSchemaError(error, (p) => valueAtPointer(notebook, p));
  const at = error.keyword === "additionalProperties" ? error.instancePath : pointer;
  return { pointer, message: `${place(at)}: ${message.slice(keyPath(pointer).length + 2)}` };
}
function place(pointer) {
  const parts = pointer.split("/").slice(1);
  const names = [];
  let i = 0;
  if (parts[0] === "cells" && /^\d+$/.test(parts[1] ?? "")) {
    names.push(`cell ${Number(parts[1]) + 1}`);
    i = 2;
    if (parts[2] === "outputs" && /^\d+$/.test(parts[3] ?? "")) {
      names.push(`output ${Number(parts[3]) + 1}`);
      i = 4;
    }
  }
  const rest = parts.slice(i);
  if (rest.length > 0 || names.length === 0) names.push(keyPath(rest.length > 0 ? `/${rest.join("/")}` : ""));
  return names.join(", ");
}
function relaxed(schema) {
  const copy = JSON.parse(
    JSON.stringify(schema),
    (key, value) => key === "additionalProperties" ? true : value
  );
  copy.definitions.cell?.oneOf?.push({ $ref: "#/definitions/unrecognized_cell" });
  copy.definitions.output?.oneOf?.push({ $ref: "#/definitions/unrecognized_output" });
  return copy;
}

// src/gates/notebooks/validate-notebook.ts
var MAX_SCHEMA_PROBLEMS = 10;
var MAX_DEPTH = 256;
var REPAIR_FIX = "Open the notebook in Jupyter and save it (nbformat repairs what it can), or fix the JSON by hand; `jupyter nbconvert --to notebook --inplace` on it shows the same error.";
function parseNotebook(path, text) {
  let doc;
  try {
    doc = parseLocatedJson(text, MAX_DEPTH);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, drafts: [syntaxDraft(text, error)] };
  }
  const root = asRecord(doc.value);
  if (!root) {
    return {
      ok: false,
      drafts: [
        invalid(
          1,
          "the file is JSON but not a notebook: expected an object with nbformat, metadata and cells."
        )
      ]
    };
  }
  const major = root.nbformat;
  if (typeof major === "number" && major < 4) {
    return {
      ok: false,
      drafts: [
        {
          rule: "invalid",
          line: doc.lineOf(root, "nbformat", 1),
          message: `The notebook is in format ${major}, which current Jupyter tools convert on open but this gate does not judge.`,
          fix: `Convert it: \`jupyter nbconvert --to notebook --nbformat 4 --inplace ${shellQuote(path)}\`, then commit the result.`
        }
      ]
    };
  }
  if (typeof major === "number" && major > 4) {
    return {
      ok: false,
      drafts: [
        invalid(
          doc.lineOf(root, "nbformat", 1),
          `The notebook declares nbformat ${major}, a format this gate does not know (it knows 4.0\u20134.${LATEST_MINOR}).`
        )
      ]
    };
  }
  const minor = typeof root.nbformat_minor === "number" ? root.nbformat_minor : LATEST_MINOR;
  return { ok: true, doc, drafts: [...schemaDrafts(doc, root, minor), ...duplicateIds(doc, root)] };
}
function schemaDrafts(doc, root, minor) {
  const problems = schemaProblems(root, minor);
  const shown2 = problems.slice(0, MAX_SCHEMA_PROBLEMS);
  const more = problems.length - shown2.length;
  return shown2.map((p, i) => {
    const extra = i === shown2.length - 1 && more > 0 ? ` (and ${more} more schema problem(s))` : "";
    return invalid(
      doc.lineAtPointer(p.pointer),
      `Not a valid nbformat 4.${Math.min(minor, LATEST_MINOR)} notebook: ${p.message}${extra}.`
    );
  });
}
function duplicateIds(doc, root) {
  const cells = Array.isArray(root.cells) ? root.cells : [];
  const firstSeen = /* @__PURE__ */ new Map();
  const drafts = [];
  cells.forEach((cell, i) => {
    const id = asRecord(cell)?.id;
    if (typeof id !== "string") return;
    const first = firstSeen.get(id);
    if (first === void 0) {
      firstSeen.set(id, i);
      return;
    }
    drafts.push(
      invalid(
        doc.lineAtPointer(`/cells/${i}/id`),
        `cell ${i + 1} has the same id as cell ${first + 1}; cell ids must be unique.`
      )
    );
  });
  return drafts;
}
function syntaxDraft(text, error) {
  const conflict = /^(?:<{7}|>{7}) /m.test(text);
  return {
    rule: "invalid",
    line: error.line,
    message: `Malformed JSON at line ${error.line}, column ${error.column}: ${error.message}${conflict ? " (the file holds unresolved merge conflict markers)" : ""}.`,
    fix: conflict ? "Resolve the conflict with nbdime (`nbdime mergetool`, or `git checkout --ours/--theirs` and re-run), then save the notebook in Jupyter." : REPAIR_FIX
  };
}
function invalid(line, message) {
  return {
    rule: "invalid",
    line,
    message: message.charAt(0).toUpperCase() + message.slice(1),
    fix: REPAIR_FIX
  };
}

// src/gates/notebooks/judge-notebook.ts
async function judgeNotebook(path, ctx) {
  const { settings } = ctx;
  const policy = ctx.policyOf(path).outputs;
  const report = {
    path,
    policy,
    status: "pass",
    bytes: null,
    nbformat: null,
    cells: 0,
    codeCells: 0,
    executedCells: 0,
    kernel: {},
    problems: {}
  };
  const read = await readNotebook(ctx.realRoot, settings.cwd, path, settings.maxReadBytes);
  report.bytes = read.bytes ?? null;
  const drafts = [];
  if (!read.ok) drafts.push(read.draft);
  else {
    const parsed = parseNotebook(path, read.text);
    drafts.push(...parsed.drafts);
    if (parsed.ok) {
      const model = notebookModel(parsed.doc);
      report.nbformat = `${String(model.nbformat)}.${String(model.nbformatMinor)}`;
      report.cells = model.cells.length;
      report.codeCells = model.cells.filter((c) => c.type === "code").length;
      report.executedCells = model.cells.filter((c) => typeof c.executionCount === "number").length;
      report.kernel = kernelInfo(model);
      drafts.push(
        ...checkOutputs(model, path, policy),
        ...checkLeaks(model, ctx.secrets),
        ...checkWeight(model, read.text, read.bytes, settings),
        ...checkMetadata(model, await ctx.declaredFor(path))
      );
    }
  }
  const { findings, counts } = toFindings(path, drafts, settings.severity, settings.maxFindingsPerNotebook);
  report.problems = counts;
  report.status = findings.some((f) => f.severity === "error") ? "fail" : findings.some((f) => f.severity === "warning") ? "warn" : "pass";
  return { report, findings };
}

// src/gates/notebooks/policy.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function policyResolver(policies, fallback) {
  const matchers = policies.map((p) => ({ outputs: p.outputs, match: (0, import_picomatch2.default)(p.globs, { dot: true }) }));
  return (path) => {
    const index = matchers.findIndex((m) => m.match(path));
    const hit = matchers[index];
    return hit ? { outputs: hit.outputs, rule: index } : { outputs: fallback };
  };
}

// src/gates/notebooks/evaluate.ts
var CONCURRENCY = 8;
var BYTE_BUDGET = 64 * 1024 * 1024;
async function evaluateNotebooks(settings) {
  const filter = notebookFilter(settings.paths, settings.exclude);
  let paths;
  let scope;
  let realRoot;
  try {
    realRoot = await realpath2(await gitTopLevel(settings.cwd) ?? settings.cwd);
    if (settings.changedOnly && settings.base) {
      const changed = await changedFiles(settings.cwd, settings.base.ref);
      paths = changed.filter(filter).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      scope = { kind: "changed", base: settings.base.ref, changedFiles: changed.length };
    } else {
      paths = await discoverNotebooks(settings.cwd, settings.paths, filter);
      scope = settings.changedOnly ? { kind: "all-no-base" } : { kind: "all" };
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorGateResult("notebooks", "Notebooks could not be judged", [
      userErrorFinding("notebooks", error)
    ]);
  }
  const ctx = judgeContext(settings, realRoot);
  const judged = await mapWithBudget(
    paths,
    (path) => sizeOf(resolve2(settings.cwd, path), settings.maxReadBytes),
    { concurrency: CONCURRENCY, budget: BYTE_BUDGET },
    (path) => judgeNotebook(path, ctx)
  );
  const reports = judged.map((j) => j.report);
  const findings = judged.flatMap((j) => j.findings);
  if (reports.length === 0 && scope.kind !== "changed") findings.push(noneFound(settings));
  const status = reports.length === 0 && scope.kind !== "changed" ? "warn" : reports.map((r) => r.status).reduce(worstStatus, "pass");
  return {
    schemaVersion: 1,
    gate: "notebooks",
    status,
    title: title(status, reports, scope),
    summary: summary(reports, scope),
    keyMetric: keyMetric(reports),
    metrics: metrics(reports, scope, settings),
    findings
  };
}
function judgeContext(settings, realRoot) {
  const configured = settings.pythonVersion !== void 0 ? parseRequirement(settings.pythonVersion) : void 0;
  const declared = configured ? { requirement: configured, source: "notebooks.python-version" } : void 0;
  const finder = new DeclaredPythonFinder(settings.cwd);
  return {
    settings,
    realRoot,
    secrets: { entropy: settings.secretEntropy, allow: settings.secretAllow.map((p) => new RegExp(p)) },
    policyOf: policyResolver(settings.policies, settings.defaultOutputs),
    declaredFor: declared ? () => Promise.resolve(declared) : (path) => finder.forNotebook(path)
  };
}
function metrics(reports, scope, settings) {
  const policies = { stripped: 0, executed: 0, any: 0 };
  for (const r of reports) policies[r.policy]++;
  return {
    // A ratio, so the step has clean-percent / clean-covered / clean-total outputs.
    clean: ratio(reports.filter((r) => r.status === "pass").length, reports.length),
    scope: scope.kind,
    ...scope.kind === "changed" ? { base: scope.base, changedFiles: scope.changedFiles } : {},
    policies,
    bytes: reports.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
    limits: {
      notebookBytes: settings.maxNotebookBytes,
      outputBytes: settings.maxOutputBytes,
      readBytes: settings.maxReadBytes
    },
    notebooks: reports
  };
}
function noneFound(settings) {
  return {
    severity: "warning",
    rule: "notebooks/none-found",
    message: `No notebook matches ${settings.paths.join(", ")}${settings.exclude.length > 0 ? ` (excluding ${settings.exclude.join(", ")})` : ""}.`,
    fix: "Set notebooks.paths to where the notebooks are, or disable the gate (notebooks.enabled: false) if the repository has none."
  };
}
async function sizeOf(path, cap) {
  try {
    const size = (await stat2(path)).size;
    return size > cap ? 0 : size;
  } catch {
    return 0;
  }
}
export {
  evaluateNotebooks
};
