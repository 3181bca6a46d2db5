// The welcome email for an owner `followup owners add` just added to the local runtime. A running
// runtime sends it itself (POST /dev/welcome), so it lands in its outbox with its links; when none
// runs, the command writes it to the outbox as the runtime would, with the links of the runtime's
// last start (or the default port), which its next start answers.
import { join, resolve } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoStore } from '#adapters/dynamo/dynamo-store.js';
import { DevClock } from '#adapters/local/dev-clock.js';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { welcomeOwner } from '#app/welcome-owner.js';
import type { Owner } from '#core/domain.js';
import { runtimeFacts } from '../dev/data-dir-lock.js';

const DEFAULTS = {
  linkBaseUrl: 'http://127.0.0.1:8787',
  inboundAddress: 'interviews@localhost',
  domain: 'localhost',
};

/** Sends the welcome; answers where it went, for the command's output. */
export async function welcomeLocalOwner(
  dataDirOption: string,
  table: { doc: DynamoDBDocumentClient; tableName: string },
  owner: Owner,
): Promise<string> {
  const dataDir = resolve(dataDirOption);
  const { facts, running } = await runtimeFacts(dataDir);
  if (running && facts) {
    const response = await fetch(`${facts.linkBaseUrl}/dev/welcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email }),
    });
    if (!response.ok) {
      throw new Error(
        `the running followup dev did not send the welcome: ${await response.text()}`,
      );
    }
    return `sent ${owner.email} a welcome email (see ${facts.linkBaseUrl}/outbox)`;
  }
  const known = facts ?? DEFAULTS;
  const clock = new DevClock({ statePath: join(dataDir, 'clock.json') });
  const mailer = await OutboxMailer.open({
    dir: join(dataDir, 'outbox'),
    domain: known.domain,
    clock,
  });
  await welcomeOwner(
    {
      store: new DynamoStore(table.doc, table.tableName),
      clock,
      linkBaseUrl: known.linkBaseUrl,
      config: { domain: known.domain, inboundAddress: known.inboundAddress },
      mailer,
    },
    owner,
  );
  return `wrote ${owner.email} a welcome email to the outbox (${join(dataDir, 'outbox')})`;
}
