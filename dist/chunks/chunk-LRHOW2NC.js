import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-JB365UXO.js";

// src/util/safe-path.ts
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, posix, relative, resolve, sep } from "node:path";
async function unsafeReason(root, path) {
  const abs = resolve(root, path);
  if (relative(root, abs).split(sep).includes(".git")) return "is inside .git";
  let real;
  try {
    real = await realpath(abs);
  } catch (error) {
    if ((await lstat(abs).catch(() => void 0))?.isSymbolicLink())
      return "is a symbolic link that points nowhere";
    return error.code === "ENOENT" ? void 0 : "cannot be resolved";
  }
  const rel = relative(await realpath(root).catch(() => root), real);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return "resolves to a file outside the repository (through a symbolic link)";
  if (rel.split(sep).includes(".git")) return "resolves into .git (through a symbolic link)";
  const target = await stat(real);
  return target.isFile() ? void 0 : kindOf(target);
}
async function assertReadable(root, path, display = path) {
  const reason = await unsafeReason(root, path);
  if (reason === void 0) return;
  throw new InputError(
    `${display} ${reason}; it is not read`,
    { path: display },
    "Commit the file itself inside the repository (not a link to elsewhere), or remove it from the configured paths."
  );
}
async function assertInsideRepository(root, path) {
  const reason = await unsafeReason(root, path);
  if (reason === void 0 || reason === "is a directory, not a regular file") return;
  throw new InputError(
    `${path} ${reason}; it is not read`,
    { path },
    "Commit the folder itself inside the repository (not a link to elsewhere)."
  );
}
function kindOf(info) {
  if (info.isFIFO()) return "is a FIFO (named pipe), not a regular file";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "is a device, not a regular file";
  if (info.isSocket()) return "is a socket, not a regular file";
  if (info.isDirectory()) return "is a directory, not a regular file";
  return "is not a regular file";
}
async function specialEntries(cwd, folders, matches) {
  const found = [];
  for (const folder of folders) {
    let entries;
    try {
      entries = await readdir(join(cwd, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory()) continue;
      const path = folder === "." || folder === "" ? entry.name : posix.join(folder, entry.name);
      if (matches(path)) found.push(path);
    }
  }
  return found.sort();
}
function staysInside(pattern) {
  if (posix.isAbsolute(pattern) || isAbsolute(pattern) || /^[a-z]:/i.test(pattern)) return false;
  return !pattern.replace(/\\/g, "/").split("/").includes("..");
}

export {
  unsafeReason,
  assertReadable,
  assertInsideRepository,
  specialEntries,
  staysInside
};
