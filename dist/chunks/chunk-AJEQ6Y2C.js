import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/data-schema/safe-path.ts
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, posix, relative, sep } from "node:path";
async function unsafeReason(cwd, path) {
  if (path.split("/").includes(".git")) return "is inside .git";
  const abs = join(cwd, path);
  let info;
  try {
    info = await lstat(abs);
  } catch {
    return void 0;
  }
  if (!info.isSymbolicLink()) return info.isFile() ? void 0 : kindOf(info);
  let real;
  let root;
  try {
    real = await realpath(abs);
    root = await realpath(cwd);
  } catch {
    return "is a symbolic link that points nowhere";
  }
  const rel = relative(root, real);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel))
    return "is a symbolic link to a file outside the repository";
  if (rel.split(sep).includes(".git")) return "is a symbolic link into .git";
  const target = await stat(real);
  return target.isFile() ? void 0 : `is a symbolic link to something that ${kindOf(target)}`;
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
  specialEntries,
  staysInside
};
