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
 * xUnit.net v2 XML (`xunit.console … -xml`, `dotnet test --logger xunit`, and tools that write the
 * same shape such as Fixie): root <assemblies>, or a single <assembly>.
 *
 * Every <test> is one test: result Pass → passed, Fail → failed, Skip and NotRun → skipped.
 * Failures outside any test (class/collection/assembly cleanup, listed under <errors>) are what
 * xUnit.net counts as "Errors" next to the test total; each becomes one error case named by its
 * type and name, so a run with a failed cleanup is not reported clean.
 */
export const xunitNetXmlCollector: Collector<TestEvidence> = {
  format: 'xunit-net-xml',
  kind: 'tests',
  producers: 'xunit.console -xml, dotnet test --logger xunit (XunitXml.TestLogger), Fixie',
  detect: (head) => {
    const root = xmlRootElement(head);
    // a lone <assembly> root: v2 with <collection>s, or the v1 format with <class>es
    return (
      root === 'assemblies' || (root === 'assembly' && /<(?:collection|class)[\s>]/.test(head))
    );
  },
  parse: async ({ chunks }) => parseXunit(chunks),
};

async function parseXunit(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknown = new Set<string>();
  const path: string[] = [];
  let current: OpenCase | undefined;
  const checkRoot = rootElementCheck('not xUnit.net XML', ['assemblies', 'assembly']);
  let declaredTotal: number | undefined;
  let tests = 0;

  await streamXml(chunks, {
    open(name, attributes) {
      checkRoot(name);
      path.push(name);
      if (name === 'assembly') {
        const total = Number(attributes['total']);
        if (attributes['total'] !== undefined && Number.isFinite(total))
          declaredTotal = (declaredTotal ?? 0) + total;
      } else if (name === 'test') {
        tests++;
        const type = attributes['type'] ?? '';
        const fullName = attributes['name'] ?? '';
        current = {
          suite: type,
          name:
            type !== '' && fullName.startsWith(`${type}.`)
              ? fullName.slice(type.length + 1)
              : fullName,
          status: statusOf(attributes['result'], unknown),
          durationMs: secondsToMs(attributes['time']),
          message: undefined,
        };
      } else if (name === 'error' && path.at(-2) === 'errors') {
        current = {
          suite: attributes['type'] ?? 'error',
          name: attributes['name'] ?? '',
          status: 'error',
          durationMs: undefined,
          message: undefined,
        };
      } else if (current && list.wantsMessages && isMessageElement(name, path)) {
        current.message ??= new MessageText();
      }
    },
    text(text) {
      if (current?.message && isMessageElement(path.at(-1) ?? '', path))
        current.message.append(text);
    },
    close(name) {
      path.pop();
      if ((name === 'test' || (name === 'error' && path.at(-1) === 'errors')) && current) {
        list.add(closeCase(current));
        current = undefined;
      }
    },
  });

  if (declaredTotal !== undefined && declaredTotal !== tests) {
    diagnostics.push({
      severity: 'warning',
      message: `the assemblies declare ${declaredTotal} tests but the file lists ${tests} <test> elements; Certify counts the listed ones`,
    });
  }
  diagnostics.push(...unknownResultWarnings('xUnit.net result', unknown));
  return { data: list.evidence(), diagnostics };
}

/** failure/message (failures and errors) and the skip <reason> hold the text worth keeping. */
function isMessageElement(name: string, path: readonly string[]): boolean {
  return (name === 'message' && path.at(-2) === 'failure') || name === 'reason';
}

function statusOf(result: string | undefined, unknown: Set<string>): TestStatus {
  switch (result) {
    case 'Pass':
      return 'passed';
    case 'Fail':
      return 'failed';
    case 'Skip':
    case 'NotRun':
      return 'skipped';
    default:
      unknown.add(result ?? '(none)');
      return 'error';
  }
}
