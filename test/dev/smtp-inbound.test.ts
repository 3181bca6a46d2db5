import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileRawMail } from '#adapters/local/file-raw-mail.js';
import type { InboundOutcome } from '#app/handle-inbound.js';
import { memoryLogger } from '#ports/logger.js';
import { InboundDelivery, type LocalInboundInput } from '../../cli/dev/inbound-delivery.js';
import { type SmtpInbound, startSmtpInbound } from '../../cli/dev/smtp-inbound.js';

const RAW = [
  'From: Sam <sam@example.com>',
  'To: interviews@localhost',
  'Subject: Fwd: Interview',
  'Message-ID: <m1@example.com>',
  '',
  'Hello there.',
  '',
].join('\r\n');

let dir: string;
let server: SmtpInbound | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-smtp-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

function transport(port: number) {
  return createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}

describe('SMTP inbound', () => {
  async function start(maxMessageBytes = 100_000, answer = { code: 250, text: 'logged: fine' }) {
    const received: { raw: Buffer; recipients: string[] }[] = [];
    const said: string[] = [];
    server = await startSmtpInbound({
      host: '127.0.0.1',
      port: 0,
      accepted: () => ['interviews@localhost', 'sam@localhost'],
      maxMessageBytes,
      receive: async (raw, recipients) => {
        received.push({ raw, recipients });
        return answer;
      },
      say: (line) => said.push(line),
      log: memoryLogger().logger,
    });
    return { received, said, smtp: transport(server.port) };
  }

  it('takes mail for the accepted addresses and hands over the exact message', async () => {
    const { received, smtp } = await start();
    const info = await smtp.sendMail({
      envelope: { from: 'sam@example.com', to: ['Interviews@LOCALHOST', 'sam@localhost'] },
      raw: RAW,
    });
    expect(info.accepted).toHaveLength(2);
    expect(info.response).toBe('250 logged: fine');
    expect(received).toHaveLength(1);
    expect(received[0]?.raw.toString('utf8')).toBe(RAW);
    expect(received[0]?.recipients).toEqual(['interviews@localhost', 'sam@localhost']);
  });

  it('refuses other recipients at RCPT with a clear error and delivers nothing', async () => {
    const { received, smtp } = await start();
    const error = await smtp
      .sendMail({
        envelope: { from: 'x@example.com', to: ['someone@elsewhere.example'] },
        raw: RAW,
      })
      .then(
        () => null,
        (e: { responseCode?: number; response?: string }) => e,
      );
    expect(error?.responseCode).toBe(550);
    expect(error?.response).toMatch(/no such mailbox here.*interviews@localhost/);
    expect(received).toHaveLength(0);
  });

  it('asks about each recipient alone when it can, listing them all only to refuse one', async () => {
    const asked: string[] = [];
    let listed = 0;
    server = await startSmtpInbound({
      host: '127.0.0.1',
      port: 0,
      accepts: (address) => {
        asked.push(address);
        return address === 'kai@localhost';
      },
      accepted: () => {
        listed += 1;
        return ['kai@localhost'];
      },
      maxMessageBytes: 100_000,
      receive: async () => ({ code: 250, text: 'ok' }),
      log: memoryLogger().logger,
    });
    const smtp = transport(server.port);
    await smtp.sendMail({ envelope: { from: 'x@example.com', to: ['Kai@Localhost'] }, raw: RAW });
    expect(asked).toEqual(['kai@localhost']);
    expect(listed).toBe(0);
    const error = await smtp
      .sendMail({ envelope: { from: 'x@example.com', to: ['lee@localhost'] }, raw: RAW })
      .then(
        () => null,
        (e: { response?: string }) => e,
      );
    expect(error?.response).toMatch(
      /no such mailbox here; this server takes mail for kai@localhost/,
    );
    expect(listed).toBe(1);
  });

  it('refuses the message with the code and text the receiver answered', async () => {
    const { smtp } = await start(100_000, { code: 550, text: '5.7.1 not logged: a reason' });
    const error = await smtp
      .sendMail({ envelope: { from: 'x@example.com', to: ['interviews@localhost'] }, raw: RAW })
      .then(
        () => null,
        (e: { responseCode?: number; response?: string }) => e,
      );
    expect(error?.responseCode).toBe(550);
    expect(error?.response).toBe('550 5.7.1 not logged: a reason');
  });

  it('refuses a message over the size limit, saying so on the terminal', async () => {
    const { received, said, smtp } = await start(2000);
    const big = `${RAW}${'x'.repeat(5000)}\r\n`;
    const error = await smtp
      .sendMail({ envelope: { from: 'sam@example.com', to: ['interviews@localhost'] }, raw: big })
      .then(
        () => null,
        (e: { responseCode?: number; response?: string }) => e,
      );
    expect(error?.responseCode).toBe(552);
    expect(received).toHaveLength(0);
    expect(said).toEqual([
      '✗ Mail from sam@example.com was refused: it is over the 2000-byte size limit. Nothing was stored.',
    ]);
  });

  it('answers 451 when the message cannot be stored, so the client retries', async () => {
    server = await startSmtpInbound({
      host: '127.0.0.1',
      port: 0,
      accepted: () => ['interviews@localhost'],
      maxMessageBytes: 100_000,
      receive: async () => {
        throw new Error('disk full');
      },
      log: memoryLogger().logger,
    });
    const error = await transport(server.port)
      .sendMail({ envelope: { from: 'sam@example.com', to: ['interviews@localhost'] }, raw: RAW })
      .then(
        () => null,
        (e: { responseCode?: number }) => e,
      );
    expect(error?.responseCode).toBe(451);
  });
});

/** Any outcome of the inbound service will do: the delivery passes it on as it is. */
const NOT_INTERVIEW: InboundOutcome = { outcome: 'not_interview' };

describe('InboundDelivery', () => {
  it('stores the raw message, then processes it with its key and recipients', async () => {
    const rawMail = new FileRawMail(join(dir, 'raw'));
    const seen: LocalInboundInput[] = [];
    const delivery = new InboundDelivery(
      rawMail,
      join(dir, 'inbound'),
      async (input) => {
        seen.push(input);
        expect(Buffer.from(await rawMail.get(input.rawKey)).toString()).toBe(RAW);
        return { result: NOT_INTERVIEW };
      },
      memoryLogger().logger,
    );
    const result = await delivery.receive(Buffer.from(RAW), ['interviews@localhost']);
    expect(result.result).toEqual(NOT_INTERVIEW);
    expect(seen).toEqual([
      {
        id: result.id,
        rawKey: `${result.id}.eml`,
        recipients: ['interviews@localhost'],
        verdicts: null,
      },
    ]);
    expect(await readdir(join(dir, 'inbound', 'pending'))).toEqual([]);
  });

  it('keeps a failed message and retries it at the next start, then gives up after three tries', async () => {
    const rawMail = new FileRawMail(join(dir, 'raw'));
    let failing = true;
    const ids: string[] = [];
    const make = () =>
      new InboundDelivery(
        rawMail,
        join(dir, 'inbound'),
        async (input) => {
          ids.push(input.id);
          if (failing) throw new Error('store down');
          return { result: NOT_INTERVIEW };
        },
        memoryLogger().logger,
      );
    const first = await make().receive(Buffer.from(RAW), ['interviews@localhost']);
    expect(first.result).toEqual({ outcome: 'retry_later' });
    failing = false;
    expect(await make().retryPending()).toBe(1);
    expect(ids).toEqual([first.id, first.id]);
    expect(await make().retryPending()).toBe(0);

    failing = true;
    const second = await make().receive(Buffer.from(RAW), ['interviews@localhost']);
    await make().retryPending();
    await make().retryPending();
    expect(await readdir(join(dir, 'inbound', 'failed'))).toEqual([`${second.id}.json`]);
    expect(await make().retryPending()).toBe(0);
  });

  it('counts an attempt that dies with the process, and parks the message after three', async () => {
    const rawMail = new FileRawMail(join(dir, 'raw'));
    const { logger, entries } = memoryLogger();
    // An attempt that never returns stands for the process being killed while processing.
    const dying = () => {
      let started: () => void = () => {};
      const begun = new Promise<void>((resolve) => {
        started = resolve;
      });
      const process = async () => {
        started();
        return new Promise<{ result: InboundOutcome }>(() => {});
      };
      return {
        begun,
        delivery: new InboundDelivery(rawMail, join(dir, 'inbound'), process, logger),
      };
    };
    const first = dying();
    void first.delivery.receive(Buffer.from(RAW), ['interviews@localhost']);
    await first.begun;
    for (let restart = 2; restart <= 3; restart++) {
      const next = dying();
      void next.delivery.retryPending();
      await next.begun;
    }

    const processed: string[] = [];
    const afterThirdCrash = new InboundDelivery(
      rawMail,
      join(dir, 'inbound'),
      async (input) => {
        processed.push(input.id);
        return { result: NOT_INTERVIEW };
      },
      logger,
    );
    expect(await afterThirdCrash.retryPending()).toBe(0);
    expect(processed).toEqual([]);
    const [parked] = await readdir(join(dir, 'inbound', 'failed'));
    expect(parked).toMatch(/^local-.*\.json$/);
    expect(await readdir(join(dir, 'inbound', 'pending'))).toEqual([]);
    expect(entries).toContainEqual(
      expect.objectContaining({
        event: 'inbound.parked',
        fields: expect.objectContaining({ attempts: 3, why: 'every attempt ended in a crash' }),
      }),
    );
  });
});
