import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  exitCodeFor,
  loadConfig,
  publishResult,
  readEventPayload,
  runEvent
} from "./chunk-RKWJYBA3.js";
import {
  debugLog
} from "./chunk-RDOBXFYQ.js";
import {
  COMMON_OPTIONS,
  helpText,
  readOptions
} from "./chunk-F2NJMQEL.js";
import {
  errorGateResult,
  internalErrorResult,
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  UserError,
  errorMessage
} from "./chunk-JB365UXO.js";

// src/config/types.ts
function sectionOf(config, id) {
  const value = config[id];
  const section = typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  return { section, configured: section !== void 0, disabled: section?.enabled === false };
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
  /** Adds secrets (undefined, blank and short values are ignored). Returns the ones added. */
  add(...values) {
    const added = [];
    for (const value of values) {
      const secret = value?.trim();
      if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
      for (const form of encodings(secret)) {
        if (!this.needles.includes(form)) this.needles.push(form);
      }
      if (!this.raw.includes(secret)) this.raw.push(secret);
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

// src/commands/gate-command.ts
var RESULT_ID_OPTION = {
  name: "id",
  kind: "string",
  description: "Result id when one gate runs several times, e.g. per matrix shard (default: the gate name)"
};
var RESULT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
function gateCommandOptions(gate) {
  return [...gate.options, RESULT_ID_OPTION, ...COMMON_OPTIONS];
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
    ({ config } = await loadConfig(options.config, ctx.cwd));
    gateContext = await gateContextOf(ctx);
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
    stdout: ctx.stdout
  });
  return exitCodeFor(result.status);
}
async function judgeGate(gate, input) {
  const { section, disabled } = sectionOf(input.config, gate.id);
  if (disabled) return skippedResult(gate.id, `${gate.id}.enabled is false in the config`);
  try {
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
    annotate: false
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
  Redactor,
  environmentSecrets,
  RESULT_ID_OPTION,
  gateCommandOptions,
  runGateCommand,
  judgeGate,
  gateContextOf
};
