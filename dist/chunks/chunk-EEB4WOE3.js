import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

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
  userErrorFinding,
  errorGateResult,
  internalErrorResult
};
