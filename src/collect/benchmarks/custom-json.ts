import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence, Spread } from '../../model/benchmarks.js';
import { dimensionOf } from '../../model/units.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * github-action-benchmark's custom JSON (`customBiggerIsBetter` / `customSmallerIsBetter`):
 * an array of `{ "name", "unit", "value", "range"?, "extra"? }`, plus two optional fields that
 * Certify documents for it: `"biggerIsBetter": true|false` and `"measure"`.
 *
 * The file itself does not say which way is better (github-action-benchmark learns it from the
 * tool name in the workflow). Certify takes, in order: the entry's `biggerIsBetter`; else the
 * unit: per-second units (`req/s`, `ops/sec`, `MB/s`) are bigger-is-better, everything else
 * (times, bytes, percentages, unknown units) smaller-is-better — and says so in a notice,
 * because a unit cannot tell "free memory" from "memory used".
 *
 * `range` (`"3"`, `0.52`, `"± 3"`) becomes `lower`/`upper` = value ∓ range; `"5%"` becomes
 * `pct`; other text stays in `extra`. The measure is `measure` if given, else `time`, `opsPerSec`,
 * `throughput` or `memory` by the unit's dimension, else `value`.
 */
export const customJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'custom-json',
  kind: 'benchmarks',
  producers: 'github-action-benchmark custom JSON (customBiggerIsBetter, customSmallerIsBetter)',
  detect: (head) =>
    opensWith(head, '[') &&
    /^\s*\[\s*\{/.test(head) &&
    hasJsonKey(head, 'name') &&
    hasJsonKey(head, 'unit') &&
    hasJsonKey(head, 'value'),
  parse: async (input) => {
    const entries = await readValidDocument(input, z.array(z.unknown()), 'custom benchmark JSON');
    const out = new SeriesCollector();
    let inferred = 0;
    for (const { entry, index } of validEntries(entries, ENTRY, '', out)) {
      const range = readRange(entry.value, entry.range);
      if (range.text !== undefined)
        out.notice(
          `[${index}] ${entry.name}: range '${range.text}' is not a number or percentage; kept in extra`,
        );
      if (entry.biggerIsBetter === undefined) inferred++;
      const extra = [entry.extra, range.text === undefined ? undefined : `range: ${range.text}`]
        .filter((part) => part !== undefined && part !== '')
        .join('\n');
      out.add({
        name: entry.name,
        measure: entry.measure ?? measureOf(entry.unit),
        value: entry.value,
        unit: entry.unit,
        biggerIsBetter: entry.biggerIsBetter ?? isPerSecond(entry.unit),
        spread: range.spread,
        extra,
      });
    }
    if (inferred > 0) {
      out.notice(
        `${inferred} entries have no "biggerIsBetter"; direction taken from the unit (per-second units: bigger is better; others: smaller). Add "biggerIsBetter" to each entry to state it.`,
      );
    }
    return out.result('no entries in the custom benchmark JSON', { line: 1 });
  },
};

const ENTRY = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  range: z.union([z.string(), z.number()]).optional(),
  extra: z.string().optional(),
  biggerIsBetter: z.boolean().optional(),
  measure: z.string().min(1).optional(),
});

function readRange(
  value: number,
  range: string | number | undefined,
): { spread?: Spread; text?: string } {
  if (range === undefined) return {};
  if (typeof range === 'number') return { spread: { lower: value - range, upper: value + range } };
  const text = range.trim();
  const percent = /^(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*%$/i.exec(text);
  if (percent) return { spread: { pct: Number(percent[1]) } };
  const absolute = /^(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text);
  if (absolute) {
    const margin = Number(absolute[1]);
    return { spread: { lower: value - margin, upper: value + margin } };
  }
  return text === '' ? {} : { text };
}

function isPerSecond(unit: string): boolean {
  const dimension = dimensionOf(unit);
  return (
    dimension === 'rate' || dimension === 'dataRate' || /\/\s*(?:s|sec|second)$/i.test(unit.trim())
  );
}

function measureOf(unit: string): string {
  switch (dimensionOf(unit)) {
    case 'time':
      return 'time';
    case 'rate':
      return 'opsPerSec';
    case 'dataRate':
      return 'throughput';
    case 'bytes':
      return 'memory';
    default:
      return 'value';
  }
}
