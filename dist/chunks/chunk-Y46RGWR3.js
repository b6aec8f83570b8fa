import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/result/percent.ts
function isRatio(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return typeof v.covered === "number" && typeof v.total === "number";
}
function ratio(covered, total) {
  return { covered, total, percent: total === 0 ? null : covered / total * 100 };
}
function meets(covered, total, minimum) {
  return covered * 100 - minimum * total >= -1e-9 * Math.max(1, total);
}
var ROUNDING_NOTE = "Percentages are rounded down to two decimals for display; thresholds compare unrounded figures.";
function formatPercent(percent) {
  if (percent === null) return "n/a";
  const floored = Math.floor(percent * 100 + 1e-9) / 100;
  return `${floored.toFixed(2)}%`;
}

// src/result/error-result.ts
function userErrorFinding(gate, error) {
  const path = error.location?.path;
  return {
    severity: "error",
    rule: `${gate}/bad-input`,
    message: error.message,
    ...path && !path.startsWith("git ") ? { path } : {},
    ...error.location?.line !== void 0 ? { line: error.location.line } : {},
    ...error.fix ? { fix: error.fix } : {}
  };
}
function errorGateResult(gate, title, findings, metrics = {}) {
  return {
    schemaVersion: 1,
    gate,
    status: "error",
    title,
    summary: `${findings.length} problem(s) with the input; fix them and re-run. ${findings[0]?.message ?? ""}`.trim(),
    metrics: Object.fromEntries(Object.entries(metrics).filter(([, v]) => v !== void 0)),
    findings
  };
}
function internalErrorResult(gate, message) {
  const firstLine = message.split(/\r?\n/)[0]?.slice(0, 500) ?? "";
  return {
    schemaVersion: 1,
    gate,
    status: "error",
    title: `Internal error in gate ${gate}`,
    summary: `The gate crashed and could not judge: internal error in gate ${gate}: ${firstLine}`,
    metrics: {},
    findings: [
      {
        severity: "error",
        rule: `${gate}/internal-error`,
        message: `internal error in gate ${gate}: ${firstLine}`,
        fix: "This is a bug in ml-quality-gates, not in your repository: re-run with debug logging (RUNNER_DEBUG=1, or MLQG_DEBUG=1 locally) and report it with the stack."
      }
    ]
  };
}

export {
  isRatio,
  ratio,
  meets,
  ROUNDING_NOTE,
  formatPercent,
  userErrorFinding,
  errorGateResult,
  internalErrorResult
};
