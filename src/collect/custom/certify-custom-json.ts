import { z } from 'zod';
import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { jsonPathText, requireKind } from '../read/json-issues.js';
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
import type { CustomEvidence, CustomMetric } from '../../model/custom.js';

/**
 * Certify's own format for figures no standard format carries (docs/custom-metrics.md):
 *
 * ```json
 * { "certifyMetrics": 1,
 *   "metrics": [ { "name": "memory.peak", "value": 412, "unit": "MB", "biggerIsBetter": false } ] }
 * ```
 *
 * Strict on purpose: a metric gates a certification, so a typo (`biggerIsBeter`), a number in
 * quotes, a value that overflows to Infinity (`1e999`) or a name given twice is an error naming
 * the line and column, never a silently different figure.
 */
export const certifyCustomJson: Collector<CustomEvidence> = {
  format: 'certify-custom-json',
  kind: 'custom',
  producers: "Certify's custom metrics JSON (any script; see docs/custom-metrics.md)",
  detect: (head) => /^\s*\{/.test(head) && /"certifyMetrics"\s*:/.test(head),
  parse: parseCustomMetrics,
};

export const CUSTOM_FORMAT_VERSION = 1;
const TOP_LEVEL = new Set(['$schema', 'certifyMetrics', 'metrics']);
const METRIC_FIELDS = new Set(['name', 'value', 'unit', 'biggerIsBetter', 'description']);

/** Letters, digits, spaces and . _ - / : % ( ) — addressable as custom.<name> (quote names with spaces). */
const NAME = /^[\p{L}\p{N}_](?:[\p{L}\p{N} ._\-/:%()]*[\p{L}\p{N}_%)])?$/u;
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

const field = {
  name: z
    .string()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .regex(
      NAME,
      'may hold letters, digits, spaces and . _ - / : % ( ), and must start and end with a letter or digit',
    ),
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  unit: z
    .string()
    .max(32, 'must be at most 32 characters')
    .regex(PRINTABLE, 'must not hold control characters'),
  biggerIsBetter: z.boolean(),
  description: z.string().max(500, 'must be at most 500 characters'),
};

type FieldName = keyof typeof field;

interface MetricInProgress {
  index: number;
  at: JsonPosition;
  values: Partial<Record<FieldName, unknown>>;
  positions: Partial<Record<FieldName, JsonPosition>>;
}

class CustomMetricsReader implements JsonVisitor {
  readonly metrics: CustomMetric[] = [];
  private version: unknown;
  private versionAt: JsonPosition | undefined;
  private sawMetrics = false;
  private current: MetricInProgress | undefined;
  private readonly names = new Map<string, JsonPosition>();

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [top, index, member] = path;
    switch (path.length) {
      case 0:
        requireKind(kind, 'object', 'a custom metrics file is a JSON object', at);
        return 'descend';
      case 1:
        if (!TOP_LEVEL.has(String(top))) {
          throw new EvidenceParseError(
            `unknown key ${JSON.stringify(top)}: the file holds "certifyMetrics" and "metrics"`,
            at,
          );
        }
        if (top !== 'metrics') return 'collect';
        requireKind(kind, 'array', '"metrics" must be an array of metrics', at);
        this.sawMetrics = true;
        return 'descend';
      case 2:
        requireKind(
          kind,
          'object',
          `metrics[${String(index)}] must be an object with name, value, unit and biggerIsBetter`,
          at,
        );
        this.current = { index: Number(index), at, values: {}, positions: {} };
        return 'descend';
      default: {
        const name = String(member);
        if (!METRIC_FIELDS.has(name)) {
          throw new EvidenceParseError(
            `${jsonPathText(`metrics[${String(index)}]`, [name])}: unknown field (a metric has name, value, unit, biggerIsBetter and description)`,
            at,
          );
        }
        return 'collect';
      }
    }
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    if (path.length === 1) {
      if (path[0] === 'certifyMetrics') {
        this.version = value;
        this.versionAt = at;
      }
      return;
    }
    const name = path[2] as FieldName;
    if (this.current) {
      this.current.values[name] = value;
      this.current.positions[name] = at;
    }
  }

  leave(path: JsonPath): void {
    if (path.length === 2 && this.current) {
      this.metrics.push(this.check(this.current));
      this.current = undefined;
    }
  }

  finish(): ParseResult<CustomEvidence> {
    if (this.version === undefined) {
      throw new EvidenceParseError(
        `missing "certifyMetrics": ${CUSTOM_FORMAT_VERSION} (the format version)`,
        { line: 1, column: 1 },
      );
    }
    if (this.version !== CUSTOM_FORMAT_VERSION) {
      throw new EvidenceParseError(
        `"certifyMetrics" is ${JSON.stringify(this.version)}; this Certify reads format version ${CUSTOM_FORMAT_VERSION}`,
        this.versionAt,
      );
    }
    if (!this.sawMetrics)
      throw new EvidenceParseError('missing "metrics": an array of metrics', {
        line: 1,
        column: 1,
      });
    const diagnostics: Diagnostic[] = [];
    if (this.metrics.length === 0)
      diagnostics.push({ severity: 'notice', message: 'the file lists no metrics' });
    return { data: { kind: 'custom', metrics: this.metrics }, diagnostics };
  }

  private check(metric: MetricInProgress): CustomMetric {
    const where = `metrics[${metric.index}]`;
    const read = <K extends FieldName>(
      name: K,
      required: boolean,
    ): z.infer<(typeof field)[K]> | undefined => {
      const raw = metric.values[name];
      const at = metric.positions[name] ?? metric.at;
      if (raw === undefined) {
        if (required) throw new EvidenceParseError(`${where}: missing "${name}"`, metric.at);
        return undefined;
      }
      const parsed = field[name].safeParse(raw);
      if (!parsed.success) {
        const problem =
          typeof raw === 'number' && !Number.isFinite(raw)
            ? 'must be a finite number (it overflows)'
            : (parsed.error.issues[0]?.message ?? 'is invalid');
        throw new EvidenceParseError(`${where}.${name}: ${problem}`, at);
      }
      return parsed.data as z.infer<(typeof field)[K]>;
    };
    const name = read('name', true) ?? '';
    const value = read('value', true) ?? 0;
    const biggerIsBetter = read('biggerIsBetter', true) ?? false;
    const unit = read('unit', false) ?? '';
    read('description', false);
    const first = this.names.get(name);
    if (first) {
      throw new EvidenceParseError(
        `${where}.name: ${JSON.stringify(name)} is already used (first at line ${first.line}, column ${first.column}); metric names must be unique`,
        metric.positions.name ?? metric.at,
      );
    }
    this.names.set(name, metric.positions.name ?? metric.at);
    return { name, value, unit, biggerIsBetter };
  }
}

async function parseCustomMetrics(input: ParseInput): Promise<ParseResult<CustomEvidence>> {
  const reader = new CustomMetricsReader();
  await walkJson(input.chunks, reader);
  return reader.finish();
}
