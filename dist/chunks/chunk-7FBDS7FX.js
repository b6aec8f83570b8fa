import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/result/status-policy.ts
function statusOf(findings, options = {}) {
  if (options.couldNotJudge === true) return "error";
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

export {
  statusOf
};
