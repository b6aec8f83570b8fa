/** scripts/release-notes.mjs: CHANGELOG.md (Keep a Changelog) for releases. */
export interface ChangelogSection {
  /** `Unreleased` or a version (`1.2.3`). */
  name: string;
  date?: string;
  /** 1-based line of the `## [...]` heading. */
  line: number;
  /** The section's text below its heading, trimmed. */
  body: string;
}
export function parseChangelog(text: string): {
  title: string;
  sections: ChangelogSection[];
  links: Map<string, string>;
};
export function checkChangelog(text: string): string[];
export function releaseNotes(text: string, version: string): string;
export function prepareRelease(text: string, version: string, date: string, repo: string): string;
