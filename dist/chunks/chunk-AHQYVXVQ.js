import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";

// src/commands/options.ts
import { parseArgs } from "node:util";
function envName(spec) {
  return `MLQG_${(spec.input ?? spec.name).toUpperCase().replace(/-/g, "_")}`;
}
function readOptions(specs, args, env) {
  const parsed = parse(specs, args);
  const out = {};
  for (const spec of specs) {
    const fromArgs = [spec.name, ...spec.aliases ?? []].map((n) => parsed[n]).find((v) => v !== void 0);
    const fromEnv = env[envName(spec)];
    const raw = fromArgs ?? (fromEnv !== void 0 && fromEnv.trim() !== "" ? fromEnv : void 0);
    if (raw === void 0) continue;
    out[spec.name] = convert(spec, raw, fromArgs === void 0);
  }
  return out;
}
function parse(specs, args) {
  const names = specs.flatMap((s) => [s.name, ...s.aliases ?? []].map((n) => [n, s]));
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: Object.fromEntries(
        names.map(([n, s]) => [
          n,
          { type: s.kind === "boolean" ? "boolean" : "string", multiple: s.kind === "list" }
        ])
      )
    }).values;
  } catch (error) {
    const message = error.message.split("\n")[0] ?? "";
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    const nearest = unknown ? nearestOption(
      unknown.replace(/^-+/, ""),
      names.map(([n]) => n)
    ) : void 0;
    throw new ConfigurationError(
      message,
      void 0,
      nearest ? `Did you mean --${nearest}? Run with --help for the options.` : "Run with --help for the options."
    );
  }
}
function nearestOption(typed, known) {
  let best;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 3)) ? best.name : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function convert(spec, raw, fromEnv) {
  const where = fromEnv ? `${envName(spec)} (the "${spec.input ?? spec.name}" input)` : `--${spec.name}`;
  switch (spec.kind) {
    case "boolean":
      if (typeof raw === "boolean") return raw;
      if (/^(true|false)$/i.test(String(raw).trim())) return /^true$/i.test(String(raw).trim());
      throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not allowed; expected true or false`);
    case "number": {
      const n = Number(String(raw).trim());
      if (String(raw).trim() === "" || !Number.isFinite(n)) {
        throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not allowed; expected a number`);
      }
      return n;
    }
    case "list": {
      const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(/\r?\n|,/);
      return items.map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
    }
    default: {
      const value = String(raw).trim();
      if (spec.choices && !spec.choices.includes(value)) {
        throw new ConfigurationError(
          `${where}: ${JSON.stringify(value)} is not allowed; allowed: ${spec.choices.join(", ")}`
        );
      }
      return value;
    }
  }
}
function helpText(usage, specs) {
  const width = Math.max(...specs.map((s) => s.name.length + (s.kind === "boolean" ? 0 : 6)));
  const lines = specs.map((s) => {
    const flag = `--${s.name}${s.kind === "boolean" ? "" : " VALUE"}`;
    return `  ${flag.padEnd(width + 4)}${s.description}${s.kind === "list" ? " (repeatable)" : ""} [${envName(s)}]`;
  });
  return `${usage}

Options (each can also be set by the environment variable in brackets):
${lines.join("\n")}
`;
}
var COMMON_OPTIONS = [
  { name: "config", kind: "string", description: "Config file (default .github/ml-quality-gates.yml)" },
  {
    name: "config-from",
    kind: "string",
    choices: ["head", "base"],
    description: "Config that governs: head (the checked-out file, default) or base (the PR base branch's)"
  },
  {
    name: "format",
    kind: "string",
    choices: ["text", "json", "markdown"],
    description: "Output on stdout: text (default), json (the result document), markdown"
  },
  { name: "output", kind: "string", description: "Also write the result document (JSON) to this file" },
  { name: "help", kind: "boolean", description: "Show this help" }
];

export {
  readOptions,
  nearestOption,
  helpText,
  COMMON_OPTIONS
};
