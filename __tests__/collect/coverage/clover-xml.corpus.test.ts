import { expect } from '@jest/globals';
import { describeTranslatedCorpus, translateFigures } from './manifest-translation.js';
import { coverageMismatches } from './coverage-corpus-checks.js';

/** Clover names: `statements` are the line records, `conditionals` branches, `methods` functions. */
const RULES = {
  statements: { as: 'lines' },
  conditionals: { as: 'branches' },
  methods: { as: 'functions' },
  elements: { skip: 'Clover elements = statements + conditionals + methods: the sum of three figures compared one by one' },
  declared: { skip: 'project <metrics>; compared by the extra check below where the report lists every file' },
} as const;

const ISTANBUL_FUNCTIONS =
  "istanbul's clover reporter writes no type=\"method\" lines, so a count of method lines finds 0/0; its functions figure is in the file and project <metrics> " +
  '(methods/coveredmethods), which Certify reads.';

describeTranslatedCorpus('clover', {
  rules: RULES,
  deviations: {
    'coverage/clover/jest-coverage-comment__clover.xml': {
      expected: ['functions: expected 0/0, got 2/6'],
      reason:
        `${ISTANBUL_FUNCTIONS} 2/6 is what istanbul itself reports for this run: the project <metrics> say methods="6" coveredmethods="2" ` +
        'and coverage-summary.json of the same jest run (corpus istanbul-summary-json/jest-coverage-comment__coverage-summary.json) says functions 2/6.',
    },
    'coverage/clover/coverage-reporter__clover-unleash.xml': {
      handCount: ['branches: expected 43/70, got 66/99', 'functions: expected 0/0, got 19/25'],
      reason:
        'istanbul (clover="3.2.0") writes into truecount/falsecount the number of covered/uncovered branches of the line (istanbul-reports lib/clover), ' +
        'not how often a condition was true/false, and writes cond records only for lines that hold a statement, dropping other branches; the hand rule ' +
        'reads them as Clover evaluation counts (2 branches per cond line): 43/70, a figure no tool reported. istanbul\'s own figures are the file <metrics>: ' +
        `conditionals 99/66 and 0/0, methods 23/18 and 2/1, which Certify reads. ${ISTANBUL_FUNCTIONS}`,
    },
    'coverage/clover/coverage-reporter__clover-phpcsutils.xml': {
      handCount: ['lines: expected 79/79, got 323/323', 'functions: expected 4/4, got 16/16'],
      reason:
        'an excerpt: BCFile.php\'s <metrics> declare 244 statements and 13 methods, all covered, but its body was cut down to one method line. ' +
        'A file without statement lines takes its line figures from its <metrics> (as PHPUnit writes them), and functions come from <metrics> too; ' +
        'Certify warns that the project <metrics> declare 37 files. The hand count counts only the lines left in the excerpt.',
    },
    'coverage/clover/php-code-coverage__openclover-BankAccount-path.xml': {
      handCount: ['branches: expected 0/0, got 3/7'],
      reason:
        'php-code-coverage with path coverage declares conditionals="7" coveredconditionals="3" in <metrics> but writes no cond lines. ' +
        "The asserted figures (expected: conditionals 3/7) are Certify's; the hand rule only counts cond lines.",
    },
  },
  extra(entry, data, collected) {
    const figures = (entry.hand_count ?? entry.expected) as Record<string, unknown>;
    const declared = figures['declared'] as Record<string, unknown> | undefined;
    const messages = collected.diagnostics.map((d) => d.message);
    if (!declared) return;
    if (declared['files'] === data.files.length) {
      // A complete report: Certify's totals are the project <metrics> the producer wrote.
      expect(coverageMismatches(translateFigures(renamePairs(declared), RULES), data)).toEqual([]);
      expect(messages.filter((message) => message.startsWith('project <metrics>'))).toEqual([]);
    } else {
      expect(messages).toContain(
        `project <metrics> declare ${String(declared['files'])} files but the report lists ${data.files.length}; totals cover the listed files`,
      );
    }
  },
});

/** Project <metrics> attributes as counters: statements + coveredstatements → statements {covered, total}, … */
function renamePairs(declared: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ['statements', 'conditionals', 'methods']) {
    out[name] = { covered: declared[`covered${name}`], total: declared[name] };
  }
  return out;
}
