import type { Diagnostic, EvidenceData, EvidenceKind } from '../model/evidence.js';

/** What a parser gets: the file's bytes as a stream (read once; the caller hashes the same pass). */
export interface ParseInput {
  /** Path as shown in messages and the report (relative to the working directory). */
  path: string;
  /**
   * The bytes in order. A chunk is valid only until the next one is asked for: its buffer is read
   * into again (fresh buffers per chunk cost a short-lived process fresh pages). A parser copies
   * whatever it keeps (decoding to text copies).
   */
  chunks: AsyncIterable<Buffer>;
  /** File size in bytes, known before reading. */
  bytes: number;
}

export interface ParseResult<D extends EvidenceData = EvidenceData> {
  data: D;
  diagnostics: Diagnostic[];
  /** Evidence of another kind the same file carries (jest `--json --coverage`: tests and coverage). */
  extra?: EvidenceData[];
}

/**
 * One evidence format. `detect` decides by content alone (the first bytes of the file,
 * decoded as UTF-8 with any BOM removed); `parse` turns the whole file into normalized
 * evidence or throws an EvidenceParseError naming the position.
 */
export interface Collector<D extends EvidenceData = EvidenceData> {
  /** Format id: `<tool-or-standard>-<encoding>`, e.g. `junit-xml`. */
  readonly format: string;
  readonly kind: EvidenceKind;
  /** Producing tools, for the README formats table and `certify formats`. */
  readonly producers: string;
  detect(head: string): boolean;
  parse(input: ParseInput): Promise<ParseResult<D>>;
}

/** How many leading bytes `detect` sees. */
export const DETECT_HEAD_BYTES = 64 * 1024;
