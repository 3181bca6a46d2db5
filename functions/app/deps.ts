import type { AppConfig } from '#core/config.js';
import type { Clock } from '#ports/clock.js';
import type { Logger } from '#ports/logger.js';
import type { Mailer } from '#ports/mailer.js';
import type { OwnerDirectory } from '#ports/owners.js';
import type { RawMail } from '#ports/raw-mail.js';
import type { Scheduler } from '#ports/scheduler.js';
import type { Store } from '#ports/store.js';

/** Everything an app service may touch. Handlers and the local runtime build one of these. */
export interface AppDeps {
  store: Store;
  owners: OwnerDirectory;
  scheduler: Scheduler;
  mailer: Mailer;
  rawMail: RawMail;
  clock: Clock;
  log: Logger;
  config: AppConfig;
  /** Base URL of the link pages, without a trailing slash. */
  linkBaseUrl: string;
}
