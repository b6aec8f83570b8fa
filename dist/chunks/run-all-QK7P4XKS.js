import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  REGISTRY_APPROVAL_GATE
} from "./chunk-JSZVJGBQ.js";
import {
  evaluateGate
} from "./chunk-PIRJZNUK.js";
import {
  COMMON_OPTIONS,
  STATUS_LABEL,
  exitCodeFor,
  helpText,
  loadConfig,
  publishResult,
  readOptions,
  renderGateMarkdown,
  renderGateText,
  setStepOutput,
  worstStatus
} from "./chunk-NVJBU326.js";
import {
  COVERAGE_GATE
} from "./chunk-XLEJOUPT.js";
import {
  DATA_SCHEMA_GATE
} from "./chunk-ZRODUYDW.js";
import "./chunk-H3CXIT7E.js";
import {
  MODEL_CARD_GATE
} from "./chunk-4FWD7CWI.js";
import "./chunk-3QP5PDW6.js";
import "./chunk-SZGMGQCO.js";
import "./chunk-CFXPQKIW.js";
import "./chunk-LSCINVSE.js";
import "./chunk-DBNFS67G.js";
import "./chunk-RA43G3UU.js";
import "./chunk-ZIFHIL5S.js";
import "./chunk-UP7ECBAX.js";
import "./chunk-JB365UXO.js";
import "./chunk-VK3DKIP4.js";
import "./chunk-UETBL5CI.js";

// src/cli/gates.ts
var GATES = [
  COVERAGE_GATE,
  DATA_SCHEMA_GATE,
  MODEL_CARD_GATE,
  REGISTRY_APPROVAL_GATE
];

// src/cli/run-all.ts
var RUN_OPTIONS = [
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
  const { config, path } = await loadConfig(options.config, ctx.cwd);
  const gates = GATES.filter((g) => g.configured(config));
  if (gates.length === 0) {
    ctx.stderr(
      `ml-quality-gates run: no gate is configured${path ? ` in ${path}` : " (no .github/ml-quality-gates.yml found)"}; add a section such as "coverage:".
`
    );
    return 2;
  }
  const format = options.format ?? "text";
  const results = [];
  for (const gate of gates) {
    const result = await evaluateGate(gate, config, {}, ctx);
    results.push(result);
    await publishResult(result, {
      format,
      cwd: ctx.cwd,
      env: ctx.env,
      stdout: () => {
      },
      outputPrefix: `${gate.name}-`,
      summary: options.summary !== false
    });
  }
  const status = results.map((r) => r.status).reduce(worstStatus);
  await setStepOutput("status", status, ctx.env);
  if (format === "json") ctx.stdout(`${JSON.stringify({ status, results }, null, 2)}
`);
  else if (format === "markdown") {
    ctx.stdout(
      `## ${STATUS_LABEL[status]} \u2014 ml-quality-gates

${results.map((r) => renderGateMarkdown(r)).join("\n")}`
    );
  } else {
    ctx.stdout(
      `${results.map((r) => renderGateText(r)).join("\n")}
Overall: ${status.toUpperCase()} (${results.length} gate(s))
`
    );
  }
  return exitCodeFor(status);
}
export {
  runAll
};
