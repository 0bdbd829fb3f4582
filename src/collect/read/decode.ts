/**
 * Bytes decoded per string. Strings up to this size live in V8's young generation and die
 * there cheaply; a decoded 1 MiB chunk would go to the large-object space, where dead chunks pile
 * up until a full collection (tens of MB of peak memory for nothing).
 */
export const DECODE_PIECE_BYTES = 64 * 1024;

/** A chunk as UTF-8 text in pieces of at most DECODE_PIECE_BYTES bytes (streaming decoder). */
export function* decodePieces(
  decoder: InstanceType<typeof TextDecoder>,
  chunk: Uint8Array,
): Generator<string> {
  for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) {
    yield decoder.decode(chunk.subarray(start, start + DECODE_PIECE_BYTES), { stream: true });
  }
}
