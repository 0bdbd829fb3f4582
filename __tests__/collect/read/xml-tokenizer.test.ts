/**
 * Our XML tokenizer against saxes (which streamXml used before it): the same events on every
 * XML file of the shared corpus and of the fixtures, whole and cut into chunks anywhere, and
 * positioned errors for input that is not well-formed.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { streamXml } from '../../../src/collect/read/xml.js';
import { MAX_CONSTRUCT_CHARS, XmlTokenizer } from '../../../src/collect/read/xml-tokenizer.js';
import { EvidenceParseError } from '../../../src/errors.js';
import { CORPUS_DIR } from '../corpus/corpus-support.js';

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function xmlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.xml'))
      files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** What a reader sees: `<name {attributes}>`, text (adjacent pieces joined), `</name>`, and how it ended. */
interface Events {
  events: string[];
  error?: { line: number };
}

class Recorder {
  readonly events: string[] = [];
  private text = '';
  open(name: string, attributes: Record<string, string>): void {
    this.endText();
    this.events.push(`<${name} ${JSON.stringify(Object.entries(attributes))}>`);
  }
  close(name: string): void {
    this.endText();
    this.events.push(`</${name}>`);
  }
  addText(text: string): void {
    this.text += text;
  }
  endText(): void {
    if (this.text !== '') this.events.push(`text ${JSON.stringify(this.text)}`);
    this.text = '';
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** saxes as streamXml used it (no namespaces, positions), fed the whole text. */
function saxesEvents(text: string, local: boolean): Events {
  const recorder = new Recorder();
  const parser = new SaxesParser<{ position: true; xmlns: false }>({
    position: true,
    xmlns: false,
  });
  let depth = 0;
  let error: { line: number } | undefined;
  parser.on('error', () => {
    error ??= { line: parser.line };
    throw new Error('stop');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    recorder.open(local ? localName(tag.name) : tag.name, tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    recorder.close(local ? localName(tag.name) : tag.name);
  });
  const onText = (piece: string) => {
    if (depth > 0) recorder.addText(piece);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    parser.close();
  } catch {
    // the error is recorded
  }
  recorder.endText();
  return { events: recorder.events, ...(error ? { error } : {}) };
}

/** Our tokenizer, fed `pieces` of text. */
function tokenizerEvents(pieces: readonly string[]): Events {
  const recorder = new Recorder();
  const tokenizer = new XmlTokenizer({
    open: (name, attributes) => recorder.open(name, attributes),
    close: (name) => recorder.close(name),
    text: (piece) => recorder.addText(piece),
    wantsText: () => true,
  });
  let error: { line: number } | undefined;
  try {
    for (const piece of pieces) tokenizer.write(piece);
    tokenizer.end();
  } catch (thrown) {
    if (!(thrown instanceof EvidenceParseError)) throw thrown;
    error = { line: thrown.position.line ?? 0 };
  }
  recorder.endText();
  return { events: recorder.events, ...(error ? { error } : {}) };
}

/** streamXml (bytes → UTF-8 decoding → tokenizer → local names), fed `chunks` of bytes. */
async function streamEvents(chunks: readonly Buffer[]): Promise<Events> {
  const recorder = new Recorder();
  let error: { line: number } | undefined;
  await streamXml(Readable.from(chunks), {
    open: (name, attributes) => recorder.open(name, attributes),
    close: (name) => recorder.close(name),
    text: (piece) => recorder.addText(piece),
  }).catch((thrown: unknown) => {
    if (!(thrown instanceof EvidenceParseError)) throw thrown;
    error = { line: thrown.position.line ?? 0 };
  });
  recorder.endText();
  return { events: recorder.events, ...(error ? { error } : {}) };
}

/** Events up to an error are not comparable (saxes reports some before it notices); the error is. */
function comparable(result: Events): Events {
  return result.error ? { events: [], error: result.error } : result;
}

const corpusFiles = xmlFilesUnder(CORPUS_DIR);
const fixtureFiles = xmlFilesUnder(testsDir).filter(
  (file) => !file.includes(`${path.sep}fuzz${path.sep}`),
);

describe('XmlTokenizer gives the events saxes gives', () => {
  it('finds the files to compare', () => {
    expect(fixtureFiles.length).toBeGreaterThan(40);
    if (existsSync(CORPUS_DIR)) expect(corpusFiles.length).toBeGreaterThan(50);
  });

  it.each(
    [...corpusFiles, ...fixtureFiles].map((file) => [
      path.relative(path.dirname(testsDir), file),
      file,
    ]),
  )('%s', async (_name, file) => {
    const bytes = readFileSync(file);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const expected = comparable(saxesEvents(text, false));
    expect(comparable(tokenizerEvents([text]))).toEqual(expected);
    // the whole path as collectors use it, in 4 KiB chunks
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 4096) chunks.push(bytes.subarray(i, i + 4096));
    expect(comparable(await streamEvents(chunks))).toEqual(comparable(saxesEvents(text, true)));
  });
});

const SMALL_DOCUMENTS: Record<string, string> = {
  'multi-byte UTF-8 and CRLF': [
    '\ufeff<?xml version="1.0" encoding="UTF-8"?>\r\n',
    '<!DOCTYPE testsuites [<!ENTITY x "ignored"> <!-- a > in a comment -->]>\r\n',
    '<!-- é — 😀 -->\r\n',
    '<testsuites name="Über 😀 &amp; ü" tab="a\tb" nl="c\r\nd">\r\n',
    '  <testsuite name="日本語のテスト" tests="2">\r\n',
    '    <testcase classname="ns:Ça" name="emoji 😀😀 test" time="0.001"/>\r\n',
    '    <testcase name="failing &lt;é&gt;"><failure message="&#233;&#x1F600;&quot;">stack ☃\r\n',
    '  at line 1 &apos;x&apos; ]] > <![CDATA[ <raw> & é ]] ]]></failure></testcase>\r\n',
    '    <?pi some data ?>\r\n',
    '  </testsuite>\r\n',
    '</testsuites>\r\n',
  ].join(''),
  'namespaces and lone CR':
    '<a:r xmlns:a="urn:x" a:k="v" constructor="c" __proto__="p" toString="t">\rline\r\r<a:c b:z="1"/>text</a:r>',
};

describe('chunk boundaries anywhere', () => {
  const fixture = readFileSync(
    path.join(testsDir, 'collect/tests/fixtures/junit-xml/enricomi-xunit-junit-bom-crlf.xml'),
  );
  const documents: [string, Buffer][] = [
    ...Object.entries(SMALL_DOCUMENTS).map(([name, text]): [string, Buffer] => [
      name,
      Buffer.from(text),
    ]),
    ['enricomi-xunit-junit-bom-crlf.xml (BOM, CRLF)', fixture],
  ];

  it.each(documents)('%s: cut in two at every byte, and byte by byte', async (_name, bytes) => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const expected = saxesEvents(text, true);
    expect(expected.error).toBeUndefined();
    expect(await streamEvents([bytes])).toEqual(expected);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const result = await streamEvents([bytes.subarray(0, cut), bytes.subarray(cut)]);
      if (JSON.stringify(result) !== JSON.stringify(expected)) {
        expect({ cut, ...result }).toEqual({ cut, ...expected });
      }
    }
    const bytewise = [...bytes].map((byte) => Buffer.from([byte]));
    expect(await streamEvents(bytewise)).toEqual(expected);
  });

  it('reads text cut at every character the same (tokenizer alone)', () => {
    const text = SMALL_DOCUMENTS['multi-byte UTF-8 and CRLF'] ?? '';
    const expected = tokenizerEvents([text]);
    for (let cut = 0; cut <= text.length; cut++) {
      const result = tokenizerEvents([text.slice(0, cut), text.slice(cut)]);
      if (JSON.stringify(result) !== JSON.stringify(expected)) {
        expect({ cut, ...result }).toEqual({ cut, ...expected });
      }
    }
  });
});

describe('errors for input that is not well-formed', () => {
  const cases: [string, string, RegExp, number, number][] = [
    ['empty document', '', /no XML root element/, 1, 1],
    ['only a declaration', '<?xml version="1.0"?>\n', /no XML root element/, 2, 1],
    ['mismatched tags', '<r>\n  <a></b>\n</r>', /unexpected close tag <\/b>: <a> is open/, 2, 9],
    ['closing tag with nothing open', '<r/>\n</r>', /unmatched closing tag <\/r>/, 2, 4],
    ['unclosed tag', '<r>\n<a>\n', /unclosed tag: <a>/, 3, 1],
    ['truncated inside a tag', '<r>\n<a x="1', /unterminated tag/, 2, 7],
    ['truncated inside a tag over lines', '<r>\n<a\n x="1"\n y', /unterminated tag/, 4, 2],
    ['truncated inside an entity', '<r>a &am', /unterminated entity reference/, 1, 8],
    ['unterminated comment', '<r/>\n<!-- x', /unterminated comment/, 2, 6],
    ['unterminated CDATA', '<r><![CDATA[x]]', /unterminated CDATA section/, 1, 15],
    [
      'unterminated processing instruction',
      '<r/><?pi x',
      /unterminated processing instruction/,
      1,
      10,
    ],
    ['text after the root', '<r/>\nx', /text data after the root element/, 2, 1],
    ['text before the root', 'x<r/>', /text data before the root element/, 1, 1],
    ['second root', '<r/><s/>', /only one/, 1, 6],
    ['invalid element name', '<r><1a/></r>', /disallowed character in tag name/, 1, 5],
    [
      'invalid attribute name',
      '<r a="1" -b="2"/>',
      /disallowed character in attribute name/,
      1,
      10,
    ],
    ['duplicate attribute', '<r\n a="1" a="2"/>', /duplicate attribute a/, 2, 12],
    ['< in an attribute value', '<r a="x<y"/>', /"<" in the value of attribute a/, 1, 8],
    ['unquoted attribute value', '<r a=1/>', /unquoted value of attribute a/, 1, 6],
    ['attribute without value', '<r a/>', /attribute a without value/, 1, 5],
    [
      'no whitespace between attributes',
      '<r a="1"b="2"/>',
      /no whitespace between attributes/,
      1,
      9,
    ],
    ['undefined entity', '<r>\n  &nbsp;</r>', /undefined entity/, 2, 8],
    ['entity named like an Object member', '<r>&constructor;</r>', /undefined entity/, 1, 16],
    ['entity named __proto__', '<r a="&__proto__;"/>', /undefined entity/, 1, 17],
    ['undefined entity in an attribute', '<r a="&e;"/>', /undefined entity/, 1, 9],
    [
      'declared entity (DTD not processed)',
      '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>',
      /undefined entity/,
      1,
      36,
    ],
    ['character reference to NUL', '<r>&#0;</r>', /malformed character reference/, 1, 7],
    [
      'character reference past U+10FFFF',
      '<r>&#x110000;</r>',
      /malformed character reference/,
      1,
      13,
    ],
    [
      'character reference to a surrogate',
      '<r>&#xD800;</r>',
      /malformed character reference/,
      1,
      11,
    ],
    [
      'bad character in an entity name',
      '<r>a & b</r>',
      /disallowed character in entity name/,
      1,
      7,
    ],
    ['NUL in text', '<r>\u0000</r>', /disallowed character/, 1, 4],
    [']]> in text', '<r>a]]>b</r>', /"]]>" is not allowed/, 1, 7],
    ['-- in a comment', '<r><!-- a -- b --></r>', /"--" inside a comment/, 1, 13],
    [
      'XML declaration not at the start',
      ' <?xml version="1.0"?><r/>',
      /must be at the start/,
      1,
      4,
    ],
    [
      'DOCTYPE after the root',
      '<r/><!DOCTYPE r>',
      /DOCTYPE is only allowed once, before the root/,
      1,
      5,
    ],
    ['unknown declaration', '<r><!ELEMENT r ANY></r>', /incorrect syntax/, 1, 6],
    [
      'CDATA outside the root',
      '<![CDATA[x]]><r/>',
      /CDATA section outside of the root element/,
      1,
      1,
    ],
    ['slash not closing a tag', '<r/ >', /not followed by ">"/, 1, 4],
    // a newline is the last character of its line (lines are counted lazily)
    [
      'newline where a tag name should start',
      '<r>\n<\n</r>',
      /disallowed character in tag name/,
      2,
      2,
    ],
    // long runs (scanned with regular expressions rather than character by character)
    [
      'disallowed character deep in long text',
      `<r>\n${'x'.repeat(40)}\n${'y'.repeat(30)}\u0001</r>`,
      /disallowed character/,
      3,
      31,
    ],
    [']]> after a long run of text', `<r>${'a'.repeat(40)}]]>b</r>`, /"]]>" is not allowed/, 1, 46],
    [
      'disallowed character in CDATA',
      '<r><![CDATA[line\nnext \u0002]]></r>',
      /disallowed character/,
      2,
      6,
    ],
    [
      '< deep in a long attribute value',
      `<r a="${'v'.repeat(30)}<"/>`,
      /"<" in the value of attribute a/,
      1,
      37,
    ],
    [
      'undefined entity after lines of text and CDATA',
      `<r>\n${'long text line '.repeat(3)}\n<![CDATA[a\nb\nc]]>\n  &nbsp;</r>`,
      /undefined entity/,
      6,
      8,
    ],
  ];

  it.each(cases)('%s', (_name, xml, reason, line, column) => {
    const tokenizer = new XmlTokenizer({
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
      wantsText: () => false,
    });
    let error: unknown;
    try {
      tokenizer.write(xml);
      tokenizer.end();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(EvidenceParseError);
    const { reason: message, position } = error as EvidenceParseError;
    expect({ message, position }).toEqual({
      message: expect.stringMatching(reason),
      position: { line, column },
    });
    // saxes rejects each too
    expect(saxesEvents(xml, false).error).toBeDefined();
  });
});

describe('a construct too long to hold', () => {
  /** Pieces as streamXml writes them (DECODE_PIECE_BYTES of ASCII text each). */
  const PIECE = 64 * 1024;

  /** Writes `head`, then `fill` repeated to `fillLength` characters, then `tail`, piece by piece. */
  function feed(head: string, fill: string, fillLength: number, tail: string) {
    const opened: [string, Record<string, string>][] = [];
    const tokenizer = new XmlTokenizer({
      open: (name, attributes) => {
        opened.push([name, attributes]);
      },
      close: () => undefined,
      text: () => undefined,
      wantsText: () => false,
    });
    const block = fill.repeat(Math.ceil(PIECE / fill.length)).slice(0, PIECE);
    /** Characters handed to the tokenizer, the piece it refused included. */
    let written = 0;
    let error: unknown;
    try {
      written += head.length;
      tokenizer.write(head);
      for (let left = fillLength; left > 0; left -= PIECE) {
        const piece = left >= PIECE ? block : block.slice(0, left);
        written += piece.length;
        tokenizer.write(piece);
      }
      written += tail.length;
      tokenizer.write(tail);
      tokenizer.end();
    } catch (thrown) {
      error = thrown;
    }
    return { opened, written, error };
  }

  it.each([
    ['a tag (an attribute value)', '<r>\n  <a v="', 'x', '"/></r>', /^tag longer than 16 MiB/],
    [
      'declaration (a DOCTYPE)',
      '\n  <!DOCTYPE r [',
      ' ',
      ']><r/>',
      /^declaration longer than 16 MiB/,
    ],
    ['an entity reference', '<r>\n  &', 'n', ';</r>', /^entity reference longer than 16 MiB/],
  ])(
    '%s past the bound is refused at its start, without reading all of it',
    (_name, head, fill, tail, reason) => {
      const { error, written } = feed(head, fill, 4 * MAX_CONSTRUCT_CHARS, tail);
      expect(error).toBeInstanceOf(EvidenceParseError);
      const { reason: message, position } = error as EvidenceParseError;
      expect({ message, position }).toEqual({
        message: expect.stringMatching(reason),
        position: { line: 2, column: 3 },
      });
      // it stopped once the bound was passed, not at the end of the input
      expect(written).toBeGreaterThan(MAX_CONSTRUCT_CHARS);
      expect(written).toBeLessThanOrEqual(head.length + MAX_CONSTRUCT_CHARS + PIECE);
    },
  );

  it('a tag of exactly the bound is read whole', () => {
    const head = '<r v="';
    const tail = '"/>';
    const valueLength = MAX_CONSTRUCT_CHARS - head.length - tail.length;
    const { error, opened } = feed(head, 'x', valueLength, tail);
    expect(error).toBeUndefined();
    expect(opened.map(([name, attributes]) => [name, attributes['v']?.length])).toEqual([
      ['r', valueLength],
    ]);
  });
});
