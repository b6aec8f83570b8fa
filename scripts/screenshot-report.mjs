#!/usr/bin/env node
// Renders the demo combined report (test/visual/demo-report.ts) as the sticky PR comment looks
// on GitHub — GFM with github-markdown-css in headless Chromium, no network — and writes a PNG.
//
//   node scripts/screenshot-report.mjs [--markdown report.md] [--out docs/report-comment.png]
//                                      [--scale 2] [--expand] [--html page.html]
//
// --markdown renders that file (npm run docs passes the real demo's report); without it, the
// hand-written demo report of the visual test.
//
// --expand opens the first gate's <details>, as a reader clicking it would; --html also writes
// the rendered page. Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join('docs', 'report-comment.png') },
    scale: { type: 'string', default: '2' },
    expand: { type: 'boolean', default: false },
    html: { type: 'string' },
    markdown: { type: 'string' },
  },
});
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0)
  throw new Error(`--scale must be a positive number, not ${values.scale}`);

// The report code and the page helpers are TypeScript: bundle them into a temporary module.
// Packages stay external, so it lives under node_modules/.cache where they resolve.
const cache = join(root, 'node_modules', '.cache', 'ml-quality-gates');
const bundle = join(cache, `screenshot-report-${process.pid}.mjs`);
mkdirSync(cache, { recursive: true });
try {
  await build({
    stdin: {
      contents:
        "export * from './test/visual/demo-report.ts';\nexport * from './test/helpers/markdown-page.ts';\n",
      resolveDir: root,
      sourcefile: 'screenshot-report-entry.ts',
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const page = await import(pathToFileURL(bundle).href);

  const missing = page.chromiumMissing();
  if (missing) throw new Error(`cannot take the screenshot: ${missing}`);
  const body = values.markdown
    ? readFileSync(resolve(root, values.markdown), 'utf8')
    : page.commentBody(page.renderComment(page.demoResults()));
  const html = page.renderGfmPage(body, {
    githubFilters: true,
    title: 'ml-quality-gates report',
  });
  if (values.html) writeFileSync(resolve(values.html), html);

  const browser = await page.launchChromium();
  try {
    const view = await page.openOfflinePage(browser, html, { deviceScaleFactor: scale });
    if (values.expand) await view.page.locator('article details > summary').first().click();
    const png = await view.page.locator('body').screenshot({ animations: 'disabled' });
    if (view.requests.length > 0) throw new Error(`the page tried to load ${view.requests.join(', ')}`);
    await view.close();
    const out = resolve(root, values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    console.log(`${out}: ${png.length} bytes (Markdown ${body.length} characters)`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(bundle, { force: true });
}
