import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DETECT_HEAD_BYTES } from '../../src/collect/collector.js';
import { collectorForLoading, detectFormatLoading, formatsOfKind } from '../../src/collect/detect.js';
import { COLLECTORS, detectFormat } from '../../src/collect/registry.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../src/model/evidence.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every fixture file of every collector's unit tests: one real file per format at least. */
function fixtureFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'README.md') files.push(full);
    }
  };
  for (const kind of ['tests', 'coverage', 'benchmarks', 'security', 'custom']) walk(path.join(here, kind, 'fixtures'));
  return files;
}

function headOf(file: string): string {
  const head = new TextDecoder('utf-8').decode(readFileSync(file).subarray(0, DETECT_HEAD_BYTES));
  return head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
}

describe('detection that loads each kind of format when it is needed', () => {
  it("lists under each kind exactly the registry's formats of that kind, in its order", async () => {
    for (const kind of EVIDENCE_KINDS) {
      const formats = (await formatsOfKind(kind)).map((c) => c.format);
      expect(formats).toEqual(COLLECTORS.filter((c) => c.kind === kind).map((c) => c.format));
    }
  });

  it('detects every fixture as the registry does, with and without each kind hint', async () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(COLLECTORS.length);
    const hints: (EvidenceKind | undefined)[] = [undefined, ...EVIDENCE_KINDS];
    for (const file of files) {
      const head = headOf(file);
      for (const hint of hints) {
        const loaded = await detectFormatLoading(head, hint);
        expect([path.relative(here, file), hint, loaded?.format]).toEqual([
          path.relative(here, file),
          hint,
          detectFormat(head, hint)?.format,
        ]);
      }
    }
  });

  it('finds a format named on the command line, and nothing for an unknown name', async () => {
    expect((await collectorForLoading('junit-xml'))?.format).toBe('junit-xml');
    expect(await collectorForLoading('no-such-format')).toBeUndefined();
  });
});
