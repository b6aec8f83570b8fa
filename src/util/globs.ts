/** One glob or several, as config files write them (`reports: a.xml` or a list). */
export type GlobList = string | readonly string[];

/** A glob list as an array. */
export function globs(list: GlobList | undefined): string[] {
  if (list === undefined) return [];
  return typeof list === 'string' ? [list] : [...list];
}
