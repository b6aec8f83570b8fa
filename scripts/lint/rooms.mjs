// The rooms of src/ and what each may import, read from the one table in CONTRIBUTING.md (between
// the rooms:start/rooms:end markers), and an ESLint rule that holds every import to it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Parses the room table: [{ room: 'src/gates/<gate>/', mayImport: ['src/result/', ...] }]. */
export function readRooms(markdown) {
  const start = markdown.indexOf('<!-- rooms:start -->');
  const end = markdown.indexOf('<!-- rooms:end -->');
  if (start < 0 || end < start) throw new Error('CONTRIBUTING.md has no rooms:start/rooms:end table');
  const rows = markdown
    .slice(start, end)
    .split('\n')
    .filter((l) => /^\|\s*`src\//.test(l));
  return rows.map((row) => {
    const cells = row.split('|').map((c) => c.trim());
    const room = /`([^`]+)`/.exec(cells[1] ?? '')?.[1];
    const allowed = cells[3] ?? '';
    const mayImport = allowed.startsWith('every room')
      ? ['*']
      : [...allowed.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return { room, mayImport };
  });
}

/** The room a repository path belongs to (`src/gates/coverage/x.ts` → `src/gates/<gate>/`), with the gate. */
export function roomOf(rooms, path) {
  for (const { room } of rooms) {
    if (room.includes('<gate>')) {
      const prefix = room.slice(0, room.indexOf('<gate>'));
      if (path.startsWith(prefix)) return { room, gate: path.slice(prefix.length).split('/')[0] };
    } else if (room.endsWith('/') ? path.startsWith(room) : path === room) {
      return { room };
    }
  }
  return undefined;
}

/** Why an import from `from` to `to` (repository paths) breaks the table, or undefined. */
export function violation(rooms, from, to) {
  const a = roomOf(rooms, from);
  const b = roomOf(rooms, to);
  if (!a || !b) return undefined;
  if (a.room === b.room) {
    return a.gate !== undefined && a.gate !== b.gate
      ? `a gate never imports another gate (${b.gate})`
      : undefined;
  }
  const { mayImport } = rooms.find((r) => r.room === a.room);
  if (mayImport.includes('*') || mayImport.includes(b.room)) return undefined;
  return `${a.room} may import ${mayImport.join(', ') || 'nothing'}, not ${b.room} (CONTRIBUTING.md, "Where things live")`;
}

/** The ESLint plugin: `rooms/allowed-imports`. */
export function roomsPlugin(root) {
  const rooms = readRooms(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'));
  const check = (context, node) => {
    const spec = node.source?.value;
    if (typeof spec !== 'string' || !spec.startsWith('.')) return;
    const from = relative(root, context.filename).split('\\').join('/');
    const to = relative(root, resolve(dirname(context.filename), spec))
      .split('\\')
      .join('/');
    const why = violation(rooms, from, to);
    if (why) context.report({ node: node.source, message: `Import of ${to}: ${why}.` });
  };
  return {
    rules: {
      'allowed-imports': {
        meta: { type: 'problem', docs: { description: 'Imports follow the room table in CONTRIBUTING.md' } },
        create: (context) => ({
          ImportDeclaration: (node) => check(context, node),
          ExportNamedDeclaration: (node) => check(context, node),
          ExportAllDeclaration: (node) => check(context, node),
          ImportExpression: (node) => check(context, node),
        }),
      },
    },
  };
}
