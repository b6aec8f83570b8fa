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

export {
  userErrorFinding,
  errorGateResult
};
