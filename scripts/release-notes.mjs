#!/usr/bin/env node
// CHANGELOG.md (Keep a Changelog 1.1.0) for releases:
//   node scripts/release-notes.mjs 1.2.3            the GitHub release notes of 1.2.3 (or v1.2.3)
//   node scripts/release-notes.mjs --check          the file keeps the format (a test runs this)
//   node scripts/release-notes.mjs --prepare 1.2.3  moves [Unreleased] to [1.2.3] - <today>
// The release workflow runs the first; docs/releasing.md says when to run the last.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
const VERSION_HEADING = /^## \[([^\]]+)\](?: - (\S+))?\s*$/;
const LINK = /^\[([^\]]+)\]: (\S+)\s*$/;

/** The version sections (`## [x.y.z] - date`, `## [Unreleased]`) and link references of the text. */
export function parseChangelog(text) {
  const lines = text.split(/\r?\n/);
  const sections = [];
  const links = new Map();
  let current;
  lines.forEach((line, i) => {
    const heading = VERSION_HEADING.exec(line);
    const link = LINK.exec(line);
    if (heading) {
      current = { name: heading[1], date: heading[2], line: i + 1, body: [] };
      sections.push(current);
    } else if (link) {
      links.set(link[1], link[2]);
      current = undefined;
    } else if (current) {
      current.body.push(line);
    }
  });
  return {
    title: lines[0] ?? '',
    sections: sections.map((s) => ({ ...s, body: s.body.join('\n').trim() })),
    links,
  };
}

function compareSemver(a, b) {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  // A pre-release sorts before its release (1.0.0-rc.1 < 1.0.0).
  if (x[4] === undefined || y[4] === undefined) return (x[4] === undefined) - (y[4] === undefined);
  return x[4].localeCompare(y[4], 'en', { numeric: true });
}

function validDate(date) {
  const time = new Date(`${date}T00:00:00Z`).getTime();
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().startsWith(date)
  );
}

/** Problems with the file's format, each naming its line; an empty list when it is well kept. */
export function checkChangelog(text) {
  const { title, sections, links } = parseChangelog(text);
  const problems = [];
  if (title !== '# Changelog') problems.push('line 1: the file starts with "# Changelog"');
  if (sections[0]?.name !== 'Unreleased') {
    problems.push('the first version section is "## [Unreleased]" (changes not released yet go there)');
  }
  let previous;
  for (const s of sections) {
    const where = `line ${s.line}: ## [${s.name}]`;
    if (s.name === 'Unreleased') {
      if (s.date !== undefined) problems.push(`${where}: [Unreleased] has no date`);
      if (s !== sections[0]) problems.push(`${where}: [Unreleased] comes first`);
    } else if (!SEMVER.test(s.name)) {
      problems.push(`${where}: not a semantic version (1.2.3 or 1.2.3-rc.1)`);
    } else {
      if (!validDate(s.date)) problems.push(`${where}: needs " - YYYY-MM-DD", the release date`);
      if (s.body === '') problems.push(`${where}: a released version lists its changes`);
      if (previous !== undefined && compareSemver(previous.name, s.name) <= 0) {
        problems.push(`${where}: versions go newest first (it follows ${previous.name})`);
      }
      if (previous?.date !== undefined && s.date !== undefined && s.date > previous.date) {
        problems.push(`${where}: released ${s.date}, after ${previous.name} (${previous.date})`);
      }
      previous = s;
    }
    if (!links.has(s.name)) problems.push(`${where}: no link reference "[${s.name}]: <url>" at the end`);
    for (const m of s.body.matchAll(/^### (.*)$/gm)) {
      if (!KINDS.includes(m[1].trim())) {
        problems.push(`${where}: "### ${m[1]}" is not one of ${KINDS.map((k) => `### ${k}`).join(', ')}`);
      }
    }
    for (const part of s.body.split(/^(?=### )/m)) {
      const kind = /^### (.*)\n?([\s\S]*)$/.exec(part);
      if (kind && kind[2].trim() === '') problems.push(`${where}: "### ${kind[1]}" lists nothing`);
    }
  }
  return problems;
}

/** The notes of one version (its section, then the link to its changes); throws when there are none. */
export function releaseNotes(text, version) {
  const wanted = version.replace(/^v/, '');
  const { sections, links } = parseChangelog(text);
  const section = sections.find((s) => s.name === wanted);
  if (!section) {
    throw new Error(
      `CHANGELOG.md has no "## [${wanted}] - YYYY-MM-DD" section: run node scripts/release-notes.mjs --prepare ${wanted} and commit it before tagging v${wanted}`,
    );
  }
  if (section.body === '') throw new Error(`CHANGELOG.md: the section of ${wanted} lists no changes`);
  const link = links.get(wanted);
  return `${section.body}\n${link ? `\n**Full changelog**: ${link}\n` : ''}`;
}

/**
 * The file with [Unreleased]'s changes moved under `## [version] - date`, a new empty
 * [Unreleased] above it, and the link references updated (`repo` is https://github.com/owner/name).
 */
export function prepareRelease(text, version, date, repo) {
  if (!SEMVER.test(version)) throw new Error(`${version} is not a semantic version (1.2.3)`);
  if (!validDate(date)) throw new Error(`${date} is not a date (YYYY-MM-DD)`);
  const { sections } = parseChangelog(text);
  const unreleased = sections.find((s) => s.name === 'Unreleased');
  if (!unreleased || unreleased.body === '') throw new Error('[Unreleased] lists no changes to release');
  if (sections.some((s) => s.name === version)) throw new Error(`CHANGELOG.md already has ${version}`);
  const last = sections.find((s) => s.name !== 'Unreleased');
  const lines = text.split('\n');
  const start = unreleased.line - 1;
  // The body of [Unreleased] stays where it is; only the headings and links around it change.
  lines.splice(start, 1, '## [Unreleased]', '', `## [${version}] - ${date}`);
  const out = lines.filter((line) => !/^\[Unreleased\]: /.test(line));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  const firstLink = out.findIndex((line) => LINK.test(line));
  const refs = [
    `[Unreleased]: ${repo}/compare/v${version}...HEAD`,
    `[${version}]: ${last ? `${repo}/compare/v${last.name}...v${version}` : `${repo}/releases/tag/v${version}`}`,
  ];
  if (firstLink < 0) out.push('', ...refs);
  else out.splice(firstLink, 0, ...refs);
  return `${out.join('\n')}\n`;
}

function repositoryUrl(root) {
  const { repository } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const url = typeof repository === 'string' ? repository : repository?.url;
  return String(url ?? '')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
}

function main(args) {
  const root = new URL('..', import.meta.url);
  const file = new URL('CHANGELOG.md', root);
  const text = readFileSync(file, 'utf8');
  if (args[0] === '--check') {
    const problems = checkChangelog(text);
    for (const p of problems) console.error(`CHANGELOG.md: ${p}`);
    return problems.length === 0 ? 0 : 1;
  }
  if (args[0] === '--prepare' && args[1]) {
    const date = args[2] ?? new Date().toISOString().slice(0, 10);
    writeFileSync(file, prepareRelease(text, args[1].replace(/^v/, ''), date, repositoryUrl(root)));
    console.log(`CHANGELOG.md: [Unreleased] is now [${args[1].replace(/^v/, '')}] - ${date}`);
    return 0;
  }
  if (args.length === 1 && !args[0].startsWith('-')) {
    process.stdout.write(releaseNotes(text, args[0]));
    return 0;
  }
  console.error('usage: release-notes.mjs <version> | --check | --prepare <version> [YYYY-MM-DD]');
  return 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
