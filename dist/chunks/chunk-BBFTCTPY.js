import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/result/status-policy.ts
function statusOf(findings, options = {}) {
  if (options.couldNotJudge === true) return "error";
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

// src/result/not-measured.ts
function notMeasuredFinding(n) {
  return {
    severity: n.inPullRequest ? "error" : "warning",
    rule: `${n.gate}/not-measured`,
    message: `${n.what}: not measured (${n.reason})`,
    fix: n.fix
  };
}
var NO_BASE_FIX = "Pass --base (e.g. origin/main) or --diff-file, or set base in the config; in GitHub Actions the pull request base is used, with actions/checkout fetch-depth: 0.";

export {
  statusOf,
  notMeasuredFinding,
  NO_BASE_FIX
};
