import type { Collector, ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import type { TestEvidence, TestStatus } from '../../model/tests.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import { rootElementCheck } from '../read/xml-root.js';
import { MessageText, newCase, TestCaseList, unknownResultWarnings } from './case-list.js';

/**
 * Visual Studio / `dotnet test --logger trx` results (MSTest, xUnit.net, NUnit adapters).
 *
 * Every leaf result element is one test: <UnitTestResult>, and the other result elements the TRX
 * schema (vstst.xsd) allows in <Results>: <TestResultAggregation> (ordered tests; a real file
 * written through NUnit Adapter 3.10 has one for every test), <GenericTestResult>,
 * <ManualTestResult>, <WebTestResult>, <LoadTestResult>, <TestResult>. A result with
 * <InnerResults> is a parent whose rows are the tests: it is not counted itself, as the
 * `dotnet test` console counts leaf results only (the TRX <Counters> also count the parent). Older writers put the rows
 * (resultType="DataDrivenDataRow") beside their parent (resultType="DataDrivenTest") instead of
 * inside it; such a parent is dropped too when rows with its testId exist. Outcomes follow the TRX outcome enum:
 * Passed/PassedButRunAborted/Warning/Completed → passed; Failed → failed; Error/Timeout/Aborted →
 * error (the test did not run to a verdict); NotExecuted/Inconclusive/NotRunnable/Pending/
 * InProgress/Disconnected → skipped. Class names come from <TestDefinitions>, written after the
 * results, so they are applied at the end.
 */
export const trxCollector: Collector<TestEvidence> = {
  format: 'trx',
  kind: 'tests',
  producers: 'dotnet test --logger trx, vstest.console /logger:trx, MSTest (Visual Studio)',
  detect: (head) => xmlRootElement(head) === 'TestRun',
  parse: async ({ chunks }) => parseTrx(chunks),
};

const OUTCOMES: Partial<Record<string, TestStatus>> = {
  Passed: 'passed',
  PassedButRunAborted: 'passed',
  Warning: 'passed',
  Completed: 'passed',
  Failed: 'failed',
  Error: 'error',
  Timeout: 'error',
  Aborted: 'error',
  NotExecuted: 'skipped',
  Inconclusive: 'skipped',
  NotRunnable: 'skipped',
  Pending: 'skipped',
  InProgress: 'skipped',
  Disconnected: 'skipped',
};
/** The result elements of vstst.xsd's <Results> (and of <InnerResults>). */
const RESULT_ELEMENTS = new Set([
  'UnitTestResult',
  'TestResultAggregation',
  'GenericTestResult',
  'ManualTestResult',
  'WebTestResult',
  'LoadTestResult',
  'TestResult',
]);
const OUTCOMES_ANY_CASE = new Map(
  Object.entries(OUTCOMES).map(([outcome, status]) => [outcome.toLowerCase(), status]),
);

interface ResultFrame {
  testId: string;
  resultType: string | undefined;
  testName: string;
  outcome: string;
  durationMs: number | undefined;
  hasInner: boolean;
  message: MessageText | undefined;
}

async function parseTrx(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknownOutcomes = new Set<string>();
  const results: ResultFrame[] = [];
  const path: string[] = [];
  /** The test id of every case, by case index: class names come at the end of the file. */
  const testIds: string[] = [];
  const classNames = new Map<string, string>();
  /** Flat data-driven parents, kept back until it is known whether their rows follow. */
  const parents: ResultFrame[] = [];
  const testIdsWithRows = new Set<string>();
  let definition: string | undefined;
  const checkRoot = rootElementCheck('not a TRX file', ['TestRun']);

  await streamXml(chunks, {
    open(name, attributes) {
      checkRoot(name);
      path.push(name);
      if (RESULT_ELEMENTS.has(name) && holdsResults(path.at(-2))) {
        results.push({
          testId: attributes['testId'] ?? '',
          resultType: attributes['resultType'],
          testName: attributes['testName'] ?? '',
          outcome: attributes['outcome'] ?? '',
          durationMs: parseTimeSpan(attributes['duration']),
          hasInner: false,
          message: undefined,
        });
      } else if (name === 'InnerResults') {
        const parent = results.at(-1);
        if (parent) parent.hasInner = true;
      } else if (name === 'Message' && path.at(-2) === 'ErrorInfo') {
        const result = results.at(-1);
        if (result && list.wantsMessages) result.message = new MessageText();
      } else if (name === 'UnitTest') {
        definition = attributes['id'];
      } else if (name === 'TestMethod' && definition !== undefined) {
        // MSTest writes "Namespace.Class, Assembly, Version=…": the class is what precedes the comma
        const className = attributes['className']?.split(',')[0]?.trim();
        if (className) classNames.set(definition, className);
      }
    },
    text(text) {
      if (path.at(-1) === 'Message') results.at(-1)?.message?.append(text);
    },
    close(name) {
      path.pop();
      if (name === 'UnitTest') definition = undefined;
      if (!RESULT_ELEMENTS.has(name) || !holdsResults(path.at(-1))) return;
      const result = results.pop();
      if (!result || result.hasInner) return;
      if (result.resultType === 'DataDrivenTest') {
        parents.push(result);
        return;
      }
      if (result.resultType === 'DataDrivenDataRow') testIdsWithRows.add(result.testId);
      addResult(result);
    },
  });
  for (const parent of parents) if (!testIdsWithRows.has(parent.testId)) addResult(parent);

  function addResult(result: ResultFrame): void {
    const status = statusOf(result.outcome, unknownOutcomes);
    const testCase = newCase('', result.testName, status, result.durationMs, result.message?.value);
    testIds[list.add(testCase)] = result.testId;
  }

  // xUnit writes the qualified name as testName; MSTest and NUnit the method name alone
  testIds.forEach((testId, index) => {
    const className = classNames.get(testId);
    if (className === undefined) return;
    list.edit(index, (testCase) => {
      testCase.suite = className;
      if (testCase.name.length > className.length && testCase.name.startsWith(className)) {
        if (testCase.name.charCodeAt(className.length) === 46 /* . */) {
          testCase.name = testCase.name.slice(className.length + 1);
        }
      }
    });
  });
  diagnostics.push(...unknownResultWarnings('TRX outcome', unknownOutcomes));
  return { data: list.evidence(), diagnostics };
}

/** Result elements sit directly in <Results>, or in a parent result's <InnerResults>. */
function holdsResults(element: string | undefined): boolean {
  return element === 'Results' || element === 'InnerResults';
}

function statusOf(outcome: string, unknown: Set<string>): TestStatus {
  // writers use the enum's own spelling ("Passed"); other casings are accepted too
  const status = OUTCOMES[outcome] ?? OUTCOMES_ANY_CASE.get(outcome.toLowerCase());
  if (status) return status;
  unknown.add(outcome);
  return 'error';
}

/** Milliseconds from a .NET TimeSpan ("[d.]hh:mm:ss[.fffffff]"). */
export function parseTimeSpan(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const parts = text.trim().split(':');
  if (parts.length !== 3) return undefined;
  const [dayHours = '', minutes = '', seconds = ''] = parts;
  const dot = dayHours.indexOf('.');
  const days = dot === -1 ? 0 : Number(dayHours.slice(0, dot));
  const hours = Number(dot === -1 ? dayHours : dayHours.slice(dot + 1));
  const ms = ((days * 24 + hours) * 60 + Number(minutes)) * 60000 + Number(seconds) * 1000;
  return /^\d/.test(minutes) && /^\d/.test(seconds) && Number.isFinite(ms) && ms >= 0
    ? ms
    : undefined;
}
