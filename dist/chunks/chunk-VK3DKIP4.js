import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/registry-approval/client.ts
var RegistryError = class extends Error {
  constructor(kind, message, httpStatus, attempts = 1) {
    super(message);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
  }
  kind;
  httpStatus;
  attempts;
  name = "RegistryError";
};
function referenceLabel(reference) {
  if (reference.version !== void 0) return `${reference.name}:${reference.version}`;
  if (reference.alias !== void 0) return `${reference.name}@${reference.alias}`;
  return `${reference.name} (latest)`;
}

export {
  RegistryError,
  referenceLabel
};
