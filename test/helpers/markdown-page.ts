/**
 * A report's Markdown as a person sees it on GitHub: rendered by a GFM renderer (micromark with
 * its GFM extensions), styled by github-markdown-css at the width of a PR comment, and opened in
 * headless Chromium that cannot reach the network.
 *
 * The rendering is deliberately *more* permissive than GitHub's: raw HTML is passed through (no
 * tag filter, no sanitizer) and `javascript:` link targets are kept, so anything our escaping lets
 * through becomes a real element or link in the page, where a test can find it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's `chromium` package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Width of the Markdown body of a PR comment on github.com (conversation tab, wide window). */
export const COMMENT_WIDTH = 880;

/** How the Markdown is turned into HTML. */
export interface GfmPageOptions {
  /**
   * Apply the filters GitHub's renderer applies too: GFM's tag filter (`<script>`, `<iframe>`, …
   * become text) and dropping `javascript:`-style link targets. Off by default: the test wants
   * the worst case, where a leak shows up as an element.
   */
  githubFilters?: boolean;
  /** The page's `<title>`. */
  title?: string;
}

/** The HTML micromark makes of GFM Markdown: just the body, no page around it. */
export function renderGfmHtml(markdown: string, options: GfmPageOptions = {}): string {
  const html = gfmHtml();
  if (!options.githubFilters) {
    // The tag filter is the only GFM extension that handles raw HTML data; without it micromark's
    // own handler passes the HTML through unchanged.
    const exit = { ...html.exit };
    delete exit.htmlFlowData;
    delete exit.htmlTextData;
    html.exit = exit;
  }
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [html],
    allowDangerousHtml: true,
    allowDangerousProtocol: !options.githubFilters,
  });
}

let markdownCss: string | undefined;

/** github-markdown-css's light theme (the stylesheet github.com uses for rendered Markdown). */
export function githubMarkdownCss(): string {
  markdownCss ??= readFileSync(
    createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  return markdownCss;
}

/** Around the article: a white page and a bordered box the width of a comment body. */
const FRAME_CSS = `
html { background: #ffffff; }
body { margin: 0; padding: 16px; width: fit-content; }
.markdown-body {
  box-sizing: border-box;
  width: ${COMMENT_WIDTH}px;
  padding: 16px;
  border: 1px solid #d1d9e0;
  border-radius: 6px;
}
`;

/** A complete HTML page showing the Markdown rendered, with every style inlined. */
export function renderGfmPage(markdown: string, options: GfmPageOptions = {}): string {
  const title = (options.title ?? 'Rendered Markdown').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="color-scheme" content="light">',
    `<title>${title}</title>`,
    `<style>\n${githubMarkdownCss()}\n${FRAME_CSS}</style>`,
    '</head>',
    '<body>',
    `<article class="markdown-body">\n${renderGfmHtml(markdown, options)}\n</article>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Why Chromium cannot be used here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH)
    ? undefined
    : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** Headless Chromium with a fresh temporary profile, nothing in the background that phones home. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page showing some HTML, and what happened in it that a rendered comment must never do. */
export interface OfflinePage {
  page: Page;
  /** URLs the page tried to load (every one was refused). */
  requests: string[];
  /** Messages of `alert()`/`confirm()`/`prompt()` dialogs the page opened (each dismissed). */
  dialogs: string[];
  /** Uncaught errors of scripts in the page. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Opens `html` in a new context of `browser` with every network request refused: the page comes
 * from `setContent`, which loads nothing, so any request is something the Markdown smuggled in.
 */
export async function openOfflinePage(
  browser: Browser,
  html: string,
  options: { deviceScaleFactor?: number } = {},
): Promise<OfflinePage> {
  const context = await browser.newContext({
    viewport: { width: COMMENT_WIDTH + 32, height: 600 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: 'light',
    offline: true,
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(html, { waitUntil: 'load' });
  // Let fonts settle so layout (and a screenshot) is final.
  await page.evaluate(() =>
    (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready.then(
      () => undefined,
    ),
  );
  return { page, requests, dialogs, errors, close: () => context.close() };
}

/** What the rendered article holds, read from the live DOM. */
export interface RenderedDom {
  /** Every element's tag name (lower case) in document order, the article included. */
  tags: string[];
  /** Each `<details>`: whether it is open and the text of its `<summary>`. */
  details: { open: boolean; summary: string }[];
  /** Each table, as the text of its header cells and of each body row's cells. */
  tables: { head: string[]; rows: string[][] }[];
  /** Each link's `href` attribute (as written) and text. */
  links: { href: string; text: string }[];
  /** Every attribute name used on any element, once each. */
  attributes: string[];
  /** The article's whole text (`textContent`: also what collapsed details hide). */
  text: string;
  /** The text a reader sees without opening anything (`innerText`). */
  visibleText: string;
  /** Text outside code spans and blocks, where GitHub would link `@mentions`. */
  proseText: string[];
  /** Widths of the page's content and of its window: more content than window means a scrollbar. */
  scrollWidth: number;
  viewportWidth: number;
}

/** Reads the article of a page made by `renderGfmPage`. */
export async function readRenderedDom(page: Page): Promise<RenderedDom> {
  // Runs in the page, serialised: no references outside the function. The project compiles
  // without the DOM library, so the few DOM members used are typed here.
  return page.evaluate((): RenderedDom => {
    interface El {
      tagName: string;
      textContent: string | null;
      innerText: string;
      attributes: ArrayLike<{ name: string }>;
      getAttribute: (name: string) => string | null;
      querySelector: (selector: string) => El | null;
      querySelectorAll: (selector: string) => ArrayLike<El>;
      closest: (selector: string) => El | null;
    }
    interface TextNode {
      nodeValue: string | null;
      parentElement: El | null;
    }
    interface Doc {
      querySelector: (selector: string) => El | null;
      createTreeWalker: (root: El, whatToShow: number) => { nextNode: () => TextNode | null };
      documentElement: { scrollWidth: number; clientWidth: number };
    }
    const doc = (globalThis as unknown as { document: Doc }).document;
    const article = doc.querySelector('article.markdown-body');
    if (!article) throw new Error('no article.markdown-body in the page');
    const all = [article, ...Array.from(article.querySelectorAll('*'))];
    const text = (el: El | null) => el?.textContent ?? '';
    const prose: string[] = [];
    const walker = doc.createTreeWalker(article, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue && !node.parentElement?.closest('code, pre')) prose.push(node.nodeValue);
    }
    return {
      tags: all.map((el) => el.tagName.toLowerCase()),
      details: Array.from(article.querySelectorAll('details')).map((el) => ({
        open: (el as unknown as { open: boolean }).open,
        summary: text(el.querySelector(':scope > summary')),
      })),
      tables: Array.from(article.querySelectorAll('table')).map((table) => ({
        head: Array.from(table.querySelectorAll(':scope > thead > tr > th')).map(text),
        rows: Array.from(table.querySelectorAll(':scope > tbody > tr')).map((tr) =>
          Array.from(tr.querySelectorAll(':scope > td, :scope > th')).map(text),
        ),
      })),
      links: Array.from(article.querySelectorAll('a')).map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: text(a),
      })),
      attributes: [...new Set(all.flatMap((el) => Array.from(el.attributes).map((a) => a.name)))],
      text: text(article),
      visibleText: article.innerText,
      proseText: prose,
      scrollWidth: doc.documentElement.scrollWidth,
      viewportWidth: doc.documentElement.clientWidth,
    };
  });
}
