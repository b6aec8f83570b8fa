import type { Finding } from '../../result/types.js';
import { readCardText } from './card-file.js';
import { type MetricClaim, modelIndexClaims, toolkitClaims } from './consistency.js';
import { splitFrontMatter } from './front-matter.js';
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
  return checkMarkdownCard(read.text, cardPath, settings, placeholders);
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
  text: string,
  path: string,
  settings: ModelCardSettings,
  placeholders: Placeholders,
): CardCheck {
  const findings: Finding[] = [];
  const claims: MetricClaim[] = [];
  const split = splitFrontMatter(text);
  let metadata: CardMetadata | undefined;
  if (split.kind === 'unclosed') {
    findings.push({
      severity: 'error',
      rule: 'model-card/front-matter-unclosed',
      path,
      line: 1,
      message: `${path}:1: the YAML front matter opened with --- is never closed.`,
      fix: 'End the metadata block with a line holding only --- before the Markdown starts.',
    });
  } else if (split.kind === 'none') {
    if (settings.requiredMetadata.length > 0) {
      findings.push({
        severity: 'error',
        rule: 'model-card/metadata-missing',
        path,
        line: 1,
        message: `${path}: no YAML front matter (license, language, datasets, ...) at the top of the card.`,
        fix: 'Start the card with a --- block of Hugging Face metadata, e.g. license: apache-2.0.',
      });
    }
  } else {
    const parsed = parseMapping(split.yaml, path, split.yamlLine, 'The front matter');
    if ('findings' in parsed) findings.push(...parsed.findings);
    else {
      metadata = parsed.metadata;
      findings.push(
        ...checkHuggingFaceMetadata(metadata, path, {
          requiredKeys: settings.requiredMetadata,
          licenseAllow: settings.licenseAllow,
          frontMatterLine: 1,
        }),
      );
      claims.push(...modelIndexClaims(metadata));
    }
  }
  // An unclosed block is prose to the Markdown parser; its body is checked all the same.
  const body = split.body;
  const markdown = parseMarkdown(body, (t) => placeholders.strip(t));
  findings.push(
    ...checkSections(markdown.sections, settings.sections, settings.minWords, path, settings.preset).findings,
  );
  findings.push(...placeholders.find(text, path, markdown.literalLines));
  for (const row of markdown.claims) {
    claims.push({
      name: row.name,
      aliases: [],
      ...(row.context ? { split: row.context } : {}),
      value: row.value,
      line: row.line,
      source: 'table',
    });
  }
  return {
    format: metadata ? 'huggingface' : 'markdown',
    findings,
    claims,
    datasets: metadataDatasets(metadata),
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
