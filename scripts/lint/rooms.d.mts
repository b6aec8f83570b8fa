import type { ESLint } from 'eslint';

/** A room of src/ and what it may import (`*`: everything). */
export interface Room {
  room: string;
  mayImport: string[];
}
export function readRooms(markdown: string): Room[];
export function roomOf(rooms: Room[], path: string): { room: string; gate?: string } | undefined;
export function violation(rooms: Room[], from: string, to: string): string | undefined;
export function roomsPlugin(root: string): ESLint.Plugin;
