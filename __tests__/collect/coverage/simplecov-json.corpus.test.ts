import { expect } from '@jest/globals';
import { describeTranslatedCorpus } from './manifest-translation.js';

const LEGACY = 'coverage/simplecov-resultset/coverage-reporter__simplecov-legacy.resultset.json';

describeTranslatedCorpus('simplecov-resultset', {
  rules: {},
  deviations: {
    [LEGACY]: {
      expected: ['per_file Users/nickmerwin/www/coveralls-ruby/lib/coveralls.rb: missing'],
      reason:
        'only the name differs: coverallsapp/coverage-reporter rewrites the path (name.sub(Dir.current, "")) and its spec names the file without the ' +
        'leading "/"; Certify keeps the path as SimpleCov wrote it, /Users/nickmerwin/www/coveralls-ruby/lib/coveralls.rb, whose figures (58/58) ' +
        'are checked below.',
    },
  },
  // The hand count gives figures per command name; these files have one command name each.
  handCount(handCount) {
    const commands = Object.values(handCount);
    expect(commands).toHaveLength(1);
    return commands[0] as Record<string, unknown>;
  },
  extra(entry, data, collected) {
    expect(collected.diagnostics).toEqual([]);
    if (entry.path === LEGACY) {
      const file = data.files.find((f) => f.path === '/Users/nickmerwin/www/coveralls-ruby/lib/coveralls.rb');
      expect(file?.lines).toEqual({ covered: 58, total: 58 });
    }
  },
});
