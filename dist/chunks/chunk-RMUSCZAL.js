import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/data-schema/settings.ts
var COMPATIBILITY_MODES = [
  "backward",
  "forward",
  "full",
  "none",
  "backward_transitive",
  "forward_transitive",
  "full_transitive"
];

export {
  COMPATIBILITY_MODES
};
