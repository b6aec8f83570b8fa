// The README's picture of the report is the real demo's report: docs/report-comment.md (which
// docs/report-comment.png renders) must equal what the demo produces with today's dist/.
// `npm run docs` regenerates both; this test fails when they are stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoReportMarkdown } from '../../scripts/demo-report.mjs';
import { REPO_ROOT } from '../helpers/paths.js';

describe("the README's picture of the report", () => {
  it('is the Markdown the demo produces today (run npm run docs when this fails)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'docs', 'report-comment.md'), 'utf8');
    expect(committed).toBe(await demoReportMarkdown());
  });
});
