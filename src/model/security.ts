export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface SecurityFinding {
  tool: string;
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** Package name for dependency advisories. */
  package?: string;
}

export interface SecurityTotals {
  critical: number;
  high: number;
  medium: number;
  low: number;
  total: number;
}

export interface SecurityEvidence {
  kind: 'security';
  totals: SecurityTotals;
  /** Counts per tool name. */
  byTool: Record<string, SecurityTotals>;
  findings: SecurityFinding[];
}

export function emptySecurityTotals(): SecurityTotals {
  return { critical: 0, high: 0, medium: 0, low: 0, total: 0 };
}

export function securityOf(findings: SecurityFinding[]): SecurityEvidence {
  const totals = emptySecurityTotals();
  const byTool: Record<string, SecurityTotals> = {};
  for (const finding of findings) {
    const tool = (byTool[finding.tool] ??= emptySecurityTotals());
    for (const bucket of [totals, tool]) {
      bucket[finding.severity]++;
      bucket.total++;
    }
  }
  return { kind: 'security', totals, byTool, findings };
}
