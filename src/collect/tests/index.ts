import type { Collector } from '../collector.js';
import { cucumberJsonCollector } from './cucumber-json.js';
import { dartJsonCollector } from './dart-json.js';
import { goTestJsonCollector } from './go-test-json.js';
import { jestJsonCollector } from './jest-json.js';
import { junitXmlCollector } from './junit-xml.js';
import { mochaJsonCollector } from './mocha-json.js';
import { nunit2XmlCollector } from './nunit2-xml.js';
import { nunit3XmlCollector } from './nunit3-xml.js';
import { rspecJsonCollector } from './rspec-json.js';
import { tapCollector } from './tap.js';
import { trxCollector } from './trx.js';
import { vitestJsonCollector } from './vitest-json.js';
import { xunitNetXmlCollector } from './xunit-net-xml.js';

/** The tests formats, most specific first (detection tries them in this order). */
export const testsCollectors: readonly Collector[] = [
  trxCollector,
  nunit3XmlCollector,
  nunit2XmlCollector,
  xunitNetXmlCollector,
  // Vitest's report is Jest's shape minus some keys: it must be tried first.
  vitestJsonCollector,
  jestJsonCollector,
  mochaJsonCollector,
  rspecJsonCollector,
  cucumberJsonCollector,
  goTestJsonCollector,
  dartJsonCollector,
  tapCollector,
  // Last: its <testsuites>/<testsuite> roots are the least specific.
  junitXmlCollector,
];
