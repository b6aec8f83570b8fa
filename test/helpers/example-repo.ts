import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeExampleRepo as make } from '../../scripts/make-example-repo.mjs';

/** The example ML project as a git repository: `main` (base) and `feature` (head, checked out). */
export async function makeExampleRepo(): Promise<{ dir: string; base: string; head: string }> {
  const parent = mkdtempSync(join(tmpdir(), 'mlqg-example-'));
  return await make(join(parent, 'ml-project'));
}
