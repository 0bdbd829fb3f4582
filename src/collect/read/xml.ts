import { EvidenceParseError } from '../../errors.js';
import { decodePieces, stringDecoderStream } from './decode.js';
import { XmlTokenizer } from './xml-tokenizer.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data (text and CDATA) inside the current element, possibly in several pieces. */
  text?(text: string): void;
  /**
   * With `text`: whether text is wanted now, asked after every open and close. While it is not,
   * the tokenizer checks character data without building strings for it (a 100 MB
   * `<system-out>` is scanned, not collected). Without it, all text is delivered.
   */
  wantsText?(): boolean;
}

/** Deepest element nesting accepted; deeper input is hostile or broken, not a test report. */
export const MAX_XML_DEPTH = 512;

/**
 * Streams XML through our tokenizer (xml-tokenizer.ts): no DOM, no whole-file string. Entities
 * beyond the five predefined ones and character references are never expanded (no DTD is
 * processed), so external entities and entity bombs cannot fire. Element names reach the
 * handlers without their namespace prefix; attribute names as written. Errors carry line and
 * column; the first one ends the read.
 */
export async function streamXml(
  chunks: AsyncIterable<Buffer>,
  handlers: XmlHandlers,
): Promise<{ line: number; column: number }> {
  let depth = 0;
  const onText = handlers.text?.bind(handlers);
  const wantsText = onText && handlers.wantsText ? handlers.wantsText.bind(handlers) : undefined;
  const tokenizer = new XmlTokenizer({
    open(name, attributes) {
      if (++depth > MAX_XML_DEPTH) {
        throw new EvidenceParseError(`elements nested deeper than ${MAX_XML_DEPTH}`);
      }
      handlers.open(localName(name), attributes);
    },
    close(name) {
      depth--;
      handlers.close(localName(name));
    },
    text: onText ?? (() => undefined),
    wantsText: wantsText ?? (() => onText !== undefined),
  });
  /** Feeds the tokenizer; an error a handler throws without a position gets the tokenizer's. */
  const feed = (write: () => void) => {
    try {
      write();
    } catch (error) {
      if (error instanceof EvidenceParseError && error.position.line === undefined) {
        throw new EvidenceParseError(error.reason, tokenizer.position());
      }
      throw error;
    }
  };
  const decoder = stringDecoderStream();
  for await (const chunk of chunks) {
    for (const piece of decodePieces(decoder, chunk)) feed(() => tokenizer.write(piece));
  }
  feed(() => tokenizer.write(decoder.end()));
  feed(() => tokenizer.end());
  return tokenizer.position(); // the end of the document, for checks a reader makes once it has seen it all
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Name of the root element, looking only at the head of a file: skips the XML declaration,
 * comments, processing instructions and a DOCTYPE. Namespace prefixes are dropped.
 */
export function xmlRootElement(head: string): string | undefined {
  let i = 0;
  const n = head.length;
  while (i < n) {
    const lt = head.indexOf('<', i);
    if (lt === -1) return undefined;
    if (head.slice(i, lt).trim() !== '') return undefined; // text before the root: not XML
    if (head.startsWith('<?', lt)) {
      const end = head.indexOf('?>', lt);
      if (end === -1) return undefined;
      i = end + 2;
    } else if (head.startsWith('<!--', lt)) {
      const end = head.indexOf('-->', lt);
      if (end === -1) return undefined;
      i = end + 3;
    } else if (head.startsWith('<!', lt)) {
      const end = head.indexOf('>', lt);
      if (end === -1) return undefined;
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 200));
      return match?.[1] ? localName(match[1]) : undefined;
    }
  }
  return undefined;
}
