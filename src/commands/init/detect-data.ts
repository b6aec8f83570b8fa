import type { DataFindings } from './findings.js';
import { readJson } from './read.js';
import { dirOf, nameOf } from './scan.js';

/** Data formats the data-schema gate reads, by extension. */
const DATA_FILE = /\.(csv|tsv|tab|jsonl|ndjson|parquet|json)$/i;
const SCHEMA_SUFFIXES = ['.schema.json', '.schema.yaml', '.schema.yml'];
/** JSON that is never a dataset: schemas, descriptors, tool and project files. */
const NOT_DATA =
  /(\.schema\.json|^datapackage\.json|^package(-lock)?\.json|^tsconfig.*\.json|^composer\.json|\.ipynb)$|^\./;

const stemOf = (name: string) => name.replace(DATA_FILE, '');
const extOf = (name: string) => (DATA_FILE.exec(name)?.[1] ?? '').toLowerCase();

/** Resource paths of every Data Package descriptor (they have their schema in the descriptor). */
async function packagedFiles(root: string, files: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const descriptor of files.filter((f) => nameOf(f) === 'datapackage.json')) {
    const json = (await readJson(root, descriptor)) as { resources?: unknown } | undefined;
    const resources = Array.isArray(json?.resources) ? (json.resources as unknown[]) : [];
    for (const resource of resources) {
      const path = (resource as { path?: unknown } | null)?.path;
      for (const p of Array.isArray(path) ? path : [path]) {
        if (typeof p === 'string' && !p.includes('..') && !p.startsWith('/')) {
          out.add(dirOf(descriptor) === '' ? p : `${dirOf(descriptor)}/${p}`);
        }
      }
    }
  }
  return out;
}

/**
 * Datasets that already have a contract (a same-name schema or a Data Package resource), as one
 * glob per folder and format; files those globs catch without a schema are excluded (listed, so
 * the first run judges the contracts that exist), and data elsewhere is reported as not gated.
 */
export async function detectData(root: string, files: readonly string[]): Promise<DataFindings | undefined> {
  const all = new Set(files);
  const packaged = await packagedFiles(root, files);
  const data = files.filter((f) => DATA_FILE.test(nameOf(f)) && !NOT_DATA.test(nameOf(f)));
  const hasSchema = (f: string) =>
    packaged.has(f) ||
    SCHEMA_SUFFIXES.some((s) => all.has(`${dirOf(f) === '' ? '' : `${dirOf(f)}/`}${stemOf(nameOf(f))}${s}`));
  const withSchema = data.filter(hasSchema);
  if (withSchema.length === 0) return undefined;
  const groups = new Set<string>();
  const datasets: string[] = [];
  for (const f of withSchema) {
    // One JSON file is a dataset; a folder's other JSON files (metrics, configs) are not.
    if (extOf(nameOf(f)) === 'json') datasets.push(f);
    else groups.add(`${dirOf(f) === '' ? '' : `${dirOf(f)}/`}*.${extOf(nameOf(f))}`);
  }
  datasets.unshift(...[...groups].sort());
  const globbed = (f: string) =>
    extOf(nameOf(f)) !== 'json' &&
    groups.has(`${dirOf(f) === '' ? '' : `${dirOf(f)}/`}*.${extOf(nameOf(f))}`);
  const excluded = data.filter((f) => !hasSchema(f) && globbed(f));
  // Predictions are the model evaluation's input, not datasets with a contract.
  const ungated = data.filter(
    (f) => !hasSchema(f) && !globbed(f) && extOf(nameOf(f)) !== 'json' && !/predictions?/i.test(nameOf(f)),
  );
  return { datasets, withSchema, excluded, ungated };
}
