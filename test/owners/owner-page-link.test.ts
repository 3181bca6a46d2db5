// Every kind of email to an owner ends with a link to that owner's own page, in the text and the
// HTML alike: a fresh owner-scoped token that opens their page (and never another owner's).
import { describe, expect, it } from 'vitest';
import {
  composeAcknowledgement,
  composeLimitNotice,
  composeNotUnderstood,
  composePlanNotice,
  composeRecipientsAdded,
  composeRelay,
  composeReminder,
  composeSendUncertain,
} from '#app/compose.js';
import { composeCommandReply } from '#app/compose-command-reply.js';
import type { AppDeps } from '#app/deps.js';
import { logInterviewFromFields } from '#app/log-interview.js';
import { ownerPlans } from '#app/owner-plans.js';
import { composeDigest } from '#app/weekly-digest.js';
import { composeWelcome } from '#app/welcome-owner.js';
import { AppConfig } from '#core/config.js';
import { type Owner, Owner as OwnerSchema } from '#core/domain.js';
import { hashToken } from '#core/tokens.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import { fakeDeps } from '../support/fakes.js';
import { get } from '../web/support.js';

const rhea = OwnerSchema.parse({
  email: 'rhea.kowalczyk@mailbox.example',
  name: 'Rhea Kowalczyk',
  timezone: 'Europe/Warsaw',
  sendingAddress: 'rhea@outbound.example.org',
  weeklyDigest: true,
});
const tomas = OwnerSchema.parse({
  email: 'tomas.e@letters.example',
  name: 'Tomás Echeverría',
  timezone: 'America/Bogota',
  sendingAddress: 'tomas@outbound.example.org',
});
const config = AppConfig.parse({
  domain: 'outbound.example.org',
  inboundAddress: 'forward@outbound.example.org',
  owners: [rhea, tomas],
});
const BASE = 'https://owner-pages.example.net';

async function world() {
  const built = await fakeDeps({ now: '2027-06-01T08:00:00Z', config, linkBaseUrl: BASE });
  const log = (owner: Owner, company: string, start: string, interviewer: string) =>
    logInterviewFromFields(built.deps, {
      owner,
      sourceMessageId: `${company.toLowerCase()}@source.example`,
      fields: {
        company,
        role: 'Platform Engineer',
        start,
        end: new Date(Date.parse(start) + 3_600_000).toISOString(),
        timezone: owner.timezone,
        interviewers: [
          { name: interviewer, email: `${interviewer.split(' ')[0]}@${company}.example` },
        ],
      },
    });
  return {
    ...built,
    rhea: await log(rhea, 'Lindqvist', '2027-06-03T09:00:00Z', 'Mateo Ruiz'),
    tomas: await log(tomas, 'Orinoco', '2027-06-04T15:00:00Z', 'Ines Moreau'),
  };
}

/** Every email an owner can get, by kind, composed against the real store. */
async function everyEmail(
  deps: AppDeps,
  owner: Owner,
  logged: Awaited<ReturnType<typeof logInterviewFromFields>>,
): Promise<Record<string, OutgoingEmail>> {
  const { interview, steps } = logged;
  const plans = await ownerPlans(deps, owner);
  const emails: Record<string, OutgoingEmail> = {
    acknowledgement: await composeAcknowledgement(deps, { interview, steps, owner }),
  };
  for (const step of steps) {
    emails[`reminder ${step.kind}`] = await composeReminder(deps, { interview, step, owner });
  }
  for (const change of ['moved', 'cancelled', 'heard_back'] as const) {
    emails[`plan ${change}`] = await composePlanNotice(deps, { owner, interview, steps, change });
  }
  emails['not understood'] = await composeNotUnderstood(deps, {
    owner,
    subject: 'Fwd: hello',
    missing: ['the date'],
  });
  emails['not an interview'] = await composeNotUnderstood(deps, {
    owner,
    subject: 'Fwd: receipt',
    missing: [],
    notInterview: true,
  });
  for (const reason of ['too_large', 'daily_limit'] as const) {
    emails[`limit ${reason}`] = await composeLimitNotice(deps, { owner, reason, subject: null });
  }
  emails.relay = await composeRelay(deps, {
    owner,
    interview,
    from: { name: 'Someone', address: 'someone@elsewhere.example' },
    subject: 'Re: thanks',
    text: 'We will let you know next week.',
    inReplyTo: null,
  });
  emails['recipients added'] = await composeRecipientsAdded(deps, {
    owner,
    interview,
    added: ['new.person@elsewhere.example'],
  });
  emails['send uncertain'] = await composeSendUncertain(deps, {
    owner,
    interview,
    step: 'thank_you',
    names: ['Someone'],
  });
  for (const command of ['status', 'help', 'pause', 'resume'] as const) {
    emails[`command ${command}`] = await composeCommandReply(deps, owner, command, plans);
  }
  emails.digest = await composeDigest(deps, owner);
  emails.welcome = await composeWelcome(deps, owner);
  return emails;
}

const FOOTER_LINK = /^Your page \(every interview, what needs you now, pause, settings\): (\S+)$/m;

/** The page link in the text footer, and the one the HTML footer's "Your page" points to. */
function footerLinks(email: OutgoingEmail): { text: string; html: string | null } {
  const text = email.text.match(FOOTER_LINK)?.[1];
  if (!text) throw new Error(`no page link in the footer of "${email.subject}"`);
  if (!email.html) return { text, html: null };
  const html = email.html.match(/<a href="([^"]+)"[^>]*>Your page<\/a>/)?.[1];
  if (!html) throw new Error(`no page link in the HTML footer of "${email.subject}"`);
  return { text, html: html.replaceAll('&amp;', '&') };
}

describe("the owner's page link in every email to the owner", () => {
  it('each kind carries a page link that opens its own owner’s page and no other', async () => {
    const w = await world();
    const kinds = new Set<string>();
    for (const [owner, mine, theirs] of [
      [rhea, w.rhea, w.tomas],
      [tomas, w.tomas, w.rhea],
    ] as const) {
      const emails = await everyEmail(w.deps, owner, mine);
      for (const [kind, email] of Object.entries(emails)) {
        kinds.add(kind);
        expect(
          email.to.map((to) => to.address),
          kind,
        ).toEqual([owner.email]);
        const { text, html } = footerLinks(email);
        if (html !== null) expect(html, `${kind}: text and HTML link to one page`).toBe(text);
        expect(text.startsWith(`${BASE}/l/`), kind).toBe(true);
        const token = text.slice(`${BASE}/l/`.length);
        const record = await w.deps.store.getLinkToken(hashToken(token));
        expect(record, kind).toMatchObject({
          action: 'owner_page',
          ownerEmail: owner.email,
          interviewId: null,
          step: null,
        });
        const page = await get(w.deps, new URL(text).pathname);
        expect(page.statusCode, kind).toBe(200);
        expect(page.body, kind).toContain(mine.interview.company ?? '');
        expect(page.body, kind).not.toContain(theirs.interview.company ?? '');
        expect(page.body, kind).not.toContain(theirs.interview.id);
      }
    }
    // The kinds above are every email an owner gets; a reminder of each step of the plan.
    expect([...kinds].filter((k) => k.startsWith('reminder')).sort()).toEqual([
      'reminder call',
      'reminder close_out',
      'reminder follow_up',
      'reminder prep',
      'reminder thank_you',
    ]);
  });

  it('a page link is a link of its own: opening it many times works, and it expires in 30 days', async () => {
    const w = await world();
    const email = await composeAcknowledgement(w.deps, { ...w.rhea, owner: rhea });
    const url = footerLinks(email).text;
    const path = new URL(url).pathname;
    expect((await get(w.deps, path)).statusCode).toBe(200);
    expect((await get(w.deps, path)).statusCode).toBe(200);
    const record = await w.deps.store.getLinkToken(hashToken(path.slice('/l/'.length)));
    expect(record?.singleUse).toBe(false);
    expect(Date.parse(record?.expiresAt ?? '') - w.clock.now().getTime()).toBe(30 * 86_400_000);
    // Each email re-issues the page link: a second email carries a different token.
    const again = await composeAcknowledgement(w.deps, { ...w.rhea, owner: rhea });
    expect(footerLinks(again).text).not.toBe(url);
    w.clock.advance(31 * 86_400_000);
    expect((await get(w.deps, path)).statusCode).not.toBe(200);
  });
});
