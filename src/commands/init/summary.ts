import type { Findings } from './findings.js';

const MAX_LISTED = 5;

/** `a, b, c and 4 more`. */
function some(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function coverageLine(f: Findings): string | undefined {
  const c = f.coverage;
  if (!c) return undefined;
  const found = c.found.map((r) => `${r.path} (${r.format}${r.tracked ? ', committed' : ''})`);
  const made = c.reports.filter((r) => !c.found.some((x) => x.path === r));
  return [
    found.length > 0 ? `${plural(found.length, 'report')}: ${some(found)}` : 'no report on disk',
    ...(made.length > 0 ? [`the workflow's tests write ${some(made)}`] : []),
  ].join('; ');
}

function modelLines(f: Findings): string[] {
  const m = f.models;
  if (!m) return [];
  const noCard = m.models.filter((x) => !x.card).map((x) => x.dir);
  return [
    `${plural(m.models.length, 'model')}: ${some(m.models.map((x) => x.dir))}; preset ${m.preset}`,
    ...(noCard.length > 0 ? [`no card yet (the gate fails them until one is written): ${some(noCard)}`] : []),
  ];
}

function evaluationLines(f: Findings): string[] {
  return (f.evaluation ?? []).map(
    (e) =>
      `${e.name}: ${e.predictions}${e.task ? `, ${e.task}` : ` (left commented out: ${e.unsure ?? 'task unknown'})`}` +
      (e.baselinePredictions ? `, baseline ${e.baselinePredictions}` : ', baseline: the base branch'),
  );
}

function notebookLines(f: Findings): string[] {
  const n = f.notebooks;
  if (!n) return [];
  const count = (state: string) => n.notebooks.filter((x) => x.state === state).map((x) => x.path);
  const messy = [...count('out-of-order'), ...count('unreadable')];
  return [
    `${plural(n.notebooks.length, 'notebook')}: ${count('stripped').length} stripped, ${count('executed').length} executed top to bottom`,
    ...(messy.length > 0 ? [`outputs out of order or unreadable (the gate flags them): ${some(messy)}`] : []),
  ];
}

function registryLines(f: Findings): string[] {
  const r = f.registry;
  if (!r) return [];
  const who = [
    ...(r.approvers.length > 0 ? [`approvers ${r.approvers.join(', ')}`] : []),
    ...(r.codeowners ? [`owners in ${r.codeowners}`] : []),
  ];
  return [
    `${r.path}: ${plural(r.models.length, 'model')}, ${who.length > 0 ? who.join(' and ') : 'nobody to approve (left commented out)'}`,
    ...r.manifests.map((m) => `${m.file} names the deployed version (${m.versionKey})`),
  ];
}

/** What init found, one block per gate, for the terminal. */
export function findingsSummary(f: Findings, root: string): string {
  const data = f.data;
  const blocks: Array<[string, string[]]> = [
    ['coverage', [coverageLine(f)].filter((l): l is string => l !== undefined)],
    [
      'data-schema',
      data
        ? [
            `${plural(data.withSchema.length, 'dataset')} with a schema: ${some(data.withSchema)}`,
            ...(data.excluded.length > 0
              ? [`excluded until they have a schema: ${some(data.excluded)}`]
              : []),
            ...(data.ungated.length > 0 ? [`not gated (no schema near them): ${some(data.ungated)}`] : []),
          ]
        : [],
    ],
    ['model-card', modelLines(f)],
    ['model-evaluation', evaluationLines(f)],
    ['notebooks', notebookLines(f)],
    ['registry-approval', registryLines(f)],
  ];
  const lines = [
    `Scanned ${root} (${plural(f.fileCount, 'file')}${f.truncated ? ', stopped there' : ''}).`,
    '',
  ];
  for (const [gate, found] of blocks) {
    const [first, ...rest] = found.length > 0 ? found : ['nothing found'];
    lines.push(`  ${gate.padEnd(19)}${first ?? ''}`, ...rest.map((l) => `  ${''.padEnd(19)}${l}`));
  }
  return `${lines.join('\n')}\n`;
}
