import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  COMPATIBILITY_MODES
} from "./chunk-RMUSCZAL.js";
import {
  globs
} from "./chunk-KB5LYSBM.js";
import {
  staysInside
} from "./chunk-LRHOW2NC.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/data-schema/parse-settings.ts
var DEFAULT_SCHEMA_RULES = [
  { rule: "same-name", suffixes: [".schema.json", ".schema.yaml", ".schema.yml"] },
  { rule: "datapackage", file: "datapackage.json" }
];
function dataSchemaSettings(config, overrides, cwd, context = {}) {
  const whole = (name, value, min) => {
    if (value !== void 0 && (!Number.isInteger(value) || value < min)) {
      throw new ConfigurationError(
        `--${name}: ${value} is not allowed; expected a whole number of at least ${min}`
      );
    }
    return value;
  };
  const mode = overrides.compatibility ?? config.compatibility ?? "full";
  if (!COMPATIBILITY_MODES.includes(mode)) {
    throw new ConfigurationError(
      `--compatibility: ${JSON.stringify(mode)} is not allowed; allowed: ${COMPATIBILITY_MODES.join(", ")}`
    );
  }
  const datasets = overrides.datasets && overrides.datasets.length > 0 ? overrides.datasets : globs(config.datasets);
  const sampleRows = whole("sample-rows", overrides["sample-rows"] ?? config["sample-rows"], 1);
  const base = overrides.base ?? config.base ?? context.defaultBase;
  const waiverLabel = overrides["waiver-label"] ?? config["waiver-label"];
  const schemas = config.schemas ? config.schemas.map(
    (r) => r.rule === "same-name" ? { rule: "same-name", suffixes: r.suffixes ?? [".schema.json", ".schema.yaml", ".schema.yml"] } : r.rule === "datapackage" ? { rule: "datapackage", file: r.file ?? "datapackage.json" } : { rule: "map", map: r.map }
  ) : DEFAULT_SCHEMA_RULES;
  const exclude = globs(config.exclude);
  checkInsideRoot(datasets, exclude, schemas);
  return {
    cwd,
    datasets,
    exclude,
    schemas,
    maxFindingsPerFile: whole(
      "max-findings-per-file",
      overrides["max-findings-per-file"] ?? config["max-findings-per-file"],
      1
    ) ?? 20,
    ...sampleRows !== void 0 ? { sampleRows } : {},
    maxUniqueKeys: config["max-unique-keys"] ?? 5e6,
    maxSchemaBytes: config["max-schema-bytes"] ?? 16 * 1024 * 1024,
    breaking: {
      ...base ? { base } : {},
      mode,
      waivers: config.waivers ?? [],
      labels: context.labels ?? [],
      ...waiverLabel ? { waiverLabel } : {},
      now: context.now ?? /* @__PURE__ */ new Date(),
      inPullRequest: context.inPullRequest ?? false
    }
  };
}
function checkInsideRoot(datasets, exclude, schemas) {
  const refuse = (key, value, why) => {
    throw new ConfigurationError(
      `data-schema.${key}: ${JSON.stringify(value)} ${why}`,
      void 0,
      'Write paths and globs relative to the repository root, without "..".'
    );
  };
  for (const [key, values] of [
    ["datasets", datasets],
    ["exclude", exclude]
  ]) {
    for (const v of values)
      if (!staysInside(v)) refuse(key, v, 'leaves the repository (no "..", no absolute paths)');
  }
  for (const rule of schemas) {
    if (rule.rule === "map") {
      for (const [data, schema] of Object.entries(rule.map)) {
        if (!staysInside(data))
          refuse("schemas.map", data, 'leaves the repository (no "..", no absolute paths)');
        if (!staysInside(schema))
          refuse("schemas.map", schema, 'leaves the repository (no "..", no absolute paths)');
      }
    } else if (rule.rule === "same-name") {
      for (const suffix of rule.suffixes)
        if (/[\\/]/.test(suffix))
          refuse("schemas.suffixes", suffix, 'is a suffix of a file name and cannot hold a "/"');
    } else if (/[\\/]/.test(rule.file))
      refuse("schemas.file", rule.file, 'is a file name and cannot hold a "/"');
  }
}
export {
  DEFAULT_SCHEMA_RULES,
  dataSchemaSettings
};
