import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  isReleaseEvent
} from "./chunk-F2NJMQEL.js";
import {
  formatPercent,
  isRatio,
  meets
} from "./chunk-UP7ECBAX.js";
import {
  ConfigurationError,
  UserError
} from "./chunk-JB365UXO.js";

// src/config/load-config.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var DEFAULT_CONFIG_PATH = ".github/ml-quality-gates.yml";
async function loadConfig(path, cwd) {
  const explicit = path !== void 0 && path !== "";
  const relPath = explicit ? path : DEFAULT_CONFIG_PATH;
  let text;
  try {
    text = await readFile(resolve(cwd, relPath), "utf8");
  } catch (error) {
    if (!explicit && error.code === "ENOENT") return { config: {} };
    throw new ConfigurationError(
      `cannot read config file ${relPath}: ${error.code ?? String(error)}`,
      { path: relPath },
      "Check the path given to --config / the `config` input (relative to the working directory)."
    );
  }
  const { parseConfig } = await import("./parse-config-OFBAZ333.js");
  return { config: parseConfig(text, relPath), path: relPath };
}

// src/report/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
var LINE_ENDINGS = /\r\n|\r|\n/g;
var URL_LIKE = /(?:https?:\/\/|www\.)[^\s<>`]+/gi;
function escapeMarkdown(text) {
  const oneLine = text.replace(LINE_ENDINGS, " ");
  const parts = [];
  let last = 0;
  for (const match of oneLine.matchAll(URL_LIKE)) {
    parts.push(
      escapeProse(oneLine.slice(last, match.index)),
      codeSpan(match[0].replace(/\|/g, "%7C"), false)
    );
    last = match.index + match[0].length;
  }
  parts.push(escapeProse(oneLine.slice(last)));
  return parts.join("");
}
function breakReferences(text) {
  return text.replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`);
}
function escapeProse(text) {
  return breakReferences(
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]()#+!|~])/g, "\\$1").replace(/^(\s*)([-=]{3,})/, "$1\\$2")
  );
}
function escapeHtmlText(text) {
  return breakReferences(
    text.replace(LINE_ENDINGS, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
  );
}
function clip(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function codeSpan(text, inTable = true) {
  const oneLine = text.replace(LINE_ENDINGS, " ");
  const clean = inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

// src/report/render-gate.ts
var STATUS_LABEL = {
  pass: "\u2705 pass",
  warn: "\u26A0\uFE0F warn",
  fail: "\u274C fail",
  error: "\u{1F6D1} error",
  skip: "\u23ED\uFE0F skip"
};
var DEFAULT_MAX_FINDINGS = 50;
function renderGateMarkdown(result, maxFindings = DEFAULT_MAX_FINDINGS) {
  const out = [];
  out.push(
    `### ${STATUS_LABEL[result.status]} \u2014 ${escapeMarkdown(result.gate)}: ${escapeMarkdown(result.title)}`,
    ""
  );
  out.push(escapeMarkdown(result.summary), "");
  const table = metricsTable(result);
  if (table) out.push(table, "");
  const checks = checksTable(result);
  if (checks) out.push(checks, "");
  if (result.findings.length > 0) {
    out.push(`<details><summary>Findings (${result.findings.length})</summary>`, "");
    for (const f of result.findings.slice(0, maxFindings)) out.push(`- ${renderFinding(f)}`);
    if (result.findings.length > maxFindings) {
      out.push(`- \u2026 and ${result.findings.length - maxFindings} more (see the result file)`);
    }
    out.push("", "</details>", "");
  }
  const rounding = result.metrics.rounding;
  if (typeof rounding === "string") out.push(`<sub>${escapeMarkdown(rounding)}</sub>`, "");
  return out.join("\n");
}
var FINDING_CLIP = { path: 300, message: 1e3, fix: 600 };
function renderFinding(f) {
  const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  const where = f.path ? `${codeSpan(clip(f.path, FINDING_CLIP.path) + (f.line !== void 0 ? `:${f.line}${f.endLine && f.endLine !== f.line ? `-${f.endLine}` : ""}` : ""), false)} ` : "";
  const fix = f.fix ? ` \u2014 *Fix:* ${escapeMarkdown(clip(f.fix, FINDING_CLIP.fix))}` : "";
  return `${icon} ${where}${escapeMarkdown(clip(f.message, FINDING_CLIP.message))}${fix}`;
}
function metricsTable(result) {
  const raw = result.metrics.thresholds;
  const thresholds = typeof raw === "object" && raw !== null ? raw : {};
  const rows = [];
  for (const [name, value] of Object.entries(result.metrics)) {
    if (!isRatio(value) || rows.length >= MAX_TABLE_ROWS) continue;
    const min = thresholds[name];
    const hasMin = typeof min === "number" && Number.isFinite(min);
    const verdict = !hasMin || value.percent === null ? "" : meets(value.covered, value.total, min) ? " \u2705" : " \u274C";
    rows.push(
      `| ${escapeMarkdown(clip(name, 100))} | ${formatPercent(value.percent)} | ${value.covered} / ${value.total} | ${hasMin ? `${min}%${verdict}` : "\u2014"} |`
    );
  }
  if (rows.length === 0) return void 0;
  return ["| Metric | Percent | Count / total | Minimum |", "| --- | ---: | ---: | ---: |", ...rows].join(
    "\n"
  );
}
var MAX_TABLE_ROWS = 50;
function checksTable(result) {
  const checks = result.metrics.checks;
  if (!Array.isArray(checks) || checks.length === 0) return void 0;
  const rows = checks.filter((c) => typeof c.label === "string" && typeof c.minimum === "number").sort((a, b) => Number(a.passed) - Number(b.passed)).slice(0, MAX_TABLE_ROWS).map(
    (c) => `| ${c.passed ? "\u2705" : "\u274C"} | ${escapeMarkdown(clip(c.label, 200))} | ${formatPercent(c.percent ?? null)} | ${c.minimum}% |`
  );
  if (rows.length === 0) return void 0;
  return ["| | Check | Actual | Minimum |", "| --- | --- | ---: | ---: |", ...rows].join("\n");
}

// src/report/render-text.ts
var WORD = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  error: "ERROR",
  skip: "SKIP"
};
function renderGateText(result, maxFindings = 50) {
  const out = [`${WORD[result.status]}  ${result.gate}: ${result.title}`, `  ${result.summary}`];
  for (const [name, value] of Object.entries(result.metrics)) {
    if (isRatio(value)) {
      out.push(
        `  ${name.padEnd(10)} ${formatPercent(value.percent).padStart(8)}  (${value.covered}/${value.total})`
      );
    }
  }
  const shown = result.findings.slice(0, maxFindings);
  for (const f of shown) {
    const where = f.path ? `${f.path}${f.line !== void 0 ? `:${f.line}${f.endLine && f.endLine !== f.line ? `-${f.endLine}` : ""}` : ""}: ` : "";
    out.push(`  ${f.severity.padEnd(7)} ${where}${f.message}`);
    if (f.fix) out.push(`          fix: ${f.fix}`);
  }
  if (result.findings.length > shown.length)
    out.push(`  \u2026 ${result.findings.length - shown.length} more finding(s) in the JSON result`);
  if (typeof result.metrics.rounding === "string") out.push(`  (${result.metrics.rounding})`);
  return `${out.join("\n")}
`;
}

// src/result/types.ts
function resultId(result) {
  return result.id ?? result.gate;
}
var STATUS_ORDER = ["skip", "pass", "warn", "fail", "error"];
function worstStatus(a, b) {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}
function exitCodeFor(status) {
  if (status === "fail") return 1;
  if (status === "error") return 2;
  return 0;
}

// src/outputs/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve as resolve2 } from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
function jobResultsDir(env) {
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "ml-quality-gates") : void 0;
}
async function publishResult(result, options) {
  const json = `${JSON.stringify(result, null, 2)}
`;
  if (options.format === "json") options.stdout(json);
  else if (options.format === "markdown") options.stdout(renderGateMarkdown(result));
  else options.stdout(renderGateText(result));
  if (options.output) await writeFileDeep(resolve2(options.cwd, options.output), json);
  if (options.env.GITHUB_ACTIONS === "true") {
    await publishToActions(result, json, options.env, {
      prefix: options.outputPrefix ?? "",
      annotate: options.annotate ?? true,
      summary: options.summary ?? true
    });
  }
}
async function publishToActions(result, json, env, { prefix, annotate: withAnnotations, summary }) {
  const core = await import("./core-HYK7HTFO.js");
  const dir = jobResultsDir(env);
  let resultFile = "";
  if (dir) {
    resultFile = join(dir, `${resultId(result)}.json`);
    await writeFileDeep(resultFile, json);
  }
  if (env.GITHUB_OUTPUT) {
    core.setOutput(`${prefix}status`, result.status);
    core.setOutput(`${prefix}result-file`, resultFile);
    for (const [name, value] of Object.entries(metricOutputs(result)))
      core.setOutput(`${prefix}${name}`, value);
  }
  if (summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGateMarkdown(result), true).write();
  if (withAnnotations) annotate(core, result.findings);
}
async function setStepOutput(name, value, env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_OUTPUT)
    (await import("./core-HYK7HTFO.js")).setOutput(name, value);
}
function metricOutputs(result) {
  const out = {};
  for (const [name, value] of Object.entries(result.metrics)) {
    if (!isRatio(value)) continue;
    const r = value;
    out[`${name}-percent`] = r.percent === null ? "" : formatPercent(r.percent).replace("%", "");
    out[`${name}-covered`] = String(r.covered);
    out[`${name}-total`] = String(r.total);
  }
  return out;
}
function annotate(core, findings) {
  const used = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const f of findings) {
    if (!f.path && f.severity !== "error") continue;
    if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
      dropped++;
      continue;
    }
    used[f.severity]++;
    const props = {
      title: f.rule ?? "ml-quality-gates",
      ...f.path ? { file: f.path } : {},
      ...f.path && f.line !== void 0 ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}
    };
    const message = f.fix ? `${f.message}
${f.fix}` : f.message;
    if (f.severity === "error") core.error(message, props);
    else if (f.severity === "warning") core.warning(message, props);
    else core.notice(message, props);
  }
  if (dropped > 0) {
    core.notice(
      `${dropped} more finding(s) with a location are listed in the job summary and the result file (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level per step).`
    );
  }
}
async function writeFileDeep(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

// src/commands/run-event.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readEventPayload(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let value;
  try {
    value = JSON.parse(await readFile2(path, "utf8"));
  } catch (error) {
    throw new UserError(
      `cannot read the event payload ${path}: ${error.message.split("\n")[0] ?? ""}`,
      { path },
      "GITHUB_EVENT_PATH must name the event JSON the runner wrote; unset it outside GitHub Actions."
    );
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function runEvent(env, payload) {
  const inActions = env.GITHUB_ACTIONS === "true";
  const name = nonEmpty(env.GITHUB_EVENT_NAME) ?? (inActions ? "unknown" : "local");
  const pr = object(payload.pull_request);
  const baseRef = nonEmpty(env.GITHUB_BASE_REF) ?? nonEmpty(object(pr?.base)?.ref);
  const isPullRequest = inActions && (name === "pull_request" || name === "pull_request_target" || !!baseRef);
  return {
    name,
    release: isReleaseEvent(name, env.GITHUB_REF),
    ...isPullRequest && baseRef ? {
      pullRequest: {
        number: positive(pr?.number) ?? positive(payload.number) ?? 0,
        baseRef,
        labels: labelsOf(pr?.labels)
      }
    } : {}
  };
}
function labelsOf(labels) {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => object(l)?.name).filter((n) => typeof n === "string");
}
function object(value) {
  return typeof value === "object" && value !== null ? value : void 0;
}
function nonEmpty(value) {
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function positive(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}

export {
  loadConfig,
  escapeMarkdown,
  escapeHtmlText,
  clip,
  STATUS_LABEL,
  renderGateMarkdown,
  renderFinding,
  metricsTable,
  checksTable,
  renderGateText,
  resultId,
  worstStatus,
  exitCodeFor,
  jobResultsDir,
  publishResult,
  setStepOutput,
  readEventPayload,
  runEvent
};
