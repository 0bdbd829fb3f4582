#!/usr/bin/env bash
# Regenerates examples/evidence/ with real tools: Certify's own jest run (scoring, config and
# rendering suites) through jest-junit, with istanbul's lcov, json-summary and cobertura
# reporters. Re-run after changing those suites; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
out=examples/evidence
rm -rf "$out" && mkdir -p "$out"
JEST_JUNIT_OUTPUT_DIR="$out" JEST_JUNIT_OUTPUT_NAME=junit.xml JEST_JUNIT_ADD_FILE_ATTRIBUTE=true \
JEST_JUNIT_CLASSNAME='{suitename}' JEST_JUNIT_TITLE='{title}' \
NODE_OPTIONS='--experimental-vm-modules --disable-warning=ExperimentalWarning' npx jest \
  __tests__/score __tests__/config __tests__/render \
  --reporters=default --reporters=jest-junit \
  --coverage --collectCoverageFrom='src/{score,config,render}/**/*.ts' \
  --coverageReporters=lcov --coverageReporters=json-summary --coverageReporters=cobertura \
  --coverageDirectory="$out/coverage"
rm -rf "$out/coverage/lcov-report"
# Paths relative to the repository, not this machine.
sed -i "s|$(pwd)/||g" "$out/coverage/lcov.info" "$out/coverage/coverage-summary.json" "$out/coverage/cobertura-coverage.xml" "$out/junit.xml"
# A second producer: node's own test runner with its JUnit reporter (one failing, one skipped test).
node --test --test-reporter=junit --test-reporter-destination="$out/node-test-junit.xml" examples/sample/slugify.test.mjs || true
sed -i "s|$(pwd)/||g" "$out/node-test-junit.xml"
