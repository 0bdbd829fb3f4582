import { expect } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Collector, ParseResult } from '../../src/collect/collector.js';
import { EvidenceParseError } from '../../src/errors.js';
import type { EvidenceData } from '../../src/model/evidence.js';

/** The bytes of `text` as a parser receives them from a file stream, cut every `size` bytes. */
export function chunksOf(text: string, size: number): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

/**
 * A text with one random edit, for robustness properties: cut short, one character replaced,
 * or one inserted (from characters that matter to JSON and XML).
 */
export function mutate(text: string, at: number, how: number, char: string): string {
  const i = text.length === 0 ? 0 : at % text.length;
  if (how % 3 === 0) return text.slice(0, i);
  if (how % 3 === 1) return text.slice(0, i) + char + text.slice(i + 1);
  return text.slice(0, i) + char + text.slice(i);
}

export const MUTATION_CHARS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  ' ',
  '-',
  '0',
  '9',
  'e',
  'n',
  '\u0000',
  '\n',
  'é',
  '\ud800',
];

/** Reads the fixtures of one format: `fixtures/<format>/<name>` next to the test file at `testUrl`. */
export function fixtureReader(testUrl: string, format: string): (name: string) => string {
  const folder = path.join(path.dirname(fileURLToPath(testUrl)), 'fixtures', format);
  return (name) => readFileSync(path.join(folder, name), 'utf8');
}

/** Parses `text` with one collector as the file `file`, fed in chunks of `size` bytes. */
export function parseChunked<D extends EvidenceData>(
  collector: Collector<D>,
  file: string,
  text: string,
  size: number,
): Promise<ParseResult<D>> {
  return collector.parse({
    path: file,
    chunks: chunksOf(text, size),
    bytes: Buffer.byteLength(text),
  });
}

/** The EvidenceParseError a parse ends in; a parse that succeeds or throws anything else fails the test. */
export async function parseErrorOf(parsing: Promise<unknown>): Promise<EvidenceParseError> {
  try {
    await parsing;
  } catch (error) {
    if (error instanceof EvidenceParseError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

/**
 * Property: each of `sources` with one random edit (see `mutate`), fed in chunks of 1 to 512
 * bytes, gives a result or an EvidenceParseError, never another exception.
 */
export async function assertMutationsParseOrFail(
  sources: readonly string[],
  parse: (text: string, size: number) => Promise<unknown>,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.nat(sources.length - 1),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...MUTATION_CHARS),
      fc.integer({ min: 1, max: 512 }),
      async (which, at, how, char, size) => {
        const text = mutate(sources[which] ?? '', at, how, char);
        try {
          await parse(text, size);
        } catch (error) {
          expect(error).toBeInstanceOf(EvidenceParseError);
        }
      },
    ),
    { numRuns: 400 },
  );
}
