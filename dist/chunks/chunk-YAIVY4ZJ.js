import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  exitCodeFor,
  helpText,
  loadConfig,
  readOptions,
  renderGateMarkdown,
  renderGateText,
  resultId
} from "./chunk-MVHWJVHW.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-ZIFHIL5S.js";
import {
  formatPercent,
  isRatio
} from "./chunk-UP7ECBAX.js";
import {
  ConfigurationError,
  UserError
} from "./chunk-JB365UXO.js";

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

// src/run/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
async function publishResult(result, options) {
  const json = `${JSON.stringify(result, null, 2)}
`;
  if (options.format === "json") options.stdout(json);
  else if (options.format === "markdown") options.stdout(renderGateMarkdown(result));
  else options.stdout(renderGateText(result));
  if (options.output) await writeFileDeep(resolve(options.cwd, options.output), json);
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
  const runnerTemp = env.RUNNER_TEMP;
  let resultFile = "";
  if (runnerTemp) {
    resultFile = join(runnerTemp, "ml-quality-gates", `${resultId(result)}.json`);
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

// src/cli/gate-command.ts
var RESULT_ID_OPTION = {
  name: "id",
  kind: "string",
  description: "Result id when one gate runs several times, e.g. per matrix shard (default: the gate name)"
};
var RESULT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
async function runGateCommand(gate, args, ctx) {
  const specs = [...gate.options, RESULT_ID_OPTION, ...COMMON_OPTIONS];
  let options;
  let config;
  try {
    options = readOptions(specs, args, ctx.env);
    if (typeof options.id === "string" && !RESULT_ID.test(options.id)) {
      throw new ConfigurationError(
        `--id: ${JSON.stringify(options.id)} is not allowed; expected letters, digits, '.', '_' or '-' (at most 100)`
      );
    }
    if (options.help) {
      ctx.stdout(helpText(`Usage: ml-quality-gates ${gate.name} [options]

${gate.summary}.`, specs));
      return 0;
    }
    ({ config } = await loadConfig(options.config, ctx.cwd));
  } catch (error) {
    if (error instanceof UserError && ctx.env.GITHUB_ACTIONS === "true") {
      const result2 = errorGateResult(gate.name, "Could not start: bad input or configuration", [
        userErrorFinding(gate.name, error)
      ]);
      await publishResult(result2, {
        format: "text",
        cwd: ctx.cwd,
        env: ctx.env,
        stdout: () => {
        },
        annotate: false
      });
    }
    throw error;
  }
  const evaluated = await evaluateGate(gate, config, options, ctx);
  const result = typeof options.id === "string" ? { ...evaluated, id: options.id } : evaluated;
  await publishResult(result, {
    format: options.format ?? "text",
    output: options.output,
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: ctx.stdout
  });
  return exitCodeFor(result.status);
}
async function evaluateGate(gate, config, options, ctx) {
  const reason = gate.disabled(config);
  return reason ? skippedResult(gate.name, reason) : gate.evaluate(config, options, ctx);
}

export {
  publishResult,
  setStepOutput,
  RESULT_ID_OPTION,
  runGateCommand,
  evaluateGate
};
