import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-JB365UXO.js";

// src/util/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var MAX_BUFFER = 1 << 30;
async function git(cwd, args, options = {}) {
  const { stdout } = await execFileAsync(
    "git",
    ["-c", "core.quotepath=false", "-c", "color.ui=false", "--no-pager", ...args],
    {
      cwd,
      maxBuffer: options.maxBuffer ?? MAX_BUFFER,
      encoding: "utf8",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    }
  );
  return stdout;
}
async function gitTopLevel(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    return void 0;
  }
}
async function trackedFiles(cwd) {
  const out = await git(cwd, ["ls-files", "-z", "--full-name", "--", "."]);
  return out.split("\0").filter((p) => p !== "");
}
async function diffSinceMergeBase(cwd, base) {
  if (base.startsWith("-") || base.trim() === "") {
    throw new InputError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      void 0,
      "Pass a branch, tag or commit, e.g. origin/main."
    );
  }
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${base}" is not a commit in this repository`,
      void 0,
      "Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or pass --diff-file."
    );
  }
  let mergeBase;
  try {
    mergeBase = (await git(cwd, ["merge-base", base, "HEAD"])).trim();
  } catch {
    throw new InputError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      void 0,
      "Use actions/checkout with fetch-depth: 0 (or fetch enough history), or pass --diff-file."
    );
  }
  return git(cwd, [
    "diff",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--unified=0",
    mergeBase,
    "--"
  ]);
}

export {
  git,
  gitTopLevel,
  trackedFiles,
  diffSinceMergeBase
};
