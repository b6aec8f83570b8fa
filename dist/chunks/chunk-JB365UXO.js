import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/util/errors.ts
var UserError = class extends Error {
  constructor(message, location, fix) {
    super(message);
    this.location = location;
    this.fix = fix;
  }
  location;
  fix;
  name = "UserError";
};
var ConfigurationError = class extends UserError {
  name = "ConfigurationError";
};
var InputError = class extends UserError {
  name = "InputError";
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function formatLocation(location) {
  let s = location.path;
  if (location.line !== void 0) s += `:${location.line}`;
  if (location.line !== void 0 && location.column !== void 0) s += `:${location.column}`;
  return s;
}

export {
  UserError,
  ConfigurationError,
  InputError,
  errorMessage,
  formatLocation
};
