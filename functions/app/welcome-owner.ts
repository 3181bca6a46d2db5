// The welcome email a new owner gets when they are added: what to forward where, what followup
// then does, the one-word commands, and the link to their own page. Plain text, like the other
// short notes to the owner.
import type { AppConfig } from '#core/config.js';
import type { Owner } from '#core/domain.js';
import { secretInboundAddress } from '#core/inbound/trust.js';
import type { Clock } from '#ports/clock.js';
import type { LinkTokens } from '#ports/link-tokens.js';
import type { Mailer, OutgoingEmail } from '#ports/mailer.js';
import { greeting } from '#render/person-name.js';
import { noteToOwner } from './compose.js';
import { ownerPageLink } from './links.js';

export interface WelcomeDeps {
  store: LinkTokens;
  clock: Clock;
  linkBaseUrl: string;
  config: Pick<AppConfig, 'domain' | 'inboundAddress'>;
  mailer: Mailer;
}

export async function composeWelcome(
  deps: Omit<WelcomeDeps, 'mailer'>,
  owner: Owner,
): Promise<OutgoingEmail> {
  const ownerPageUrl = await ownerPageLink(deps, owner.email);
  const inbound = deps.config.inboundAddress;
  const secret = secretInboundAddress(owner, inbound);
  const lines = [
    greeting(owner.name, owner.email),
    '',
    'You can now use followup, the interview follow-up autopilot.',
    '',
    'WHAT TO DO',
    `Forward each interview invitation or confirmation to ${inbound}, from ${owner.email}. A note above the forward helps ("decision in two weeks; we talked about their data platform").`,
    ...(secret
      ? [
          `No answer to a forward? Your mail provider may not publish DMARC, which ${inbound} needs to trust that the mail is yours. Forward to your own address instead: ${secret}. Mail from ${owner.email} to it is believed; keep it to yourself.`,
        ]
      : []),
    '',
    'WHAT HAPPENS THEN',
    '- Within a minute you get what I understood and the plan; fix anything I got wrong.',
    '- The evening before: what to ask in the interview.',
    '- The same day: a short thank-you draft per interviewer. One click sends it to them, from',
    `  ${owner.sendingAddress}, so their answers come back to you.`,
    '- A week later a follow-up draft, then a nudge to make one call, then the close-out.',
    '- When an interviewer answers, the plan stops by itself.',
    `All times are in your zone, ${owner.timezone}; change it on your page.`,
    '',
    `Or write to ${inbound} with one word as the subject: status, pause, resume or help.`,
    '',
    'YOUR PAGE',
    `Every interview, what needs you now, pause and resume, your calendar and your settings: ${ownerPageUrl}`,
    'The link works for 30 days; every email from followup carries a fresh one.',
  ];
  return noteToOwner(deps.config, owner, {
    subject: 'Welcome to followup: forward your interviews here',
    lines,
    ownerPageUrl,
  });
}

/** Sends the welcome to a newly added owner (the command that adds owners calls this). */
export async function welcomeOwner(deps: WelcomeDeps, owner: Owner): Promise<void> {
  await deps.mailer.send(await composeWelcome(deps, owner));
}
