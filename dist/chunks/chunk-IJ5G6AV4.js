import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  git,
  gitTopLevel,
  resolveBase
} from "./chunk-BPC2GNOO.js";
import {
  ConfigurationError,
  InputError
} from "./chunk-JB365UXO.js";

// src/config/load-config.ts
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
var DEFAULT_CONFIG_PATH = ".github/ml-quality-gates.yml";
async function loadConfig(path, cwd) {
  const explicit = path !== void 0 && path !== "";
  const relPath = explicit ? path : DEFAULT_CONFIG_PATH;
  let text;
  try {
    text = await readFile(resolve(cwd, relPath), "utf8");
  } catch (error) {
    if (!explicit && error.code === "ENOENT") return { config: {} };
    throw new ConfigurationError(
      `cannot read config file ${relPath}: ${error.code ?? String(error)}`,
      { path: relPath },
      "Check the path given to --config / the `config` input (relative to the working directory)."
    );
  }
  return { config: await parse(text, relPath), path: relPath };
}
async function loadConfigAtRef(path, cwd, ref) {
  const relPath = path !== void 0 && path !== "" ? path : DEFAULT_CONFIG_PATH;
  const { ref: resolved } = await resolveBase(cwd, ref);
  const top = await gitTopLevel(cwd) ?? cwd;
  const inRepo = relative(top, resolve(cwd, relPath)).split("\\").join("/");
  if (inRepo.startsWith("../")) {
    throw new InputError(`config file ${relPath} is outside the repository`, { path: relPath });
  }
  let text;
  try {
    text = await git(top, ["show", "--no-textconv", `${resolved}:${inRepo}`], { maxBuffer: 4 * 1024 * 1024 });
  } catch {
    return { config: {}, ref: resolved };
  }
  return { config: await parse(text, `${relPath} at ${resolved}`), path: relPath, ref: resolved };
}
async function parse(text, name) {
  const { parseConfig } = await import("./parse-config-2NPXQCQX.js");
  return parseConfig(text, name);
}

export {
  DEFAULT_CONFIG_PATH,
  loadConfig,
  loadConfigAtRef
};
