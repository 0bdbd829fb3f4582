import { z } from 'zod';
import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { requireKind, schemaError } from '../read/json-issues.js';
import {
  walkJson,
  type JsonChoice,
  type JsonKind,
  type JsonPath,
  type JsonPosition,
  type JsonVisitor,
} from '../read/json-walk.js';
import { EvidenceParseError } from '../../errors.js';
import type { Diagnostic } from '../../model/evidence.js';
import { FINDINGS_PER_FILE, clipMessage } from '../../model/limits.js';
import type { SecurityEvidence, SecurityFinding, Severity } from '../../model/security.js';
import { FindingTally } from './finding-tally.js';

/**
 * `npm audit --json`, counted the way npm itself counts (its `metadata.vulnerabilities`, which
 * is what `npm audit` prints):
 *
 * - npm 7+ (auditReportVersion 2): one finding per vulnerable package in `vulnerabilities`,
 *   at the package's severity — including packages that are vulnerable only through a
 *   dependency ("Depends on vulnerable versions of …"). Three packages hit by five advisories
 *   are three vulnerabilities, as npm says.
 * - npm 6 (and `pnpm audit --json`, same shape): one finding per advisory and dependency path
 *   (`advisories[].findings[].paths[]`), as npm 6 counted them.
 *
 * Severities: critical → critical, high → high, moderate → medium, low → low, and info → low
 * (npm counts info advisories in its total, so they are not dropped). The counts are checked
 * against `metadata.vulnerabilities`; a difference is reported as a warning.
 */
export const npmAuditJson: Collector<SecurityEvidence> = {
  format: 'npm-audit-json',
  kind: 'security',
  producers: 'npm audit --json (npm 7+ and npm 6), pnpm audit --json',
  detect: looksLikeNpmAudit,
  parse: parseNpmAudit,
};

export function looksLikeNpmAudit(head: string): boolean {
  if (!/^\s*\{/.test(head)) return false;
  if (/"auditReportVersion"\s*:\s*\d/.test(head)) return true;
  if (looksLikeNpmError(head)) return true;
  return (
    /"advisories"\s*:\s*\{/.test(head) &&
    /"(?:actions|muted|module_name|github_advisory_id)"\s*:/.test(head)
  );
}

/**
 * What `npm audit --json` writes instead of a report when it fails: npm's JSON error object,
 * `{"error": {"code": "ENOLOCK", "summary": …, "detail": …}}`, or, when the audit endpoint
 * answers with an HTTP error, the response (`message`, `method`, `uri` of the advisories
 * endpoint, `statusCode`, …) followed by an `error` object with empty summary and detail.
 * Recognised so that the run says npm failed rather than that the file is of no known format.
 */
function looksLikeNpmError(head: string): boolean {
  if (/^\s*\{\s*"error"\s*:\s*\{\s*"(?:code|summary|detail)"\s*:/.test(head)) {
    return /"summary"\s*:/.test(head) && /"detail"\s*:/.test(head);
  }
  return (
    /^\s*\{\s*"message"\s*:/.test(head) &&
    /"uri"\s*:\s*"[^"]*\/-\/npm\/v1\/security\/(?:advisories|audits)/.test(head) &&
    /"statusCode"\s*:\s*\d/.test(head)
  );
}

const TOOL = 'npm audit';

const npmSeverity = z.enum(['info', 'low', 'moderate', 'high', 'critical']);
type NpmSeverity = z.infer<typeof npmSeverity>;
const NPM_SEVERITIES: readonly NpmSeverity[] = npmSeverity.options;

export const SEVERITY_OF_NPM: Record<NpmSeverity, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
  info: 'low',
};

/** npm 7+: an advisory that applies to the package itself, or the name of a vulnerable dependency. */
const via = z.union([
  z.string(),
  z.looseObject({
    source: z.union([z.number(), z.string()]).optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    severity: npmSeverity.optional(),
  }),
]);

/**
 * Causes read per package. `via` only names the package's advisories and vulnerable
 * dependencies (detail, not counts); real ones list a few. A hostile million-entry list is read
 * this far, not validated whole.
 */
const VIA_READ = 200;

const vulnerability = z.looseObject({
  name: z.string().optional(),
  severity: npmSeverity,
  via: z.array(z.unknown()).optional(),
});

const advisory = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  module_name: z.string(),
  severity: npmSeverity,
  title: z.string().optional(),
  url: z.string().optional(),
  github_advisory_id: z.string().nullable().optional(),
  findings: z.array(z.looseObject({ paths: z.array(z.string()).optional() })).optional(),
});

const metadata = z.looseObject({
  vulnerabilities: z.looseObject(
    Object.fromEntries(NPM_SEVERITIES.map((s) => [s, z.number().int().min(0).optional()])),
  ),
});

const npmError = z.looseObject({
  code: z.string().optional(),
  summary: z.string().optional(),
  detail: z.string().optional(),
});

/** GHSA id from a GitHub advisory URL, else npm's advisory number. */
function advisoryId(url: string | undefined, source: number | string | undefined): string {
  const ghsa = url ? /\/advisories\/(GHSA-[\w-]+)/i.exec(url)?.[1] : undefined;
  if (ghsa) return ghsa;
  return source !== undefined ? `npm-${String(source)}` : 'unknown advisory';
}

class NpmAuditReader implements JsonVisitor {
  readonly tally = new FindingTally();
  readonly diagnostics: Diagnostic[] = [];
  private version: unknown;
  private versionAt: JsonPosition | undefined;
  /** Counts by npm's own severity names, to compare with metadata. */
  private readonly counted = new Map<NpmSeverity, number>(NPM_SEVERITIES.map((s) => [s, 0]));
  private metadata: z.infer<typeof metadata> | undefined;
  private metadataAt: JsonPosition | undefined;
  private shape: 'npm7' | 'npm6' | undefined;
  /** Top-level `message` and `statusCode`: npm's account of a failed audit request. */
  private readonly response: { message?: string | number; statusCode?: string | number } = {};

  constructor() {
    this.tally.addTool(TOOL);
  }

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [member] = path;
    if (path.length === 0) {
      requireKind(kind, 'object', 'an npm audit report is a JSON object', at);
      return 'descend';
    }
    if (path.length === 1) {
      switch (member) {
        case 'auditReportVersion':
        case 'metadata':
        case 'error':
        case 'message':
        case 'statusCode':
          return 'collect';
        case 'vulnerabilities':
        case 'advisories':
          requireKind(kind, 'object', `'${member}' must be an object`, at);
          this.setShape(member === 'vulnerabilities' ? 'npm7' : 'npm6', at);
          return 'descend';
        default:
          return 'skip';
      }
    }
    return path.length === 2 ? 'collect' : 'skip';
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    const [member, key] = path;
    if (path.length === 2) {
      if (member === 'vulnerabilities') this.addPackage(String(key), value, at);
      else this.addAdvisory(String(key), value, at);
      return;
    }
    if (member === 'auditReportVersion') {
      this.version = value;
      this.versionAt = at;
    } else if (member === 'message' || member === 'statusCode') {
      // The HTTP error npm audit writes before its `error` object (see looksLikeNpmError).
      if (typeof value === 'string' || typeof value === 'number') this.response[member] = value;
    } else if (member === 'metadata') {
      const parsed = metadata.safeParse(value);
      if (!parsed.success) throw schemaError(parsed.error, 'metadata', at);
      this.metadata = parsed.data;
      this.metadataAt = at;
    } else {
      const parsed = npmError.safeParse(value);
      const error = parsed.success ? parsed.data : {};
      const summary = [error.code, error.summary || this.responseSummary()]
        .filter((part) => part)
        .join(': ');
      throw new EvidenceParseError(
        `npm audit reported an error instead of a report${summary ? ` (${summary})` : ''}`,
        at,
      );
    }
  }

  finish(): ParseResult<SecurityEvidence> {
    if (this.version !== undefined && this.version !== 2) {
      throw new EvidenceParseError(
        `auditReportVersion ${JSON.stringify(this.version)} is not supported (Certify reads version 2, npm 7 and later, and npm 6 reports)`,
        this.versionAt,
      );
    }
    if (this.shape === 'npm7' && this.version === undefined) {
      throw new EvidenceParseError(
        "a 'vulnerabilities' report without auditReportVersion 2 is not an npm audit report",
        { line: 1, column: 1 },
      );
    }
    if (!this.shape) {
      throw new EvidenceParseError(
        this.version === 2
          ? "no 'vulnerabilities' object in the npm audit report"
          : "no 'vulnerabilities' or 'advisories' object: not an npm audit report",
        { line: 1, column: 1 },
      );
    }
    this.compareWithMetadata();
    if (this.tally.dropped > 0) {
      this.diagnostics.push({
        severity: 'notice',
        message: `${this.tally.total} vulnerabilities counted; the ${this.tally.total - this.tally.dropped} most severe kept as detail (limit ${FINDINGS_PER_FILE} per file)`,
      });
    }
    return { data: this.tally.evidence(), diagnostics: this.diagnostics };
  }

  private responseSummary(): string | undefined {
    const { message, statusCode } = this.response;
    if (message !== undefined) return String(message);
    return statusCode !== undefined ? `HTTP ${statusCode}` : undefined;
  }

  private setShape(shape: 'npm7' | 'npm6', at: JsonPosition): void {
    if (this.shape && this.shape !== shape) {
      throw new EvidenceParseError(
        "the report has both 'vulnerabilities' (npm 7+) and 'advisories' (npm 6)",
        at,
      );
    }
    this.shape = shape;
  }

  /** npm 7+: one vulnerable package, as npm prints it. */
  private addPackage(key: string, value: unknown, at: JsonPosition): void {
    const parsed = vulnerability.safeParse(value);
    if (!parsed.success)
      throw schemaError(parsed.error, `vulnerabilities[${JSON.stringify(key)}]`, at);
    const entry = parsed.data;
    const advisories: string[] = [];
    const ids: string[] = [];
    const dependencies: string[] = [];
    const causes = entry.via ?? [];
    for (const [index, item] of causes.slice(0, VIA_READ).entries()) {
      const checked = via.safeParse(item);
      if (!checked.success)
        throw schemaError(checked.error, `vulnerabilities[${JSON.stringify(key)}].via[${index}]`, at);
      const cause = checked.data;
      if (typeof cause === 'string') {
        dependencies.push(cause);
        continue;
      }
      ids.push(advisoryId(cause.url, cause.source));
      advisories.push([cause.title, cause.url].filter((part) => part).join(' - '));
    }
    if (dependencies.length > 0)
      advisories.push(`Depends on vulnerable versions of ${dependencies.join(', ')}`);
    if (causes.length > VIA_READ) advisories.push(`… and ${causes.length - VIA_READ} more causes`);
    this.add(entry.severity, {
      tool: TOOL,
      ruleId:
        ids.length > 0
          ? [...new Set(ids)].join(', ')
          : dependencies.length > 0
            ? `via ${dependencies.join(', ')}`
            : '',
      severity: SEVERITY_OF_NPM[entry.severity],
      message: clipMessage(advisories.join('\n')) ?? '',
      package: entry.name ?? key,
    });
  }

  /** npm 6: one advisory, counted once per dependency path as npm 6 did. */
  private addAdvisory(key: string, value: unknown, at: JsonPosition): void {
    const parsed = advisory.safeParse(value);
    if (!parsed.success) throw schemaError(parsed.error, `advisories[${JSON.stringify(key)}]`, at);
    const entry = parsed.data;
    const ruleId = entry.github_advisory_id ?? advisoryId(entry.url, entry.id ?? key);
    const title = [entry.title, entry.url].filter((part) => part).join(' - ');
    for (const finding of entry.findings ?? []) {
      for (const path of finding.paths ?? []) {
        this.add(entry.severity, {
          tool: TOOL,
          ruleId,
          severity: SEVERITY_OF_NPM[entry.severity],
          message: clipMessage(`${title}\nPath: ${path.split('>').join(' > ')}`) ?? '',
          package: entry.module_name,
        });
      }
    }
  }

  private add(severity: NpmSeverity, finding: SecurityFinding): void {
    this.counted.set(severity, (this.counted.get(severity) ?? 0) + 1);
    this.tally.add(finding);
  }

  private compareWithMetadata(): void {
    const reported = this.metadata?.vulnerabilities;
    if (!reported) {
      this.diagnostics.push({
        severity: 'warning',
        message:
          "no 'metadata.vulnerabilities' in the report: counts could not be checked against npm's own",
      });
      return;
    }
    const differences = NPM_SEVERITIES.flatMap((severity) => {
      const theirs = reported[severity];
      const ours = this.counted.get(severity) ?? 0;
      return typeof theirs === 'number' && theirs !== ours
        ? [`${severity}: ${ours} counted, npm says ${theirs}`]
        : [];
    });
    if (differences.length > 0) {
      const diagnostic: Diagnostic = {
        severity: 'warning',
        message: `counts differ from the report's metadata.vulnerabilities (${differences.join('; ')})`,
      };
      if (this.metadataAt) diagnostic.position = this.metadataAt;
      this.diagnostics.push(diagnostic);
    }
  }
}

async function parseNpmAudit(input: ParseInput): Promise<ParseResult<SecurityEvidence>> {
  const reader = new NpmAuditReader();
  await walkJson(input.chunks, reader);
  return reader.finish();
}
