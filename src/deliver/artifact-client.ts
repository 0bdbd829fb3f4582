import type { ArtifactPort } from './port.js';

/**
 * The artifact port over @actions/artifact's DefaultArtifactClient (ACTIONS_RESULTS_URL,
 * ACTIONS_RUNTIME_TOKEN). Loaded lazily: it is the largest dependency and most runs that
 * skip the upload never need it.
 */
export async function createArtifactPort(): Promise<ArtifactPort> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      const response = await client.uploadArtifact(
        name,
        files,
        rootDirectory,
        retentionDays === undefined ? {} : { retentionDays },
      );
      if (response.id === undefined) throw new Error(`upload of '${name}' returned no artifact id`);
      return { id: response.id, size: response.size ?? null };
    },
  };
}
