// What happens to a message the SMTP server accepted: stored as a raw file (like SES writing to
// S3), then handed to the inbound service (like SES invoking the Lambda). A marker file says it
// is not processed yet, so a crash or a failing run is retried at the next start; the inbound
// service is idempotent on the id, so a retry never acts twice.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { FileRawMail } from '../../functions/adapters/local/file-raw-mail.js';
import type { Logger } from '../../functions/ports/logger.js';

/** The inbound service's input (handleInbound's InboundInput), locally without verdicts. */
export interface LocalInboundInput {
  id: string;
  rawKey: string;
  recipients: string[];
  verdicts: null;
}

export type ProcessInbound = (input: LocalInboundInput) => Promise<{ outcome: string }>;

const Pending = z.object({
  id: z.string(),
  rawKey: z.string(),
  recipients: z.array(z.string()),
  attempts: z.number().int(),
});

/** A message that failed this many times is moved aside (to `failed/`) instead of retried. */
const MAX_ATTEMPTS = 3;

export class InboundDelivery {
  private readonly pendingDir: string;
  private readonly failedDir: string;

  constructor(
    private readonly rawMail: FileRawMail,
    dir: string,
    private readonly process: ProcessInbound,
    private readonly log: Logger,
  ) {
    this.pendingDir = join(dir, 'pending');
    this.failedDir = join(dir, 'failed');
  }

  /** Stores and processes one message; resolves once it is stored, processed or not. */
  async receive(raw: Uint8Array, recipients: string[]): Promise<{ id: string; outcome: string }> {
    const id = `local-${randomUUID()}`;
    const rawKey = await this.rawMail.put(id, raw);
    const pending = { id, rawKey, recipients, attempts: 0 };
    await this.writePending(pending);
    return { id, outcome: await this.attempt(pending) };
  }

  /** Retries what an earlier run left unprocessed. */
  async retryPending(): Promise<number> {
    await mkdir(this.pendingDir, { recursive: true });
    const files = (await readdir(this.pendingDir)).filter((f) => f.endsWith('.json'));
    for (const file of files) {
      const pending = Pending.parse(
        JSON.parse(await readFile(join(this.pendingDir, file), 'utf8')),
      );
      await this.attempt(pending);
    }
    return files.length;
  }

  private async attempt(pending: z.infer<typeof Pending>): Promise<string> {
    try {
      const { outcome } = await this.process({
        id: pending.id,
        rawKey: pending.rawKey,
        recipients: pending.recipients,
        verdicts: null,
      });
      await rm(this.pendingPath(pending.id), { force: true });
      return outcome;
    } catch (error) {
      const attempts = pending.attempts + 1;
      this.log.error('inbound.process_failed', { id: pending.id, attempts, error: String(error) });
      if (attempts >= MAX_ATTEMPTS) {
        await mkdir(this.failedDir, { recursive: true });
        await rename(this.pendingPath(pending.id), join(this.failedDir, `${pending.id}.json`));
        return 'failed';
      }
      await this.writePending({ ...pending, attempts });
      return 'retry_later';
    }
  }

  private pendingPath(id: string) {
    return join(this.pendingDir, `${id}.json`);
  }

  private async writePending(pending: z.infer<typeof Pending>) {
    await mkdir(this.pendingDir, { recursive: true });
    const path = this.pendingPath(pending.id);
    await writeFile(`${path}.tmp`, JSON.stringify(pending));
    await rename(`${path}.tmp`, path);
  }
}
