import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../../util/errors.js';

/** Callbacks for the XML events the coverage readers need. */
export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(name: string): void;
  text?(text: string): void;
}

/**
 * Streams XML text through saxes, a conformant non-validating parser. Entities are never
 * expanded beyond XML's five predefined ones and character references (saxes ignores DTD
 * declarations), so billion-laughs and external-entity tricks fail as "undefined entity".
 * Any well-formedness error, including a truncated file, becomes an `InputError` with the
 * line and column.
 */
export async function parseXmlStream(
  chunks: AsyncIterable<string>,
  makeHandlers: (currentLine: () => number) => XmlHandlers,
  reportName: string,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const handlers = makeHandlers(() => parser.line);
  // saxes reports well-formedness errors here and keeps going; the first one is the input's
  // fault. Anything a handler throws is not caught here: an InputError passes through as is,
  // and any other error is a bug that must not be reported as "malformed XML".
  let malformed: { message: string; line: number; column: number } | undefined;
  parser.on('error', (error) => {
    malformed ??= {
      message: error.message.replace(/^[^:]*?:?\d+:\d+: /, ''),
      line: parser.line,
      column: parser.column + 1,
    };
  });
  parser.on('opentag', (tag) => { handlers.open(tag); });
  parser.on('closetag', (tag) => { handlers.close(tag.name); });
  if (handlers.text) parser.on('text', (text) => handlers.text?.(text));
  let first = true;
  for await (let chunk of chunks) {
    // A UTF-8 byte-order mark (coverlet, Visual Studio) is not part of the document.
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    parser.write(chunk);
    if (malformed) break;
  }
  if (!malformed) parser.close();
  if (malformed) {
    throw new InputError(
      `${reportName}:${malformed.line}:${malformed.column}: malformed XML: ${malformed.message}`,
      { path: reportName, line: malformed.line, column: malformed.column },
      'Regenerate the report; a truncated file usually means the test job was cancelled while writing it.',
    );
  }
}

/** Reads a required non-negative integer attribute or throws an `InputError` naming it. */
export function intAttribute(
  tag: SaxesTagPlain,
  name: string,
  reportName: string,
  currentLine: () => number,
): number {
  const raw = tag.attributes[name];
  const value = raw === undefined ? Number.NaN : Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    const line = currentLine();
    throw new InputError(
      `${reportName}:${line}: <${tag.name}> has ${raw === undefined ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
      { path: reportName, line },
      'Regenerate the report with a supported tool; hand-edited reports often break this.',
    );
  }
  return value;
}
