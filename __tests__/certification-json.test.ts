import { describe, expect, it } from '@jest/globals';
import { certificationJson } from '../src/certification-json.js';
import { sampleCertification } from './support/sample-certification.js';
import type { Certification } from '../src/model/certification.js';

const plain = (certification: Certification) => Buffer.from(`${JSON.stringify(certification, null, 2)}\n`, 'utf8');

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
    expect(Buffer.from(certificationJson(certification).join(''), 'utf8').equals(plain(certification))).toBe(true);
  });

  it('is the same with empty index lists', () => {
    const certification = sampleCertification();
    expect(Buffer.from(certificationJson(certification).join(''), 'utf8').equals(plain(certification))).toBe(true);
  });

  it('is the same when a test is named like the placeholder of the index', () => {
    const certification = sampleCertification({ testIndex: { passed: ['0000000000000001'], failed: [], skipped: [] } });
    certification.failingTests = {
      total: 1,
      shown: [{ suite: '\n  "testIndex": ', name: '\u0000testIndex', status: 'failed', evidence: 'a.xml' }],
    };
    expect(Buffer.from(certificationJson(certification).join(''), 'utf8').equals(plain(certification))).toBe(true);
  });
});
