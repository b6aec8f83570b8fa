import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  parseRequirement
} from "./chunk-7KKCQNFN.js";
import {
  pullRequestBase
} from "./chunk-VIKK7ZB2.js";
import {
  globs
} from "./chunk-KB5LYSBM.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/notebooks/settings.ts
var OUTPUTS_POLICIES = ["stripped", "executed", "any"];
var RULES = [
  "outputs-not-stripped",
  "out-of-order",
  "error-output",
  "not-executed",
  "secret",
  "local-path",
  "unpinned-install",
  "too-large",
  "kernel-metadata",
  "python-version",
  "invalid",
  "unsafe-path"
];
var DEFAULT_SEVERITY = {
  "outputs-not-stripped": "error",
  "out-of-order": "error",
  "error-output": "error",
  "not-executed": "error",
  secret: "error",
  "local-path": "warning",
  "unpinned-install": "warning",
  "too-large": "warning",
  "kernel-metadata": "warning",
  "python-version": "warning",
  invalid: "error",
  "unsafe-path": "error"
};

// src/gates/notebooks/parse-settings.ts
var KIB = 1024;
var MIB = 1024 * 1024;
function notebooksSettings(section, options, ctx) {
  const config = section ?? {};
  const paths = listOption(options, "paths") ?? globs(config.paths);
  const optionVersion = stringOption(options, "python-version");
  const pythonVersion = optionVersion ?? config["python-version"];
  if (pythonVersion !== void 0 && !parseRequirement(pythonVersion)) {
    const key = optionVersion !== void 0 ? "--python-version" : "notebooks.python-version";
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(pythonVersion)} is not a Python version`,
      void 0,
      "Write a minor version such as 3.11, or a specifier such as >=3.10,<3.12."
    );
  }
  const base = baseRef(options, config, ctx);
  return {
    cwd: ctx.cwd,
    paths: paths.length > 0 ? paths : ["**/*.ipynb"],
    exclude: listOption(options, "exclude") ?? globs(config.exclude),
    changedOnly: booleanOption(options, "changed-only") ?? config["changed-only"] ?? false,
    ...base ? { base } : {},
    policies: (config.policies ?? []).map((p) => ({ globs: globs(p.glob), outputs: p.outputs })),
    defaultOutputs: outputsOption(options) ?? config.outputs ?? "stripped",
    ...pythonVersion !== void 0 ? { pythonVersion } : {},
    maxNotebookBytes: size(options, "max-notebook-kib", config["max-notebook-kib"] ?? 1024) * KIB,
    maxOutputBytes: size(options, "max-output-kib", config["max-output-kib"] ?? 200) * KIB,
    maxReadBytes: (config["max-read-mib"] ?? 32) * MIB,
    secretEntropy: config.secrets?.entropy ?? 3.5,
    secretAllow: checkedPatterns(config.secrets?.allow ?? []),
    severity: severities(config.severity ?? {}),
    maxFindingsPerNotebook: config["max-findings-per-notebook"] ?? 20
  };
}
function baseRef(options, config, ctx) {
  const option = stringOption(options, "base");
  if (option !== void 0) return { ref: option, source: "option" };
  if (config.base !== void 0) return { ref: config.base, source: "config" };
  const pr = pullRequestBase(ctx);
  return pr ? { ref: pr, source: "pull-request" } : void 0;
}
function severities(config) {
  const out = { ...DEFAULT_SEVERITY };
  for (const rule of RULES) {
    const level = config[rule];
    if (level !== void 0) out[rule] = level;
  }
  return out;
}
function checkedPatterns(patterns) {
  patterns.forEach((pattern, i) => {
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new ConfigurationError(
        `notebooks.secrets.allow[${i}]: ${JSON.stringify(pattern)} is not a regular expression (${error.message})`,
        void 0,
        "Write a JavaScript regular expression, escaping special characters such as . and + with a backslash."
      );
    }
  });
  return patterns;
}
function size(options, name, fallback) {
  const value = options[name];
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(
      `--${name}: ${JSON.stringify(value)} is not allowed; expected a number of KiB above 0`,
      void 0,
      `Pass a size such as --${name} 512.`
    );
  }
  return value;
}
function outputsOption(options) {
  const value = stringOption(options, "outputs");
  if (value === void 0) return void 0;
  if (!OUTPUTS_POLICIES.includes(value)) {
    throw new ConfigurationError(
      `--outputs: ${JSON.stringify(value)} is not allowed; allowed: ${OUTPUTS_POLICIES.join(", ")}`,
      void 0,
      "Pass --outputs stripped, executed or any."
    );
  }
  return value;
}
function stringOption(options, name) {
  const value = options[name];
  if (value === void 0 || value === "") return void 0;
  if (typeof value !== "string") throw kindError(name, value, "a string");
  return value;
}
function listOption(options, name) {
  const value = options[name];
  if (value === void 0) return void 0;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) throw kindError(name, value, "a list of globs");
  const items = list.filter((item) => item !== "");
  return items.length > 0 ? items : void 0;
}
function booleanOption(options, name) {
  const value = options[name];
  if (value === void 0) return void 0;
  if (typeof value !== "boolean") throw kindError(name, value, "true or false");
  return value;
}
function kindError(name, value, expected) {
  return new ConfigurationError(
    `--${name}: ${JSON.stringify(value)} is not allowed; expected ${expected}`,
    void 0,
    `Pass --${name} with ${expected}.`
  );
}
export {
  notebooksSettings
};
