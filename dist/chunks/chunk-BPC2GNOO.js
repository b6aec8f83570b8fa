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
async function resolveBase(cwd, base) {
  if (base.startsWith("-") || base.trim() === "") {
    throw new InputError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      void 0,
      "Pass a branch, tag or commit, e.g. origin/main."
    );
  }
  await requireWorkTree(cwd);
  let ref = base;
  let note;
  if (!await isCommit(cwd, base)) {
    const remote = `origin/${base}`;
    if (!base.startsWith("origin/") && await isCommit(cwd, `refs/remotes/${remote}`)) {
      ref = remote;
      note = `base "${base}" is not a local branch here; using ${remote}`;
    } else {
      const shallow = await isShallow(cwd);
      throw new InputError(
        `base ref "${base}" does not exist in this repository${base.startsWith("origin/") ? "" : ` (neither a local branch, tag or commit, nor ${remote})`}${shallow ? "; the clone is shallow and has only the checked-out commit" : ""}`,
        void 0,
        `Fetch the base branch: actions/checkout with fetch-depth: 0 (every branch and its history), or \`git fetch origin ${base.replace(/^origin\//, "")}\`; or pass --diff-file.`
      );
    }
  }
  try {
    return {
      ref,
      mergeBase: (await git(cwd, ["merge-base", "--end-of-options", ref, "HEAD"])).trim(),
      ...note ? { note } : {}
    };
  } catch {
    if (await isShallow(cwd)) {
      throw new InputError(
        `shallow clone: the merge base of ${ref} and HEAD is not in the fetched history`,
        void 0,
        "Use actions/checkout with fetch-depth: 0 (or `git fetch --unshallow`), so the commit the branch forked from is present."
      );
    }
    throw new InputError(
      `${ref} and HEAD have no common history: there is no merge base`,
      void 0,
      "Check that the base is the branch this work forked from (e.g. origin/main), or pass --diff-file."
    );
  }
}
async function requireWorkTree(cwd) {
  try {
    await git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  } catch (error) {
    const missing = error.code === "ENOENT";
    throw new InputError(
      missing ? "git is not installed (or not on PATH)" : `not a git repository: ${cwd}`,
      void 0,
      missing ? "Install git, or pass --diff-file with a unified diff of the change." : "Run inside the repository checkout (actions/checkout first), or pass --diff-file with a unified diff of the change."
    );
  }
}
async function isCommit(cwd, ref) {
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function isShallow(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  } catch {
    return false;
  }
}
async function diffSinceMergeBase(cwd, base) {
  const resolved = await resolveBase(cwd, base);
  const diff = await git(cwd, [
    "diff",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--unified=0",
    resolved.mergeBase,
    "--"
  ]);
  return { diff, base: resolved };
}

export {
  git,
  gitTopLevel,
  trackedFiles,
  resolveBase,
  diffSinceMergeBase
};
