/** A Markdown card split into its YAML front matter and its body, keeping line numbers. */
export type SplitCard =
  | {
      kind: 'none';
      body: string;
      /** Why a block that looks like front matter is not one, with the line of its `---`. */
      near?: { line: number; why: string };
    }
  | {
      kind: 'unclosed';
      body: string;
      /** 1-based line of the opening `---`. */
      line: number;
      /** Why huggingface_hub does not read the block. */
      why: string;
    }
  | {
      kind: 'ok';
      yaml: string;
      /** 1-based line of the first YAML line (the line after the opening `---`). */
      yamlLine: number;
      /** 1-based line of the opening `---` (after any leading blank lines). */
      openLine: number;
      /** The body with the front matter lines blanked, so Markdown positions are file lines. */
      body: string;
    };

/**
 * Python's `\s` in a str pattern: the characters `str.isspace()` accepts. Written out because
 * JavaScript's `\s` is another set (it has U+FEFF and lacks U+001C–U+001F and U+0085).
 */
const PY_SPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

/**
 * huggingface_hub's `REGEX_YAML_BLOCK` (src/huggingface_hub/repocard.py, commit ee0a451 of
 * 2026-08-20, "exact same regex as in the Hub server"), used with `re.search` and no flags:
 *
 *     ^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))
 *
 * Translated literally: no flags here either, so `^` is the start of the text; `\s` is Python's
 * set (above); `[\S\s]` is any character in both engines; Python's `$` also matches before a
 * final `\n`, but there the `\n` alternative, tried first, matches anyway. So: any whitespace
 * (blank lines, indentation) may come before an opening line that is exactly `---`, and the
 * block ends at the first later line that is `---` plus spaces or tabs; an empty block needs a
 * line between the two `---`.
 */
const YAML_BLOCK = new RegExp(
  `^(${PY_SPACE}*---(?:\\r\\n|\\r|\\n))([\\S\\s]*?)((?:\\r\\n|\\r|\\n)---[ \\t]*(\\r\\n|\\n|$))`,
);
/** The opening part of `YAML_BLOCK` alone: a block was begun. */
const OPENING = new RegExp(`^${PY_SPACE}*---(?:\\r\\n|\\r|\\n)`);
/** An opening line the Hub does not accept: `---` with trailing spaces or tabs. */
const NEAR_OPENING = new RegExp(`^${PY_SPACE}*---[ \\t]+(?:\\r\\n|\\r|\\n)`);

/**
 * Splits off Hugging Face's front matter exactly where huggingface_hub's `RepoCard` does (see
 * `YAML_BLOCK`). A block that was opened but is not read (no closing line) is `unclosed`
 * instead of swallowing the card; an opening line with trailing blanks, which the Hub ignores,
 * is named in `near`.
 */
export function splitFrontMatter(text: string): SplitCard {
  const match = YAML_BLOCK.exec(text);
  if (!match) return notFrontMatter(text);
  const [whole, opening = '', yaml = ''] = match;
  return {
    kind: 'ok',
    yaml,
    yamlLine: lineBreaks(opening) + 1,
    openLine: Math.max(1, lineBreaks(opening)),
    // Keep only the line breaks of the block: every later offset stays on its file line.
    body: whole.replace(/[^\r\n]+/g, '') + text.slice(whole.length),
  };
}

function notFrontMatter(text: string): SplitCard {
  const opened = OPENING.exec(text);
  if (opened) {
    const line = Math.max(1, lineBreaks(opened[0]));
    const closesAtOnce = /^---[ \t]*(?:\r\n|\n|$)/.test(text.slice(opened[0].length));
    return {
      kind: 'unclosed',
      body: text,
      line,
      why: closesAtOnce
        ? 'the block is empty and has no line between its two --- lines, which huggingface_hub does not read as front matter'
        : 'the YAML front matter opened with --- is never closed',
    };
  }
  const near = NEAR_OPENING.exec(text);
  if (!near) return { kind: 'none', body: text };
  return {
    kind: 'none',
    body: text,
    near: {
      line: Math.max(1, lineBreaks(near[0])),
      why: 'its opening line has spaces or tabs after ---, so huggingface_hub and the Hub do not read the block as metadata',
    },
  };
}

/** Line breaks as the gate counts lines (`\n`, so `\r\n` once). */
function lineBreaks(text: string): number {
  let n = 0;
  for (const c of text) if (c === '\n') n++;
  return n;
}
