import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  Redactor,
  STATUS_LABEL,
  environmentSecrets,
  gateContextOf,
  judgeGate,
  loadGoverningConfig,
  publishResult,
  renderGateMarkdown,
  renderGateText,
  sectionOf,
  setStepOutputs
} from "./chunk-BO24HM73.js";
import "./chunk-IJ5G6AV4.js";
import {
  exitCodeFor,
  worstStatus
} from "./chunk-HDDJCDUW.js";
import {
  GATES
} from "./chunk-SZAYFTJ5.js";
import {
  debugLog
} from "./chunk-B2BY5455.js";
import {
  COMMON_OPTIONS,
  helpText,
  readOptions
} from "./chunk-AHQYVXVQ.js";
import "./chunk-VIKK7ZB2.js";
import "./chunk-G6QUDK5B.js";
import "./chunk-SK4G56XT.js";
import "./chunk-RMUSCZAL.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-EEB4WOE3.js";
import "./chunk-BPC2GNOO.js";
import {
  errorMessage
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/commands/run-all.ts
var RUN_OPTIONS = [
  { name: "base", kind: "string", description: "Git ref the gates compare with (patch, breaking changes)" },
  {
    name: "diff-file",
    kind: "string",
    description: "Unified diff to take changed lines from instead of git"
  },
  ...COMMON_OPTIONS,
  {
    name: "summary",
    kind: "boolean",
    description: "Write each gate's section to the job summary (default true)"
  }
];
async function runAll(args, ctx) {
  const options = readOptions(RUN_OPTIONS, args, ctx.env);
  if (options.help) {
    ctx.stdout(
      helpText(
        "Usage: ml-quality-gates run [options]\n\nRuns every gate configured in the config file.",
        RUN_OPTIONS
      )
    );
    return 0;
  }
  const context = await gateContextOf(ctx);
  const { config, path } = await loadGoverningConfig(
    options["config-from"] ?? "head",
    {
      path: options.config,
      cwd: ctx.cwd,
      base: options.base,
      event: context.event
    }
  );
  const gates = GATES.filter((g) => sectionOf(config, g.id).configured);
  if (gates.length === 0) {
    ctx.stderr(
      `ml-quality-gates run: no gate is configured${path ? ` in ${path}` : " (no .github/ml-quality-gates.yml found)"}; add a section such as "coverage:".
`
    );
    return 2;
  }
  const format = options.format ?? "text";
  const redactor = new Redactor();
  redactor.add(...environmentSecrets(ctx.env));
  const results = [];
  for (const gate of gates) {
    const judged = await judgeGate(gate, {
      config,
      options: sharedOptions(gate, options),
      context,
      redactor,
      ctx
    });
    const result = redactor.value(judged);
    results.push(await publishOrError(result, { format, summary: options.summary !== false, ctx }));
  }
  const status = results.map((r) => r.status).reduce(worstStatus, "skip");
  await setStepOutputs(ctx.env, { status });
  ctx.stdout(render(format, status, results));
  return exitCodeFor(status);
}
function sharedOptions(gate, options) {
  const names = new Set(gate.options.map((o) => o.name));
  return Object.fromEntries(Object.entries(options).filter(([name]) => names.has(name)));
}
async function publishOrError(result, { format, summary, ctx }) {
  try {
    await publishResult(result, {
      format,
      cwd: ctx.cwd,
      env: ctx.env,
      stdout: () => {
      },
      outputPrefix: `${result.gate}-`,
      summary
    });
    return result;
  } catch (error) {
    debugLog(ctx, `could not publish the ${result.gate} result: ${errorMessage(error)}`);
    return {
      ...result,
      status: "error",
      summary: `${result.summary} (its result file could not be written: ${errorMessage(error)})`
    };
  }
}
function render(format, status, results) {
  if (format === "json") return `${JSON.stringify({ status, results }, null, 2)}
`;
  if (format === "markdown") {
    return `## ${STATUS_LABEL[status]} \u2014 ml-quality-gates

${results.map((r) => renderGateMarkdown(r)).join("\n")}`;
  }
  return `${results.map((r) => renderGateText(r)).join("\n")}
Overall: ${status.toUpperCase()} (${results.length} gate(s))
`;
}
export {
  runAll
};
