import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/registry-approval/client.ts
var ANSWERS = /* @__PURE__ */ new Set(["not-found", "no-alias"]);
function isRegistryAnswer(kind) {
  return ANSWERS.has(kind);
}
var RegistryError = class extends Error {
  constructor(kind, message, httpStatus, attempts = 1, registry) {
    super(message);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
    this.registry = registry;
  }
  kind;
  httpStatus;
  attempts;
  registry;
  name = "RegistryError";
};
function referenceLabel(reference) {
  if (reference.version !== void 0) return `${reference.name}:${reference.version}`;
  if (reference.alias !== void 0) return `${reference.name}@${reference.alias}`;
  return `${reference.name} (latest)`;
}

export {
  isRegistryAnswer,
  RegistryError,
  referenceLabel
};
