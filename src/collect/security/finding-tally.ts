import { FINDINGS_PER_FILE } from '../../model/limits.js';
import {
  emptySecurityTotals,
  type SecurityEvidence,
  type SecurityFinding,
  type SecurityTotals,
  type Severity,
} from '../../model/security.js';

/** Most severe first: the order kept findings are reported in. */
const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * Counts every finding of a file, per severity and per tool, while keeping at most `cap` of them
 * as detail: the most severe ones, in file order within a severity. A file with 200,000 results
 * keeps complete counts but only the findings worth showing.
 */
export class FindingTally {
  private readonly totals = emptySecurityTotals();
  private readonly byTool = new Map<string, SecurityTotals>();
  /** Kept findings, one list per severity in SEVERITY_ORDER. */
  private readonly kept: SecurityFinding[][] = SEVERITY_ORDER.map(() => []);
  private readonly keptSet = new Set<SecurityFinding>();
  private keptCount = 0;
  /** Findings counted but not kept as detail. */
  dropped = 0;

  constructor(private readonly cap: number = FINDINGS_PER_FILE) {}

  /** A tool that ran: listed with zero counts even when it found nothing. */
  addTool(tool: string): void {
    if (!this.byTool.has(tool)) this.byTool.set(tool, emptySecurityTotals());
  }

  /** Counts the finding; returns whether it is (for now) kept as detail. */
  add(finding: SecurityFinding): boolean {
    this.addTool(finding.tool);
    const tool = this.byTool.get(finding.tool) ?? emptySecurityTotals();
    for (const bucket of [this.totals, tool]) {
      bucket[finding.severity]++;
      bucket.total++;
    }
    const rank = SEVERITY_ORDER.indexOf(finding.severity);
    if (this.keptCount >= this.cap) {
      const lowest = this.lowestKeptRank();
      if (lowest <= rank) {
        this.dropped++;
        return false;
      }
      const evicted = this.kept[lowest]?.pop();
      if (evicted) this.keptSet.delete(evicted);
      this.keptCount--;
      this.dropped++;
    }
    this.kept[rank]?.push(finding);
    this.keptSet.add(finding);
    this.keptCount++;
    return true;
  }

  /** Counts `count` findings known only by tool and severity (their detail was not kept). */
  addUnkept(tool: string, severity: Severity, count: number): void {
    this.addTool(tool);
    const perTool = this.byTool.get(tool) ?? emptySecurityTotals();
    for (const bucket of [this.totals, perTool]) {
      bucket[severity] += count;
      bucket.total += count;
    }
    this.dropped += count;
  }

  /** Whether the finding is still kept (a more severe one may have taken its place). */
  holds(finding: SecurityFinding): boolean {
    return this.keptSet.has(finding);
  }

  get total(): number {
    return this.totals.total;
  }

  evidence(): SecurityEvidence {
    return {
      kind: 'security',
      totals: { ...this.totals },
      byTool: Object.fromEntries([...this.byTool].map(([tool, totals]) => [tool, { ...totals }])),
      findings: this.kept.flat(),
    };
  }

  private lowestKeptRank(): number {
    for (let rank = SEVERITY_ORDER.length - 1; rank >= 0; rank--) {
      if ((this.kept[rank]?.length ?? 0) > 0) return rank;
    }
    return -1;
  }
}
