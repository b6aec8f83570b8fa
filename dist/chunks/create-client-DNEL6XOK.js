import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  RegistryError
} from "./chunk-P224J325.js";
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  require_picomatch
} from "./chunk-RA43G3UU.js";
import {
  assertReadable
} from "./chunk-LRHOW2NC.js";
import {
  InputError
} from "./chunk-JB365UXO.js";
import {
  __toESM
} from "./chunk-UETBL5CI.js";

// src/gates/registry-approval/file.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/gates/registry-approval/codeowners.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = stripComment(raw).trim();
    if (content === "") return;
    const [pattern = "", ...owners] = content.split(/\s+/);
    if (pattern.startsWith("!") || /\[.*\]/.test(pattern)) return;
    rules.push({ pattern: pattern.replace(/\\#/g, "#"), owners, line: i + 1, matches: matcher(pattern) });
  });
  return rules;
}
function ownersOf(rules, path) {
  const normalized = path.replace(/^\.?\//, "").replace(/\/+$/, "");
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule?.matches(normalized)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}
function sameIdentity(who, owner) {
  const norm = (s) => s.trim().replace(/^@/, "").toLowerCase();
  return norm(who) !== "" && norm(who) === norm(owner);
}
function stripComment(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "#" && line[i - 1] !== "\\") return line.slice(0, i);
  }
  return line;
}
function matcher(pattern) {
  let p = pattern.replace(/\\#/g, "#");
  const directoryOnly = p.endsWith("/");
  if (directoryOnly) p = p.replace(/\/+$/, "");
  const anchored = p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "" || p === "*" || p === "**") return () => true;
  const base = anchored ? p : `**/${p}`;
  const globs = [];
  if (!directoryOnly) globs.push(base);
  if (!p.endsWith("/*")) globs.push(`${base}/**`);
  const isMatch = (0, import_picomatch.default)(globs, { dot: true });
  const self = directoryOnly ? (0, import_picomatch.default)(base, { dot: true }) : void 0;
  return (path) => isMatch(path) || (self?.(path) ?? false);
}

// src/gates/registry-approval/file.ts
var STATUSES = ["approved", "pending", "rejected"];
var FileRegistry = class {
  constructor(options) {
    this.options = options;
  }
  options;
  kind = "file";
  loaded;
  async lookup(reference) {
    const { models, codeowners } = await (this.loaded ??= this.load());
    const model = models.get(reference.name);
    if (!model) {
      throw new RegistryError("not-found", `model "${reference.name}" is not in ${this.options.path}`);
    }
    const entry = reference.version !== void 0 ? model.versions.find((v) => v.version === reference.version) : reference.alias !== void 0 ? model.versions.find((v) => v.aliases.includes(reference.alias ?? "")) : void 0;
    if (!entry) {
      throw new RegistryError(
        reference.version === void 0 && reference.alias !== void 0 ? "no-alias" : "not-found",
        reference.version !== void 0 ? `version ${reference.version} of "${model.name}" is not in ${this.options.path}` : reference.alias !== void 0 ? `no version of "${model.name}" has the alias "${reference.alias}" in ${this.options.path}` : `the in-repo registry needs a version or an alias for "${model.name}"`
      );
    }
    const link = (this.options.linkTo ?? ((p, l) => l ? `${p}#L${l}` : p))(this.options.path, entry.line);
    const base = {
      name: model.name,
      version: entry.version,
      status: entry.status,
      link,
      ...entry.approver !== void 0 ? { approvedBy: entry.approver } : {},
      ...entry.date !== void 0 ? { approvedAt: entry.date } : {}
    };
    if (entry.status !== "approved") {
      const state = entry.status;
      return {
        ...base,
        state,
        detail: entry.status === "pending" ? `awaiting approval in ${this.options.path}` : `rejected${entry.approver ? ` by ${entry.approver}` : ""}${entry.note ? `: ${entry.note}` : ""}`
      };
    }
    if (!entry.approver) {
      return { ...base, state: "unauthorized", detail: "marked approved without an approver" };
    }
    const allowed = this.allowed(entry.approver, model, codeowners);
    return allowed.ok ? { ...base, state: "approved" } : { ...base, state: "unauthorized", detail: allowed.detail };
  }
  /** Whether the approver may approve this model, with the reason when not. */
  allowed(approver, model, codeowners) {
    const { users, teams } = this.options.approvers;
    if (users.some((u) => sameIdentity(approver, u))) return { ok: true };
    if (this.options.approvers.codeowners) {
      if (!model.path) {
        return {
          ok: false,
          detail: `${approver} is not a listed approver, and "${model.name}" has no path to look up in CODEOWNERS`
        };
      }
      const { owners } = ownersOf(codeowners ?? [], model.path);
      const expanded = owners.flatMap((o) => [o, ...teamMembers(teams, o) ?? []]);
      if (expanded.some((o) => sameIdentity(approver, o))) return { ok: true };
      return {
        ok: false,
        detail: owners.length === 0 ? `${approver} is not a listed approver, and CODEOWNERS names no owner of ${model.path}` : `${approver} is neither a listed approver nor a CODEOWNERS owner of ${model.path} (${owners.join(", ")})`
      };
    }
    return { ok: false, detail: `${approver} is not an allowed approver` };
  }
  async load() {
    let text;
    try {
      await assertReadable(this.options.cwd, this.options.path);
      text = await readFile(resolve(this.options.cwd, this.options.path), "utf8");
    } catch (error) {
      throw new InputError(
        `${this.options.path}: cannot read the registry file (${error.code ?? "error"})`,
        { path: this.options.path },
        "Create the registry file or point registry-approval.file.path at it."
      );
    }
    const models = parseRegistryFile(text, this.options.path);
    return {
      models,
      ...this.options.approvers.codeowners ? { codeowners: await readCodeowners(this.options.cwd) } : {}
    };
  }
};
async function readCodeowners(cwd) {
  for (const location of CODEOWNERS_LOCATIONS) {
    try {
      return parseCodeowners(await readFile(resolve(cwd, location), "utf8"));
    } catch {
    }
  }
  return [];
}
function teamMembers(teams, owner) {
  const key = Object.keys(teams).find((t) => sameIdentity(t, owner));
  return key === void 0 ? void 0 : teams[key];
}
function parseRegistryFile(text, path) {
  const doc = parseYaml(text, path);
  const fail = (pointer, problem) => {
    const line = doc.lineOf(pointer);
    throw new InputError(
      `${path}${line ? `:${line}` : ""}: ${problem}`,
      { path, ...line !== void 0 ? { line } : {} },
      "Each model lists versions as {version, status: approved|pending|rejected, approver, date}."
    );
  };
  const root = doc.value;
  if (!isObject(root) || !isObject(root.models)) return fail("", 'expected a top-level "models:" mapping');
  const models = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(root.models)) {
    const at = `/models/${escape(name)}`;
    if (!isObject(raw) || !Array.isArray(raw.versions)) fail(at, `model "${name}" needs a "versions:" list`);
    const model = raw;
    if (model.path !== void 0 && typeof model.path !== "string")
      fail(`${at}/path`, "path must be a string");
    const versions = model.versions.map(
      (v, i) => parseVersion(doc, v, `${at}/versions/${i}`, fail)
    );
    const seen = /* @__PURE__ */ new Set();
    for (const [i, v] of versions.entries()) {
      if (seen.has(v.version))
        fail(`${at}/versions/${i}`, `version ${v.version} of "${name}" is listed twice`);
      seen.add(v.version);
    }
    models.set(name, {
      name,
      versions,
      line: doc.lineOf(at),
      ...typeof model.path === "string" ? { path: model.path } : {}
    });
  }
  return models;
}
function parseVersion(doc, raw, at, fail) {
  if (!isObject(raw)) return fail(at, "a version entry must be a mapping");
  const version = raw.version;
  if (typeof version !== "string" && typeof version !== "number") return fail(at, "version is missing");
  const status = raw.status;
  if (typeof status !== "string" || !STATUSES.includes(status)) {
    return fail(`${at}/status`, `status must be one of ${STATUSES.join(", ")}`);
  }
  const text = (key) => {
    const v = raw[key];
    if (v === void 0 || v === null) return void 0;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== "string" && typeof v !== "number")
      return fail(`${at}/${key}`, `${key} must be a string`);
    return String(v);
  };
  const aliases = raw.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string")) {
    return fail(`${at}/aliases`, "aliases must be a list of strings");
  }
  const approver = text("approver");
  const date = text("date");
  const note = text("note");
  return {
    version: String(version),
    status,
    aliases,
    line: doc.lineOf(at),
    ...approver !== void 0 ? { approver } : {},
    ...date !== void 0 ? { date } : {},
    ...note !== void 0 ? { note } : {}
  };
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function escape(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/gates/registry-approval/create-client.ts
async function createClient(settings, connection, env, headSha) {
  switch (connection.kind) {
    case "mlflow": {
      const { MlflowRegistry } = await import("./mlflow-U67WBNM7.js");
      return new MlflowRegistry({ ...connection, approval: settings.mlflow.approval });
    }
    case "sagemaker": {
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
      const { SageMakerRegistry } = await import("./sagemaker-XUJNQG7P.js");
      return new SageMakerRegistry(connection);
    }
    default:
      return new FileRegistry({
        cwd: settings.cwd,
        path: settings.file.path,
        approvers: settings.file.approvers,
        ...blobLink(env, headSha) ? { linkTo: blobLink(env, headSha) } : {}
      });
  }
}
function blobLink(env, headSha) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
  const sha = headSha ?? env.GITHUB_SHA;
  if (!server || !repo || !sha) return void 0;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ""}`;
}
export {
  createClient
};
