#!/usr/bin/env node
// `npm run docs`: regenerates the README's picture of the report from the real demo —
// docs/report-comment.md (the Markdown, which a test compares with a fresh demo run) and
// docs/report-comment.png (that Markdown rendered as GitHub shows a comment, in headless
// Chromium). Needs dist/ built and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoReportMarkdown } from './demo-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const markdown = await demoReportMarkdown();
writeFileSync(`${root}docs/report-comment.md`, markdown);
const shot = spawnSync(
  process.execPath,
  [
    'scripts/screenshot-report.mjs',
    '--markdown',
    'docs/report-comment.md',
    '--out',
    'docs/report-comment.png',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exitCode = shot.status ?? 1;
