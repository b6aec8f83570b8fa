import { Unzip, UnzipInflate } from 'fflate';
import type { Finding } from '../result/types.js';
import { staysInside } from '../util/safe-path.js';
import type { GitHubClient } from './client.js';

/** Bounds on an artifact from another run: its content was written by code a PR author controls. */
export const ARTIFACT_LIMITS = {
  zipBytes: 64 * 1024 * 1024,
  fileBytes: 16 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  files: 500,
} as const;

/** One file of the artifact, in memory (never written to disk, so no path in it can escape). */
export interface ArtifactFile {
  name: string;
  text: string;
}

/** What was found in the triggering run. */
export interface RunArtifact {
  /** Undefined when the run uploaded no artifact of that name. */
  artifact?: { id: number; name: string };
  files: ArtifactFile[];
  problems: Finding[];
}

/** Which artifact to fetch. */
export interface ArtifactRequest {
  owner: string;
  repo: string;
  runId: number;
  name: string;
}

/**
 * Downloads the results artifact a workflow run uploaded and unpacks its `*.json` files in
 * memory, within size and count limits (a zip bomb or a thousand-file artifact becomes a
 * problem, not an exhausted runner).
 */
export async function downloadRunArtifact(
  client: GitHubClient,
  request: ArtifactRequest,
): Promise<RunArtifact> {
  const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    owner: request.owner,
    repo: request.repo,
    run_id: request.runId,
    name: request.name,
    per_page: 100,
  });
  const matching = artifacts.filter((a) => a.name === request.name).sort((a, b) => b.id - a.id);
  const artifact = matching.find((a) => !a.expired) ?? matching[0];
  if (!artifact) return { files: [], problems: [] };
  const found = { id: artifact.id, name: artifact.name };
  const problem = (message: string, fix: string): RunArtifact => ({
    artifact: found,
    files: [],
    problems: [{ severity: 'error', rule: 'report/bad-artifact', message, fix }],
  });
  if (artifact.expired) {
    return problem(
      `The artifact ${artifact.name} of run ${request.runId} has expired.`,
      'Re-run the pull_request workflow, or raise the artifact retention.',
    );
  }
  if (artifact.size_in_bytes > ARTIFACT_LIMITS.zipBytes) {
    return problem(
      `The artifact ${artifact.name} is ${artifact.size_in_bytes} bytes; a results artifact is at most ${ARTIFACT_LIMITS.zipBytes}.`,
      'Upload only the gate result files to the results artifact.',
    );
  }
  // Streamed, not buffered: the listed size is the artifact's own claim, so the download is
  // counted as it arrives and cut off at the limit (a 300 MB body never sits in memory).
  const response = await client.rest.actions.downloadArtifact({
    owner: request.owner,
    repo: request.repo,
    artifact_id: artifact.id,
    archive_format: 'zip',
    request: { parseSuccessResponseBody: false },
  });
  const bytes = await readCapped(response.data as ReadableStream<Uint8Array>, ARTIFACT_LIMITS.zipBytes);
  if (!bytes) {
    return problem(
      `The artifact ${artifact.name} download is larger than ${ARTIFACT_LIMITS.zipBytes} bytes (it claimed ${artifact.size_in_bytes}); it was not read.`,
      'Upload only the gate result files to the results artifact.',
    );
  }
  try {
    return { artifact: found, files: unzipJson(bytes), problems: [] };
  } catch (error) {
    return problem(
      `The artifact ${artifact.name} could not be unpacked: ${(error as Error).message}`,
      'Upload the gate result files with actions/upload-artifact (the report action does this itself).',
    );
  }
}

/** A stream's bytes, or undefined (and the stream cancelled) as soon as more than `cap` arrive. */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The `*.json` entries of a zip, decompressed with running byte counts so a bomb stops early. */
export function unzipJson(zip: Uint8Array): ArtifactFile[] {
  if (!isZip(zip)) throw new Error('not a zip file');
  const files: ArtifactFile[] = [];
  let total = 0;
  let failure: Error | undefined;
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > ARTIFACT_LIMITS.files) {
      failure = new Error(`more than ${ARTIFACT_LIMITS.files} files`);
      return;
    }
    if (!staysInside(file.name) || hasControlOrBackslash(file.name)) {
      // Never written to disk, but a name that would leave the artifact is not a results upload.
      failure = new Error(
        `an entry name leaves the artifact or holds control characters (${JSON.stringify(file.name.slice(0, 100))})`,
      );
      return;
    }
    if (!file.name.endsWith('.json')) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (size > ARTIFACT_LIMITS.fileBytes || total > ARTIFACT_LIMITS.totalBytes) {
        failure = new Error(`${file.name} unpacks to more than ${ARTIFACT_LIMITS.fileBytes} bytes`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.push({ name: file.name, text: Buffer.concat(chunks).toString('utf8') });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Feed in slices so a bomb is caught after one slice's worth of output, not the whole file's.
  const step = 16 * 1024;
  for (let offset = 0; offset < zip.byteLength && !failure; offset += step) {
    unzip.push(zip.subarray(offset, offset + step), offset + step >= zip.byteLength);
  }
  if (failure) throw failure;
  return files;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** True for a name with a control character or a backslash (a Windows path in a zip entry). */
function hasControlOrBackslash(name: string): boolean {
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || ch === '\\') return true;
  }
  return false;
}
