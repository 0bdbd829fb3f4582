/** A mistake the user can fix (bad config, bad usage): shown as one clear message, exit 2. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** Where in an evidence file something went wrong. Lines and columns are 1-based. */
export interface SourcePosition {
  line?: number;
  column?: number;
}

/** An evidence file that cannot be read as its format: names the file and the position. */
export class EvidenceParseError extends Error {
  override readonly name = 'EvidenceParseError';
  constructor(
    readonly reason: string,
    readonly position: SourcePosition = {},
    readonly path?: string,
  ) {
    super(formatLocated(path, position, reason));
  }

  /** The same error, now knowing which file it came from. */
  withPath(path: string): EvidenceParseError {
    return new EvidenceParseError(this.reason, this.position, path);
  }
}

export function formatLocated(path: string | undefined, position: SourcePosition, reason: string) {
  let where = path ?? '<input>';
  if (position.line !== undefined) {
    where += `:${position.line}`;
    if (position.column !== undefined) where += `:${position.column}`;
  }
  return `${where}: ${reason}`;
}

/** The message of anything thrown, including values that are not Errors. */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  // Errors from another realm (vm contexts, workers) are not `instanceof Error` here.
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown && typeof thrown.message === 'string') {
    return thrown.message;
  }
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
