// Raw inbound messages as files (the local stand-in for the S3 bucket SES writes to).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawMail } from '#ports/raw-mail.js';

/** Keys are flat file names: nothing that could climb out of the directory. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export class FileRawMail implements RawMail {
  constructor(private readonly dir: string) {}

  /** Stores a message under `<id>.eml` and returns its key. Written atomically. */
  async put(id: string, raw: Uint8Array): Promise<string> {
    const key = `${id}.eml`;
    const path = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    await writeFile(`${path}.tmp`, raw);
    await rename(`${path}.tmp`, path);
    return key;
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(`raw message ${key} not found`);
      }
      throw error;
    }
  }

  private pathOf(key: string): string {
    if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid raw mail key: ${key}`);
    return join(this.dir, key);
  }
}
