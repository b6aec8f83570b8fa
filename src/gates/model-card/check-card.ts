import type { Finding } from '../../result/types.js';
import { readCardText } from './card-file.js';
import { type MetricClaim, modelIndexClaims, toolkitClaims } from './consistency.js';
import { type SplitCard, splitFrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';
import { type CardMetadata, checkHuggingFaceMetadata, checkToolkitCard, parseMapping } from './metadata.js';
import { Placeholders } from './placeholders.js';
import { checkSections } from './sections.js';
import type { ModelCardSettings } from './settings.js';

/** What checking one card found, for the model's findings and its report row. */
export interface CardCheck {
  format: 'huggingface' | 'markdown' | 'mct-v0.0.1' | 'mct-v0.0.2' | 'unreadable';
  findings: Finding[];
  claims: MetricClaim[];
  /** Dataset names the card mentions (front matter `datasets`, model-index, toolkit data). */
  datasets: string[];
}

/**
 * Checks one card file: readable text, metadata (Hugging Face front matter or a Model Card
 * Toolkit JSON), required sections, placeholders. Metric claims are returned for the
 * consistency check, which needs the metrics file.
 */
export async function checkCard(cardPath: string, settings: ModelCardSettings): Promise<CardCheck> {
  const read = await readCardText(settings.cwd, cardPath, settings.maxCardBytes);
  if ('finding' in read) return { format: 'unreadable', findings: [read.finding], claims: [], datasets: [] };
  const placeholders = new Placeholders(settings.placeholders);
  if (cardPath.toLowerCase().endsWith('.json'))
    return checkJsonCard(read.text, cardPath, settings, placeholders);
  return checkMarkdownCard(read, cardPath, settings, placeholders);
}

function checkJsonCard(
  text: string,
  path: string,
  settings: ModelCardSettings,
  placeholders: Placeholders,
): CardCheck {
  const parsed = parseMapping(text, path, 1, 'The JSON card');
  if ('findings' in parsed)
    return { format: 'mct-v0.0.2', findings: parsed.findings, claims: [], datasets: [] };
  const { version, findings } = checkToolkitCard(parsed.metadata, path, settings.licenseAllow);
  findings.push(...placeholders.find(text, path));
  const data = (parsed.metadata.value.model_parameters as { data?: unknown } | undefined)?.data;
  const sets = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data) : [];
  const datasets = sets.flatMap((d: unknown) => {
    const name = (d as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? [name] : [];
  });
  return {
    format: version === '0.0.1' ? 'mct-v0.0.1' : 'mct-v0.0.2',
    findings,
    claims: toolkitClaims(parsed.metadata),
    datasets,
  };
}

function checkMarkdownCard(
  read: { text: string; bom: boolean },
  path: string,
  settings: ModelCardSettings,
  placeholders: Placeholders,
): CardCheck {
  const { text } = read;
  const split = splitFrontMatter(text);
  const front = frontMatterFindings(split, path, settings);
  const metadata = front.metadata;
  const findings: Finding[] = [...front.findings];
  if (read.bom && split.kind === 'ok') findings.push(bomFinding(path));
  // An unclosed block is prose to the Markdown parser; its body is checked all the same.
  const markdown = parseMarkdown(split.body, (t) => placeholders.strip(t));
  findings.push(
    ...checkSections(markdown.sections, settings.sections, settings.minWords, path, settings.preset).findings,
  );
  findings.push(...placeholders.find(text, path, markdown.literalLines));
  const claims: MetricClaim[] = [
    ...(metadata ? modelIndexClaims(metadata) : []),
    ...markdown.claims.map((row) => ({
      name: row.name,
      aliases: [],
      ...(row.context ? { split: row.context } : {}),
      value: row.value,
      line: row.line,
      source: 'table' as const,
    })),
  ];
  return {
    format: metadata ? 'huggingface' : 'markdown',
    findings,
    claims,
    datasets: metadataDatasets(metadata),
  };
}

/** The front matter's own findings (absent, unclosed, invalid, schema, licence) and its metadata. */
function frontMatterFindings(
  split: SplitCard,
  path: string,
  settings: ModelCardSettings,
): { findings: Finding[]; metadata?: CardMetadata } {
  if (split.kind === 'unclosed') {
    return {
      findings: [
        {
          severity: 'error',
          rule: 'model-card/front-matter-unclosed',
          path,
          line: split.line,
          message: `${path}:${split.line}: ${split.why}.`,
          fix: 'End the metadata block with a line holding only --- before the Markdown starts (an empty block needs a blank line between the two).',
        },
      ],
    };
  }
  if (split.kind === 'none') return { findings: missingFrontMatter(split, path, settings) };
  const parsed = parseMapping(split.yaml, path, split.yamlLine, 'The front matter', { allowEmpty: true });
  if ('findings' in parsed) return { findings: parsed.findings };
  return {
    metadata: parsed.metadata,
    findings: checkHuggingFaceMetadata(parsed.metadata, path, {
      requiredKeys: settings.requiredMetadata,
      licenseAllow: settings.licenseAllow,
      frontMatterLine: split.openLine,
    }),
  };
}

/** No front matter: an error when metadata is required; a near miss (`--- ` opener) is always named. */
function missingFrontMatter(
  split: Extract<SplitCard, { kind: 'none' }>,
  path: string,
  settings: ModelCardSettings,
): Finding[] {
  const required = settings.requiredMetadata.length > 0;
  if (split.near) {
    return [
      {
        severity: required ? 'error' : 'warning',
        rule: 'model-card/front-matter-ignored',
        path,
        line: split.near.line,
        message: `${path}:${split.near.line}: this looks like YAML front matter, but ${split.near.why}.`,
        fix: 'Make the opening line exactly --- (no trailing spaces or tabs).',
      },
    ];
  }
  if (!required) return [];
  return [
    {
      severity: 'error',
      rule: 'model-card/metadata-missing',
      path,
      line: 1,
      message: `${path}: no YAML front matter (license, language, datasets, ...) at the top of the card.`,
      fix: 'Start the card with a --- block of Hugging Face metadata, e.g. license: apache-2.0.',
    },
  ];
}

/** huggingface_hub reads the file as UTF-8 without dropping a BOM, so its regex sees no block. */
function bomFinding(path: string): Finding {
  return {
    severity: 'warning',
    rule: 'model-card/front-matter-bom',
    path,
    line: 1,
    message: `${path}: the card starts with a byte order mark (U+FEFF); the gate reads the front matter after it, but huggingface_hub's ModelCard.load does not (its regex allows only whitespace before ---).`,
    fix: 'Save the card as UTF-8 without a BOM.',
  };
}

function metadataDatasets(metadata: CardMetadata | undefined): string[] {
  if (!metadata) return [];
  const out = new Set<string>();
  const d = metadata.value.datasets;
  for (const name of typeof d === 'string' ? [d] : Array.isArray(d) ? d : [])
    if (typeof name === 'string') out.add(name);
  const index = metadata.value['model-index'];
  for (const entry of Array.isArray(index) ? index : []) {
    const results = (entry as { results?: unknown } | null)?.results;
    for (const r of Array.isArray(results) ? results : []) {
      const ds = (r as { dataset?: { name?: unknown; type?: unknown } } | null)?.dataset;
      if (typeof ds?.type === 'string') out.add(ds.type);
      if (typeof ds?.name === 'string') out.add(ds.name);
    }
  }
  return [...out];
}
