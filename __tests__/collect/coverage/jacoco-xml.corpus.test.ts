import { expect } from '@jest/globals';
import { describeTranslatedCorpus } from './manifest-translation.js';

describeTranslatedCorpus('jacoco', {
  rules: {
    methods: { as: 'functions' },
    sourcefiles: { as: 'files' },
    instructions: { skip: 'the INSTRUCTION counter (bytecode instructions): Certify has no instruction metric' },
    complexity: { skip: 'the COMPLEXITY counter (cyclomatic complexity): not a coverage figure Certify reports' },
    classes: { skip: 'a count of classes (CLASS counter, ReportGenerator class count): not a Certify figure' },
    packages: { skip: 'a count of <package> elements: not a Certify figure' },
    assemblies: { skip: "ReportGenerator's name for packages: not a Certify figure" },
  },
  extra(entry, data, collected) {
    const messages = collected.diagnostics.map((d) => d.message);
    if (entry.path.endsWith('jacoco-report-multiple-packages.xml')) {
      // Two projects merged by hand without updating the report-level counters (manifest edge case):
      // totals follow the report counters, and the disagreement with the source files is reported.
      expect(messages).toEqual([
        'report-level counters differ from the sum of the <sourcefile> counters for lines, branches, functions (5/6 vs 10/12, 2/4 vs 4/8, 2/2 vs 4/4): ' +
          'totals follow the report counters (classes without source information, or an edited or merged report)',
      ]);
    } else {
      expect(messages).toEqual([]);
    }
    // Line detail is kept for every line record: covered when it has covered instructions.
    for (const file of data.files) {
      if (!file.lineNumbers || !file.lineHits) continue;
      expect(file.lineNumbers.length).toBe(file.lines.total);
      expect(file.lineHits.filter((hits) => hits > 0).length).toBe(file.lines.covered);
    }
  },
});
