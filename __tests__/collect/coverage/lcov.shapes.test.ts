/**
 * The lcov reader takes the frequent records in their usual shape straight from the bytes and
 * decodes everything else: both paths must count the same record the same way, and the same
 * function, line or branch written once in each shape must be one, not two.
 */
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { lcovCollector } from '../../../src/collect/coverage/lcov.js';
import type { CoverageEvidence } from '../../../src/model/coverage.js';
import { totalsOf } from './fixture-support.js';

/** Facts of one file in the shape istanbul and geninfo write (all on the byte path). */
const USUAL = [
  'TN:',
  'SF:src/a.ts',
  'FN:1,alpha',
  'FN:5,9,beta',
  'FNDA:3,alpha',
  'FNDA:0,beta',
  'FNF:2',
  'FNH:1',
  'DA:1,3',
  'DA:2,0',
  'DA:5,1,abc123',
  'LF:3',
  'LH:2',
  'BRDA:2,0,0,1',
  'BRDA:2,0,1,-',
  'BRF:2',
  'BRH:1',
  'end_of_record',
];

/** The same facts in shapes the byte path leaves to the decoded path. */
const UNUSUAL = [
  'TN:',
  '  SF:src/a.ts',
  'FN:1,alpha ',
  'FN:5,9,beta\t',
  'FNDA:3.0,alpha',
  'FNDA:0e0,beta',
  'FNF:2 ',
  ' FNH:1',
  'DA:1,3.0',
  'DA:2,+0',
  ' DA:5,1',
  'LF:3\t',
  'LH:2 ',
  'BRDA:2,0,0,1.0',
  'BRDA:2,0,1,- ',
  'BRF:2 ',
  'BRH:1 ',
  'end_of_record ',
];

async function parse(lines: string[], chunkSize: number): Promise<CoverageEvidence> {
  const bytes = Buffer.from(`${lines.join('\r\n')}\n`, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const result = await lcovCollector.parse({
    path: '<inline>',
    chunks: Readable.from(chunks) as AsyncIterable<Buffer>,
    bytes: bytes.length,
  });
  expect(result.diagnostics).toEqual([]);
  return result.data;
}

const EXPECTED = { lines: '2/3', branches: '1/2', functions: '1/2' };

describe('lcov: the byte path and the decoded path agree', () => {
  it.each([1, 7, 64 * 1024])(
    'usual and unusual shapes count the same (chunks of %i bytes)',
    async (size) => {
      const usual = await parse(USUAL, size);
      const unusual = await parse(UNUSUAL, size);
      expect(totalsOf(usual)).toEqual(EXPECTED);
      expect(totalsOf(unusual)).toEqual(EXPECTED);
      expect(unusual.files).toEqual(usual.files);
    },
  );

  it('a file written once in each shape is one file with each fact once', async () => {
    const data = await parse([...USUAL, ...UNUSUAL], 5);
    expect(data.files).toHaveLength(1);
    expect(totalsOf(data)).toEqual(EXPECTED);
    expect(data.files[0]).toMatchObject({ lineNumbers: [1, 2, 5], lineHits: [3, 0, 1] });
  });

  it('a name with characters beyond ASCII is read whole (decoded path)', async () => {
    const data = await parse(
      ['SF:src/ü.ts', 'FN:1,größe→λ', 'FNDA:2,größe→λ', 'DA:1,2', 'end_of_record'],
      3,
    );
    expect(data.files[0]).toMatchObject({ path: 'src/ü.ts', functions: { covered: 1, total: 1 } });
  });

  it('branch ids that are not small plain numbers stay apart by their text', async () => {
    // leading zeros and lcov 2 exception blocks are other branch ids than 2,0,0
    const data = await parse(
      [
        'SF:a.c',
        'BRDA:2,0,0,1',
        'BRDA:02,0,0,0',
        'BRDA:2,e0,0,0',
        'BRDA:3000000,0,0,1',
        'end_of_record',
      ],
      4,
    );
    expect(data.files[0]?.branches).toEqual({ covered: 2, total: 4 });
  });
});
