import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  loadConfig,
  loadConfigAtRef
} from "./chunk-IJ5G6AV4.js";
import {
  exitCodeFor,
  resultId
} from "./chunk-HDDJCDUW.js";
import {
  annotationCommand,
  debugLog,
  neutralizeCommands
} from "./chunk-B2BY5455.js";
import {
  COMMON_OPTIONS,
  helpText,
  readOptions
} from "./chunk-AHQYVXVQ.js";
import {
  isReleaseEvent
} from "./chunk-VIKK7ZB2.js";
import {
  formatPercent,
  isRatio,
  meets
} from "./chunk-UP7ECBAX.js";
import {
  errorGateResult,
  internalErrorResult,
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  ConfigurationError,
  UserError,
  errorMessage
} from "./chunk-JB365UXO.js";

// src/config/types.ts
function sectionOf(config, id) {
  const value = config[id];
  const section = typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  return { section, configured: section !== void 0, disabled: section?.enabled === false };
}

// src/outputs/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/report/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
var LINE_ENDINGS = /\r\n|\r|\n/g;
var URL_LIKE = /(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>`]+/gi;
var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
function withoutInvisible(text) {
  return text.replace(INVISIBLE, "\uFFFD");
}
function escapeMarkdown(text) {
  const oneLine = withoutInvisible(text).replace(LINE_ENDINGS, " ");
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
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]()#+!|~])/g, "\\$1").replace(/^(\s*)([-=])/, "$1\\$2").replace(/^(\s*\d{1,9})\./, "$1\\.")
  );
}
function escapeHtmlText(text) {
  return breakReferences(
    withoutInvisible(text).replace(LINE_ENDINGS, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/:(?=\/\/)/g, "&#58;").replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
  );
}
function clip(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function clipLines(markdown, max) {
  if (markdown.length <= max) return markdown;
  const end = markdown.lastIndexOf("\n", max - 1);
  return end < 0 ? "" : markdown.slice(0, end + 1);
}
function codeSpan(text, inTable = true) {
  const oneLine = withoutInvisible(text).replace(LINE_ENDINGS, " ");
  const clean = inTable ? oneLine.replace(/\|/g, "\u2223") : oneLine;
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

// src/outputs/publish.ts
var ANNOTATIONS_PER_LEVEL = 10;
function jobResultsDir(env) {
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "ml-quality-gates") : void 0;
}
async function publishResult(result, options) {
  const json = `${JSON.stringify(result, null, 2)}
`;
  const inActions = options.env.GITHUB_ACTIONS === "true";
  const print = (text) => {
    options.stdout(inActions ? neutralizeCommands(text) : text);
  };
  if (options.format === "json") print(json);
  else if (options.format === "markdown") print(renderGateMarkdown(result));
  else print(renderGateText(result));
  if (options.output) await writeFileDeep(resolve(options.cwd, options.output), json);
  if (inActions) {
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
  await setStepOutputs(
    env,
    Object.fromEntries(
      Object.entries({ status: result.status, "result-file": resultFile, ...metricOutputs(result) }).map(
        ([name, value]) => [`${prefix}${name}`, value]
      )
    )
  );
  if (summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGateMarkdown(result), true).write();
  if (withAnnotations) annotate(result.findings);
}
async function setStepOutputs(env, outputs) {
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_OUTPUT) return;
  const core = await import("./core-HYK7HTFO.js");
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
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
function annotate(findings) {
  const used = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  const lines = [];
  for (const f of findings) {
    if (!f.path && f.severity !== "error") continue;
    if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
      dropped++;
      continue;
    }
    used[f.severity]++;
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    lines.push(
      annotationCommand(level, f.fix ? `${f.message}
${f.fix}` : f.message, {
        title: f.rule ?? "ml-quality-gates",
        ...f.path ? { file: f.path } : {},
        ...f.path && f.line !== void 0 ? { line: f.line, endLine: f.endLine ?? f.line } : {}
      })
    );
  }
  if (dropped > 0) {
    lines.push(
      annotationCommand(
        "notice",
        `${dropped} more finding(s) with a location are listed in the job summary and the result file (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level per step).`,
        {}
      )
    );
  }
  if (lines.length > 0) process.stdout.write(`${lines.join("\n")}
`);
}
async function writeFileDeep(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

// src/result/skipped.ts
function skippedResult(gate, reason) {
  return {
    schemaVersion: 1,
    gate,
    status: "skip",
    title: "Skipped",
    summary: `Skipped: ${reason}.`,
    metrics: {},
    findings: []
  };
}

// src/util/redact.ts
var REDACTED = "***";
var MIN_SECRET_LENGTH = 6;
var SECRET_ENV_VARS = [
  "GITHUB_TOKEN",
  "MLQG_GITHUB_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "MLFLOW_TRACKING_TOKEN",
  "MLFLOW_TRACKING_PASSWORD",
  "DATABRICKS_TOKEN",
  "DATABRICKS_CLIENT_SECRET",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_ACCESS_KEY_ID"
];
var Redactor = class {
  needles = [];
  raw = [];
  /** The secrets as given (for `::add-mask::`). */
  secrets() {
    return [...this.raw];
  }
  /** Adds secrets (undefined, blank, short and known values are ignored). Returns the new ones. */
  add(...values) {
    const added = [];
    for (const value of values) {
      const secret = value?.trim();
      if (!secret || secret.length < MIN_SECRET_LENGTH || this.raw.includes(secret)) continue;
      for (const form of encodings(secret)) {
        if (!this.needles.includes(form)) this.needles.push(form);
      }
      this.raw.push(secret);
      added.push(secret);
    }
    this.needles.sort((a, b) => b.length - a.length);
    return added;
  }
  /** The text with every secret replaced by `***`. */
  text(value) {
    let out = value;
    for (const needle of this.needles) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    return out;
  }
  /** A copy of a JSON-like value with every string (keys too) redacted. */
  value(input) {
    if (this.needles.length === 0) return input;
    return this.walk(input);
  }
  walk(input) {
    if (typeof input === "string") return this.text(input);
    if (Array.isArray(input)) return input.map((item) => this.walk(item));
    if (typeof input !== "object" || input === null) return input;
    return Object.fromEntries(
      Object.entries(input).map(([k, v]) => [this.text(k), this.walk(v)])
    );
  }
};
function encodings(secret) {
  const forms = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")]);
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}
function environmentSecrets(env) {
  return SECRET_ENV_VARS.map((name) => env[name]).filter((v) => typeof v === "string");
}

// src/commands/fault-injection.ts
function injectFault(gate, env) {
  const [mode, target] = (env.MLQG_FAULT_INJECTION ?? "").split(":");
  if (target !== gate) return;
  if (mode === "crash")
    throw new RangeError(`Maximum call stack size exceeded (fault injected into ${gate})`);
  if (mode === "kill") process.kill(process.pid, "SIGKILL");
}

// src/commands/governing-config.ts
async function loadGoverningConfig(source, where) {
  if (source === "head") return loadConfig(where.path, where.cwd);
  const ref = where.base ?? (where.event.pullRequest ? `origin/${where.event.pullRequest.baseRef}` : void 0);
  if (!ref) {
    throw new ConfigurationError(
      "config-from: base needs the base branch, and this run has none (not a pull request, no --base)",
      void 0,
      "Pass --base (e.g. origin/main), run on a pull_request event, or use config-from: head."
    );
  }
  return loadConfigAtRef(where.path, where.cwd, ref);
}

// src/commands/run-event.ts
import { readFile } from "node:fs/promises";
async function readEventPayload(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let value;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
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
        labels: labelsOf(pr?.labels),
        ...sha(object(pr?.head)?.sha) ? { headSha: sha(object(pr?.head)?.sha) } : {}
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
function sha(value) {
  return typeof value === "string" && /^[0-9a-f]{40}$/.test(value) ? value : void 0;
}

// src/commands/gate-command.ts
var RESULT_ID_OPTION = {
  name: "id",
  kind: "string",
  description: "Result id when one gate runs several times, e.g. per matrix shard (default: the gate name)"
};
var SUMMARY_OPTION = {
  name: "summary",
  kind: "boolean",
  description: "Also write this gate's section to the job summary (default false: actions/report writes it)"
};
var RESULT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
function gateCommandOptions(gate) {
  return [...gate.options, RESULT_ID_OPTION, SUMMARY_OPTION, ...COMMON_OPTIONS];
}
async function runGateCommand(gate, args, ctx) {
  const specs = gateCommandOptions(gate);
  const redactor = new Redactor();
  redactor.add(...environmentSecrets(ctx.env));
  let options;
  let config;
  let gateContext;
  try {
    options = readOptions(specs, args, ctx.env);
    redactor.add(...secretOptionValues(specs, options));
    if (typeof options.id === "string" && !RESULT_ID.test(options.id)) {
      throw new UserError(
        `--id: ${JSON.stringify(options.id)} is not allowed; expected letters, digits, '.', '_' or '-' (at most 100)`
      );
    }
    if (options.help) {
      ctx.stdout(helpText(`Usage: ml-quality-gates ${gate.id} [options]

${gate.summary}.`, specs));
      return 0;
    }
    gateContext = await gateContextOf(ctx);
    ({ config } = await loadGoverningConfig(options["config-from"] ?? "head", {
      path: options.config,
      cwd: ctx.cwd,
      base: options.base,
      event: gateContext.event
    }));
  } catch (error) {
    await publishStartFailure(gate.id, error, redactor, ctx);
    throw error;
  }
  const judged = await judgeGate(gate, { config, options, context: gateContext, redactor, ctx });
  const result = typeof options.id === "string" ? { ...judged, id: options.id } : judged;
  await publishResult(redactor.value(result), {
    format: options.format ?? "text",
    output: options.output,
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: ctx.stdout,
    summary: options.summary === true
  });
  return exitCodeFor(result.status);
}
async function judgeGate(gate, input) {
  const { section, disabled } = sectionOf(input.config, gate.id);
  if (disabled) return skippedResult(gate.id, `${gate.id}.enabled is false in the config`);
  try {
    injectFault(gate.id, input.ctx.env);
    const settings = await gate.settings(section, input.options, input.context);
    input.redactor.add(...gate.secrets?.(settings) ?? []);
    await maskInLog(input.redactor, input.ctx.env);
    return await gate.evaluate(settings, input.context);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult(gate.id, "Could not start: bad input or configuration", [
        userErrorFinding(gate.id, error)
      ]);
    }
    debugLog(input.ctx, `internal error in gate ${gate.id}: ${stackOf(error)}`);
    return internalErrorResult(gate.id, errorMessage(error));
  }
}
async function gateContextOf(ctx) {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    event: runEvent(ctx.env, await readEventPayload(ctx.env)),
    now: /* @__PURE__ */ new Date()
  };
}
async function publishStartFailure(gate, error, redactor, ctx) {
  if (ctx.env.GITHUB_ACTIONS !== "true") return;
  const result = error instanceof UserError ? errorGateResult(gate, "Could not start: bad input or configuration", [userErrorFinding(gate, error)]) : internalErrorResult(gate, errorMessage(error));
  await publishResult(redactor.value(result), {
    format: "text",
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: () => {
    },
    annotate: false,
    summary: false
  });
}
function secretOptionValues(specs, options) {
  return specs.filter((s) => s.secret === true).map((s) => options[s.name]).filter((v) => typeof v === "string");
}
async function maskInLog(redactor, env) {
  if (env.GITHUB_ACTIONS !== "true") return;
  const secrets = redactor.secrets();
  if (secrets.length === 0) return;
  const core = await import("./core-HYK7HTFO.js");
  for (const secret of secrets) core.setSecret(secret);
}
function stackOf(error) {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

export {
  sectionOf,
  escapeMarkdown,
  escapeHtmlText,
  clip,
  clipLines,
  STATUS_LABEL,
  renderGateMarkdown,
  renderFinding,
  metricsTable,
  checksTable,
  renderGateText,
  jobResultsDir,
  publishResult,
  setStepOutputs,
  Redactor,
  environmentSecrets,
  loadGoverningConfig,
  readEventPayload,
  runEvent,
  RESULT_ID_OPTION,
  SUMMARY_OPTION,
  gateCommandOptions,
  runGateCommand,
  judgeGate,
  gateContextOf
};
