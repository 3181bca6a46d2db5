// The composition root of `followup dev`: the same app services, handlers' logic and link pages
// as in AWS, over local adapters (dynalite on LevelDB, a scheduler loop persisted in the same
// table, raw mail and the outbox as files, a movable clock), with SMTP in and HTTP out.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DynamoOwners } from '#adapters/dynamo/dynamo-owners.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient, startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';
import { DevClock } from '#adapters/local/dev-clock.js';
import { FileRawMail } from '#adapters/local/file-raw-mail.js';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { smtpRelay } from '#adapters/local/smtp-relay.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '#app/deps.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { handleInbound } from '#app/handle-inbound.js';
import type { AppConfig } from '#core/config.js';
import type { Owner } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import { isInboundRecipient } from '#core/inbound/trust.js';
import { jsonLogger } from '#ports/logger.js';
import type { ScheduledEvent } from '#ports/scheduler.js';
import { handleLinkRequest } from '#web/link-request.js';
import { lockDataDir, publishEndpoint, publishRuntimeFacts } from './data-dir-lock.js';
import { startHttpServer } from './http-server.js';
import { InboundDelivery } from './inbound-delivery.js';
import { explainInbound } from './inbound-explanation.js';
import { type DevRuntimeOptions, localConfig } from './options.js';
import type { OwnerZone } from './owner-zone.js';
import { ownHosts, refuseRequest } from './request-guard.js';
import { devRoutes } from './routes.js';
import { Serial } from './serial.js';
import { startSmtpInbound } from './smtp-inbound.js';

export const TABLE_NAME = 'followup';

export type FiredStep = ScheduledEvent & { outcome: string };

export interface AdvanceResult {
  now: string;
  fired: FiredStep[];
}

export interface DevRuntime {
  host: string;
  smtpPort: number;
  httpPort: number;
  dataDir: string;
  /** The zone of owners added by --owner, and where it came from. */
  zone: OwnerZone;
  /** The owners in the table when the runtime started (--owner flags and `followup owners`). */
  owners: Owner[];
  config: AppConfig;
  deps: AppDeps;
  clock: DevClock;
  outbox: OutboxMailer;
  /** Moves dev time forward and fires everything that fell due; resolves once it all ran. */
  advance(hours: number): Promise<AdvanceResult>;
  /** When the next pending schedule fires (ISO), or null. */
  nextDueAt(): Promise<string | null>;
  close(): Promise<void>;
}

/** Rounds of firing per advance: a fired step may schedule another one that is already due. */
const MAX_FIRE_ROUNDS = 20;

export async function startDevRuntime(options: DevRuntimeOptions): Promise<DevRuntime> {
  const log = options.log ?? jsonLogger;
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const cleanup: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const step of cleanup.reverse()) await step();
  };

  cleanup.push(await lockDataDir(dataDir));
  try {
    const dynamo = await startEmbeddedDynamo({ path: join(dataDir, 'dynamo') }).catch((error) => {
      throw new Error(
        `cannot open the store in ${join(dataDir, 'dynamo')}: ${errorMessage(error)}`,
      );
    });
    cleanup.push(() => dynamo.close());
    cleanup.push(await publishEndpoint(dataDir, dynamo.endpoint));
    const client = localDynamoClient(dynamo.endpoint);
    cleanup.push(() => client.destroy());
    await ensureTable(client, TABLE_NAME);
    const doc = documentClient(client);
    const store = new DynamoStore(doc, TABLE_NAME);
    const owners = new DynamoOwners(doc, TABLE_NAME);
    // One firing at a time (loop rounds and /dev/advance); closing waits for the one running.
    const serial = new Serial();
    cleanup.push(() => serial.run(async () => {}));

    const clock = new DevClock({
      statePath: join(dataDir, 'clock.json'),
      timeScale: options.timeScale,
      startAt: options.now,
    });
    cleanup.push(() => clock.persist());
    if (options.timeScale !== 1) {
      // A sped-up clock drifts from its saved offset; keep the file close to the truth.
      const timer = setInterval(() => clock.persist(), 5000);
      timer.unref();
      cleanup.push(() => clearInterval(timer));
    }

    // The HTTP port is needed for the config (link base URL), so the server starts first and
    // gets its routes once everything exists.
    let route: Parameters<typeof startHttpServer>[0]['handle'] = async () => ({
      statusCode: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'starting\n',
    });
    const http = await startHttpServer({
      host: options.host,
      port: options.httpPort,
      handle: (request) => route(request),
      log,
    });
    cleanup.push(() => http.close());
    const config = localConfig(options);

    const relay = options.smtpRelay ? smtpRelay(options.smtpRelay) : undefined;
    if (relay) cleanup.push(() => relay.close());
    const outbox = await OutboxMailer.open({
      dir: join(dataDir, 'outbox'),
      domain: config.domain,
      clock,
      relay,
      log,
    });
    const rawMail = new FileRawMail(join(dataDir, 'raw'));
    const scheduler = new LocalScheduler(doc, TABLE_NAME, clock, log);

    // --owner flags add owners the data dir does not know; changes made since are kept.
    for (const owner of config.owners) await owners.addIfAbsent(owner);
    const deps: AppDeps = {
      store,
      owners,
      scheduler,
      mailer: outbox,
      rawMail,
      clock,
      log,
      config,
      linkBaseUrl: `http://${options.host}:${http.port}`,
    };

    await publishRuntimeFacts(dataDir, {
      linkBaseUrl: deps.linkBaseUrl,
      inboundAddress: config.inboundAddress,
      domain: config.domain,
    });

    /** Fires everything due now, in rounds; callers hold the serial section. */
    const drainDue = async () => {
      const fired: FiredStep[] = [];
      for (let round = 0; round < MAX_FIRE_ROUNDS; round++) {
        const events = await scheduler.fireDue(async (event) => {
          try {
            const { outcome } = await fireScheduled(deps, event);
            fired.push({ ...event, outcome });
          } catch (error) {
            // The scheduler keeps it for the next round (at-least-once); report it meanwhile.
            fired.push({ ...event, outcome: `failed: ${errorMessage(error)}` });
            throw error;
          }
        });
        if (events.length === 0) break;
      }
      return fired;
    };

    const delivery = new InboundDelivery(
      rawMail,
      join(dataDir, 'inbound'),
      (input) => handleInbound(deps, input),
      log,
    );

    // The scheduler loop; its first round catches up on whatever fell due while stopped.
    let stopped = false;
    let inFlight: Promise<unknown> = Promise.resolve();
    const tick = () => {
      if (stopped) return;
      inFlight = serial
        .run(drainDue)
        .catch((error) => log.error('scheduler.tick_failed', { error: String(error) }));
    };
    tick();
    const loop = setInterval(tick, options.schedulerIntervalMs ?? 1000);
    cleanup.push(async () => {
      stopped = true;
      clearInterval(loop);
      await inFlight;
    });

    const smtp = await startSmtpInbound({
      host: options.host,
      port: options.smtpPort,
      // Read each time: owners added by `followup owners add` are answered without a restart.
      // A recipient is one keyed read; the whole list only words a refusal.
      accepts: async (address) =>
        isInboundRecipient(address, config.inboundAddress) ||
        (await owners.bySendingAddress(address)) !== null,
      accepted: async () => [
        config.inboundAddress,
        ...(await owners.list()).map((o) => o.sendingAddress),
      ],
      maxMessageBytes: config.limits.maxMessageBytes,
      receive: async (raw, recipients) => {
        const { result, from } = await delivery.receive(raw, recipients);
        const told = explainInbound({
          result,
          from,
          recipients,
          owners: await owners.list(),
          config,
        });
        options.say?.(told.terminal);
        return { code: told.code, text: told.reply };
      },
      say: options.say,
      log,
    });
    cleanup.push(() => smtp.close());

    const nextDueAt = async () => (await scheduler.pending())[0]?.at ?? null;
    const advance = (hours: number): Promise<AdvanceResult> =>
      // Moving and firing in one serial section: no loop round sees half of it.
      serial.run(async () => {
        clock.advance(hours * 3_600_000);
        const fired = await drainDue();
        return { now: clock.now().toISOString(), fired };
      });

    const routes = devRoutes({
      deps,
      outbox,
      smtpPort: smtp.port,
      advance,
      nextDueAt,
      linkHandler: (request) => handleLinkRequest(deps, request),
    });
    const hosts = ownHosts(options.host, http.port);
    route = async (request) => refuseRequest(request, hosts) ?? routes(request);

    // Mail an earlier run left unprocessed is replayed while everything already serves: one
    // slow message must not keep the pages and new mail waiting. Closing waits for it.
    const replay = delivery
      .retryPending()
      .catch((error) => log.error('inbound.replay_failed', { error: String(error) }));
    cleanup.push(async () => {
      delivery.stop();
      await replay;
    });

    return {
      host: options.host,
      smtpPort: smtp.port,
      httpPort: http.port,
      dataDir,
      zone: { zone: options.timezone, source: options.timezoneSource },
      owners: await owners.list(),
      config,
      deps,
      clock,
      outbox,
      advance,
      nextDueAt,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
