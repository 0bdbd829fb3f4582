/**
 * 64 KiB detection heads that make careless regular expressions backtrack: one short piece
 * (grammar characters, record prefixes, or a slice of a real file) repeated to fill the head,
 * after the opening bytes of a real file so that "starts like" checks pass.
 */
import { DETECT_HEAD_BYTES } from '../../src/collect/collector.js';
import type { Seed } from './fuzz-seeds.js';

export interface DetectionHead {
  name: string;
  head: string;
}

const PIECES = [
  '\0',
  ' ',
  '\n',
  ' \n',
  '\r\n',
  '\t',
  ' \t\n',
  'a',
  '1',
  '1.',
  '1,',
  '-',
  '=',
  '|',
  '%',
  '#',
  '\\',
  '<',
  '<a ',
  '<a>',
  '</',
  '<!--',
  '<?',
  'a="',
  '"',
  '"a":',
  '{"',
  '{',
  '[',
  '[{',
  '":"',
  ',',
  'ok ',
  'not ok 1 ',
  '# ',
  '---',
  'TN:',
  'SF:',
  'DA:1,1\n',
  'mode: ',
  'File |',
  '=== ',
  '0.0 ',
  ' ns/op',
  'Benchmark',
  'test ',
  ' ... bench: ',
  'time: [',
  ' ± ',
  ' ops/sec ',
  ' x ',
  '   1.5 ms',
  ': ',
  '{"Action":',
];

/** Deterministic: the same heads on every run (xorshift picks the random slices). */
export function detectionHeads(seeds: readonly Seed[], randomCount: number): DetectionHead[] {
  const heads: DetectionHead[] = [];
  const fill = (prefix: string, piece: string) =>
    prefix +
    piece
      .repeat(Math.ceil((DETECT_HEAD_BYTES - prefix.length) / Math.max(1, piece.length)))
      .slice(0, DETECT_HEAD_BYTES - prefix.length);
  for (const piece of PIECES)
    heads.push({ name: `${JSON.stringify(piece)} repeated`, head: fill('', piece) });
  let x = 0x2545f491;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const usable = seeds.filter((seed) => seed.bytes.length > 0);
  for (let i = 0; i < randomCount && usable.length > 0; i++) {
    const seed = usable[next() % usable.length];
    if (!seed) continue;
    const text = seed.bytes.toString('utf8');
    const at = next() % text.length;
    const piece = text.slice(at, at + 1 + (next() % 48));
    const prefix = text.slice(0, Math.min(at, next() % 256));
    heads.push({
      name: `${seed.name}: ${JSON.stringify(piece)} repeated after ${prefix.length} chars`,
      head: fill(prefix, piece),
    });
  }
  return heads;
}

/** The slowest single `detect` over the heads, in ms, and the head it was. */
export function slowestDetect(
  detect: (head: string) => boolean,
  heads: readonly DetectionHead[],
): { ms: number; name: string; threw?: string } {
  let slowest = { ms: 0, name: '' };
  for (const { name, head } of heads) {
    const start = performance.now();
    try {
      detect(head);
    } catch (error) {
      return {
        ms: performance.now() - start,
        name,
        threw: error instanceof Error ? error.message : String(error),
      };
    }
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { ms, name };
  }
  return slowest;
}
