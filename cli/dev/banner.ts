// What `followup dev` prints once everything listens.
import { describeOwnerZone } from './owner-zone.js';
import type { DevRuntime } from './runtime.js';

export type BannerFacts = Pick<
  DevRuntime,
  'config' | 'host' | 'smtpPort' | 'httpPort' | 'owners' | 'zone' | 'dataDir'
> & { clock: Pick<DevRuntime['clock'], 'timeScale' | 'now'> };

export function banner(runtime: BannerFacts): string {
  const { config, host, smtpPort, httpPort } = runtime;
  const web = `http://${host}:${httpPort}`;
  const owner = runtime.owners[0] ?? config.owners[0];
  const sending = runtime.owners.map((o) => o.sendingAddress).join(', ');
  // An owner whose stored zone differs from the runtime's (set by `followup owners`) says so.
  const owners = runtime.owners
    .map(
      (o) =>
        `${o.name ? `${o.name} ` : ''}<${o.email}> · sends as ${o.sendingAddress}${
          o.timezone === runtime.zone.zone ? '' : ` · zone ${o.timezone} (stored)`
        }`,
    )
    .join('\n                 ');
  const scale = runtime.clock.timeScale === 1 ? '' : ` (${runtime.clock.timeScale}× real time)`;
  return `
followup dev · the whole product on this machine

  SMTP inbound   ${host}:${smtpPort}  (no TLS, no auth)
                 takes mail for ${config.inboundAddress} (forwards) and ${sending} (replies)
  Web            ${web}/          interviews, plans, step states
                 ${web}/outbox    every email sent, as its recipient sees it
                 ${web}/outbox.json
  Owners         ${owners}
  Owners' zone   ${describeOwnerZone(runtime.zone)}
  Dev clock      ${runtime.clock.now().toISOString()}${scale}
  Data           ${runtime.dataDir}  (survives restarts)

Try it:
  npx followup demo            a sample interview on a demo server of its own (this one is left alone)
  npx followup forward examples/confirmation.eml --as ${owner?.email} --server ${host}:${smtpPort}
                               forwards a saved email as that owner would
  or any mail client / nodemailer: SMTP ${host}:${smtpPort}, From an owner's address (others are refused with the reason)
  curl -X POST ${web}/dev/advance -d '{"hours": 24}'    moves the dev clock, fires what fell due

Ctrl-C stops it.
`;
}
