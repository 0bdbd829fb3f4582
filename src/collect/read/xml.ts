import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EvidenceParseError } from '../../errors.js';
import { decodePieces } from './decode.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data (text and CDATA) inside the current element. */
  text?(text: string): void;
  /**
   * With `text`: whether text is wanted now, asked after every open and close. While it is not,
   * saxes is told no one listens, so it builds no strings for character data (a 100 MB
   * `<system-out>` is scanned, not collected). Without it, all text is delivered.
   */
  wantsText?(): boolean;
}

/** Deepest element nesting accepted; deeper input is hostile or broken, not a test report. */
export const MAX_XML_DEPTH = 512;

/**
 * Streams XML through saxes: no DOM, no whole-file string. Entities beyond the five predefined
 * ones and character references are never expanded (saxes does not process DTDs), so external
 * entities and entity bombs cannot fire. Errors carry line and column.
 */
export async function streamXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<{ line: number; column: number }> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  let failure: EvidenceParseError | undefined;
  let depth = 0;
  /** Set by the opentag handler (a closure, so held in an object the checks below can see change). */
  const seen = { root: false };
  // saxes counts columns from 0 at a line's start (before its first character); ours are 1-based
  const position = () => ({ line: parser.line, column: Math.max(1, parser.column) });
  const fail = (reason: string) => {
    failure ??= new EvidenceParseError(reason, position());
  };
  parser.on('error', (error) => {
    fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
    // Stop at the first error: saxes would go on and report (and build an Error for) every
    // later character, which makes a file of NUL bytes cost seconds per megabyte.
    throw failure ?? new EvidenceParseError(error.message, position());
  });
  /** Feeds saxes; an error a handler throws without a position gets the parser's. */
  const feed = (write: () => void) => {
    try {
      write();
    } catch (error) {
      if (error instanceof EvidenceParseError && error.position.line === undefined) {
        throw new EvidenceParseError(error.reason, position());
      }
      throw error;
    }
    if (failure) throw failure;
  };
  const onText = handlers.text?.bind(handlers);
  const wantsText = onText && handlers.wantsText ? handlers.wantsText.bind(handlers) : undefined;
  const deliver = (text: string) => {
    if (!failure && depth > 0) onText?.(text);
  };
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (on) {
      parser.on('text', deliver);
      parser.on('cdata', deliver);
    } else {
      parser.off('text');
      parser.off('cdata');
    }
  };
  if (onText) listen(wantsText ? wantsText() : true);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    seen.root = true;
    if (++depth > MAX_XML_DEPTH) {
      fail(`elements nested deeper than ${MAX_XML_DEPTH}`);
      return;
    }
    handlers.open(localName(tag.name), tag.attributes);
    if (wantsText) listen(wantsText());
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (failure) return;
    depth--;
    handlers.close(localName(tag.name));
    if (wantsText) listen(wantsText());
  });
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    for (const piece of decodePieces(decoder, chunk)) {
      let text = piece;
      if (first && text !== '') {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      feed(() => parser.write(text));
    }
  }
  feed(() => parser.write(decoder.decode()));
  feed(() => parser.close());
  if (!seen.root) throw new EvidenceParseError('no XML root element (empty or truncated file)', position());
  return position(); // the end of the document, for checks a reader makes once it has seen it all
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
