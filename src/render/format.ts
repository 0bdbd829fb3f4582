/** Number and size formatting for reports: every figure is formatted here, never in templates. */
export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '–';
  const rounded = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (unit === '' || unit === 'count') return rounded;
  if (unit === '%') return `${rounded}%`;
  return `${rounded} ${unit}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

export function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
