import type { Collector } from '../collector.js';
import type { TestEvidence } from '../../model/tests.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';

/**
 * `rspec --format json --out rspec.json`.
 *
 * Every entry of `examples` is one test: passed → passed; failed → failed; pending → skipped
 * (RSpec's "pending" covers xit/skip and pending examples that still fail as expected; a
 * pending example that unexpectedly passes is reported by RSpec itself as failed). Errors
 * outside of examples (a spec file that fails to load, an error in a before(:suite) hook) are
 * counted by RSpec apart from the examples ("0 examples, 0 failures, 1 error occurred outside of
 * examples") and fail the run: each is one error case, with RSpec's message when it gave one.
 */
export const rspecJsonCollector: Collector<TestEvidence> = {
  format: 'rspec-json',
  kind: 'tests',
  producers: 'rspec --format json --out rspec.json',
  detect: (head) =>
    opensWith(head, '{') &&
    hasJsonKey(head, 'examples') &&
    (hasJsonKey(head, 'full_description') ||
      hasJsonKey(head, 'summary_line') ||
      hasJsonKey(head, 'example_count')),
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async ({ chunks }) => (await import('./rspec-json-parse.js')).parseRspec(chunks),
};
