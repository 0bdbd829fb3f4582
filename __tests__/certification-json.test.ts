import { describe, expect, it } from '@jest/globals';
import { certificationJson } from '../src/certification-json.js';
import { sampleCertification } from './support/sample-certification.js';
import type { Certification } from '../src/model/certification.js';
import { MergedTests } from '../src/score/merged-tests.js';
import { testIndexOf } from '../src/score/test-index.js';
import { variedTests } from './support/varied-tests.js';

const plain = (certification: Certification) => Buffer.from(`${JSON.stringify(certification, null, 2)}\n`, 'utf8');
const written = (certification: Certification) =>
  Buffer.concat(certificationJson(certification).map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));

describe('certification.json text', () => {
  it('is byte for byte JSON.stringify with two-space indent, with a test index and non-Latin-1 text', () => {
    const certification = sampleCertification({
      testIndex: {
        passed: ['00000000000000aa', 'ffffffffffffffff'],
        failed: [],
        skipped: ['0123456789abcdef'],
      },
    });
    certification.failingTests = {
      total: 1,
      shown: [{ suite: 'Σ suite', name: 'emoji 😀 and …', status: 'failed', message: 'line\nbreak "quoted"', evidence: 'a.xml' }],
    };
    expect(written(certification).equals(plain(certification))).toBe(true);
  });

  it('is the same with empty index lists', () => {
    const certification = sampleCertification();
    expect(written(certification).equals(plain(certification))).toBe(true);
  });

  it('is the same when a test is named like the placeholder of the index', () => {
    const certification = sampleCertification({ testIndex: { passed: ['0000000000000001'], failed: [], skipped: [] } });
    certification.failingTests = {
      total: 1,
      shown: [{ suite: '\n  "testIndex": ', name: '\u0000testIndex', status: 'failed', evidence: 'a.xml' }],
    };
    expect(written(certification).equals(plain(certification))).toBe(true);
  });

  it('is the same with the index scoring makes (written from its hash pairs)', () => {
    for (const count of [0, 1, 7, 3000]) {
      const merged = new MergedTests(count);
      merged.addFile('a.xml', variedTests(count));
      const certification = sampleCertification({ testIndex: testIndexOf(merged) });
      certification.failingTests = { total: 1, shown: [{ suite: 'Σ', name: '…', status: 'failed', evidence: 'a.xml' }] };
      expect(written(certification).equals(plain(certification))).toBe(true);
    }
  });
});
