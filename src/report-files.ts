import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so readers never see half of it: write a temporary sibling, then rename
 * (atomic on the same file system). An interrupted run leaves the old file or none. `content`
 * is the text, or pieces of it written in turn (text as UTF-8, or bytes).
 */
export async function writeFileAtomic(
  file: string,
  content: string | readonly (string | Uint8Array)[],
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
