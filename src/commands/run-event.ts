import { readFile } from 'node:fs/promises';
import { isReleaseEvent } from '../result/gate-context.js';
import type { RunEvent } from '../result/gate.js';
import { UserError } from '../util/errors.js';

/** The event payload object, as GitHub writes it to `GITHUB_EVENT_PATH`. */
export type EventPayload = Record<string, unknown>;

/**
 * Reads the event payload once per process. No `GITHUB_EVENT_PATH`: an empty payload (a local
 * run). A path that cannot be read or parsed is an error, never an empty payload: the payload
 * says whether this is a pull request, and guessing "not one" would loosen the gates.
 */
export async function readEventPayload(env: NodeJS.ProcessEnv): Promise<EventPayload> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UserError(
      `cannot read the event payload ${path}: ${(error as Error).message.split('\n')[0] ?? ''}`,
      { path },
      'GITHUB_EVENT_PATH must name the event JSON the runner wrote; unset it outside GitHub Actions.',
    );
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as EventPayload) : {};
}

/** What the gates may know of the event: its name, whether it ships, and the pull request. */
export function runEvent(env: NodeJS.ProcessEnv, payload: EventPayload): RunEvent {
  const inActions = env.GITHUB_ACTIONS === 'true';
  const name = nonEmpty(env.GITHUB_EVENT_NAME) ?? (inActions ? 'unknown' : 'local');
  const pr = object(payload.pull_request);
  const baseRef = nonEmpty(env.GITHUB_BASE_REF) ?? nonEmpty(object(pr?.base)?.ref);
  const isPullRequest = inActions && (name === 'pull_request' || name === 'pull_request_target' || !!baseRef);
  return {
    name,
    release: isReleaseEvent(name, env.GITHUB_REF),
    ...(isPullRequest && baseRef
      ? {
          pullRequest: {
            number: positive(pr?.number) ?? positive(payload.number) ?? 0,
            baseRef,
            labels: labelsOf(pr?.labels),
            ...(sha(object(pr?.head)?.sha) ? { headSha: sha(object(pr?.head)?.sha) as string } : {}),
          },
        }
      : {}),
  };
}

function labelsOf(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => object(l)?.name).filter((n): n is string => typeof n === 'string');
}

function object(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value) ? value : undefined;
}
