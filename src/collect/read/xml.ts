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
export async function streamXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  let failure: EvidenceParseError | undefined;
  let depth = 0;
  /** Set by the opentag handler (a closure, so held in an object the checks below can see change). */
  const seen = { root: false };
  const fail = (reason: string) => {
    failure ??= new EvidenceParseError(reason, { line: parser.line, column: parser.column });
  };
  parser.on('error', (error) => {
    fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  });
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
      parser.write(text);
      if (failure) throw failure;
    }
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw failure;
  if (!seen.root) throw new EvidenceParseError('no XML root element (empty or truncated file)', { line: parser.line, column: parser.column });
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
