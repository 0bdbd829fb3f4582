import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, messageOf } from '../errors.js';
import { DEFAULT_CONFIG_PATH, DEFAULT_POLICY_YAML } from './defaults.js';
import { plainlyValidConfig } from './plain-config.js';
import { readPlainYaml } from './plain-yaml.js';
import { settingsFromConfig } from './settings-from-config.js';
import type { Settings } from './settings.js';
import { didYouMean } from './suggest.js';

/** Config files are small; anything bigger is a mistake or an attack (alias bombs, huge docs). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadOptions {
  /** Config path as given (relative to cwd); undefined = the default path if it exists. */
  configPath?: string;
  cwd: string;
  /** `require-level` input / `--require`: overrides the config's `require`. */
  requireLevel?: string;
}

/** Loads and validates the config file, or the default policy when there is none. */
export async function loadSettings(options: LoadOptions): Promise<Settings> {
  const explicit = options.configPath !== undefined && options.configPath !== '';
  const relative = explicit ? (options.configPath ?? DEFAULT_CONFIG_PATH) : DEFAULT_CONFIG_PATH;
  const file = path.resolve(options.cwd, relative);
  let text: string | undefined;
  try {
    const info = await stat(file);
    if (info.size > MAX_CONFIG_BYTES) {
      throw new ConfigurationError(
        `${relative}: ${info.size} bytes is too large for a config file (limit ${MAX_CONFIG_BYTES})`,
      );
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (explicit)
      throw new ConfigurationError(`${relative}: cannot read the config file: ${messageOf(error)}`);
  }
  const settings =
    text === undefined
      ? await settingsFromText(DEFAULT_POLICY_YAML, 'default policy', true)
      : await settingsFromText(text, relative, false);
  if (options.requireLevel) {
    if (!settings.levels.some((level) => level.name === options.requireLevel)) {
      throw new ConfigurationError(
        `require-level: '${options.requireLevel}' is not one of the levels (${settings.levels.map((l) => l.name).join(', ')})${didYouMean(
          options.requireLevel,
          settings.levels.map((l) => l.name),
        )}`,
      );
    }
    settings.required = options.requireLevel;
  }
  return settings;
}

/**
 * parseSettings (load.ts) without loading yaml or zod when the config is plainly written and
 * plainly valid, as configs almost always are: read by plain-yaml.ts, checked by
 * plain-config.ts. Any other config is read by yaml, and one that is not plainly valid goes to
 * the schema (load.ts), which validates it and says what is wrong.
 */
async function settingsFromText(
  text: string,
  source: string,
  isDefault: boolean,
): Promise<Settings> {
  const plain = readPlainYaml(text);
  const config = plain === undefined ? undefined : plainlyValidConfig(plain);
  if (config) return settingsFromConfig(config, source, isDefault);
  const { readConfigDocument } = await import('./document.js');
  const read = readConfigDocument(text, source);
  const checked = plainlyValidConfig(read.raw);
  if (checked) return settingsFromConfig(checked, source, isDefault);
  const { settingsFromDocument } = await import('./load.js');
  return settingsFromDocument(read, source, isDefault);
}
