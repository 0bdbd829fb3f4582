import { isAbsolute, relative } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** The id of the certification configured at the repository root. */
export const DEFAULT_CERTIFICATION_ID = 'default';

/**
 * Ids end up in a comment marker, a check-run name, a status context and an artifact name:
 * letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 64 characters.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The `id` input as given, or a ConfigurationError naming the input. */
export function parseCertificationId(value: string): string {
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    throw new ConfigurationError(
      `Input 'id' must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit; got ${JSON.stringify(value)}.`,
    );
  }
  return id;
}

const CONFIG_BASENAMES = new Set(['certify', '.certify']);
const ROOT_DIRS = new Set(['', '.', '.github']);

/**
 * The id used when none is given, derived from the config path so a monorepo can run several
 * certifications side by side: `certify.yml` and `.github/certify.yml` → `default`;
 * `packages/api/certify.yml` → `packages-api`; `certify.backend.yml` → `backend`.
 */
export function defaultCertificationId(
  configPath: string | undefined,
  workspace: string = process.cwd(),
): string {
  if (configPath === undefined) return DEFAULT_CERTIFICATION_ID;
  let path = configPath.replaceAll('\\', '/');
  if (isAbsolute(path)) path = relative(workspace, path).replaceAll('\\', '/');
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  const file = parts.pop() ?? '';
  const dir = parts.join('/');
  const stem = file.replace(/\.(ya?ml|json)$/i, '').replace(/^\.?certify[.-]/i, '');
  const words = [
    ...(ROOT_DIRS.has(dir) ? [] : [dir]),
    ...(CONFIG_BASENAMES.has(stem.toLowerCase()) ? [] : [stem]),
  ];
  const slug = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? DEFAULT_CERTIFICATION_ID : slug;
}
