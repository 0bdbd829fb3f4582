import type { Diagnostic } from '../../model/evidence.js';
import type { SourcePosition } from '../../errors.js';

/**
 * Tallies records a coverage parser had to skip (a `<line>` without a usable count, say),
 * so a file with a few bad records still yields figures and one warning says what was left
 * out, with the first example, instead of thousands of warnings or a silent gap.
 */
export class RecordProblems {
  private readonly tallies = new Map<string, { count: number; example: string; position?: SourcePosition }>();

  /** `kind` says what the record is and what was done with it: "<line> without a count, skipped". */
  note(kind: string, example: string, position?: SourcePosition): void {
    const tally = this.tallies.get(kind);
    if (tally) tally.count++;
    else this.tallies.set(kind, { count: 1, example, ...(position ? { position } : {}) });
  }

  diagnostics(): Diagnostic[] {
    return [...this.tallies].map(([kind, { count, example, position }]) => ({
      severity: 'warning' as const,
      message: `${count} × ${kind} (first: ${example})`,
      ...(position ? { position } : {}),
    }));
  }
}

/**
 * A count attribute as written by coverage tools: a plain non-negative integer. Digits beyond
 * 2^53 (a hostile `count="1111…"` overflows to Infinity) are no count.
 */
export function countValue(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}
