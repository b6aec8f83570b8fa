/** A Markdown card split into its YAML front matter and its body, keeping line numbers. */
export type SplitCard =
  | { kind: 'none'; body: string }
  | { kind: 'unclosed'; body: string }
  | {
      kind: 'ok';
      yaml: string;
      /** 1-based line of the first YAML line (the line after the opening `---`). */
      yamlLine: number;
      /** The body with the front matter lines blanked, so Markdown positions are file lines. */
      body: string;
    };

/**
 * Splits off Hugging Face's front matter: a `---` first line and the next line that is `---`
 * (as `REGEX_YAML_BLOCK` in huggingface_hub's repocard.py). An opening line with no closing one
 * is reported as `unclosed` instead of swallowing the whole card into YAML.
 */
export function splitFrontMatter(text: string): SplitCard {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { kind: 'none', body: text };
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close === -1) return { kind: 'unclosed', body: text };
  return {
    kind: 'ok',
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: [...lines.slice(0, close + 1).map(() => ''), ...lines.slice(close + 1)].join('\n'),
  };
}
