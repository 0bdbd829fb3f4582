import { describe, expect, it } from '@jest/globals';
import { requestedChannels, type ChannelOptions } from '../../src/deliver/channels.js';

const base: ChannelOptions = { mode: 'certify', comment: 'update', checkRun: true, artifact: true };

describe('requestedChannels', () => {
  it.each<[string, Partial<ChannelOptions>, string[]]>([
    ['certify with the defaults', {}, ['comment', 'check run', 'artifact']],
    ['certify, every channel off', { comment: 'off', checkRun: false, artifact: false }, []],
    ['certify, only the artifact', { comment: 'off', checkRun: false }, ['artifact']],
    ['collect: the artifact whatever else is set', { mode: 'collect' }, ['artifact']],
    ['collect with artifact: false still uploads', { mode: 'collect', artifact: false }, ['artifact']],
    ['publish: comment and check run, never an upload', { mode: 'publish' }, ['comment', 'check run']],
    ['publish with the comment off', { mode: 'publish', comment: 'off' }, ['check run']],
  ])('%s', (_, options, channels) => {
    expect(requestedChannels({ ...base, ...options })).toEqual(channels);
  });
});
