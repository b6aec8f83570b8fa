import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RegistryError,
  isRegistryAnswer,
  referenceLabel
} from "./chunk-P224J325.js";
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  ratio
} from "./chunk-UP7ECBAX.js";
import {
  errorGateResult,
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  assertReadable
} from "./chunk-LRHOW2NC.js";
import {
  InputError,
  UserError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/registry-approval/describe.ts
var REGISTRY_LABEL = {
  mlflow: "MLflow",
  sagemaker: "SageMaker Model Registry",
  file: "in-repo registry"
};
function versionMetric(registry, check) {
  const { reference } = check;
  const row = {
    name: reference.name,
    reference: referenceLabel(reference),
    registry,
    source: reference.origin.description
  };
  if ("record" in check) {
    const r = check.record;
    Object.assign(row, {
      version: r.version,
      state: r.state,
      status: r.status,
      ...r.approvedBy !== void 0 ? { approvedBy: r.approvedBy } : {},
      ...r.approvedAt !== void 0 ? { approvedAt: r.approvedAt } : {},
      ...r.registeredBy !== void 0 ? { registeredBy: r.registeredBy } : {},
      ...r.updatedAt !== void 0 ? { updatedAt: r.updatedAt } : {},
      ...r.link !== void 0 ? { link: r.link } : {}
    });
  } else {
    Object.assign(row, {
      state: isRegistryAnswer(check.error.kind) ? check.error.kind : "error",
      error: check.error.kind
    });
  }
  return row;
}
var FIX = {
  pending: "Have an allowed approver approve this version in the registry, or reference an approved version.",
  rejected: "Reference an approved version instead; a rejected version must not ship.",
  "not-ready": "Wait until the registry finishes registering the version (or re-register it), then re-run.",
  unauthorized: "Have an allowed approver (registry-approval.file.approvers or a CODEOWNERS owner of the model) approve it.",
  "not-found": "Reference a version that exists in the registry (check the name, version and alias).",
  "no-alias": "Point the alias at the version to ship (MLflow: MlflowClient().set_registered_model_alias(name, alias, version); in-repo: add it to that version's aliases), or reference a version or an alias that exists.",
  unreachable: "Check the registry URL/endpoint and that the runner can reach it (network, VPN, proxy); re-run.",
  timeout: "The registry was too slow: re-run, or raise registry-approval.timeout-seconds.",
  auth: "Provide valid credentials (a token or AWS role with read access to the registry) to this step.",
  server: "The registry failed on its side; re-run later, or check its health.",
  "bad-request": "Check the reference and the registry settings (tracking URI, region, endpoint).",
  "bad-response": "Check that the URL points at the registry API (not a login page or proxy)."
};
function checkFinding(registry, check) {
  const { reference } = check;
  const where = {
    ...reference.origin.path ? { path: reference.origin.path } : {},
    ...reference.origin.line !== void 0 ? { line: reference.origin.line } : {}
  };
  const label = referenceLabel(reference);
  const from = reference.origin.path ? "" : ` (from ${reference.origin.description})`;
  if ("error" in check) return errorFinding(registry, check.error, `${label}${from}`, where);
  const r = check.record;
  const resolved = r.version && r.version !== reference.version ? ` (version ${r.version})` : "";
  const link = r.link ? ` ${r.link}` : "";
  if (r.state === "approved") {
    const who = r.approvedBy ? ` by ${r.approvedBy}` : "";
    const when = r.approvedAt ? ` on ${r.approvedAt}` : "";
    return {
      severity: "notice",
      rule: "registry-approval/approved",
      message: `${label}${resolved}${from} is approved in the ${REGISTRY_LABEL[registry]}${who}${when}${r.status === "approved" ? "" : ` (${r.status})`}.${link}`,
      ...where
    };
  }
  return {
    severity: "error",
    rule: `registry-approval/${r.state}`,
    message: `${label}${resolved}${from} is not approved in the ${REGISTRY_LABEL[registry]}: ${r.detail ?? r.status}.${link}`,
    fix: FIX[r.state] ?? FIX.pending,
    ...where
  };
}
function errorFinding(registry, error, subject, where) {
  const name = REGISTRY_LABEL[registry];
  const [rule, message] = error.kind === "not-found" ? ["registry-approval/not-found", `${subject} does not exist in the ${name}: ${error.message}`] : error.kind === "no-alias" ? ["registry-approval/no-alias", `${subject} is not approved in the ${name}: ${error.message}.`] : [
    `registry-approval/registry-${error.kind}`,
    `${subject}: could not check the ${name} \u2014 ${error.message}${error.attempts > 1 ? ` (after ${error.attempts} attempts)` : ""}`
  ];
  return { severity: "error", rule, message, fix: FIX[error.kind] ?? FIX["bad-request"], ...where };
}
function title(approved, total, failed, errors) {
  if (errors > 0) return `Registry approval: could not check ${errors} of ${total} model version(s)`;
  if (failed > 0) return `Registry approval: ${failed} of ${total} model version(s) not approved`;
  return `Registry approval: ${approved} of ${total} model version(s) approved`;
}

// src/gates/registry-approval/references.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_MANIFEST_BYTES = 1024 * 1024;
var OPTION_ORIGIN = "the --model option / models input";
var CONFIG_ORIGIN = "config (registry-approval.models)";
async function collectReferences(cwd, models, manifests, release) {
  const out = [];
  for (const m of models) {
    if (m.when === "release" && !release) continue;
    out.push({
      name: m.name,
      ...m.version !== void 0 ? { version: m.version } : {},
      ...m.alias !== void 0 ? { alias: m.alias } : {},
      origin: { description: m.from === "option" ? OPTION_ORIGIN : CONFIG_ORIGIN }
    });
  }
  for (const source of manifests) {
    if (source.when === "release" && !release) continue;
    out.push(...await manifestReferences(cwd, source));
  }
  return dedupe(out);
}
async function manifestReferences(cwd, source) {
  let text;
  try {
    await assertReadable(cwd, source.file);
    const buffer = await readFile(resolve(cwd, source.file));
    if (buffer.length > MAX_MANIFEST_BYTES) {
      throw new InputError(
        `${source.file}: ${buffer.length} bytes; a manifest is expected to be under ${MAX_MANIFEST_BYTES}`,
        { path: source.file }
      );
    }
    text = buffer.toString("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${source.file}: cannot read the manifest (${error.code ?? "error"})`,
      { path: source.file },
      "Fix registry-approval.manifests[].file: the path is relative to the repository root."
    );
  }
  return parseManifest(text, source);
}
function parseManifest(text, source) {
  const doc = /\.(md|markdown)$/i.test(source.file) ? frontMatter(text, source.file) : parseYaml(text, source.file);
  const entries = [];
  if (source.listKey !== void 0) {
    const list = at(doc.value, source.listKey);
    if (!Array.isArray(list)) {
      throw keyError(source, doc, source.listKey, "is not a list");
    }
    list.forEach(
      (value, i) => entries.push({ value, pointer: `${pointer(source.listKey ?? "")}/${i}` })
    );
  } else {
    entries.push({ value: doc.value, pointer: "" });
  }
  return entries.map(({ value, pointer: base }) => {
    const read = (key2) => {
      if (key2 === void 0) return void 0;
      const v = at(value, key2);
      if (v === void 0 || v === null) return void 0;
      if (typeof v !== "string" && typeof v !== "number") {
        throw keyError(source, doc, key2, "is not a string or number", base);
      }
      return { text: String(v), line: doc.lineOf(`${base}${pointer(key2)}`) };
    };
    const name = read(source.nameKey)?.text ?? source.name;
    const version = read(source.versionKey);
    const alias = read(source.aliasKey);
    if (name === void 0 || name.trim() === "") {
      throw keyError(source, doc, source.nameKey ?? "(name)", "names no model", base);
    }
    if (version === void 0 && alias === void 0) {
      throw keyError(
        source,
        doc,
        source.versionKey ?? source.aliasKey ?? "(version)",
        "holds neither a version nor an alias",
        base
      );
    }
    const key = version ? source.versionKey : source.aliasKey;
    return {
      name: name.trim(),
      ...version ? { version: version.text.trim() } : {},
      ...!version && alias ? { alias: alias.text.trim() } : {},
      origin: {
        path: source.file,
        line: version?.line ?? alias?.line,
        description: `${source.file} (${source.listKey ? `${source.listKey}[].` : ""}${key ?? ""})`
      }
    };
  });
}
function frontMatter(text, file) {
  const match = /^(\s*---(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new InputError(
      `${file}: no YAML front matter (a first line "---", the metadata, then "---")`,
      { path: file, line: 1 },
      "Add the model metadata as front matter at the top of the model card."
    );
  }
  const doc = parseYaml(match[2] ?? "", file);
  const offset = (match[1] ?? "").split("\n").length - 1;
  return {
    value: doc.value,
    lineOf: (p) => {
      const line = doc.lineOf(p);
      return line === void 0 ? void 0 : line + offset;
    }
  };
}
function at(value, dotPath) {
  let node = value;
  for (const segment of dotPath.split(".")) {
    if (node === null || typeof node !== "object") return void 0;
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : void 0;
    else node = Object.hasOwn(node, segment) ? node[segment] : void 0;
  }
  return node;
}
function pointer(dotPath) {
  return dotPath.split(".").map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function keyError(source, doc, key, problem, base = "") {
  const line = doc.lineOf(`${base}${key.startsWith("(") ? "" : pointer(key)}`);
  return new InputError(
    `${source.file}: ${key} ${problem}`,
    { path: source.file, ...line !== void 0 ? { line } : {} },
    `Point registry-approval.manifests[] at the key holding the model ${key.includes("name") ? "name" : "version"} (a dot path such as model.version), or fix the file.`
  );
}
function dedupe(references) {
  const seen = /* @__PURE__ */ new Set();
  return references.filter((r) => {
    const key = JSON.stringify([r.name, r.version ?? null, r.alias ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/gates/registry-approval/evaluate.ts
var GATE = "registry-approval";
async function evaluateRegistryApproval(settings, client) {
  let references;
  try {
    references = await collectReferences(settings.cwd, settings.models, settings.manifests, settings.release);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult(GATE, "Registry approval: could not read the model references", [
        userErrorFinding(GATE, error)
      ]);
    }
    throw error;
  }
  const mode = settings.release ? "release" : "pull request";
  if (references.length === 0) return nothingReferenced(settings);
  const checks = [];
  for (const reference of references) {
    try {
      checks.push({ reference, record: await client.lookup(reference) });
    } catch (error) {
      if (error instanceof RegistryError) checks.push({ reference, error });
      else if (error instanceof UserError) {
        return errorGateResult(GATE, "Registry approval: the registry file is invalid", [
          userErrorFinding(GATE, error)
        ]);
      } else throw error;
    }
  }
  const approved = checks.filter((c) => "record" in c && c.record.state === "approved").length;
  const errors = checks.filter((c) => "error" in c && !isRegistryAnswer(c.error.kind)).length;
  const failed = checks.length - approved - errors;
  const status = errors > 0 ? "error" : failed > 0 ? "fail" : "pass";
  const registry = REGISTRY_LABEL[client.kind];
  const approvedRatio = ratio(approved, checks.length);
  return {
    schemaVersion: 1,
    gate: GATE,
    status,
    title: title(approved, checks.length, failed, errors),
    summary: [
      `${checks.length} model version(s) referenced in ${mode} mode, checked against the ${registry}:`,
      `${approved} approved, ${failed} not approved${errors > 0 ? `, ${errors} could not be checked (the registry did not answer; this is not a pass)` : ""}.`
    ].join(" "),
    keyMetric: { label: "approved versions", value: approvedRatio.percent, unit: "%", threshold: 100 },
    metrics: {
      registry: client.kind,
      mode: settings.release ? "release" : "pull-request",
      approved: approvedRatio,
      failed,
      errors,
      versions: checks.map((c) => versionMetric(client.kind, c))
    },
    findings: checks.map((c) => checkFinding(client.kind, c))
  };
}
function nothingReferenced(settings) {
  const base = { schemaVersion: 1, gate: GATE, metrics: { approved: ratio(0, 0), versions: [] } };
  if (!settings.release) {
    return {
      ...base,
      status: "skip",
      title: "Registry approval: no model version referenced",
      summary: "Neither the --model option (models input), the config nor the configured manifests reference a model version in this pull request.",
      findings: []
    };
  }
  return {
    ...base,
    status: "fail",
    title: "Registry approval: no model version is bound to this release",
    summary: "In release mode every model bound to the release must be approved, but none is referenced.",
    findings: [
      {
        severity: "error",
        rule: "registry-approval/no-models",
        message: "No model version is bound to this release (registry-approval.models and .manifests reference none).",
        fix: "List the models the release ships under registry-approval.models (when: release) or point registry-approval.manifests at the deploy manifest."
      }
    ]
  };
}
export {
  evaluateRegistryApproval
};
