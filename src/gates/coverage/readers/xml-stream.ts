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
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  const onText = handlers.text;
  if (onText) parser.on('text', (text) => onText(text));
  let first = true;
  try {
    for await (let chunk of chunks) {
      // A UTF-8 byte-order mark (coverlet, Visual Studio) is not part of the document.
      if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
      parser.write(chunk);
    }
    parser.close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const raw = error instanceof Error ? error.message : String(error);
    // saxes prefixes "line:column: "; we report the position ourselves.
    const message = raw.replace(/^[^:]*?:?\d+:\d+: /, '');
    throw new InputError(
      `${reportName}:${parser.line}:${parser.column + 1}: malformed XML: ${message}`,
      { path: reportName, line: parser.line, column: parser.column + 1 },
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
