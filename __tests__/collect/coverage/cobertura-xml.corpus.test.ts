import { expect } from '@jest/globals';
import { describeCorpusFormat } from './coverage-corpus-checks.js';
import type { CoverageCounter } from '../../../src/model/coverage.js';

const ZERO_TOTAL_RATE =
  'the class has no lines (or no branches): 5monkeys/cobertura-action shows its line-rate/branch-rate attribute (1.0 or 0) as the percentage; ' +
  'Certify has counts only and 0/0 has no percentage (it is "no evidence", not 100% or 0%)';

describeCorpusFormat('cobertura', {
  quirks: {
    'coverage/cobertura/cobertura-action__test-branch.xml': {
      mismatches: [
        'files Main.java branch_pct: expected 100, got none (0/0)',
        'files search/ISortedArraySearch.java line_pct: expected 100, got none (0/0)',
        'files search/ISortedArraySearch.java branch_pct: expected 100, got none (0/0)',
      ],
      reason: ZERO_TOTAL_RATE,
    },
    'coverage/cobertura/cobertura-action__test-python.xml': {
      mismatches: ['files source.py branch_pct: expected 0, got none (0/0)'],
      reason: ZERO_TOTAL_RATE,
    },
    'coverage/cobertura/cobertura-action__test-missing-lines.xml': {
      mismatches: ['total_pct: expected 51.24999999999999, got 67.21311475409836'],
      reason:
        'the (hand-edited) root line-rate 0.5125 is the unweighted mean of the 8 class rates, which 5monkeys/cobertura-action reports as is; ' +
        'the <line> elements give 41 of 61 lines covered (67.2%), the figure Certify reports and the hand count confirms',
    },
  },
  special: {
    'coverage/cobertura/coverage-reporter__scoverage-cobertura.xml': {
      reason:
        'not well-formed XML (stray </methods></lines> closing tags near line 781): a strict XML parser must reject it; ' +
        "coverallsapp/coverage-reporter's libxml2 recovers and guesses. The hand count also calls it unparseable.",
      check(_entry, collected) {
        expect(collected.status).toBe('unreadable');
        expect(collected.format).toBe('cobertura-xml');
        expect(collected.error).toMatch(/scoverage-cobertura\.xml:781:\d+: .*unexpected close tag/);
        return Promise.resolve();
      },
    },
  },
  extra(entry, data, collected) {
    const figures = (entry.hand_count ?? entry.expected) as Record<string, unknown>;
    const declared = (figures['declared'] ?? {}) as Record<string, unknown>;
    const messages = collected.diagnostics.map((d) => d.message);
    // The root's lines-valid/… are compared, and a difference is reported, never used.
    for (const [metric, coveredKey, totalKey] of [
      ['lines', 'lines-covered', 'lines-valid'],
      ['branches', 'branches-covered', 'branches-valid'],
    ] as const) {
      const covered = declared[coveredKey];
      const total = declared[totalKey];
      const counted: CoverageCounter = data.totals[metric];
      const differs =
        typeof covered === 'number' &&
        typeof total === 'number' &&
        (covered !== counted.covered || total !== counted.total);
      expect(
        messages.some((message) => message.startsWith(`the root element declares ${metric} `)),
      ).toBe(differs);
    }
    const ignored = figures['ignored_line_elements_with_number_below_1'];
    if (typeof ignored === 'number') {
      expect(messages).toContain(
        `${ignored} <line> element(s) with a line number below 1 were ignored`,
      );
    }
  },
});
