/**
 * Quantities with units, so a requirement written as `<= 200ms` can be compared with a
 * benchmark value printed in `ns/iter`. Pure; no I/O.
 *
 * Conventions:
 * - Time units: ps, ns, us/µs/μs (usec), ms (msec), s (sec, seconds), m/min (minutes), h.
 * - A per-iteration suffix (`/iter`, `/op`, `/call`, `/run`) keeps the dimension of what
 *   precedes it: `ns/iter` and `ms/op` are times, `B/op` is bytes, `allocs/op` a count.
 * - Bytes: B, and KB/MB/GB/TB as decimal (SI, 1000ⁿ, as Go's `MB/s` and most tools mean
 *   them); KiB/MiB/GiB/TiB as binary (1024ⁿ). `kB` and words such as `Megabytes` too.
 * - Rates: `<thing>/<time>` where thing is ops, iter, req, elem, items, … (`ops/s`,
 *   `iter/sec`, `req/s`, `ops/ms`, `Melem/s`, `Hz`) — all counts per second; data rates
 *   `<bytes>/<time>` (`MB/s`, `GiB/s`, `B/s`).
 * - Ratios: `%` (and `Percent`) and `ratio` (a fraction 0..1, as k6 writes rates).
 * - Anything else (`cycles/iter`, `instructions`, `auxMetricUnits`) is a unit of its own:
 *   it converts only to itself.
 */

export type Dimension = 'time' | 'bytes' | 'rate' | 'dataRate' | 'ratio';

export interface UnitInfo {
  dimension: Dimension | `other:${string}`;
  /** Multiplier to the dimension's base unit (ns, B, per second, B/s, fraction). */
  factor: number;
}

export interface Quantity {
  value: number;
  /** The unit as written, '' for a bare number. */
  unit: string;
  /** Absent for a bare number. */
  dimension?: UnitInfo['dimension'];
}

// Base units are chosen so that the common conversions are exact in floating point
// (200 ms → 200_000_000 ns), which is why time is counted in ns and not in seconds.
const TIME: Record<string, number> = {
  ps: 1e-3,
  ns: 1,
  nsec: 1,
  nanoseconds: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  usec: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  msec: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  secs: 1e9,
  second: 1e9,
  seconds: 1e9,
  m: 6e10,
  min: 6e10,
  minutes: 6e10,
  h: 3.6e12,
  hours: 3.6e12,
};

const BYTES: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  kilobytes: 1e3,
  mb: 1e6,
  megabytes: 1e6,
  gb: 1e9,
  gigabytes: 1e9,
  tb: 1e12,
  terabytes: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** Things counted per unit of time: `ops/s`, `req/s`, `iter/sec`, `Kelem/s`. */
const COUNTED = new Set([
  'ops',
  'op',
  'iter',
  'iters',
  'iterations',
  'req',
  'reqs',
  'requests',
  'elem',
  'elems',
  'elements',
  'items',
  'runs',
  'calls',
  'hits',
  'events',
  'msgs',
  'messages',
  'tx',
  '',
]);

const SI_PREFIX: Record<string, number> = { '': 1, K: 1e3, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

const RATIO: Record<string, number> = { '%': 0.01, percent: 0.01, ratio: 1, fraction: 1 };

const PER_ITERATION = /\/(?:iter|iteration|op|call|run)$/i;

/** What a unit measures and its factor to the base unit; `undefined` for an empty unit. */
export function unitInfo(rawUnit: string): UnitInfo | undefined {
  const unit = rawUnit.trim();
  if (unit === '') return undefined;
  const perIteration = PER_ITERATION.exec(unit);
  if (perIteration) {
    const base = unit.slice(0, perIteration.index);
    if (base === '') return { dimension: `other:${unit}`, factor: 1 };
    // An unknown base keeps its own name as dimension, so `allocs/op` compares with `allocs`.
    return knownUnit(base) ?? { dimension: `other:${base}`, factor: 1 };
  }
  return knownUnit(unit) ?? { dimension: `other:${unit}`, factor: 1 };
}

function knownUnit(unit: string): UnitInfo | undefined {
  // Exact spelling only: `MS` (mega-samples) and `M` are no time units.
  const time = TIME[unit];
  if (time !== undefined) return { dimension: 'time', factor: time };
  const bytes = BYTES[unit.toLowerCase()];
  if (bytes !== undefined) return { dimension: 'bytes', factor: bytes };
  const ratio = RATIO[unit.toLowerCase()];
  if (ratio !== undefined) return { dimension: 'ratio', factor: ratio };
  if (unit === 'Hz' || unit === 'hz') return { dimension: 'rate', factor: 1 };
  const slash = unit.lastIndexOf('/');
  if (slash === -1) return undefined;
  const per = TIME[unit.slice(slash + 1)];
  if (per === undefined) return undefined;
  const perSecond = 1e9 / per;
  const what = unit.slice(0, slash);
  const whatBytes = BYTES[what.toLowerCase()];
  if (whatBytes !== undefined) return { dimension: 'dataRate', factor: whatBytes * perSecond };
  const prefixed = /^([KkMGT]?)([A-Za-z]*)$/.exec(what);
  if (prefixed) {
    const [, prefix = '', noun = ''] = prefixed;
    if (COUNTED.has(noun.toLowerCase()) && (prefix === '' || noun !== '')) {
      return { dimension: 'rate', factor: (SI_PREFIX[prefix] ?? 1) * perSecond };
    }
    if (COUNTED.has(what.toLowerCase())) return { dimension: 'rate', factor: perSecond };
  }
  return undefined;
}

/** The dimension of a unit, or `undefined` for an empty unit (a plain number). */
export function dimensionOf(unit: string): UnitInfo['dimension'] | undefined {
  return unitInfo(unit)?.dimension;
}

/**
 * Converts a value between two units of the same dimension. Returns `undefined` when they
 * measure different things (or either is unknown and they are not the same string).
 */
export function convertUnit(value: number, fromUnit: string, toUnit: string): number | undefined {
  if (fromUnit.trim() === toUnit.trim()) return value;
  const from = unitInfo(fromUnit);
  const to = unitInfo(toUnit);
  if (!from || to?.dimension !== from.dimension) return undefined;
  if (from.factor === to.factor) return value;
  // Multiply before dividing when that keeps integers exact (200 ms → ns); divide first otherwise.
  const product = value * from.factor;
  return Number.isFinite(product) ? product / to.factor : (value / to.factor) * from.factor;
}

const QUANTITY = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:e[+-]?\d+)?)\s*(.*)$/i;

/**
 * Parses `200ms`, `512 MB`, `5000 ops/s`, `1,431,759 ops/sec`, `95%`, `3.5`.
 * A bare number has the unit '' and no dimension; an unknown unit is its own dimension.
 */
export function parseQuantity(text: string): Quantity | undefined {
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, number = '', rest = ''] = match;
  if (!/\d/.test(number)) return undefined;
  const value = Number(number.replaceAll(',', ''));
  if (!Number.isFinite(value)) return undefined;
  const unit = rest.trim();
  // A unit starts with a letter, % or / (`ms`, `µs`, `%`, `/s`); `1,23 ms` is no quantity.
  if (unit !== '' && !/^[\p{L}%/]/u.test(unit)) return undefined;
  const info = unitInfo(unit);
  return info ? { value, unit, dimension: info.dimension } : { value, unit };
}
