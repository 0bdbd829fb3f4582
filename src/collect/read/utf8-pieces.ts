import { StringDecoder } from 'node:string_decoder';
import { DECODE_PIECE_BYTES } from './decode.js';

/**
 * Streaming UTF-8 decoding for the XML reader: Node's StringDecoder, which holds back a character
 * cut between chunks until its last bytes come and turns invalid bytes into U+FFFD as TextDecoder
 * does. It is about ten times faster than a streaming TextDecoder on Node 20 (≈20 ms against
 * ≈210 ms for 100 MB), which made decoding cost as much as tokenizing. The BOM is left in (the
 * tokenizer skips it).
 */
export function utf8Decoder(): StringDecoder {
  return new StringDecoder('utf8');
}

/** A chunk as text in pieces of at most DECODE_PIECE_BYTES bytes (see decode.ts for why). */
export function* utf8Pieces(decoder: StringDecoder, chunk: Buffer): Generator<string> {
  for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) {
    yield decoder.write(chunk.subarray(start, start + DECODE_PIECE_BYTES));
  }
}
