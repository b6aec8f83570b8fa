import { Ajv } from 'ajv';
import schema from '../../schema/result.schema.json' with { type: 'json' };
import { clip } from '../report/escape.js';
import type { Finding, GateResult } from '../result/types.js';
import { nestsDeeperThan } from '../util/json-depth.js';
import { describeSchemaError, foldSchemaErrors, valueAtPointer } from '../util/schema-errors.js';

/** Findings one result may carry into a report; past this the rest are dropped with a notice. */
export const MAX_FINDINGS_PER_RESULT = 20_000;

/** Deepest nesting a result may have (a real one has under 10 levels). */
export const MAX_RESULT_DEPTH = 64;

/** A result document as read, before it is accepted. */
export interface ResultSource {
  /** Where it came from, for messages: a path, or `artifact NAME: path`. */
  origin: string;
  text: string;
}

/** A parsed result, or the problem that kept it out. */
export type ParsedResult = { result: GateResult; origin: string } | { problem: Finding; origin: string };

let validator: ReturnType<Ajv['compile']> | undefined;

/**
 * Parses and validates one result document against `schema/result.schema.json`. Result files
 * may come from another job or a fork's artifact, so anything that is not a valid result is a
 * problem with the file and the key named, never a silent pass or a crash.
 */
export function parseResult(source: ResultSource): ParsedResult {
  const { origin } = source;
  let document: unknown;
  try {
    document = JSON.parse(source.text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : lineAt(source.text, Number(position));
    return problem(
      origin,
      // Not the parser's message: it quotes the text, which may be any file a symlink points at.
      `${origin}${line ? `:${line}` : ''}: not valid JSON${position === undefined ? '' : ` (at character ${position})`}`,
      'Point the report at the result files the gates wrote ($RUNNER_TEMP/ml-quality-gates/<gate>.json), unmodified.',
    );
  }
  if (nestsDeeperThan(document, MAX_RESULT_DEPTH)) {
    return problem(
      origin,
      `${origin}: nested deeper than ${MAX_RESULT_DEPTH} levels; a gate result never is`,
      'Point the report at the result files the gates wrote, unmodified.',
    );
  }
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  if (!looksLikeResult(document)) {
    // Not ours at all (a results glob reaching other JSON): say so without quoting its content,
    // which may be anything on the runner and would end up in a PR comment.
    return problem(
      origin,
      `${origin}: not a gate result document (no "schemaVersion" and "gate" keys)`,
      'Point `results` at the directories or files the gates wrote, not at other JSON files.',
    );
  }
  if (!validator(document)) {
    const messages = foldSchemaErrors(validator.errors ?? [])
      .slice(0, 5)
      .map((e) => clip(describeSchemaError(e, (p) => valueAtPointer(document, p)).message, 300));
    return problem(
      origin,
      `${origin}: not a gate result document: ${messages.join('; ')}`,
      'Result files must follow schema/result.schema.json; re-run the gate with the same ml-quality-gates version as the report.',
    );
  }
  const result = document as GateResult;
  if (result.findings.length > MAX_FINDINGS_PER_RESULT) {
    const dropped = result.findings.length - MAX_FINDINGS_PER_RESULT;
    result.findings = [
      ...result.findings.slice(0, MAX_FINDINGS_PER_RESULT),
      {
        severity: 'notice',
        rule: 'report/findings-dropped',
        message: `${dropped} more finding(s) in ${origin} were not read (at most ${MAX_FINDINGS_PER_RESULT} per result).`,
      },
    ];
  }
  return { result, origin };
}

function looksLikeResult(document: unknown): boolean {
  return (
    typeof document === 'object' && document !== null && 'schemaVersion' in document && 'gate' in document
  );
}

function problem(origin: string, message: string, fix: string): ParsedResult {
  return { origin, problem: { severity: 'error', rule: 'report/bad-result', message, fix } };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
