import { expect } from '@jest/globals';
import { describeTranslatedCorpus } from './manifest-translation.js';

describeTranslatedCorpus('gcov', {
  rules: {},
  extra(_entry, data, collected) {
    expect(collected.diagnostics).toEqual([]);
    // Line 10 is the only "#####" line; "-" lines (and the line-0 preamble) are not executable.
    const file = data.files[0];
    expect(file?.path).toBe('main.c');
    expect(file?.lineNumbers).toEqual([3, 5, 6, 7, 8, 10, 12, 15, 17, 18, 19]);
    expect(file?.lineHits).toEqual([2, 2, 1, 1, 1, 0, 2, 1, 1, 1, 1]);
  },
});
