import type { Collector } from '../collector.js';
import { coberturaXmlCollector } from './cobertura-xml.js';
import { istanbulFinalJsonCollector } from './istanbul-final-json.js';
import { istanbulSummaryJsonCollector } from './istanbul-summary-json.js';
import { istanbulTextCollector } from './istanbul-text.js';
import { jestJsonCoverageCollector } from './jest-json-coverage.js';
import { lcovCollector } from './lcov.js';
import { cloverXmlCollector } from './clover-xml.js';
import { jacocoXmlCollector } from './jacoco-xml.js';
import { goCoverprofileCollector } from './go-coverprofile.js';
import { coveragepyJsonCollector } from './coveragepy-json.js';
import { simplecovJsonCollector } from './simplecov-json.js';
import { gcovTextCollector } from './gcov-text.js';

/** The coverage formats, most specific first (detection tries them in this order). */
export const coverageCollectors: readonly Collector[] = [
  jestJsonCoverageCollector,
  istanbulFinalJsonCollector,
  istanbulSummaryJsonCollector,
  coberturaXmlCollector,
  lcovCollector,
  cloverXmlCollector,
  jacocoXmlCollector,
  goCoverprofileCollector,
  coveragepyJsonCollector,
  simplecovJsonCollector,
  gcovTextCollector,
  // text heuristics last: it only claims what no structured format did
  istanbulTextCollector,
];
