import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/result/types.ts
function resultId(result) {
  return result.id ?? result.gate;
}
var STATUS_ORDER = ["skip", "pass", "warn", "fail", "error"];
function worstStatus(a, b) {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}
function exitCodeFor(status) {
  if (status === "fail") return 1;
  if (status === "error") return 2;
  return 0;
}

export {
  resultId,
  worstStatus,
  exitCodeFor
};
