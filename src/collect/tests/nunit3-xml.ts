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
 * NUnit 3/4 result XML (root <test-run>), written by nunit3-console and the NUnit test adapter.
 *
 * Every <test-case> is one test, however deep its <test-suite> nesting (parameterized methods
 * and theories are suites of cases). Results as NUnit's own summary splits them: Passed →
 * passed; Failed → failed, or error when labelled Error, Cancelled or Invalid (NUnit lists those
 * as "Errors" and "Invalid", apart from assertion failures); Skipped (Ignored, Explicit) and
 * Inconclusive → skipped; Warning → passed (a warning is not a failed test).
 *
 * A suite whose OneTimeTearDown failed (result Failed, site TearDown) makes NUnit's overall
 * result Failed although every case passed: it becomes one error case so it cannot go unseen.
 */
export const nunit3XmlCollector: Collector<TestEvidence> = {
  format: 'nunit3-xml',
  kind: 'tests',
  producers: 'nunit3-console --result, NUnit3TestAdapter (dotnet test --logger nunit)',
  detect: (head) => xmlRootElement(head) === 'test-run',
  parse: async ({ chunks }) => parseNunit3(chunks),
};

interface SuiteFrame {
  fullName: string;
  className: string | undefined;
  tearDownFailed: boolean;
  message: MessageText | undefined;
}

async function parseNunit3(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknown = new Set<string>();
  const suites: SuiteFrame[] = [];
  const path: string[] = [];
  let current: OpenCase | undefined;
  const checkRoot = rootElementCheck('not NUnit 3 XML', ['test-run']);
  let declaredTotal: number | undefined;
  let testCases = 0;

  await streamXml(chunks, {
    open(name, attributes) {
      checkRoot(name);
      path.push(name);
      if (name === 'test-run') {
        const total = Number(attributes['testcasecount'] ?? attributes['total']);
        if (
          Number.isFinite(total) &&
          (attributes['testcasecount'] ?? attributes['total']) !== undefined
        )
          declaredTotal = total;
      } else if (name === 'test-suite') {
        const parent = suites.at(-1);
        suites.push({
          fullName: attributes['fullname'] ?? attributes['name'] ?? '',
          className: attributes['classname'] ?? parent?.className,
          tearDownFailed: attributes['result'] === 'Failed' && attributes['site'] === 'TearDown',
          message: undefined,
        });
      } else if (name === 'test-case') {
        testCases++;
        const suite = suites.at(-1);
        current = {
          suite: attributes['classname'] ?? suite?.className ?? suite?.fullName ?? '',
          name: attributes['name'] ?? attributes['fullname'] ?? '',
          status: statusOf(attributes['result'], attributes['label'], unknown),
          durationMs: secondsToMs(attributes['duration']),
          message: undefined,
        };
      } else if (name === 'message' && list.wantsMessages) {
        const holder = path.at(-2);
        if (current && (holder === 'failure' || holder === 'reason'))
          current.message ??= new MessageText();
        else if (!current && holder === 'failure') {
          const suite = suites.at(-1);
          if (suite?.tearDownFailed) suite.message ??= new MessageText();
        }
      }
    },
    text(text) {
      if (path.at(-1) !== 'message') return;
      if (current) current.message?.append(text);
      else suites.at(-1)?.message?.append(text);
    },
    close(name) {
      path.pop();
      if (name === 'test-case' && current) {
        list.add(closeCase(current));
        current = undefined;
      } else if (name === 'test-suite') {
        const suite = suites.pop();
        if (suite?.tearDownFailed) {
          list.add({
            suite: suite.fullName,
            name: '(OneTimeTearDown)',
            status: 'error',
            ...(suite.message?.value === undefined ? {} : { message: suite.message.value }),
          });
        }
      }
    },
  });

  if (declaredTotal !== undefined && declaredTotal !== testCases) {
    diagnostics.push({
      severity: 'warning',
      message: `<test-run> declares ${declaredTotal} test cases but the file has ${testCases} <test-case> elements; Certify counts the elements`,
    });
  }
  diagnostics.push(...unknownResultWarnings('NUnit result', unknown));
  return { data: list.evidence(), diagnostics };
}

const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);

function statusOf(
  result: string | undefined,
  label: string | undefined,
  unknown: Set<string>,
): TestStatus {
  switch (result) {
    case 'Passed':
    case 'Warning':
      return 'passed';
    case 'Failed':
      return label !== undefined && ERROR_LABELS.has(label.toLowerCase()) ? 'error' : 'failed';
    case 'Skipped':
    case 'Inconclusive':
      return 'skipped';
    default:
      unknown.add(result ?? '(none)');
      return 'error';
  }
}
