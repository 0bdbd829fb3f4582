/**
 * Entry of the bench's own bundle of the collectors (bench/.build/collect/index.js, built with
 * ncc like dist/): the workers time the same compiled code the action runs, without loading the
 * whole action.
 */
export { readEvidenceFile } from '../src/collect/discover.js';
// A worker loads the formats of the file's kind before it starts timing, as the action loads
// them when it detects the first file listed under that kind.
export { formatsOfKind } from '../src/collect/detect.js';
// Files the action reads in a worker thread (large evidence) are timed the same way.
export { largeEvidenceBytes, WORKER_YOUNG_GENERATION_MB } from '../src/run-in-worker.js';
