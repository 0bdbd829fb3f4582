import type { Collector } from '../collector.js';
import type { TestEvidence } from '../../model/tests.js';
import { hasJsonKey } from '../read/json-head.js';

/**
 * Cucumber's JSON report (`cucumber-js --format json:…`, cucumber-jvm `json:` plugin, Ruby
 * `cucumber --format json`): an array of features whose `elements` are scenarios.
 *
 * Every element of type "scenario" is one test (a Scenario Outline contributes one per example
 * row). Its outcome is the worst result among its steps and hooks — cucumber's own ordering:
 * failed > ambiguous > undefined > pending > skipped > passed. Background elements
 * (cucumber-jvm and Ruby write them before each scenario) are not tests; their results count
 * towards the scenario that follows. Mapping, after cucumber's summary and its default strict
 * mode, in which undefined, pending and ambiguous steps fail the run:
 *   passed → passed; failed → failed; undefined, pending, ambiguous → error (the scenario did not
 *   run as written: a step has no definition, is marked pending, or matches several);
 *   skipped (every step skipped, e.g. by a Before hook returning 'skipped') → skipped.
 * A scenario with no steps passes, as cucumber reports it.
 * Step durations are nanoseconds. cucumber-js writes only the last attempt of a retried
 * scenario, so flaky cannot be seen in this format.
 */
export const cucumberJsonCollector: Collector<TestEvidence> = {
  format: 'cucumber-json',
  kind: 'tests',
  producers:
    'cucumber-js --format json:report.json, cucumber-jvm (json plugin), cucumber (Ruby) --format json',
  detect: (head) =>
    /^\s*\[\s*\{/.test(head) &&
    hasJsonKey(head, 'keyword') &&
    (hasJsonKey(head, 'elements') || hasJsonKey(head, 'uri')),
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async ({ chunks }) => (await import('./cucumber-json-parse.js')).parseCucumber(chunks),
};
