/**
 * The built-in policy used when there is no config file. Documented in README ("Default policy");
 * keep the two in step.
 */
export const DEFAULT_POLICY_YAML = `
evidence:
  tests:
    - '**/junit*.xml'
    - '**/TEST-*.xml'
    - '**/test-results/**/*.xml'
    - '**/test-reports/**/*.xml'
    - '**/reports/**/*.xml'
    - '**/*.trx'
  coverage:
    - '**/coverage/lcov.info'
    - '**/lcov.info'
    - '**/coverage/coverage-summary.json'
    - '**/coverage/cobertura-coverage.xml'
    - '**/coverage.xml'
    - '**/jacoco*.xml'
    - '**/coverage.out'
  security:
    - '**/*.sarif'
levels:
  bronze: { tests.passRate: '>= 90%' }
  silver: { tests.passRate: '>= 98%', coverage.lines: '>= 70%' }
  gold: { tests.failed: '== 0', tests.errors: '== 0', coverage.lines: '>= 85%', coverage.branches: '>= 75%' }
require: bronze
`;

export const DEFAULT_CONFIG_PATH = '.github/certify.yml';
export const DEFAULT_VALID_DAYS = 30;
