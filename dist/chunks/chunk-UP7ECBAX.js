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

export {
  isRatio,
  ratio,
  meets,
  ROUNDING_NOTE,
  formatPercent
};
