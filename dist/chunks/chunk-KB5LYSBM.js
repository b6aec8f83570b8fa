import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/util/globs.ts
function globs(list) {
  if (list === void 0) return [];
  return typeof list === "string" ? [list] : [...list];
}

export {
  globs
};
