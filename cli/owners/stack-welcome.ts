// The welcome email for an owner `followup owners add --stack` just added to a deployed stack:
// written with the stack's own inbound address, link URL and mail domain (its outputs), its page
// link minted in the stack's table, and sent through SES v2 with the user's own credentials, as
// the functions send. In the SES sandbox SES refuses an address nobody verified: the answer says
// what to verify or request, and how to send the welcome again.
import { sendRefusal } from '#adapters/ses/send-refusal.js';
import { welcomeOwner } from '#app/welcome-owner.js';
import { systemSender } from '#core/config.js';
import { STACK_OUTPUT } from '#core/deployment.js';
import type { Owner } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import type { Clock } from '#ports/clock.js';
import type { LinkTokens } from '#ports/link-tokens.js';
import type { Mailer } from '#ports/mailer.js';

/** What the welcome is written with, from the stack's outputs. */
export interface StackMailSettings {
  linkBaseUrl: string;
  inboundAddress: string;
  domain: string;
  /** The configuration set the functions send with; null when the stack names none. */
  configurationSet: string | null;
}

const WRITTEN_WITH = [
  STACK_OUTPUT.linkBaseUrl,
  STACK_OUTPUT.inboundAddress,
  STACK_OUTPUT.domain,
] as const;

/** The settings, or the output keys the stack lacks (an older stack). */
export function stackMailSettings(
  outputs: ReadonlyMap<string, string>,
): StackMailSettings | { missing: string[] } {
  const missing = WRITTEN_WITH.filter((key) => !outputs.get(key));
  if (missing.length > 0) return { missing };
  return {
    linkBaseUrl: outputs.get(STACK_OUTPUT.linkBaseUrl) as string,
    inboundAddress: outputs.get(STACK_OUTPUT.inboundAddress) as string,
    domain: outputs.get(STACK_OUTPUT.domain) as string,
    configurationSet: outputs.get(STACK_OUTPUT.sesConfigurationSet) || null,
  };
}

/** The welcome was not sent; the message says why and what to do. The owner stays added. */
export class WelcomeNotSent extends Error {}

export interface StackWelcomeDeps {
  store: LinkTokens;
  clock: Clock;
  mailer: Mailer;
  stack: string;
  region: string;
  /** Turns an AWS failure into what the user can do about it, when it is one we know. */
  hint: (error: unknown) => string | null;
}

export async function welcomeStackOwner(
  settings: StackMailSettings | { missing: string[] },
  deps: StackWelcomeDeps,
  owner: Owner,
): Promise<string> {
  if ('missing' in settings) {
    throw new WelcomeNotSent(
      `no welcome email sent: stack ${deps.stack} has no ${settings.missing.join(' or ')} output (an older version); deploy this version (npx cdk deploy), then run \`followup owners welcome ${owner.email} --stack ${deps.stack}\``,
    );
  }
  try {
    await welcomeOwner(
      {
        store: deps.store,
        clock: deps.clock,
        linkBaseUrl: settings.linkBaseUrl,
        config: { domain: settings.domain, inboundAddress: settings.inboundAddress },
        mailer: deps.mailer,
      },
      owner,
    );
  } catch (error) {
    throw new WelcomeNotSent(notSentBecause(error, owner, deps));
  }
  return `sent ${owner.email} a welcome email from ${systemSender(settings).address}`;
}

function notSentBecause(error: unknown, owner: Owner, deps: StackWelcomeDeps): string {
  const again = `then send it with \`followup owners welcome ${owner.email} --stack ${deps.stack} --region ${deps.region}\``;
  const refusal = sendRefusal(error);
  // SES in the sandbox: "Email address is not verified. The following identities failed the
  // check in region …: <addresses>".
  if (refusal?.reason === 'rejected' && /not verified/i.test(refusal.message)) {
    return [
      `no welcome email sent: SES refused it (${refusal.message}).`,
      `The SES account in ${deps.region} is in the sandbox, where mail goes only to verified addresses. Either`,
      `  - verify the new owner's address: aws sesv2 create-email-identity --email-identity ${owner.email} --region ${deps.region}`,
      '    (SES mails them a link to click), or',
      '  - request production access: SES console → Account dashboard → Request production access;',
      again,
    ].join('\n');
  }
  const known = deps.hint(error);
  return `no welcome email sent: ${known ?? errorMessage(error)}; ${again}`;
}
