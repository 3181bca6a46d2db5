// Reads an .eml named on the command line, turning the usual failures into a short reason.
import { readFile } from 'node:fs/promises';
import { errorMessage } from '#core/error-message.js';

export async function readInputFile(
  file: string,
): Promise<{ raw: Buffer; error: null } | { raw: null; error: string }> {
  try {
    return { raw: await readFile(file), error: null };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error);
    return { raw: null, error: `${file}: cannot read it (${reason})` };
  }
}
