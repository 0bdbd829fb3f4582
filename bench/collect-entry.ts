/**
 * Entry of the bench's own bundle of the collectors (bench/.build/collect/index.js, built with
 * ncc like dist/): the workers time the same compiled code the action runs, without loading the
 * whole action.
 */
export { readEvidenceFile } from '../src/collect/discover.js';
// Every format is loaded with the bundle, as the registry does, so that a timed parse does not
// include loading its collector (the action loads each kind's formats when it first detects one).
export { COLLECTORS } from '../src/collect/registry.js';
