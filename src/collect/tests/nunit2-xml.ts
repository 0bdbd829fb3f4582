import type { Collector, ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import type { TestEvidence, TestStatus } from '../../model/tests.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import { rootElementCheck } from '../read/xml-root.js';
import {
  closeCase,
  MessageText,
  secondsToMs,
  TestCaseList,
  unknownResultWarnings,
  type OpenCase,
} from './case-list.js';

/**
 * NUnit 2.x result XML (root <test-results>), also written by NUnit 3 with `--result=file;format=nunit2`
 * and by tools that imitate it (Pickles, SpecFlow runners).
 *
 * Every <test-case> is one test, parameterized suites included. executed="False" → skipped
 * (NUnit's "not run": ignored, invalid). Otherwise by result: Success → passed; Failure → failed;
 * Error and Cancelled → error; Ignored/Skipped/NotRunnable/Inconclusive → skipped (NUnit 2 counts
 * those as not run). Files from NUnit ≤ 2.4 have no result attribute: success="True" → passed,
 * success="False" → failed. The root `total` counts only tests that ran, so it is smaller than
 * the number of cases when some were not run.
 */
export const nunit2XmlCollector: Collector<TestEvidence> = {
  format: 'nunit2-xml',
  kind: 'tests',
  producers: 'NUnit 2 console (TestResult.xml), nunit3-console --result=…;format=nunit2',
  detect: (head) => xmlRootElement(head) === 'test-results',
  parse: async ({ chunks }) => parseNunit2(chunks),
};

async function parseNunit2(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknown = new Set<string>();
  const suites: string[] = [];
  const path: string[] = [];
  let current: OpenCase | undefined;
  const checkRoot = rootElementCheck('not NUnit 2 XML', ['test-results']);

  await streamXml(chunks, {
    open(name, attributes) {
      checkRoot(name);
      path.push(name);
      if (name === 'test-suite') {
        suites.push(attributes['name'] ?? '');
      } else if (name === 'test-case') {
        const { suite, name: caseName } = splitTestName(
          attributes['name'] ?? '',
          suites.at(-1) ?? '',
        );
        current = {
          suite,
          name: caseName,
          status: statusOf(attributes, unknown),
          durationMs: secondsToMs(attributes['time']),
          message: undefined,
        };
      } else if (name === 'message' && current && list.wantsMessages) {
        const holder = path.at(-2);
        if (holder === 'failure' || holder === 'reason') current.message ??= new MessageText();
      }
    },
    text(text) {
      if (current && path.at(-1) === 'message') current.message?.append(text);
    },
    close(name) {
      path.pop();
      if (name === 'test-suite') suites.pop();
      else if (name === 'test-case' && current) {
        list.add(closeCase(current));
        current = undefined;
      }
    },
  });

  diagnostics.push(...unknownResultWarnings('NUnit result', unknown));
  return { data: list.evidence(), diagnostics };
}

const RESULTS: Record<string, TestStatus> = {
  Success: 'passed',
  Failure: 'failed',
  Error: 'error',
  Cancelled: 'error',
  Ignored: 'skipped',
  Skipped: 'skipped',
  NotRunnable: 'skipped',
  Inconclusive: 'skipped',
};

function statusOf(attributes: Record<string, string>, unknown: Set<string>): TestStatus {
  if (attributes['executed'] === 'False') return 'skipped';
  const result = attributes['result'];
  if (result !== undefined) {
    const status = RESULTS[result];
    if (status) return status;
    unknown.add(result);
    return 'error';
  }
  if (attributes['success'] === 'True') return 'passed';
  if (attributes['success'] === 'False') return 'failed';
  unknown.add('(no result or success attribute)');
  return 'error';
}

/**
 * NUnit 2 names a case by its full name, "Namespace.Fixture.Method" or "…Method(1,"a.b")": the
 * fixture is what precedes the method, found before any argument list (arguments may hold dots).
 */
export function splitTestName(
  fullName: string,
  enclosingSuite: string,
): { suite: string; name: string } {
  const argumentsStart = fullName.indexOf('(');
  const head = argumentsStart === -1 ? fullName : fullName.slice(0, argumentsStart);
  const dot = head.lastIndexOf('.');
  if (dot <= 0) return { suite: enclosingSuite, name: fullName };
  return { suite: fullName.slice(0, dot), name: fullName.slice(dot + 1) };
}
