import { DEFAULT_CONFIG_PATH } from '../../config/load-config.js';
import { parseConfig } from '../../config/parse-config.js';
import { gitTopLevel } from '../../util/git.js';
import { parseYaml } from '../../util/yaml.js';
import type { CommandContext } from '../context.js';
import { type OptionSpec, readOptions } from '../options.js';
import { configText } from './config-text.js';
import { findCoverageReports, planCoverage } from './detect-coverage.js';
import { detectData } from './detect-data.js';
import { detectEvaluation } from './detect-evaluation.js';
import { detectModels } from './detect-models.js';
import { detectNotebooks } from './detect-notebooks.js';
import { detectRegistry } from './detect-registry.js';
import type { Findings } from './findings.js';
import { detectProject, trackedSet } from './project.js';
import { scanRepository } from './scan.js';
import { findingsSummary } from './summary.js';
import { workflowText } from './workflow-text.js';
import { occupied, type PlannedFile, writeNewFiles } from './write-new-files.js';

export const WORKFLOW_PATH = '.github/workflows/ml-quality-gates.yml';

const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'print',
    kind: 'boolean',
    description: 'Write nothing: print both files (what was found goes to stderr)',
  },
  {
    name: 'force',
    kind: 'boolean',
    description:
      'Write the file that is missing when the other exists (an existing file is never overwritten)',
  },
  { name: 'help', kind: 'boolean', description: 'Show this help' },
];

const HELP = `Usage: ml-quality-gates init [--print] [--force]

Writes a starter ${DEFAULT_CONFIG_PATH} and ${WORKFLOW_PATH} in the repository around the
working directory, from what it finds there: coverage reports, datasets with schemas, model folders
and their cards, notebooks, evaluation predictions and metrics, an in-repo model registry. It prints
what it found. It never overwrites or deletes a file: when one of the two exists it writes nothing
(see --print and --force).

Options:
  --print   Write nothing: print both files on stdout (what was found goes to stderr)
  --force   Write the file that is missing when the other one exists; an existing file is kept
  --help    Show this help
`;

/** Scans the repository and reads what each gate can use. */
export async function findAll(root: string): Promise<Findings> {
  const { files, truncated } = await scanRepository(root);
  const fileSet = new Set(files);
  const project = await detectProject(root, fileSet);
  const found = await findCoverageReports(root, files, await trackedSet(root));
  const models = await detectModels(root, files);
  return {
    fileCount: files.length,
    truncated,
    project,
    coverage: planCoverage(found, project),
    data: await detectData(root, files),
    models,
    evaluation: await detectEvaluation(root, files, models?.models ?? []),
    notebooks: await detectNotebooks(root, files),
    registry: await detectRegistry(root, files),
  };
}

/** The two files, checked: the config against the schema and the workflow as YAML (a failure is a bug). */
export function plannedFiles(findings: Findings): PlannedFile[] {
  const config = configText(findings);
  const workflow = workflowText(findings);
  try {
    parseConfig(config, DEFAULT_CONFIG_PATH);
    parseYaml(workflow, WORKFLOW_PATH);
  } catch (error) {
    throw new Error(`init wrote an invalid file: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return [
    { path: DEFAULT_CONFIG_PATH, text: config },
    { path: WORKFLOW_PATH, text: workflow },
  ];
}

const NEXT_STEPS = `Next:
  1. Read both files: each section says what it checks, and your editor completes every key.
  2. Try the gates here: npx ml-quality-gates@1 run
  3. Commit both, open a pull request, and make the "ML quality gates" check required.
`;

/** `ml-quality-gates init`: exit 0 when the files were written or printed, 2 when it refused. */
export async function runInit(args: string[], ctx: CommandContext): Promise<number> {
  // Flags only: init is run by a person, so MLQG_* variables of a CI job must not steer it.
  const options = readOptions(OPTIONS, args, {});
  if (options.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const root = (await gitTopLevel(ctx.cwd)) ?? ctx.cwd;
  const findings = await findAll(root);
  const files = plannedFiles(findings);
  const summary = findingsSummary(findings, root);
  const nothing = !findings.coverage && !findings.data && !findings.models && !findings.notebooks;
  const empty = nothing && !findings.evaluation && !findings.registry;
  const emptyNote = empty
    ? '\nNothing to gate was found yet: every gate is listed in the config, commented out. The workflow\nfails ("no gate is configured") until you enable one.\n'
    : '';
  if (options.print === true) {
    ctx.stderr(summary + emptyNote);
    ctx.stdout(files.map((f) => `# ==> ${f.path} <==\n${f.text}`).join('\n'));
    return 0;
  }
  const existing: string[] = [];
  for (const f of files) if (await occupied(root, f.path)) existing.push(f.path);
  if (existing.length > 0 && (options.force !== true || existing.length === files.length)) {
    ctx.stdout(summary);
    ctx.stderr(
      `\nml-quality-gates init: ${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing written.\n` +
        `Fix: compare with what init would write (ml-quality-gates init --print)${
          existing.length < files.length ? ', or write only the missing file with --force' : ''
        }. init never overwrites a file.\n`,
    );
    return 2;
  }
  const outcome = await writeNewFiles(root, files);
  ctx.stdout(
    `${summary}\nWrote ${outcome.written.join(' and ')}${
      outcome.kept.length > 0 ? `; kept ${outcome.kept.join(' and ')} as it was` : ''
    }.\n${emptyNote}\n${NEXT_STEPS}`,
  );
  return 0;
}
