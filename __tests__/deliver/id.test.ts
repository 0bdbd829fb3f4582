import { describe, expect, it } from '@jest/globals';
import { defaultCertificationId, parseCertificationId } from '../../src/deliver/id.js';
import { ConfigurationError } from '../../src/errors.js';

describe('defaultCertificationId', () => {
  it.each([
    [undefined, 'default'],
    ['certify.yml', 'default'],
    ['./certify.yaml', 'default'],
    ['.github/certify.yml', 'default'],
    ['.certify.yml', 'default'],
    ['packages/api/certify.yml', 'packages-api'],
    ['services\\Billing Core\\certify.yml', 'services-billing-core'],
    ['certify.backend.yml', 'backend'],
    ['config/certify-web.yaml', 'config-web'],
    ['/work/repo/apps/web/certify.yml', 'apps-web'],
  ])('%s → %s', (path, id) => {
    expect(defaultCertificationId(path, '/work/repo')).toBe(id);
  });

  it('always gives an id that parseCertificationId accepts', () => {
    const id = defaultCertificationId(`${'deep/'.repeat(30)}certify.yml`, '/work/repo');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(parseCertificationId(id)).toBe(id);
  });
});

describe('parseCertificationId', () => {
  it('accepts names usable in a marker, check name, status context and artifact name', () => {
    expect(parseCertificationId(' api.v2_core-1 ')).toBe('api.v2_core-1');
  });

  it.each(['', '-x', 'a b', 'x-->', 'a/b', 'a'.repeat(65), 'naïve'])('rejects %j', (value) => {
    expect(() => parseCertificationId(value)).toThrow(ConfigurationError);
  });
});
