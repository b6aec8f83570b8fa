import { headingMatches, PRESETS, type PresetName } from '../../gates/model-card/presets.js';
import type { ModelDir, ModelFindings } from './findings.js';
import { readHead, readSmall } from './read.js';
import { dirOf, nameOf } from './scan.js';

/** Files that mark their folder as a model: the gate's default markers and other common formats. */
const MARKER =
  /^(MLmodel|model\.pkl|saved_model\.pb|pytorch_model\.bin|.+\.(onnx|safetensors|joblib|pt|pth|h5|keras|gguf))$/;
/** Card files, first found wins (the gate's default `cards`). */
const CARDS = ['README.md', 'MODEL_CARD.md', 'model_card.json'];
/** Front matter keys only a model card has (a README.md with them is a card even without a marker). */
const CARD_KEYS = /^(model-index|library_name|pipeline_tag|base_model):/m;

/** A card's headings, for choosing the preset its sections follow. */
async function headingsOf(root: string, card: string): Promise<string[]> {
  if (!card.endsWith('.md')) return [];
  const text = (await readSmall(root, card, 1024 * 1024)) ?? '';
  return [...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1] ?? '');
}

/** The preset whose sections the cards have most of, and that share (huggingface without cards). */
async function choosePreset(root: string, models: ModelDir[]): Promise<{ preset: PresetName; fit?: number }> {
  const cards = await Promise.all(models.flatMap((m) => (m.card ? [headingsOf(root, m.card)] : [])));
  const withHeadings = cards.filter((h) => h.length > 0);
  if (withHeadings.length === 0) return { preset: 'huggingface' };
  let best: { preset: PresetName; fit: number } = { preset: 'huggingface', fit: -1 };
  for (const preset of ['huggingface', 'mitchell-2019', 'eu-ai-act'] as const) {
    const rules = PRESETS[preset];
    const fits = withHeadings.map(
      (headings) => rules.filter((r) => headings.some((h) => headingMatches(h, r))).length / rules.length,
    );
    const fit = Math.max(...fits);
    if (fit > best.fit) best = { preset, fit };
  }
  return best;
}

/** Model folders `models/*\/` covers: every subfolder of `parent` that holds files is a model. */
function wholeParent(parent: string, dirs: ReadonlySet<string>, files: readonly string[]): boolean {
  const prefix = parent === '' ? '' : `${parent}/`;
  const children = new Set(
    files
      .filter((f) => f.startsWith(prefix) && f.slice(prefix.length).includes('/'))
      .map((f) => {
        const rest = f.slice(prefix.length);
        return `${prefix}${rest.slice(0, rest.indexOf('/'))}`;
      }),
  );
  return children.size >= 2 && [...children].every((c) => dirs.has(c));
}

/**
 * Model folders (a marker file, or a Hugging Face card), each with its card and metrics file;
 * the `models:` globs; the preset the cards follow; the metrics file pattern.
 */
export async function detectModels(
  root: string,
  files: readonly string[],
): Promise<ModelFindings | undefined> {
  const all = new Set(files);
  const byDir = new Map<string, string>();
  for (const f of files)
    if (MARKER.test(nameOf(f)) && dirOf(f) !== '' && !byDir.has(dirOf(f))) byDir.set(dirOf(f), f);
  for (const f of files.filter((p) => nameOf(p) === 'README.md' && dirOf(p) !== '' && !byDir.has(dirOf(p)))) {
    if (CARD_KEYS.test((await readHead(root, f, 8192)) ?? '')) byDir.set(dirOf(f), f);
  }
  if (byDir.size === 0) return undefined;
  const models: ModelDir[] = [...byDir.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dir, marker]) => ({
      dir,
      marker,
      card: CARDS.map((c) => `${dir}/${c}`).find((c) => all.has(c)),
      metrics: all.has(`${dir}/metrics.json`) ? `${dir}/metrics.json` : undefined,
    }));
  const dirs = new Set(models.map((m) => m.dir));
  const globs: string[] = [];
  for (const m of models) {
    const parent = dirOf(m.dir);
    const glob = `${parent === '' ? '' : `${parent}/`}*/`;
    if (wholeParent(parent, dirs, files)) {
      if (!globs.includes(glob)) globs.push(glob);
    } else globs.push(`${m.dir}/`);
  }
  const { preset, fit } = await choosePreset(root, models);
  const metricsFile = models.some((m) => m.metrics) ? '{model}/metrics.json' : undefined;
  return { models, globs, preset, presetFit: fit, metricsFile };
}
