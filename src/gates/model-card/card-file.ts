import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../result/types.js';
import { unsafeReason } from '../../util/safe-path.js';

/**
 * A card's text (`bom`: it began with a byte order mark, which was dropped), or the finding that
 * says why it could not be read as text.
 */
export type CardText = { text: string; bom: boolean } | { finding: Finding };

/**
 * Reads a card as UTF-8 text without trusting it: a file over `maxBytes` is refused before it is
 * read (a 50 MB "card" must not cost 50 MB of parsing), and a file with NUL bytes or invalid
 * UTF-8 is reported as binary rather than parsed as garbage. A leading BOM is dropped.
 */
export async function readCardText(cwd: string, path: string, maxBytes: number): Promise<CardText> {
  // A card that links out of the checkout (or into .git) is named, never read or quoted.
  const unsafe = await unsafeReason(cwd, path);
  if (unsafe) {
    return {
      finding: {
        severity: 'error',
        rule: 'model-card/unsafe-path',
        path,
        message: `${path} ${unsafe}; it is not read.`,
        fix: 'Commit the card itself inside the repository, not a link to elsewhere.',
      },
    };
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(join(cwd, path), 'r');
  } catch (error) {
    return {
      finding: {
        severity: 'error',
        rule: 'model-card/unreadable',
        path,
        message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        fix: 'Make the card a readable regular file.',
      },
    };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      return {
        finding: {
          severity: 'error',
          rule: 'model-card/too-large',
          path,
          message: `${path}: ${size} bytes, more than the ${maxBytes}-byte limit for a card; it was not read.`,
          fix: 'Keep the card to prose and tables; move data, images and logs to separate files and link them (or raise model-card.max-card-bytes).',
        },
      };
    }
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytes.includes(0)) return { finding: binaryFinding(path, 'it contains NUL bytes') };
    let text: string;
    try {
      // ignoreBOM keeps a BOM in the text, so the card can be told it has one.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { finding: binaryFinding(path, 'it is not valid UTF-8') };
    }
    const bom = text.startsWith('\uFEFF');
    return { text: bom ? text.slice(1) : text, bom };
  } finally {
    await handle.close();
  }
}

function binaryFinding(path: string, why: string): Finding {
  return {
    severity: 'error',
    rule: 'model-card/not-text',
    path,
    line: 1,
    message: `${path}: not a text card (${why}); a binary file is named like a card.`,
    fix: 'Replace it with a UTF-8 Markdown (or JSON) model card, and store binaries under another name.',
  };
}
