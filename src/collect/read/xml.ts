import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EvidenceParseError } from '../../errors.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data (text and CDATA) inside the current element. */
  text?(text: string): void;
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
  let sawRoot = false;
  const fail = (reason: string) => {
    failure ??= new EvidenceParseError(reason, { line: parser.line, column: parser.column });
  };
  parser.on('error', (error) => {
    fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    sawRoot = true;
    if (++depth > MAX_XML_DEPTH) {
      fail(`elements nested deeper than ${MAX_XML_DEPTH}`);
      return;
    }
    handlers.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (failure) return;
    depth--;
    handlers.close(localName(tag.name));
  });
  if (handlers.text) {
    const onText = handlers.text.bind(handlers);
    parser.on('text', (text) => {
      if (!failure && depth > 0) onText(text);
    });
    parser.on('cdata', (text) => {
      if (!failure && depth > 0) onText(text);
    });
  }
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text !== '') {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    parser.write(text);
    if (failure) throw failure;
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw failure;
  if (!sawRoot) throw new EvidenceParseError('no XML root element (empty or truncated file)', { line: parser.line, column: parser.column });
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
