import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  exitCodeFor,
  helpText,
  loadConfig,
  publishResult,
  readOptions
} from "./chunk-NVJBU326.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-ZIFHIL5S.js";
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
  RESULT_ID_OPTION,
  runGateCommand,
  evaluateGate
};
