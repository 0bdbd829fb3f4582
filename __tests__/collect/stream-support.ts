import { Readable } from 'node:stream';

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
