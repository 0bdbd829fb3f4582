/**
 * Shared steps of the tests-collector unit tests: read a fixture, check the registry detects it
 * as the expected format from its head alone, and parse it from small chunks (so every parser
 * meets characters, lines and tags split across chunk boundaries, as with a real stream).
 */
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DETECT_HEAD_BYTES,
  type Collector,
  type ParseResult,
} from '../../../src/collect/collector.js';
import { detectFormat } from '../../../src/collect/registry.js';
import { EvidenceParseError } from '../../../src/errors.js';
import type { TestCase, TestEvidence } from '../../../src/model/tests.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureBytes(format: string, name: string): Buffer {
  return readFileSync(path.join(FIXTURES, format, name));
}

export function chunksOf(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

/** The head `detect` sees: the first 64 KB decoded, BOM removed. */
export function headOf(bytes: Buffer): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, DETECT_HEAD_BYTES));
  return head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
}

export async function parseBytes(
  collector: Collector,
  bytes: Buffer,
  chunkSize = 7,
): Promise<ParseResult<TestEvidence>> {
  const result = await collector.parse({
    path: 'fixture',
    chunks: chunksOf(bytes, chunkSize),
    bytes: bytes.length,
  });
  expect(result.data.kind).toBe('tests');
  return result as ParseResult<TestEvidence>;
}

/** Detects the fixture through the whole registry (no hint) and parses it with `collector`. */
export async function parseFixture(
  collector: Collector,
  name: string,
  chunkSize = 7,
): Promise<ParseResult<TestEvidence>> {
  const bytes = fixtureBytes(collector.format, name);
  expect(detectFormat(headOf(bytes))?.format).toBe(collector.format);
  return parseBytes(collector, bytes, chunkSize);
}

export async function parseText(
  collector: Collector,
  text: string,
  chunkSize = 5,
): Promise<ParseResult<TestEvidence>> {
  return parseBytes(collector, Buffer.from(text, 'utf8'), chunkSize);
}

/** Parsing must fail with an EvidenceParseError; returns it for checks on reason and position. */
export async function parseFailure(
  collector: Collector,
  text: string,
): Promise<EvidenceParseError> {
  try {
    await parseText(collector, text);
  } catch (error) {
    if (error instanceof EvidenceParseError) return error;
    throw error;
  }
  throw new Error('expected an EvidenceParseError, but the input parsed');
}

/** name → status, for compact assertions over every case of a file. */
export function statuses(cases: readonly TestCase[]): Record<string, string> {
  return Object.fromEntries(
    cases.map((testCase) => [`${testCase.suite} :: ${testCase.name}`, testCase.status]),
  );
}
