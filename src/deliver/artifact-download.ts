import { messageOf } from '../errors.js';
import type { GitHubPort, RunArtifact } from './port.js';
import { readZipEntries } from './zip.js';
import type { WantedEntries } from './zip.js';

/** Largest artifact zip read from another run (publish, base-branch baseline and trend). */
export const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;

/** An artifact that cannot be read: too large, not a zip, or an entry over its cap. */
export class ArtifactReadError extends Error {
  override readonly name = 'ArtifactReadError';
}

/** The newest unexpired artifact of a run with exactly this name, or null. */
export async function findRunArtifact(
  port: GitHubPort,
  runId: number,
  name: string,
): Promise<RunArtifact | null> {
  const artifacts = await port.listRunArtifacts(runId, name);
  return (
    artifacts.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id)[0] ?? null
  );
}

/**
 * Downloads an artifact of another run and extracts only the wanted entries, each under its own
 * size cap. The zip is checked against `maxZipBytes` from the listing before the download and
 * again while it streams; it is held in memory only, never written to disk or executed.
 */
export async function readArtifactEntries(
  port: GitHubPort,
  artifact: RunArtifact,
  wanted: WantedEntries,
  maxZipBytes = MAX_ARTIFACT_ZIP_BYTES,
): Promise<Map<string, Buffer>> {
  if (artifact.sizeInBytes > maxZipBytes) {
    throw new ArtifactReadError(
      `Artifact '${artifact.name}' is ${artifact.sizeInBytes} bytes; at most ${maxZipBytes} are read.`,
    );
  }
  const zip = await port.downloadArtifact(artifact.id, maxZipBytes);
  try {
    return readZipEntries(zip, wanted);
  } catch (error) {
    throw new ArtifactReadError(
      `Artifact '${artifact.name}' is not a readable zip: ${messageOf(error)}`,
    );
  }
}
