/** Helpers for the benchmark collector tests: fixtures in, normalized series out. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  DETECT_HEAD_BYTES,
  type Collector,
  type ParseResult,
} from '../../../src/collect/collector.js';
import { detectFormat } from '../../../src/collect/registry.js';
import type { BenchmarkEvidence, BenchmarkSeries } from '../../../src/model/benchmarks.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function fixturePath(format: string, file: string): string {
  return path.join(here, 'fixtures', format, file);
}

export function fixtureBytes(format: string, file: string): Buffer {
  return readFileSync(fixturePath(format, file));
}

/** Bytes in small chunks, so lines and UTF-8 characters are split across chunk borders. */
function chunked(bytes: Buffer, size = 7): AsyncIterable<Buffer> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: true });
}

export function parseBytes(collector: Collector, bytes: Buffer): Promise<ParseResult> {
  return collector.parse({ path: 'input', chunks: chunked(bytes), bytes: bytes.length });
}

export async function parseBenchmarks(
  collector: Collector,
  bytes: Buffer | string,
): Promise<ParseResult<BenchmarkEvidence>> {
  const result = await parseBytes(
    collector,
    typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
  );
  if (result.data.kind !== 'benchmarks')
    throw new Error(`expected benchmarks, got ${result.data.kind}`);
  return { data: result.data, diagnostics: result.diagnostics };
}

export function parseFixture(
  collector: Collector,
  file: string,
): Promise<ParseResult<BenchmarkEvidence>> {
  return parseBenchmarks(collector, fixtureBytes(collector.format, file));
}

/** The format the registry picks for these bytes with no hint, as discovery does. */
export function detectedFormat(bytes: Buffer | string): string | undefined {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  let head = new TextDecoder('utf-8').decode(buffer.subarray(0, DETECT_HEAD_BYTES));
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  return detectFormat(head)?.format;
}

/** The one series with this name and measure (fails the test when there is not exactly one). */
export function seriesOf(
  result: ParseResult<BenchmarkEvidence>,
  name: string,
  measure: string,
): BenchmarkSeries {
  const found = result.data.series.filter((s) => s.name === name && s.measure === measure);
  const [only] = found;
  if (found.length !== 1 || !only) {
    const known = result.data.series.map((s) => `${s.name}/${s.measure}`).join(', ');
    throw new Error(`${found.length} series ${name}/${measure}; have: ${known}`);
  }
  return only;
}

/** `[name, measure, value, unit]` of every series, in order. */
export function table(result: ParseResult<BenchmarkEvidence>): [string, string, number, string][] {
  return result.data.series.map((s) => [s.name, s.measure, s.value, s.unit]);
}
