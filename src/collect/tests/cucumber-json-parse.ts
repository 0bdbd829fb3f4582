import { z } from 'zod';
import type { ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import type { TestCase, TestEvidence, TestStatus } from '../../model/tests.js';
import { expectKindIn, jsonPathText, schemaError } from '../read/json-issues.js';
import {
  walkJson,
  type JsonChoice,
  type JsonKind,
  type JsonPath,
  type JsonPosition,
} from '../read/json-walk.js';
import { newCase, TestCaseList } from './case-list.js';

// The parser behind cucumber-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

const expectKind = expectKindIn('a Cucumber JSON report');

const resultSchema = z.looseObject({
  status: z.string(),
  duration: z.number().nullish(),
  error_message: z.string().nullish(),
});

const stepSchema = z.looseObject({
  keyword: z.string().nullish(),
  name: z.string().nullish(),
  result: resultSchema.nullish(),
});

const elementSchema = z.looseObject({
  type: z.string().nullish(),
  keyword: z.string().nullish(),
  name: z.string().nullish(),
  line: z.number().nullish(),
  steps: z.array(stepSchema).nullish(),
  before: z.array(stepSchema).nullish(),
  after: z.array(stepSchema).nullish(),
});

type Step = z.infer<typeof stepSchema>;
type Element = z.infer<typeof elementSchema>;

/** Cucumber's order of step results, least to most severe (cucumber-js getWorstTestStepResult). */
const SEVERITY = ['passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'] as const;
type StepStatus = (typeof SEVERITY)[number];

const OUTCOME: Record<StepStatus, TestStatus> = {
  passed: 'passed',
  skipped: 'skipped',
  pending: 'error',
  undefined: 'error',
  ambiguous: 'error',
  failed: 'failed',
};

interface Worst {
  status: StepStatus;
  /** The step or hook that decided it, for the message. */
  step: Step | undefined;
  durationNs: number;
}

interface FeatureState {
  name: string | undefined;
  uri: string | undefined;
  background: Worst | undefined;
  /** Scenarios wait for the feature's name and uri, which cucumber-js writes after its elements. */
  cases: TestCase[];
}

/** Streams the report: one scenario (element) is built at a time. */
export async function parseCucumber(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknown = new Set<string>();
  let feature: FeatureState | undefined;

  await walkJson(chunks, {
    enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
      const field = path[1];
      switch (path.length) {
        case 0:
          return expectKind(kind, 'array', 'the report', at);
        case 1:
          feature = { name: undefined, uri: undefined, background: undefined, cases: [] };
          return expectKind(kind, 'object', jsonPathText('', path), at);
        case 2:
          if (field === 'elements')
            return kind === 'null' ? 'skip' : expectKind(kind, 'array', jsonPathText('', path), at);
          return field === 'name' || field === 'uri' ? 'collect' : 'skip';
        case 3:
          return field === 'elements' ? 'collect' : 'skip';
        default:
          return 'skip';
      }
    },
    value(path: JsonPath, value: unknown, at: JsonPosition): void {
      if (!feature) return;
      if (path.length === 2) {
        if (value !== null && typeof value !== 'string') {
          throw new EvidenceParseError(`${jsonPathText('', path)}: expected a string`, at);
        }
        if (path[1] === 'name') feature.name = value ?? undefined;
        else feature.uri = value ?? undefined;
        return;
      }
      const parsed = elementSchema.safeParse(value);
      if (!parsed.success) throw schemaError(parsed.error, jsonPathText('', path), at);
      addElement(feature, parsed.data, unknown);
    },
    leave(path: JsonPath): void {
      if (path.length !== 1 || !feature) return;
      for (const testCase of feature.cases) {
        testCase.suite = feature.name ?? feature.uri ?? '';
        if (feature.uri) testCase.file = feature.uri;
        list.add(testCase);
      }
      feature = undefined;
    },
  });

  for (const status of unknown) {
    diagnostics.push({
      severity: 'warning',
      message: `unknown Cucumber step status "${status}" counted as an error, like an undefined step`,
    });
  }
  return { data: list.evidence(), diagnostics };
}

function addElement(feature: FeatureState, element: Element, unknown: Set<string>): void {
  const worst = worstOf(element, unknown);
  if (isBackground(element)) {
    feature.background = worst;
    return;
  }
  const combined = feature.background ? combine(feature.background, worst) : worst;
  feature.background = undefined;
  const testCase = newCase(
    '',
    element.name ?? '',
    OUTCOME[combined.status],
    combined.durationNs / 1e6,
    messageOf(combined),
  );
  if (typeof element.line === 'number') testCase.line = element.line;
  feature.cases.push(testCase);
}

function isBackground(element: Element): boolean {
  return (
    element.type === 'background' ||
    (element.type == null && element.keyword?.trim() === 'Background')
  );
}

function worstOf(element: Element, unknown: Set<string>): Worst {
  let worst: Worst = { status: 'passed', step: undefined, durationNs: 0 };
  for (const step of [
    ...(element.before ?? []),
    ...(element.steps ?? []),
    ...(element.after ?? []),
  ]) {
    if (!step.result) continue;
    worst.durationNs += step.result.duration ?? 0;
    const status = stepStatus(step.result.status, unknown);
    if (SEVERITY.indexOf(status) > SEVERITY.indexOf(worst.status))
      worst = { ...worst, status, step };
  }
  return worst;
}

function combine(background: Worst, scenario: Worst): Worst {
  const worse =
    SEVERITY.indexOf(background.status) > SEVERITY.indexOf(scenario.status) ? background : scenario;
  return { ...worse, durationNs: background.durationNs + scenario.durationNs };
}

function stepStatus(status: string, unknown: Set<string>): StepStatus {
  const known = SEVERITY.find((candidate) => candidate === status.toLowerCase());
  if (known) return known;
  unknown.add(status);
  return 'undefined';
}

function messageOf(worst: Worst): string | undefined {
  const step = worst.step;
  if (!step || worst.status === 'passed') return undefined;
  const text = `${step.keyword ?? ''}${step.name ?? ''}`.trim();
  const label = text === '' ? 'hook' : text;
  const error = step.result?.error_message;
  if (worst.status === 'failed') return error ? `${label}: ${error}` : label;
  return `${worst.status} step: ${label}${error ? `: ${error}` : ''}`;
}
