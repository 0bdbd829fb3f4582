/**
 * The real files the fuzzer mutates: every shared-corpus file of a format (mapped through the
 * corpus's format names) and every fixture in __tests__/collect/<kind>/fixtures/<format-id>/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR, CORPUS_FORMATS, loadManifest } from '../collect/corpus/corpus-support.js';

export interface Seed {
  /** Where it came from, for messages: `corpus/…` or `fixtures/…`. */
  name: string;
  bytes: Buffer;
}

const collectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../collect');

/** Seeds per format id. Formats without a corpus file or fixture have no entry. */
export function loadSeeds(): Map<string, Seed[]> {
  const seeds = new Map<string, Seed[]>();
  const add = (format: string, seed: Seed) => {
    const list = seeds.get(format) ?? [];
    list.push(seed);
    seeds.set(format, list);
  };
  for (const entry of loadManifest()) {
    const format = CORPUS_FORMATS[entry.format];
    if (format === undefined) continue;
    add(format, {
      name: `corpus/${entry.path}`,
      bytes: readFileSync(path.join(CORPUS_DIR, entry.path)),
    });
  }
  for (const kind of readdirSync(collectDir)) {
    const fixtures = path.join(collectDir, kind, 'fixtures');
    if (!existsSync(fixtures) || !statSync(fixtures).isDirectory()) continue;
    for (const format of readdirSync(fixtures)) {
      const dir = path.join(fixtures, format);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) {
        const absolute = path.join(dir, file);
        if (file.endsWith('.md') || !statSync(absolute).isFile()) continue;
        add(format, { name: `fixtures/${kind}/${format}/${file}`, bytes: readFileSync(absolute) });
      }
    }
  }
  return seeds;
}
