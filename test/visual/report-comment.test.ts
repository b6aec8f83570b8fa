/**
 * The combined report as a person sees it in the PR comment: its Markdown rendered by a GFM
 * renderer with github-markdown-css in headless Chromium, then checked in the live DOM. The
 * renderer passes raw HTML and `javascript:` links through (see test/helpers/markdown-page.ts),
 * so whatever our escaping lets through would show up here as an element, a link or a dialog.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, GateResult, GateStatus } from '../../src/result/types.js';
import {
  chromiumMissing,
  launchChromium,
  openOfflinePage,
  readRenderedDom,
  type RenderedDom,
  renderGfmPage,
} from '../helpers/markdown-page.js';
import {
  COMMENT_OPTIONS,
  commentBody,
  coverageResult,
  dataSchemaResult,
  demoResults,
  modelCardResult,
  registryApprovalResult,
  renderComment,
} from './demo-report.js';

const missing = chromiumMissing();
// CI installs Chromium, so there a missing browser fails the run (in beforeAll); elsewhere the
// tests are skipped and say why.
const onCi = !['', 'false', '0'].includes(process.env.CI ?? '');
const skip = missing !== undefined && !onCi;
if (skip) console.warn(`test/visual skipped: ${missing}`);

/** Elements a report may produce; anything else came from text that should have been escaped. */
const ALLOWED_TAGS = new Set([
  'article',
  'h2',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'b',
  'strong',
  'em',
  'code',
  'ul',
  'li',
  'sub',
  'a',
  'blockquote',
  'br',
]);
/** Attributes micromark writes itself (the article's class, table alignment, link targets). */
const ALLOWED_ATTRIBUTES = new Set(['class', 'align', 'href']);

/** The status cell of the gate table, written out here rather than taken from the renderer. */
const STATUS_CELL: Record<GateStatus, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  error: '🛑 error',
  skip: '⏭️ skip',
};

const ZWSP = '\u200B';

/** Text that means something to Markdown, HTML or GitHub, each of which must come out as typed. */
const INERT_PIECES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '</details>',
  '<details open>',
  '@octocat',
  '@org/team',
  '| broken | table |',
  '[link](javascript:alert(3))',
  '`tick` ``double`` ```',
  '<!-- hidden -->',
  '**bold**',
  '# heading',
  '<input autofocus onfocus=alert(4)>',
  '&lt;b&gt;entity&lt;/b&gt;',
  'back\\slash\\',
];
/**
 * Hostile text with a URL in it: the URL is shown as code (GFM would autolink it and show the
 * escapes inside); see the URL test below. Here they must stay inert.
 */
const URL_PIECES = [
  '![img](http://x/y.png)',
  '<iframe src="http://x/frame"></iframe>',
  '<https://x/autolink>',
];
const HOSTILE_PIECES = [...INERT_PIECES, ...URL_PIECES];
/** Everything, the URL pieces last, so the inert part is a literal prefix of what is shown. */
const HOSTILE = HOSTILE_PIECES.join(' ');
const INERT = INERT_PIECES.join(' ');
const MULTILINE = 'first line\nsecond line\r\nthird line\n\n</details>\n\n<details open>';
const LONG_WORD = 'x'.repeat(5000);
const LONG_PATH = `src/${'very-long-directory-name/'.repeat(40)}module.py`;

/**
 * What a reader should see for text the report shows as prose: the same characters, line breaks
 * as spaces, and a zero-width space after `@` so GitHub does not link (and ping) a mention.
 */
function shownAs(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/@(?=[\w-])/g, `@${ZWSP}`);
}

/** The demo results with hostile text in every field a result can carry. */
function hostileResults(): GateResult[] {
  const coverage = coverageResult();
  coverage.title = `Coverage below threshold ${HOSTILE}`.slice(0, 300);
  coverage.summary = `${HOSTILE} ${MULTILINE}`;
  coverage.keyMetric = { label: '<img src=x onerror=alert(5)> @octocat | cell', value: 70.5, unit: '%' };
  coverage.metrics.checks = [
    { id: 'patch', label: '<script>alert(6)</script> | @octocat', percent: 70.5, minimum: 90, passed: false },
  ];
  coverage.metrics['| <img src=x onerror=alert(7)> @octocat'] = { covered: 1, total: 2, percent: 50 };
  const findings: Finding[] = HOSTILE_PIECES.map((piece, i) => ({
    severity: 'error',
    path: `src/${piece}/file.py`,
    line: i + 1,
    message: piece,
    fix: `${piece} ${MULTILINE}`,
  }));
  findings.push(
    { severity: 'warning', path: LONG_PATH, line: 1, message: LONG_WORD, fix: LONG_WORD },
    { severity: 'notice', path: 'src/`ticks`/a|b.py', message: MULTILINE },
  );
  coverage.findings = findings;

  const dataSchema = dataSchemaResult();
  dataSchema.title = '# heading **bold** @octocat | broken | table |';
  dataSchema.summary = `--- ${HOSTILE}`;

  const modelCard = modelCardResult();
  modelCard.id = 'model-card @org/team | </details> <img src=x onerror=alert(8)>';
  modelCard.title = LONG_WORD;
  modelCard.findings = modelCard.findings.map((f) => ({ ...f, message: `${f.message} ${HOSTILE}` }));

  const registry = registryApprovalResult();
  registry.summary = `Skipped: ${MULTILINE} ${HOSTILE}`;
  return [coverage, dataSchema, modelCard, registry];
}

/**
 * 1,500 uncovered ranges in coverage, 750 findings each in data-schema and model-card: 150 are
 * listed at most (50 per gate), about 500 characters each, more than 65,536 together.
 */
function oversizeResults(): GateResult[] {
  const ranges = Array.from({ length: 40 }, (_, k) => `${k * 20 + 3}-${k * 20 + 9}`).join(', ');
  const many = (count: number, severity: Finding['severity'], dir: string): Finding[] =>
    Array.from({ length: count }, (_, i) => ({
      severity,
      path: `${dir}/generated/module_${String(i).padStart(4, '0')}.py`,
      line: i + 1,
      message: `Changed lines ${ranges} are not covered by any test.`,
      fix: 'Add a test that executes these lines, or list the file under coverage.exclude.',
    }));
  const results = demoResults();
  const [coverage, dataSchema, modelCard] = results as [GateResult, GateResult, GateResult];
  coverage.findings = many(1500, 'error', 'src/churn');
  dataSchema.findings = many(750, 'notice', 'contracts');
  modelCard.findings = many(750, 'warning', 'models');
  return results;
}

/** The same checks for every rendering: nothing leaked, one row and one closed details per gate. */
function expectInert(dom: RenderedDom, results: readonly GateResult[]): void {
  expect([...new Set(dom.tags)].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
  for (const tag of ['img', 'script', 'iframe', 'input', 'style', 'h1', 'pre']) {
    expect(dom.tags, tag).not.toContain(tag);
  }
  expect(dom.attributes.filter((name) => !ALLOWED_ATTRIBUTES.has(name))).toEqual([]);
  for (const link of dom.links) {
    expect(link.href).not.toMatch(/^\s*javascript:/i);
    expect(link.href).toMatch(/^https?:\/\//);
  }
  // The hidden marker line stays hidden.
  expect(dom.visibleText).not.toContain('ml-quality-gates:report');

  // One row per gate, in order, with its status; the header is the report's.
  const [gateTable] = dom.tables;
  expect(gateTable?.head).toEqual(['Gate', 'Status', 'Key metric', 'Change', 'Threshold', 'Decided by']);
  expect(gateTable?.rows).toHaveLength(results.length);
  results.forEach((result, i) => {
    const row = gateTable?.rows[i];
    expect(row).toHaveLength(6);
    expect(row?.[0]).toBe(shownAs(result.id ?? result.gate));
    expect(row?.[1]).toBe(STATUS_CELL[result.status]);
  });

  // Exactly one <details> per gate (a `</details>` in the text closed none early, a
  // `<details open>` opened none), and every one is collapsed.
  expect(dom.details).toHaveLength(results.length);
  expect(dom.details.map((d) => d.open)).toEqual(results.map(() => false));
  results.forEach((result, i) => {
    expect(dom.details[i]?.summary).toContain(
      `${STATUS_CELL[result.status]} ${shownAs(result.id ?? result.gate)} — `,
    );
  });

  // No mention GitHub would link: every `@` in prose is followed by a zero-width space, and no
  // link points at a user or team.
  for (const text of dom.proseText) expect(text).not.toMatch(/@(?=[\w-])/);
  for (const link of dom.links) expect(link.text).not.toMatch(/octocat|org\/team/);
}

describe.skipIf(skip)(`the PR comment rendered in Chromium${skip ? ` (skipped: ${missing})` : ''}`, () => {
  let browser: Browser | undefined;
  let shots: string;

  beforeAll(async () => {
    if (missing) throw new Error(`${missing}: CI must install Chromium for test/visual`);
    browser = await launchChromium();
    shots = mkdtempSync(join(tmpdir(), 'mlqg-visual-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (shots && !process.env.MLQG_KEEP_SCREENSHOTS) rmSync(shots, { recursive: true, force: true });
  });

  /** Renders Markdown, opens it offline and reads the DOM; the page is closed afterwards. */
  async function view(markdown: string, screenshot?: string) {
    if (!browser) throw new Error('no browser');
    const page = await openOfflinePage(browser, renderGfmPage(markdown, { title: screenshot ?? 'report' }));
    try {
      const dom = await readRenderedDom(page.page);
      const png = screenshot ? await page.page.screenshot({ fullPage: true }) : undefined;
      if (png && screenshot) writeFileSync(join(shots, screenshot), png);
      return { dom, png, requests: page.requests, dialogs: page.dialogs, errors: page.errors };
    } finally {
      await page.close();
    }
  }

  it('would catch a leak: raw HTML and javascript: links reach the page unfiltered', async () => {
    const { dom, dialogs, requests } = await view(
      [
        '<details open><summary>s</summary>',
        '',
        '<img src=x onerror=alert(1)> <img src="http://x/y.png"> <script>alert(2)</script>',
        '',
        '[a](javascript:alert(3)) @octocat',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(dom.tags).toEqual(expect.arrayContaining(['details', 'img', 'script', 'a']));
    expect(dom.details).toEqual([{ open: true, summary: 's' }]);
    expect(dom.links).toContainEqual({ href: 'javascript:alert(3)', text: 'a' });
    expect(dom.proseText.join('')).toMatch(/@octocat/);
    expect([...dialogs].sort()).toEqual(['alert: 1', 'alert: 2']);
    expect(requests).toContain('http://x/y.png');
  });

  it('shows the demo report: a row per gate, details collapsed, findings one click away', async () => {
    const results = demoResults();
    const report = renderComment(results);
    const { dom, png, requests, dialogs, errors } = await view(commentBody(report), 'demo.png');
    expectInert(dom, results);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    expect(dom.tables[0]?.rows.map((row) => row.slice(0, 2))).toEqual([
      ['coverage', '❌ fail'],
      ['data-schema', '✅ pass'],
      ['model-card', '⚠️ warn'],
      ['registry-approval', '⏭️ skip'],
    ]);
    // 41 of 58 changed lines = 70.689…%, shown rounded down; the minimum is 90 %.
    expect(dom.tables[0]?.rows[0]?.[2]).toBe('patch coverage 70.68%');
    expect(dom.tables[0]?.rows[0]?.[4]).toMatch(/^≥ 90(\.00)?%$/);
    expect(dom.visibleText).toContain('ML quality gates: blocked');
    // Collapsed: the findings are in the page but not on screen.
    expect(dom.text).toContain('Add a test that executes these lines.');
    expect(dom.visibleText).not.toContain('Add a test that executes these lines.');
    expect(dom.links).toEqual([{ href: COMMENT_OPTIONS.context.runUrl, text: 'workflow run' }]);
    expect(dom.scrollWidth).toBeLessThanOrEqual(dom.viewportWidth);

    expectPng(png);
  });

  it('keeps hostile text inert: no element, link, ping or early </details> comes from it', async () => {
    const results = hostileResults();
    const report = renderComment(results);
    const { dom, png, requests, dialogs, errors } = await view(commentBody(report), 'hostile.png');
    expectInert(dom, results);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    // The hostile text is there, as literal text, where it was put.
    const [coverage, dataSchema, modelCard, registry] = dom.details;
    expect(coverage?.summary).toContain(shownAs(results[0]?.title ?? ''));
    expect(dataSchema?.summary).toContain('# heading **bold** @\u200Boctocat | broken | table |');
    expect(dom.text).toContain(shownAs(INERT));
    expect(dom.text).toContain(shownAs(`--- ${INERT}`));
    expect(dom.text).toContain(shownAs(`Skipped: ${MULTILINE} ${INERT}`));
    for (const piece of HOSTILE_PIECES) expect(dom.text).toContain(`src/${piece}/file.py:`);
    for (const piece of INERT_PIECES)
      expect(dom.text).toContain(`${shownAs(piece)} — Fix: ${shownAs(piece)}`);
    // Only the URLs in the text became links (GFM autolinks them): no other link came from it.
    const hostileLinks = dom.links.filter((l) => l.href !== COMMENT_OPTIONS.context.runUrl);
    for (const link of hostileLinks) expect(link.href).toMatch(/^https?:\/\/x\//);
    expect(dom.text).toContain('src/`ticks`/a|b.py');
    expect(dom.text).toContain(`@${ZWSP}octocat`);
    expect(dom.text).toContain(`@${ZWSP}org/team`);
    // Nothing became formatting or structure.
    expect(dom.tags).not.toContain('h1');
    expect(dom.tags.filter((t) => t === 'strong')).toHaveLength(1); // the heading's **coverage**
    // The gate table, coverage's metrics and checks, model-card's metrics: no table from text.
    expect(dom.tags.filter((t) => t === 'table')).toHaveLength(4);
    // Long text is cut, with a mark, and wraps instead of widening the page.
    expect(modelCard?.summary).toContain(`${'x'.repeat(299)}…`);
    expect(modelCard?.summary).not.toContain('x'.repeat(300));
    expect(registry?.summary).toContain('⏭️ skip registry-approval');
    expect(dom.scrollWidth).toBeLessThanOrEqual(dom.viewportWidth);

    expectPng(png);
  });

  it('fits 3,000 findings into the comment limit and says what it left out', async () => {
    const results = oversizeResults();
    expect(results.reduce((n, r) => n + r.findings.length, 0)).toBe(3000);

    const report = renderComment(results);
    expect(report.markdown.length).toBeLessThanOrEqual(65_536);
    expect(report.cuts.length).toBeGreaterThan(0);
    expect(report.omittedFindings).toBeGreaterThan(3000 - 150);

    const { dom, png, requests, dialogs, errors } = await view(commentBody(report), 'oversize.png');
    expectInert(dom, results);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(dom.visibleText).toContain(`Shortened to fit ${COMMENT_OPTIONS.limitName}`);
    expect(dom.visibleText).toContain(COMMENT_OPTIONS.context.fullReportHint);
    expect(dom.details[0]?.summary).toContain('(1500 findings)');
    expectPng(png);
  });

  // CommonMark (and GitHub) end a line at a lone carriage return too: escaping must fold it.
  it('a lone CR in a finding path does not end the code span (no raw HTML)', async () => {
    const results = demoResults();
    (results[0] as GateResult).findings = [
      { severity: 'error', path: 'src/a.py\r\r<img src=x onerror=alert(1)>', message: 'uncovered' },
    ];
    const { dom, dialogs } = await view(renderComment(results).markdown);
    expect(dialogs).toEqual([]);
    expectInert(dom, results);
  });

  it('a lone CR in a title does not end the <summary> HTML block', async () => {
    const results = demoResults();
    (results[1] as GateResult).title = 'ok\r\r[click](https://x.example/) ![pixel](https://x.example/p.png)';
    const { dom, requests } = await view(renderComment(results).markdown);
    expect(requests).toEqual([]);
    expectInert(dom, results);
  });

  // GFM autolinks a URL from the raw source, so escapes inside one would show (cmark-gfm too:
  // `https://example.com/my\\_guide` links to `my%5C_guide`); URLs become code spans instead.
  it('a URL in a message shows as written, not as a link', async () => {
    const results = demoResults();
    const message = 'See https://docs.example.com/my_guide_(v2) for the setup.';
    (results[0] as GateResult).findings = [{ severity: 'error', message }];
    const { dom } = await view(renderComment(results).markdown);
    expect(dom.text).toContain(message);
  });

  // The note counts every finding left out, those past the per-gate cap included.
  it('the "Shortened to fit" note counts every finding left out', async () => {
    const report = renderComment(oversizeResults());
    expect(report.cuts.length).toBeGreaterThan(0);
    const { dom } = await view(report.markdown);
    const note = dom.visibleText.slice(dom.visibleText.indexOf('Shortened to fit'));
    expect(note).toContain(`${report.omittedFindings} finding`);
  });

  it('a lone CR in a gate id does not split its table row', async () => {
    const results = demoResults();
    (results[2] as GateResult).id = 'model-card\rshard-2';
    const { dom } = await view(renderComment(results).markdown);
    expect(dom.tables[0]?.rows).toHaveLength(results.length);
  });
});

/** A PNG (by its signature) with real content: a blank or failed screenshot is a few hundred bytes. */
function expectPng(png: Buffer | undefined): void {
  expect(png?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png?.length).toBeGreaterThan(10_000);
}
