/**
 * Which delivery channels a run asks for, from its options alone: main.ts reads it before
 * loading the delivery code, so a run that posts nothing loads none of it (nor zod, which the
 * delivery context reads the event with).
 */

import type { CommentMode } from './comment.js';

/**
 * - `certify`: comment, check run and artifact from the run that certifies (same-repo PRs, push).
 * - `collect`: the untrusted half of the fork pattern: upload the artifact (with pr.json), nothing else.
 * - `publish`: the trusted half, in a workflow_run workflow: comment and check run for a
 *   certification read back with `readPublishedCertification`; no upload.
 */
export type DeliveryMode = 'certify' | 'collect' | 'publish';
export type Channel = 'comment' | 'check run' | 'artifact';

export interface ChannelOptions {
  mode: DeliveryMode;
  comment: CommentMode;
  checkRun: boolean;
  artifact: boolean;
}

/**
 * - comment and check run: from the run that certifies and from publish mode, never from collect
 *   (the untrusted half of the fork pattern posts nothing);
 * - artifact: always in collect mode (it is how the certification reaches publish), on request in
 *   certify mode, never in publish mode (the certification came from an artifact).
 */
export function requestedChannels(options: ChannelOptions): Channel[] {
  const publishing = options.mode !== 'collect';
  const channels: Channel[] = [];
  if (publishing && options.comment !== 'off') channels.push('comment');
  if (publishing && options.checkRun) channels.push('check run');
  if (options.mode === 'collect' || (options.mode === 'certify' && options.artifact))
    channels.push('artifact');
  return channels;
}
