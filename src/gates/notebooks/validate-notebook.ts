import type { Draft } from './findings.js';
import { JsonSyntaxError, type LocatedJson } from './located-json.js';
import { parseLocatedJson } from './parse-located-json.js';
import { LATEST_MINOR, schemaProblems } from './nbformat-schema.js';
import { asRecord } from './notebook-model.js';
import { shellQuote } from './check-outputs.js';

/** Schema problems listed per notebook; the rest are counted in the last one. */
const MAX_SCHEMA_PROBLEMS = 10;

/** Containers nested deeper than this are refused: notebooks are shallow, attacks are not. */
export const MAX_DEPTH = 256;

/** A parsed notebook ready for the checks, or the findings that stop them. */
export type Parsed = { ok: true; doc: LocatedJson; drafts: Draft[] } | { ok: false; drafts: Draft[] };

const REPAIR_FIX =
  'Open the notebook in Jupyter and save it (nbformat repairs what it can), or fix the JSON by hand; `jupyter nbconvert --to notebook --inplace` on it shows the same error.';

/**
 * Parses and validates a notebook's text: JSON syntax (with line and column), a top-level
 * object, format 4 (format 3 is named with the conversion command), the nbformat v4.x schema of
 * its minor version, and unique cell ids. Schema problems do not stop the other checks (they
 * read the notebook tolerantly); the rest do.
 */
export function parseNotebook(path: string, text: string): Parsed {
  let doc: LocatedJson;
  try {
    doc = parseLocatedJson(text, MAX_DEPTH);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, drafts: [syntaxDraft(text, error)] };
  }
  const root = asRecord(doc.value);
  if (!root) {
    return {
      ok: false,
      drafts: [
        invalid(
          1,
          'the file is JSON but not a notebook: expected an object with nbformat, metadata and cells.',
        ),
      ],
    };
  }
  const major = root.nbformat;
  if (typeof major === 'number' && major < 4) {
    return {
      ok: false,
      drafts: [
        {
          rule: 'invalid',
          line: doc.lineOf(root, 'nbformat', 1),
          message: `The notebook is in format ${major}, which current Jupyter tools convert on open but this gate does not judge.`,
          fix: `Convert it: \`jupyter nbconvert --to notebook --nbformat 4 --inplace ${shellQuote(path)}\`, then commit the result.`,
        },
      ],
    };
  }
  if (typeof major === 'number' && major > 4) {
    return {
      ok: false,
      drafts: [
        invalid(
          doc.lineOf(root, 'nbformat', 1),
          `The notebook declares nbformat ${major}, a format this gate does not know (it knows 4.0–4.${LATEST_MINOR}).`,
        ),
      ],
    };
  }
  const minor = typeof root.nbformat_minor === 'number' ? root.nbformat_minor : LATEST_MINOR;
  return { ok: true, doc, drafts: [...schemaDrafts(doc, root, minor), ...duplicateIds(doc, root)] };
}

function schemaDrafts(doc: LocatedJson, root: Record<string, unknown>, minor: number): Draft[] {
  const problems = schemaProblems(root, minor);
  const shown = problems.slice(0, MAX_SCHEMA_PROBLEMS);
  const more = problems.length - shown.length;
  return shown.map((p, i) => {
    const extra = i === shown.length - 1 && more > 0 ? ` (and ${more} more schema problem(s))` : '';
    return invalid(
      doc.lineAtPointer(p.pointer),
      `Not a valid nbformat 4.${Math.min(minor, LATEST_MINOR)} notebook: ${p.message}${extra}.`,
    );
  });
}

/** nbformat 4.5 requires each cell id to be unique within the notebook. */
function duplicateIds(doc: LocatedJson, root: Record<string, unknown>): Draft[] {
  const cells = Array.isArray(root.cells) ? (root.cells as unknown[]) : [];
  const firstSeen = new Map<string, number>();
  const drafts: Draft[] = [];
  cells.forEach((cell, i) => {
    const id = asRecord(cell)?.id;
    if (typeof id !== 'string') return;
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, i);
      return;
    }
    drafts.push(
      invalid(
        doc.lineAtPointer(`/cells/${i}/id`),
        `cell ${i + 1} has the same id as cell ${first + 1}; cell ids must be unique.`,
      ),
    );
  });
  return drafts;
}

function syntaxDraft(text: string, error: JsonSyntaxError): Draft {
  const conflict = /^(?:<{7}|>{7}) /m.test(text);
  return {
    rule: 'invalid',
    line: error.line,
    message: `Malformed JSON at line ${error.line}, column ${error.column}: ${error.message}${conflict ? ' (the file holds unresolved merge conflict markers)' : ''}.`,
    fix: conflict
      ? 'Resolve the conflict with nbdime (`nbdime mergetool`, or `git checkout --ours/--theirs` and re-run), then save the notebook in Jupyter.'
      : REPAIR_FIX,
  };
}

function invalid(line: number, message: string): Draft {
  return {
    rule: 'invalid',
    line,
    message: message.charAt(0).toUpperCase() + message.slice(1),
    fix: REPAIR_FIX,
  };
}
