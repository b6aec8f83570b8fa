#!/usr/bin/env node
// `npm run docs:actions`: writes actions/<name>/README.md — the action's name, description, usage,
// inputs and outputs — from its action.yml, so the two cannot drift. `--check` writes nothing and
// exits 1 when a README differs from a fresh generation (test/lint/release.test.ts runs it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** The major version users pin (`@v1`): the tag the release workflow moves. */
export const MAJOR_TAG = 'v1';
const REPO = 'ml-quality-gates/ml-quality-gates';

/** Where a gate's long documentation lives: docs/<name>.md, else its README section. */
function docsLink(root, name) {
  if (existsSync(new URL(`docs/${name}.md`, root))) return `[docs/${name}.md](../../docs/${name}.md)`;
  const sections = {
    coverage: 'coverage-gate-in-a-workflow',
    report: 'the-combined-report-one-comment-one-required-check',
  };
  const anchor = sections[name] ?? 'ml-quality-gates';
  return `[the README](../../README.md#${anchor})`;
}

/** Text for one table cell: one line, no table break, no HTML tag, no emphasis from a glob. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([|*_\\])/g, '\\$1')
    .trim();
const code = (text) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The README of one action directory (`actions/<name>`), from the text of its action.yml. */
export function actionReadme(name, actionYml, docs) {
  const action = load(actionYml);
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const required = inputs.filter(([, i]) => i.required === true);
  const lines = [
    '<!-- Generated from action.yml by scripts/docs-actions.mjs (npm run docs:actions): edit action.yml, then regenerate. -->',
    '',
    `# ${action.name}`,
    '',
    cell(action.description),
    '',
    '```yaml',
    `- uses: ${REPO}/actions/${name}@${MAJOR_TAG}`,
    ...(required.length > 0 ? ['  with:', ...required.map(([id]) => `    ${id}: ...`)] : []),
    '```',
    '',
    `Pin \`@${MAJOR_TAG}\` (moves to each ${MAJOR_TAG}.x release), \`@${MAJOR_TAG}.2.3\` or a full commit SHA; see`,
    '[Install and pin](../../README.md#install-and-pin). The step runs `node` 20 or newer from `PATH`: hosted',
    'runners have it; on a self-hosted runner add `actions/setup-node` first.',
    '',
    `Documentation: ${docs}.`,
    '',
    'Every setting can also live in `.github/ml-quality-gates.yml`; an input, when given, overrides it.',
    '',
    '## Inputs',
    '',
    required.length === 0
      ? 'All inputs are optional.'
      : `Required: ${required.map(([id]) => code(id)).join(', ')}.`,
    '',
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...inputs.map(([id, input]) => {
      // In a code span only a pipe needs escaping (for the table); the rest is shown as written.
      const given = String(input.default ?? '').replace(/\s*\n\s*/g, ' ');
      const value = given === '' ? '—' : code(given.replace(/\|/g, '\\|'));
      return `| ${code(id)} | ${value} | ${cell(input.description)} |`;
    }),
    '',
    '## Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs.map(([id, output]) => `| ${code(id)} | ${cell(output.description)} |`),
    '',
  ];
  return lines.join('\n');
}

/** Every actions/<name>/README.md as it should be: [{ file, text }]. */
export function actionReadmes(root = new URL('..', import.meta.url)) {
  const dir = new URL('actions/', root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/action.yml`, dir)))
    .map((e) => e.name)
    .sort()
    .map((name) => ({
      file: `actions/${name}/README.md`,
      text: actionReadme(
        name,
        readFileSync(new URL(`${name}/action.yml`, dir), 'utf8'),
        docsLink(root, name),
      ),
    }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const root = new URL('..', import.meta.url);
  let stale = 0;
  for (const { file, text } of actionReadmes(root)) {
    const path = new URL(file, root);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`${file} is not current: run npm run docs:actions`);
    else writeFileSync(path, text);
  }
  if (!check) console.log(`actions/*/README.md: ${stale} written`);
  process.exitCode = check && stale > 0 ? 1 : 0;
}
