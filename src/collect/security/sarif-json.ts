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
 * SARIF 2.1.0 (OASIS), as written by CodeQL, Semgrep, Trivy, ESLint's SARIF formatter, gosec,
 * Snyk, Checkov, Bandit and others. Every result of every run is counted once into
 * critical/high/medium/low, per tool (runs[].tool.driver.name):
 *
 * - severity: a numeric `security-severity` (result properties first, then the rule's) on GitHub
 *   code scanning's scale: >= 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, below 4.0 low;
 *   otherwise the result's level: error → high, warning → medium, note → low;
 * - level: result.level, else (kind absent or "fail") the rule's defaultConfiguration.level,
 *   else "warning" (SARIF §3.27.10); a kind other than "fail" means level "none";
 * - not counted: level "none" (pass, informational, notApplicable, open, review results),
 *   suppressed results (a non-empty `suppressions` none of which is "underReview" or
 *   "rejected", §3.27.23 / §3.35.3) and results with baselineState "absent" (gone since the
 *   baseline). Each exclusion is reported as a notice.
 *
 * Fields that decide a count (level, kind, suppressions, baselineState, rule references,
 * results being an array) must match the SARIF schema or the file is refused with a position;
 * display-only fields (message, locations) are read when well-formed and otherwise left out.
 * The log is streamed: each result is built, counted and dropped, so size is not a memory problem.
 */
export const sarifJson: Collector<SecurityEvidence> = {
  format: 'sarif-json',
  kind: 'security',
  producers:
    'SARIF 2.1.0: CodeQL, Semgrep, Trivy, ESLint (SARIF formatter), gosec, Snyk, Checkov, Bandit, …',
  detect: looksLikeSarif,
  parse: parseSarif,
};

/**
 * By content: a SARIF `$schema`, or version 2.1.0 with `runs`. Some writers put `runs` first and
 * `$schema`/`version` last (gosec), beyond the head of a large log; a head opening with `runs`
 * that holds SARIF's own location vocabulary is SARIF too.
 */
export function looksLikeSarif(head: string): boolean {
  if (!/^\s*\{/.test(head)) return false;
  if (/"\$schema"\s*:\s*"[^"]*sarif[^"]*"/i.test(head)) return true;
  if (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:\s*\[/.test(head)) return true;
  return (
    /^\s*\{\s*"runs"\s*:\s*\[\s*\{\s*"[a-zA-Z]+"\s*:/.test(head) &&
    (/"tool"\s*:\s*\{\s*"driver"\s*:/.test(head) ||
      /"physicalLocation"\s*:\s*\{\s*"artifactLocation"\s*:/.test(head))
  );
}

const TOOL_NAME = 'unnamed tool';

// ---- schemas: the parts of SARIF that decide counts, checked strictly ----

const level = z.enum(['none', 'note', 'warning', 'error']);
type Level = z.infer<typeof level>;
const propertyBag = z.record(z.string(), z.unknown());
const multiformatMessage = z.looseObject({
  text: z.string().optional(),
  markdown: z.string().optional(),
});

const reportingDescriptor = z.looseObject({
  id: z.string().optional(),
  defaultConfiguration: z.looseObject({ level: level.optional() }).optional(),
  properties: propertyBag.optional(),
  messageStrings: z.record(z.string(), multiformatMessage).optional(),
  shortDescription: multiformatMessage.optional(),
});
type Rule = z.infer<typeof reportingDescriptor>;

const toolComponent = z.looseObject({
  name: z.string().nullable().optional(),
  guid: z.string().optional(),
  rules: z.array(reportingDescriptor).nullable().optional(),
});

const toolSchema = z.looseObject({
  driver: toolComponent,
  extensions: z.array(toolComponent).nullable().optional(),
});

const toolComponentReference = z.looseObject({
  index: z.number().int().optional(),
  name: z.string().optional(),
  guid: z.string().optional(),
});

/** Only what the count, the message and the location need; other result members are skipped. */
const RESULT_MEMBERS = new Set([
  'ruleId',
  'ruleIndex',
  'rule',
  'kind',
  'level',
  'message',
  'locations',
  'suppressions',
  'baselineState',
  'properties',
]);

const artifactLocation = z.looseObject({
  uri: z.string().optional(),
  uriBaseId: z.string().optional(),
  index: z.number().int().optional(),
});
type ArtifactLocation = z.infer<typeof artifactLocation>;

const location = z.looseObject({
  physicalLocation: z
    .looseObject({
      artifactLocation: artifactLocation.optional(),
      region: z.looseObject({ startLine: z.number().int().positive().optional() }).optional(),
    })
    .optional(),
});

const resultSchema = z.looseObject({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().min(-1).optional(),
  rule: z
    .looseObject({
      id: z.string().optional(),
      index: z.number().int().min(-1).optional(),
      toolComponent: toolComponentReference.optional(),
    })
    .optional(),
  kind: z.enum(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']).optional(),
  level: level.optional(),
  suppressions: z
    .array(
      z.looseObject({
        kind: z.string().optional(),
        status: z.enum(['accepted', 'underReview', 'rejected']).optional(),
      }),
    )
    .nullable()
    .optional(),
  baselineState: z.enum(['new', 'unchanged', 'updated', 'absent']).optional(),
  properties: propertyBag.optional(),
  // Display only: read when well-formed.
  message: z
    .looseObject({
      text: z.string().optional(),
      markdown: z.string().optional(),
      id: z.string().optional(),
      arguments: z.array(z.string()).optional(),
    })
    .optional()
    .catch(undefined),
  locations: z.array(z.unknown()).optional().catch(undefined),
});
type Result = z.infer<typeof resultSchema>;
type RuleReference = Pick<Result, 'rule' | 'ruleId' | 'ruleIndex'>;

/** A counted result reduced to what its severity and its detail need (results may wait for their tool). */
interface Candidate extends RuleReference, Pick<Result, 'kind' | 'level' | 'message'> {
  index: number;
  /** The result's own security-severity. */
  score: number | 'invalid' | undefined;
  primary: { artifact?: ArtifactLocation; line?: number } | undefined;
}

/** Results that wait for their run's tool, grouped by everything that decides their severity. */
interface WaitingGroup {
  count: number;
  /** The first results of the group, as many as could be kept as detail. */
  samples: Candidate[];
}

const uriBase = z.looseObject({ uri: z.string().optional(), uriBaseId: z.string().optional() });
const originalUriBaseIds = z.record(z.string(), uriBase);

// ---- severity ----

/** GitHub code scanning's reading of `security-severity` (a CVSS-like score). */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

const SEVERITY_OF_LEVEL: Record<Exclude<Level, 'none'>, Severity> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
};

/** A `security-severity` value: a number or a decimal string ("8.8"); anything else is invalid. */
function scoreOf(properties: Record<string, unknown> | undefined): number | 'invalid' | undefined {
  if (!properties || !Object.hasOwn(properties, 'security-severity')) return undefined;
  const raw = properties['security-severity'];
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
  if (typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(raw)) return Number(raw);
  return 'invalid';
}

// ---- rules ----

interface Component {
  name: string | undefined;
  guid: string | undefined;
  rules: Rule[];
  byId: Map<string, Rule>;
}

interface Tool {
  driver: Component;
  extensions: Component[];
}

function componentOf(raw: z.infer<typeof toolComponent>): Component {
  const rules = raw.rules ?? [];
  const byId = new Map<string, Rule>();
  for (const rule of rules)
    if (rule.id !== undefined && !byId.has(rule.id)) byId.set(rule.id, rule);
  return { name: raw.name ?? undefined, guid: raw.guid, rules, byId };
}

/** A hierarchical ruleId ("CA5350/md5") names the rule by its leading components (§3.27.5). */
function ruleById(component: Component, id: string): Rule | undefined {
  let candidate = id;
  for (;;) {
    const rule = component.byId.get(candidate);
    if (rule) return rule;
    const slash = candidate.lastIndexOf('/');
    if (slash <= 0) return undefined;
    candidate = candidate.slice(0, slash);
  }
}

/** The reportingDescriptor a result refers to (§3.52.3). */
function ruleOf(tool: Tool, result: RuleReference): Rule | undefined {
  const reference = result.rule;
  const id = reference?.id ?? result.ruleId;
  const index = reference?.index ?? result.ruleIndex;
  const componentRef = reference?.toolComponent;
  let component = tool.driver;
  if (componentRef) {
    const found =
      componentRef.index !== undefined
        ? tool.extensions[componentRef.index]
        : [tool.driver, ...tool.extensions].find(
            (c) =>
              (componentRef.guid !== undefined && c.guid === componentRef.guid) ||
              (componentRef.name !== undefined && c.name === componentRef.name),
          );
    if (!found) return undefined;
    component = found;
  }
  if (index !== undefined && index >= 0) {
    const rule = component.rules[index];
    if (rule) return rule;
  }
  if (id === undefined) return undefined;
  const rule = ruleById(component, id);
  if (rule || componentRef) return rule;
  // Without a toolComponent the rule should be the driver's; tools that put rules in
  // extensions and reference them by id only are still common, so look there too.
  for (const extension of tool.extensions) {
    const found = ruleById(extension, id);
    if (found) return found;
  }
  return undefined;
}

function levelOf(result: Pick<Result, 'level' | 'kind'>, rule: Rule | undefined): Level {
  if (result.level) return result.level;
  if (result.kind !== undefined && result.kind !== 'fail') return 'none';
  return rule?.defaultConfiguration?.level ?? 'warning';
}

function isSuppressed(result: Result): boolean {
  const suppressions = result.suppressions;
  if (!suppressions || suppressions.length === 0) return false;
  return suppressions.every((s) => s.status === undefined || s.status === 'accepted');
}

function messageOf(message: Result['message'], rule: Rule | undefined): string {
  let text = message?.text ?? message?.markdown;
  const id = message?.id;
  if (
    text === undefined &&
    id !== undefined &&
    rule?.messageStrings &&
    Object.hasOwn(rule.messageStrings, id)
  ) {
    const template = rule.messageStrings[id];
    text = template?.text ?? template?.markdown;
  }
  const args = message?.arguments;
  if (text !== undefined && args)
    text = text.replace(/\{(\d+)\}/g, (placeholder, n: string) => args[Number(n)] ?? placeholder);
  return clipMessage(text ?? rule?.shortDescription?.text ?? '') ?? '';
}

// ---- locations ----

type UriBases = Map<string, z.infer<typeof uriBase>>;

/**
 * The path of an artifact: a relative uri is resolved through originalUriBaseIds (§3.14.14);
 * a file: URI becomes a plain path. A base of the bare filesystem root (`file:///`, Trivy's
 * ROOTPATH) is not applied: the relative uri already names the file inside the scanned tree,
 * and an unknown base leaves it relative (GitHub reads relative uris from the repository root).
 */
export function resolveArtifactUri(
  locationRef: ArtifactLocation,
  bases: UriBases,
): string | undefined {
  let uri = locationRef.uri;
  if (uri === undefined || uri === '') return undefined;
  let baseId = locationRef.uriBaseId;
  const seen = new Set<string>();
  while (!isAbsoluteUri(uri) && baseId !== undefined && !seen.has(baseId)) {
    seen.add(baseId);
    const base = bases.get(baseId);
    if (base?.uri === undefined || /^file:\/\/\/?$/i.test(base.uri)) break;
    uri = base.uri.endsWith('/') ? base.uri + uri : `${base.uri}/${uri}`;
    baseId = base.uriBaseId;
  }
  return clipMessage(filePathOf(uri));
}

function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

function filePathOf(uri: string): string {
  let path = uri;
  if (/^file:/i.test(path)) {
    path = path.replace(/^file:(?:\/\/(?:localhost(?=\/))?)?/i, '');
    if (/^\/[a-z]:[/\\]/i.test(path)) path = path.slice(1); // file:///C:/src → C:/src
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

// ---- the streaming reader ----

interface PendingResult {
  index: number;
  at: JsonPosition;
  members: Record<string, unknown>;
}

interface RunState {
  index: number;
  at: JsonPosition;
  tool?: Tool;
  toolName: string;
  bases: UriBases;
  artifacts: (ArtifactLocation | undefined)[];
  result?: PendingResult;
  /**
   * Results read before the run's tool (Semgrep writes `results` first). Their severity needs
   * the tool's rules, so they wait — grouped, so memory grows with the rules, not the results.
   */
  waiting: Map<string, WaitingGroup>;
  /** Kept findings whose file is resolved when the run ends (bases may come after results). */
  unresolved: { finding: SecurityFinding; location: ArtifactLocation }[];
  resultsNull: boolean;
  failedInvocation: boolean;
}

class SarifReader implements JsonVisitor {
  readonly tally = new FindingTally();
  readonly diagnostics: Diagnostic[] = [];
  private version: unknown;
  private versionAt: JsonPosition | undefined;
  private sawRuns = false;
  private run: RunState | undefined;
  private readonly excluded = { suppressed: 0, absent: 0, none: 0 };
  private invalidScores = 0;

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [top, runIndex, member, index, field] = path;
    switch (path.length) {
      case 0:
        requireKind(kind, 'object', 'a SARIF log is a JSON object', at);
        return 'descend';
      case 1:
        if (top === 'version' || top === '$schema') return 'collect';
        if (top !== 'runs') return 'skip';
        requireKind(kind, 'array', "'runs' must be an array of runs", at);
        this.sawRuns = true;
        return 'descend';
      case 2:
        requireKind(kind, 'object', `runs[${String(runIndex)}] must be a run object`, at);
        this.startRun(Number(runIndex), at);
        return 'descend';
      case 3:
        return this.enterRunMember(String(member), kind, at);
      case 4:
        if (member === 'results') {
          requireKind(
            kind,
            'object',
            `${this.where()}.results[${String(index)}] must be a result object`,
            at,
          );
          this.current().result = { index: Number(index), at, members: {} };
          return 'descend';
        }
        return kind === 'object' ? 'descend' : 'skip'; // artifacts[k], invocations[k]
      case 5:
        if (member === 'results') return RESULT_MEMBERS.has(String(field)) ? 'collect' : 'skip';
        if (member === 'artifacts' && field === 'location') return 'collect';
        if (member === 'invocations' && field === 'executionSuccessful') return 'collect';
        return 'skip';
      default:
        return 'skip';
    }
  }

  private enterRunMember(member: string, kind: JsonKind, at: JsonPosition): JsonChoice {
    switch (member) {
      case 'tool':
        requireKind(kind, 'object', `${this.where()}.tool must be an object`, at);
        return 'collect';
      case 'originalUriBaseIds':
        return 'collect';
      case 'results':
        if (kind === 'null') {
          this.current().resultsNull = true;
          return 'skip';
        }
        requireKind(kind, 'array', `${this.where()}.results must be an array of results`, at);
        return 'descend';
      case 'artifacts':
      case 'invocations':
        return kind === 'array' ? 'descend' : 'skip';
      default:
        return 'skip';
    }
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    if (path.length === 1) {
      if (path[0] === 'version') {
        this.version = value;
        this.versionAt = at;
      }
      return;
    }
    const run = this.current();
    const member = path[2];
    if (path.length === 3 && member === 'tool') this.setTool(run, value, at);
    else if (path.length === 3 && member === 'originalUriBaseIds') {
      const parsed = originalUriBaseIds.safeParse(value);
      if (!parsed.success)
        throw schemaError(parsed.error, `${this.where()}.originalUriBaseIds`, at);
      run.bases = new Map(Object.entries(parsed.data));
    } else if (member === 'results' && run.result) {
      // Only RESULT_MEMBERS are collected, so no member name can reach Object.prototype.
      run.result.members[String(path[4])] = value;
    } else if (member === 'artifacts') {
      const parsed = artifactLocation.safeParse(value);
      run.artifacts[Number(path[3])] = parsed.success ? parsed.data : undefined;
    } else if (member === 'invocations' && value === false) {
      run.failedInvocation = true;
    }
  }

  leave(path: JsonPath): void {
    if (path.length === 4 && path[2] === 'results') {
      const run = this.current();
      const result = run.result;
      run.result = undefined;
      if (!result) return;
      this.count(run, result);
    } else if (path.length === 2) {
      this.finishRun(this.current());
    }
  }

  /** Checks the parts read out of order (version may come last) and returns the evidence. */
  finish(): ParseResult<SecurityEvidence> {
    if (this.version === undefined) {
      throw new EvidenceParseError("no 'version': not a SARIF log (Certify reads SARIF 2.1.0)", {
        line: 1,
        column: 1,
      });
    }
    if (this.version !== '2.1.0') {
      throw new EvidenceParseError(
        `SARIF version ${JSON.stringify(this.version)} is not supported; Certify reads SARIF 2.1.0`,
        this.versionAt,
      );
    }
    if (!this.sawRuns)
      throw new EvidenceParseError("no 'runs' array: the log holds no analysis runs", {
        line: 1,
        column: 1,
      });
    const { suppressed, absent, none } = this.excluded;
    if (suppressed + absent + none > 0) {
      const parts = [
        suppressed > 0 ? `${suppressed} suppressed` : '',
        absent > 0 ? `${absent} with baselineState "absent" (no longer present)` : '',
        none > 0
          ? `${none} with level "none" (kind pass, informational, notApplicable, open or review)`
          : '',
      ].filter((part) => part !== '');
      this.diagnostics.push({
        severity: 'notice',
        message: `results not counted: ${parts.join(', ')}`,
      });
    }
    if (this.invalidScores > 0) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${this.invalidScores} results have a security-severity that is not a number; their level was used instead`,
      });
    }
    if (this.tally.dropped > 0) {
      this.diagnostics.push({
        severity: 'notice',
        message: `${this.tally.total} findings counted; the ${this.tally.total - this.tally.dropped} most severe kept as detail (limit ${FINDINGS_PER_FILE} per file)`,
      });
    }
    return { data: this.tally.evidence(), diagnostics: this.diagnostics };
  }

  private startRun(index: number, at: JsonPosition): void {
    this.run = {
      index,
      at,
      toolName: TOOL_NAME,
      bases: new Map(),
      artifacts: [],
      waiting: new Map(),
      unresolved: [],
      resultsNull: false,
      failedInvocation: false,
    };
  }

  private setTool(run: RunState, value: unknown, at: JsonPosition): void {
    const parsed = toolSchema.safeParse(value);
    if (!parsed.success) throw schemaError(parsed.error, `${this.where()}.tool`, at);
    run.tool = {
      driver: componentOf(parsed.data.driver),
      extensions: (parsed.data.extensions ?? []).map(componentOf),
    };
    const name = parsed.data.driver.name;
    if (name) {
      run.toolName = name;
      this.tally.addTool(name);
    }
  }

  private count(run: RunState, pending: PendingResult): void {
    const parsed = resultSchema.safeParse(pending.members);
    if (!parsed.success)
      throw schemaError(parsed.error, `${this.where()}.results[${pending.index}]`, pending.at);
    const result = parsed.data;
    if (result.baselineState === 'absent') {
      this.excluded.absent++;
      return;
    }
    if (isSuppressed(result)) {
      this.excluded.suppressed++;
      return;
    }
    const message = result.message && {
      ...result.message,
      text: clipMessage(result.message.text),
      markdown: clipMessage(result.message.markdown),
    };
    const candidate: Candidate = {
      index: pending.index,
      ruleId: result.ruleId,
      ruleIndex: result.ruleIndex,
      rule: result.rule,
      kind: result.kind,
      level: result.level,
      message,
      score: scoreOf(result.properties),
      primary: firstPhysicalLocation(result),
    };
    if (run.tool) {
      this.countCandidate(run, run.tool, candidate);
      return;
    }
    const key = JSON.stringify([
      candidate.ruleId,
      candidate.ruleIndex,
      candidate.rule,
      candidate.kind,
      candidate.level,
      candidate.score,
    ]);
    let group = run.waiting.get(key);
    if (!group) run.waiting.set(key, (group = { count: 0, samples: [] }));
    group.count++;
    if (group.samples.length < FINDINGS_PER_FILE) group.samples.push(candidate);
  }

  /** Severity of a result, or 'none' when it is not a finding (SARIF §3.27.9, §3.27.10). */
  private classify(
    tool: Tool,
    candidate: Candidate,
  ): { severity: Severity | 'none'; rule?: Rule; invalidScore: boolean } {
    const rule = ruleOf(tool, candidate);
    const resultLevel = levelOf(candidate, rule);
    if (resultLevel === 'none') return { severity: 'none', invalidScore: false };
    // The result's own score wins over its rule's; an unreadable score falls back to the level.
    const ruleScore = scoreOf(rule?.properties);
    const score =
      typeof candidate.score === 'number'
        ? candidate.score
        : typeof ruleScore === 'number'
          ? ruleScore
          : undefined;
    const invalidScore =
      score === undefined && (candidate.score === 'invalid' || ruleScore === 'invalid');
    const severity = score !== undefined ? severityOfScore(score) : SEVERITY_OF_LEVEL[resultLevel];
    return rule ? { severity, rule, invalidScore } : { severity, invalidScore };
  }

  private countCandidate(run: RunState, tool: Tool, candidate: Candidate): void {
    const { severity, rule, invalidScore } = this.classify(tool, candidate);
    if (invalidScore) this.invalidScores++;
    if (severity === 'none') {
      this.excluded.none++;
      return;
    }
    const finding: SecurityFinding = {
      tool: run.toolName,
      ruleId: candidate.ruleId ?? candidate.rule?.id ?? rule?.id ?? '',
      severity,
      message: messageOf(candidate.message, rule),
    };
    const primary = candidate.primary;
    if (primary?.line !== undefined) finding.line = primary.line;
    if (this.tally.add(finding) && primary?.artifact) {
      run.unresolved.push({ finding, location: primary.artifact });
      if (run.unresolved.length > 2 * FINDINGS_PER_FILE) {
        run.unresolved = run.unresolved.filter((entry) => this.tally.holds(entry.finding));
      }
    }
  }

  /** Counts the results that waited for the tool: their samples as findings, the rest by number. */
  private countWaiting(run: RunState, tool: Tool): void {
    const groups = [...run.waiting.values()];
    run.waiting = new Map();
    const samples = groups.flatMap((group) => group.samples).sort((a, b) => a.index - b.index);
    for (const candidate of samples) this.countCandidate(run, tool, candidate);
    for (const group of groups) {
      const extra = group.count - group.samples.length;
      const first = group.samples[0];
      if (extra === 0 || !first) continue;
      const { severity, invalidScore } = this.classify(tool, first);
      if (invalidScore) this.invalidScores += extra;
      if (severity === 'none') this.excluded.none += extra;
      else this.tally.addUnkept(run.toolName, severity, extra);
    }
  }

  private finishRun(run: RunState): void {
    if (!run.tool)
      throw new EvidenceParseError(
        `runs[${run.index}] has no 'tool' object (SARIF requires one)`,
        run.at,
      );
    this.countWaiting(run, run.tool);
    for (const { finding, location: artifact } of run.unresolved) {
      if (!this.tally.holds(finding)) continue;
      const viaIndex =
        artifact.uri === undefined && artifact.index !== undefined
          ? run.artifacts[artifact.index]
          : artifact;
      const file = viaIndex ? resolveArtifactUri(viaIndex, run.bases) : undefined;
      if (file !== undefined) finding.file = file;
    }
    run.unresolved = [];
    if (run.resultsNull) {
      this.diagnostics.push({
        severity: 'warning',
        message: `runs[${run.index}] (${run.toolName}) has results: null — the tool reported no results, which in SARIF means it did not complete its analysis`,
        position: run.at,
      });
    }
    if (run.failedInvocation) {
      this.diagnostics.push({
        severity: 'warning',
        message: `runs[${run.index}] (${run.toolName}) reports an invocation with executionSuccessful: false — its findings may be incomplete`,
        position: run.at,
      });
    }
    this.run = undefined;
  }

  private current(): RunState {
    if (!this.run) throw new Error('SARIF reader: no run in progress');
    return this.run;
  }

  private where(): string {
    return `runs[${this.run?.index ?? 0}]`;
  }
}

function firstPhysicalLocation(
  result: Result,
): { artifact?: ArtifactLocation; line?: number } | undefined {
  for (const candidate of result.locations ?? []) {
    const parsed = location.safeParse(candidate);
    const physical = parsed.success ? parsed.data.physicalLocation : undefined;
    if (!physical) continue;
    const found: { artifact?: ArtifactLocation; line?: number } = {};
    if (physical.artifactLocation) found.artifact = physical.artifactLocation;
    if (physical.region?.startLine !== undefined) found.line = physical.region.startLine;
    return found;
  }
  return undefined;
}

async function parseSarif(input: ParseInput): Promise<ParseResult<SecurityEvidence>> {
  const reader = new SarifReader();
  await walkJson(input.chunks, reader);
  return reader.finish();
}
