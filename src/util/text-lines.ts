import { MAX_LINE_BYTES } from './byte-lines.js';
import { InputError } from './errors.js';
import { consumeBytes, type FileRange } from './text-stream.js';

/**
 * Splits a file (or the bytes [start, end) of one) into lines of text, as `forEachByteLine` and
 * `utf8Text` do, but decodes each chunk once instead of each line: the callback gets the decoded
 * text of a run of whole lines and one line's range in it (no `\n`, no trailing `\r`), numbered
 * from 1 within the range. A chunk is decoded up to its last `\n`, so no character is cut; an
 * invalid UTF-8 sequence becomes U+FFFD exactly as it does line by line (the decoder never takes
 * an ASCII byte into a bad sequence, so every `\n` stays where it is). A BOM is kept (U+FEFF)
 * for the caller to judge. A line longer than `MAX_LINE_BYTES` is the `InputError` that
 * `forEachByteLine` throws, naming `name`. Returns the number of lines.
 */
export async function forEachTextLine(
  source: FileRange,
  name: string,
  onLine: (text: string, start: number, end: number, lineNumber: number) => void,
): Promise<number> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let lineNumber = 0;
  // Bytes at the front of the next view already known to hold no `\n` (the unfinished line).
  let pending = 0;
  await consumeBytes(
    source,
    (view, _offset, final) => {
      const nl = final ? -1 : view.subarray(pending).lastIndexOf(10);
      const used = final ? view.length : nl === -1 ? 0 : pending + nl + 1;
      pending = view.length - used;
      if (used === 0) return 0;
      const text = decoder.decode(view.subarray(0, used));
      let start = 0;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
        lineNumber++;
        onLine(text, start, at > start && text.charCodeAt(at - 1) === 13 ? at - 1 : at, lineNumber);
        start = at + 1;
      }
      if (start < text.length) {
        lineNumber++;
        const end = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
        onLine(text, start, end, lineNumber);
      }
      return used;
    },
    MAX_LINE_BYTES,
    () => {
      throw new InputError(
        `${name}:${lineNumber + 1}: line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB: not a coverage report`,
        { path: name, line: lineNumber + 1 },
        'Check that this is the report file the tests wrote.',
      );
    },
  );
  return lineNumber;
}
