import type { CollectedFile } from './model/evidence.js';
import { pctOf, type CoverageCounter } from './model/coverage.js';

const withPct = (counter: CoverageCounter) => ({ ...counter, pct: pctOf(counter) });

/** `certify parse FILE` output: one file's normalized evidence, detail included. */
export function parseOutput(file: CollectedFile): Record<string, unknown> {
  const main = dataOutput(file);
  if (!file.extra || file.extra.length === 0) return main;
  // Evidence of another kind in the same file (jest --json --coverage), under its kind.
  const also = Object.fromEntries(
    file.extra.map((data) => {
      const { path: _path, kind: _kind, format: _format, bytes: _bytes, sha256: _sha, status: _status, ...detail } = dataOutput({ ...file, data, extra: [] });
      return [data.kind, detail];
    }),
  );
  return { ...main, also };
}

function dataOutput(file: CollectedFile): Record<string, unknown> {
  const base: Record<string, unknown> = {
    path: file.path,
    kind: file.kind,
    format: file.format,
    bytes: file.bytes,
    sha256: file.sha256,
    status: file.status,
  };
  if (file.error) base['error'] = file.error;
  if (file.diagnostics.length > 0) base['diagnostics'] = file.diagnostics;
  const data = file.data;
  if (!data) return base;
  switch (data.kind) {
    case 'tests':
      return { ...base, totals: data.totals, cases: data.cases };
    case 'coverage':
      return {
        ...base,
        totals: {
          lines: withPct(data.totals.lines),
          branches: withPct(data.totals.branches),
          functions: withPct(data.totals.functions),
        },
        files: data.files.map((f) => ({
          path: f.path,
          lines: withPct(f.lines),
          branches: withPct(f.branches),
          functions: withPct(f.functions),
        })),
      };
    case 'benchmarks':
      return { ...base, series: data.series };
    case 'security':
      return { ...base, totals: data.totals, byTool: data.byTool, findings: data.findings };
    case 'custom':
      return { ...base, metrics: data.metrics };
  }
}
