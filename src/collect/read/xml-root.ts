import { EvidenceParseError } from '../../errors.js';

/**
 * A check for the first `open` of a `streamXml` pass: throws unless the root element is one of
 * `roots` (the first is the one the message names); every later element passes. `notWhat`
 * starts the message: "not NUnit 3 XML".
 */
export function rootElementCheck(
  notWhat: string,
  roots: readonly [string, ...string[]],
): (name: string) => void {
  let checked = false;
  return (name) => {
    if (checked) return;
    checked = true;
    if (!roots.includes(name)) {
      throw new EvidenceParseError(`${notWhat}: root element is <${name}>, expected <${roots[0]}>`);
    }
  };
}
