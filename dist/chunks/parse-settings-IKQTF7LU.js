import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  globs
} from "./chunk-KB5LYSBM.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/coverage/parse-settings.ts
function coverageSettings(config, overrides, cwd, context = {}) {
  const { defaultBase } = context;
  const diffFile = overrides["diff-file"] ?? config["diff-file"];
  const base = overrides.base ?? config.base ?? (diffFile ? void 0 : defaultBase);
  const baselineFile = overrides.baseline ?? config.baseline?.file;
  return {
    cwd,
    root: overrides.root ?? config.root,
    reports: overrides.report && overrides.report.length > 0 ? overrides.report : globs(config.reports),
    base: diffFile ? void 0 : base,
    inPullRequest: context.inPullRequest ?? false,
    diffFile,
    pathMap: overrides["path-map"] ? overrides["path-map"].map(parseRewrite) : config["path-map"] ?? [],
    exclude: overrides.exclude && overrides.exclude.length > 0 ? overrides.exclude : globs(config.exclude),
    thresholds: thresholds(config, overrides),
    minChangedLines: overrides["min-changed-lines"] ?? config["min-changed-lines"] ?? 1,
    paths: config.paths ?? [],
    baseline: baselineFile ? {
      file: baselineFile,
      maxDrop: overrides["max-drop"] ?? config.baseline?.["max-drop"] ?? 0,
      required: config.baseline?.required ?? false
    } : void 0
  };
}
function thresholds(config, overrides) {
  const pick = (key, option) => {
    const value = overrides[option];
    if (value !== void 0 && (value < 0 || value > 100)) {
      throw new ConfigurationError(
        `--${option}: ${value} is not allowed; expected a percentage from 0 to 100`
      );
    }
    return value ?? config.thresholds?.[key];
  };
  return {
    lines: pick("lines", "min-lines"),
    branches: pick("branches", "min-branches"),
    overall: pick("overall", "min-overall"),
    patch: pick("patch", "min-patch"),
    file: pick("file", "min-file")
  };
}
function parseRewrite(spec) {
  const eq = spec.indexOf("=");
  if (eq <= 0) {
    throw new ConfigurationError(
      `--path-map: ${JSON.stringify(spec)} is not allowed; expected FROM=TO (e.g. /app/=services/api/)`
    );
  }
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}
export {
  coverageSettings
};
