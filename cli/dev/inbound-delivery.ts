// What happens to a message the SMTP server accepted: stored as a raw file (like SES writing to
// S3), then handed to the inbound service (like SES invoking the Lambda). A marker file says it
// is not processed yet, so a crash or a failing run is retried at the next start; the inbound
// service is idempotent on the id, so a retry never acts twice. Each attempt is counted in the
// marker before it starts, so a message that kills the process is not retried forever.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { FileRawMail } from '#adapters/local/file-raw-mail.js';
import type { InboundOutcome } from '#app/handle-inbound.js';
import type { Logger } from '#ports/logger.js';

/** The inbound service's input (handleInbound's InboundInput), locally without verdicts. */
export interface LocalInboundInput {
  id: string;
  rawKey: string;
  recipients: string[];
  verdicts: null;
}

/** What the inbound service made of a message, or that processing it failed here. */
export type DeliveryOutcome =
  | InboundOutcome
  /** Every attempt failed: parked in `failed/`. */
  | { outcome: 'failed' }
  /** This attempt failed: retried at the next start. */
  | { outcome: 'retry_later' };

/** What became of a message: the outcome, and the From address it was decided on. */
export interface DeliveryResult {
  result: DeliveryOutcome;
  from: string | null;
}

export type ProcessInbound = (
  input: LocalInboundInput,
) => Promise<{ result: InboundOutcome; from?: string | null }>;

const Pending = z.object({
  id: z.string(),
  rawKey: z.string(),
  recipients: z.array(z.string()),
  attempts: z.number().int(),
});

/** A message whose attempts failed or died this many times is parked (in `failed/`). */
export const MAX_ATTEMPTS = 3;

type PendingMessage = z.infer<typeof Pending>;

export class InboundDelivery {
  private readonly pendingDir: string;
  private readonly failedDir: string;
  private stopped = false;

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
  async receive(raw: Uint8Array, recipients: string[]): Promise<DeliveryResult & { id: string }> {
    const id = `local-${randomUUID()}`;
    const rawKey = await this.rawMail.put(id, raw);
    return { id, ...(await this.attempt({ id, rawKey, recipients, attempts: 0 })) };
  }

  /** Retries what an earlier run left unprocessed, one message at a time, until stopped. */
  async retryPending(): Promise<number> {
    await mkdir(this.pendingDir, { recursive: true });
    const files = (await readdir(this.pendingDir)).filter((f) => f.endsWith('.json'));
    let retried = 0;
    for (const file of files) {
      if (this.stopped) break;
      const pending = Pending.parse(
        JSON.parse(await readFile(join(this.pendingDir, file), 'utf8')),
      );
      if (pending.attempts >= MAX_ATTEMPTS) {
        // Every attempt died without even recording its failure: the message kills the process.
        await this.park(pending, 'every attempt ended in a crash');
        continue;
      }
      await this.attempt(pending);
      retried++;
    }
    return retried;
  }

  /** No further replays start; the one running finishes. */
  stop(): void {
    this.stopped = true;
  }

  private async attempt(pending: PendingMessage): Promise<DeliveryResult> {
    const attempts = pending.attempts + 1;
    await this.writePending({ ...pending, attempts });
    try {
      const { result, from = null } = await this.process({
        id: pending.id,
        rawKey: pending.rawKey,
        recipients: pending.recipients,
        verdicts: null,
      });
      await rm(this.pendingPath(pending.id), { force: true });
      return { result, from };
    } catch (error) {
      this.log.error('inbound.process_failed', { id: pending.id, attempts, error: String(error) });
      if (attempts >= MAX_ATTEMPTS) {
        await this.park({ ...pending, attempts }, String(error));
        return { result: { outcome: 'failed' }, from: null };
      }
      return { result: { outcome: 'retry_later' }, from: null };
    }
  }

  /** Moves a message out of the retry queue for good, saying where it is. */
  private async park(pending: PendingMessage, why: string): Promise<void> {
    await mkdir(this.failedDir, { recursive: true });
    const parked = join(this.failedDir, `${pending.id}.json`);
    await rename(this.pendingPath(pending.id), parked);
    this.log.error('inbound.parked', {
      id: pending.id,
      attempts: pending.attempts,
      why,
      marker: parked,
      raw: pending.rawKey,
    });
  }

  private pendingPath(id: string) {
    return join(this.pendingDir, `${id}.json`);
  }

  private async writePending(pending: PendingMessage) {
    await mkdir(this.pendingDir, { recursive: true });
    const path = this.pendingPath(pending.id);
    await writeFile(`${path}.tmp`, JSON.stringify(pending));
    await rename(`${path}.tmp`, path);
  }
}
