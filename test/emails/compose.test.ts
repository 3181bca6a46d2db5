// What each email says and how it is built: drafts grounded in the advice, every owner email
// rendered with links and a text alternative, hostile values escaped everywhere.
import { describe, expect, it } from 'vitest';
import {
  composeAcknowledgement,
  composeDrafts,
  composeLimitNotice,
  composeNotUnderstood,
  composePlanNotice,
  composeRelay,
  composeReminder,
  topicFromNotes,
  whatHappened,
  writeReminder,
} from '#app/compose.js';
import type { Interview } from '#core/domain.js';
import type { LinkTokenRecord } from '#core/records.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import { config, HOSTILE, interview, owner, plan, step } from './fixtures.js';

function composeDeps() {
  const tokens: LinkTokenRecord[] = [];
  const deps = {
    config,
    linkBaseUrl: 'https://links.example.net',
    clock: { now: () => new Date('2026-03-01T12:00:00Z') },
    store: {
      putLinkToken: async (record: LinkTokenRecord) => {
        tokens.push(record);
      },
      listSteps: async () => plan(),
    },
  } as unknown as Parameters<typeof composeAcknowledgement>[0];
  return { deps, tokens };
}

/** Every email the owner can get, for one interview. */
async function everyEmail(subject: Interview): Promise<Record<string, OutgoingEmail>> {
  const { deps } = composeDeps();
  const reminder = (kind: Parameters<typeof step>[0]) =>
    composeReminder(deps, { interview: subject, step: step(kind), owner });
  return {
    acknowledgement: await composeAcknowledgement(deps, {
      interview: subject,
      steps: plan(),
      owner,
    }),
    prep: await reminder('prep'),
    thankYou: await reminder('thank_you'),
    followUp: await reminder('follow_up'),
    call: await reminder('call'),
    closeOut: await reminder('close_out'),
    notUnderstood: await composeNotUnderstood(deps, {
      owner,
      subject: subject.company,
      missing: [subject.role ?? 'the time'],
    }),
    moved: await composePlanNotice(deps, {
      owner,
      interview: subject,
      steps: plan(),
      change: 'moved',
    }),
    cancelled: await composePlanNotice(deps, {
      owner,
      interview: subject,
      steps: plan(),
      change: 'cancelled',
    }),
    relay: await composeRelay(deps, {
      owner,
      interview: subject,
      from: { name: subject.interviewers[0]?.name ?? null, address: 'priya@northwind.example' },
      subject: subject.company,
      text: subject.notes.join('\n'),
      inReplyTo: 'abc@email.amazonses.com',
    }),
    tooLarge: await composeLimitNotice(deps, { owner, reason: 'too_large', subject: subject.role }),
    dailyLimit: await composeLimitNotice(deps, {
      owner,
      reason: 'daily_limit',
      subject: subject.role,
    }),
  };
}

describe('drafts to interviewers', () => {
  it('writes one short, personal thank-you per interviewer with an address', () => {
    const subject = interview({
      interviewers: [
        { name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null },
        { name: 'Ana Lopez', email: null, timezone: null },
      ],
    });
    const drafts = composeDrafts(subject, owner, 'thank_you');
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft?.interviewerEmail).toBe('priya@northwind.example');
    expect(draft?.body).toMatch(/^Hi Priya,\n/);
    // Thanks, one specific thing from the conversation, one line of interest; no sales pitch.
    expect(draft?.body).toContain('Thank you for taking the time');
    expect(draft?.body).toContain('our conversation about [one thing you talked about with Priya]');
    expect(draft?.body).not.toMatch(/great match|confident I could/);
    expect(draft?.body).toContain("I'm very interested in joining Northwind Logistics");
    expect(draft?.body.trim().endsWith('Sam Rivera')).toBe(true);
    expect(draft?.body.split(/\s+/).length).toBeLessThan(90);
    expect(draft?.subject).toBe('Thank you – Senior Platform Engineer interview');
  });

  it('names the topic given for each person, and a 1:1 uses the topic from the forward', () => {
    const drafts = composeDrafts(interview(), owner, 'thank_you');
    expect(drafts[0]?.body).toContain('our conversation about your Kafka migration.');
    expect(drafts[1]?.body).toContain('our conversation about the on-call rotation.');
    const oneToOne = interview({
      interviewers: [{ name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null }],
    });
    const [draft] = composeDrafts(oneToOne, owner, 'thank_you');
    expect(draft?.body).toContain('our conversation about your Kafka migration.');
    expect(draft?.body).not.toMatch(/\[/);
  });

  it('never gives a panel the topic of one conversation', () => {
    const panel = interview({
      interviewers: [
        { name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null },
        { name: 'Ines Duarte', email: 'ines@northwind.example', timezone: null },
      ],
    });
    const bodies = composeDrafts(panel, owner, 'thank_you').map((d) => d.body);
    expect(bodies[0]).toContain('[one thing you talked about with Priya]');
    expect(bodies[1]).toContain('[one thing you talked about with Ines]');
  });

  it('writes a follow-up that says still interested and invites questions', () => {
    const [draft] = composeDrafts(interview(), owner, 'follow_up');
    expect(draft?.body).toContain('on March 3');
    expect(draft?.body).toContain('still very interested in joining Northwind Logistics');
    expect(draft?.body).toContain("If you have any questions for me, I'd be glad to answer them.");
    expect(draft?.subject).toBe('Following up – Senior Platform Engineer interview');
  });

  it('reads well without company, role or notes', () => {
    const [draft] = composeDrafts(
      interview({ company: null, role: null, notes: [] }),
      owner,
      'thank_you',
    );
    expect(draft?.body).toContain('talk with me.');
    expect(draft?.body).toContain('joining the team');
    expect(draft?.subject).toBe('Thank you for your time');
  });

  it('picks a topic, not the decision timeline, from the notes', () => {
    expect(topicFromNotes(['decision in two weeks', 'We talked about Their API redesign.'])).toBe(
      'your API redesign',
    );
    expect(topicFromNotes(['discussed GraphQL federation'])).toBe('GraphQL federation');
    expect(topicFromNotes(['they will decide by Friday'])).toBeNull();
    expect(topicFromNotes([])).toBeNull();
  });

  it('proposes no drafts for steps that only remind the owner', () => {
    expect(composeDrafts(interview(), owner, 'call')).toEqual([]);
  });
});

describe('the close-out tells what happened', () => {
  it('names only what was sent and done, and says no one answered', () => {
    const sent = (name: string) => ({
      interviewerName: name,
      interviewerEmail: 'x@northwind.example',
      subject: 's',
      body: 'b',
      sentMessageId: 'm1',
    });
    const nothing = whatHappened(plan());
    expect(nothing).toBe(
      'No thank-you went out. No follow-up went out. The call was not marked done. No one has answered.',
    );
    const some = whatHappened([
      step('thank_you', { status: 'sent', drafts: [sent('Jae-won Lee'), sent('Ines Duarte')] }),
      step('follow_up', { status: 'skipped' }),
      step('call', { status: 'done' }),
    ]);
    expect(some).toBe(
      'You sent a thank-you to Jae-won Lee and Ines Duarte. No follow-up went out. You marked the call done. No one has answered.',
    );
  });
});

describe('emails to the owner', () => {
  it('the acknowledgement shows both zones, the plan, the realistic answer date and three links', async () => {
    const { deps, tokens } = composeDeps();
    const email = await composeAcknowledgement(deps, {
      interview: interview(),
      steps: plan(),
      owner,
    });
    expect(email.to).toEqual([{ name: owner.name, address: owner.email }]);
    expect(email.from).toEqual({ name: 'followup', address: 'followup@mail.example.net' });
    expect(email.subject).toBe(
      'Logged: Senior Platform Engineer at Northwind Logistics, Tue 3 Mar',
    );
    for (const part of [email.text, email.html ?? '']) {
      expect(part).toContain('Tue 3 Mar, 14:00–15:00 CST');
      expect(part).toContain('Tue 3 Mar, 15:00–16:00 EST');
      expect(part).toContain('Tue 10 Mar, 09:00 EDT');
      // Decision 17 Mar = 14 days after 3 Mar; doubled: 31 Mar.
      expect(part).toContain('expect an answer by Tue 31 Mar');
    }
    expect(tokens.map((t) => t.action)).toEqual([
      'looks_right',
      'fix_details',
      'cancel_plan',
      'add_notes',
      'owner_page',
    ]);
    const [page, ...links] = [...tokens].reverse();
    expect(links.every((t) => t.interviewId === 'int-1' && t.ownerEmail === owner.email)).toBe(
      true,
    );
    // The footer's page link is about the owner, not this interview.
    expect(page).toMatchObject({ ownerEmail: owner.email, interviewId: null, singleUse: false });
    expect(email.text).toMatch(/Add notes: +https:\/\/links\.example\.net\/l\/[\w-]{43}\n/);
  });

  it('the acknowledgement leads with Add notes; Looks right is no required click', async () => {
    const { deps } = composeDeps();
    const email = await composeAcknowledgement(deps, {
      interview: interview(),
      steps: plan(),
      owner,
    });
    const html = email.html ?? '';
    const buttons = [...html.matchAll(/class="fu-button"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(buttons).toEqual(['Add notes']);
    expect(html).not.toMatch(/class="fu-button(-quiet)?"[^>]*>Looks right</);
    expect(html).toContain('Nothing to do: the plan runs by itself');
    expect(email.text.indexOf('Add notes:')).toBeLessThan(email.text.indexOf('Looks right'));
  });

  it('the acknowledgement marks a cleaned role and a signature from the forward as guesses', async () => {
    const { deps } = composeDeps();
    const email = await composeAcknowledgement(deps, {
      interview: interview({
        role: 'Interview - Sam Rivera / Data Analyst',
        seekerName: 'Sam Rivera',
      }),
      steps: plan(),
      owner: { ...owner, name: null },
    });
    expect(email.text).toMatch(
      /Role: +Data Analyst \(Is "Data Analyst" right\? Fix details: https:/,
    );
    expect(email.text).toContain(
      'Signed:  Sam Rivera (Taken from the name on the mail you forwarded',
    );
    expect(email.html).toMatch(
      /Is &quot;Data Analyst&quot; right\? <a href="[^"]+"[^>]*>Fix details/,
    );
    const named = await composeAcknowledgement(deps, {
      interview: interview(),
      steps: plan(),
      owner,
    });
    expect(named.text).toContain('Signed:  Sam Rivera\n');
  });

  it('each reminder carries the links for its step, bound to that step', async () => {
    const { deps, tokens } = composeDeps();
    const thankYou = await composeReminder(deps, {
      interview: interview(),
      step: step('thank_you'),
      owner,
    });
    expect(tokens.map((t) => [t.action, t.step])).toEqual([
      ['approve', 'thank_you'],
      ['skip', 'thank_you'],
      ['heard_back', 'thank_you'],
      ['add_notes', null],
      ['fix_details', null],
      ['owner_page', null],
    ]);
    expect(thankYou.text).toContain('---- To Priya Natarajan <priya@northwind.example>');
    expect(thankYou.text).toContain('Hi Tom,');
    tokens.length = 0;
    const call = await composeReminder(deps, { interview: interview(), step: step('call'), owner });
    expect(tokens.map((t) => t.action)).toEqual(['done', 'heard_back', 'snooze', 'owner_page']);
    expect(call.text).toContain('Hi Priya, this is Sam Rivera. We met on March 3');
    expect(call.text).toContain('where you are in the hiring process');
    expect(call.text).toContain('Good luck with the decision');
    // The close-out's day comes from the plan, never a fixed "within a week".
    expect(call.text).toContain('the close-out on Tue 24 Mar tells you');
    const prep = await composeReminder(deps, {
      interview: interview({ interviewers: [{ name: 'Ana Lopez', email: null, timezone: null }] }),
      step: step('prep'),
      owner,
    });
    expect(prep.text).toContain('I still need an address for: Ana Lopez.');
    const close = await composeReminder(deps, {
      interview: interview(),
      step: step('close_out'),
      owner,
    });
    expect(close.text).toContain('No answer is an answer');
  });

  it('writing an email touches no store: it carries exactly the links minted for it', () => {
    const minted = (action: string) => `https://links.example.net/l/minted-${action}`;
    const deps = { config, clock: { now: () => new Date('2026-03-01T12:00:00Z') } };
    const context = { interview: interview(), step: step('call'), owner, plan: plan() };
    const call = writeReminder(deps, context, {
      interview: {},
      step: { done: minted('done'), heard_back: minted('heard_back'), snooze: minted('snooze') },
      ownerPage: minted('owner_page'),
    });
    for (const action of ['done', 'heard_back', 'snooze', 'owner_page']) {
      expect(call.text).toContain(minted(action));
    }
    expect(() =>
      writeReminder(deps, context, { interview: {}, step: {}, ownerPage: minted('owner_page') }),
    ).toThrow('no done link was minted for this email');
  });

  it('the not-understood reply lists what was missing and links to manual entry', async () => {
    const { deps, tokens } = composeDeps();
    const email = await composeNotUnderstood(deps, {
      owner,
      subject: 'Fwd: chat next week?',
      missing: ['the date and time', 'the company'],
    });
    expect(email.text).toContain('  - the date and time\n  - the company');
    expect(tokens).toMatchObject([
      { action: 'manual_entry', interviewId: null, singleUse: true },
      { action: 'owner_page', interviewId: null },
    ]);
    expect(email.subject).toBe("I couldn't log: Fwd: chat next week?");
  });

  it('a thank-you reminder with no interviewer address leads with Add their addresses, not Review & send', async () => {
    const { deps, tokens } = composeDeps();
    const email = await composeReminder(deps, {
      interview: interview({ interviewers: [{ name: 'Ana Lopez', email: null, timezone: null }] }),
      step: step('thank_you'),
      owner,
    });
    const html = email.html ?? '';
    const buttons = [...html.matchAll(/class="fu-button"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(buttons).toEqual(['Add their addresses']);
    expect(html).not.toContain('Review &amp; send');
    expect(email.text).not.toContain('Review & send');
    expect(email.text).toMatch(
      /^Send your thank-you: .*\n\nI have no email address for Ana Lopez\./,
    );
    expect(email.text).toMatch(/Add their addresses: +https:/);
    // The button opens Fix details for the interview.
    const fix = tokens.find((t) => t.action === 'fix_details');
    expect(fix).toMatchObject({ interviewId: 'int-1', step: null });
  });

  it('a forward that books no interview is answered as such, with no list of missing fields', async () => {
    const { deps, tokens } = composeDeps();
    const email = await composeNotUnderstood(deps, {
      owner,
      subject: 'Fwd: We received your application',
      missing: [],
      notInterview: true,
    });
    for (const part of [email.text, email.html ?? '']) {
      expect(part).toMatch(/This doesn(&#39;|&#x27;|')t look like an interview/);
      expect(part).not.toContain('everything a plan needs');
      expect(part).toContain('Enter the interview');
    }
    expect(tokens).toMatchObject([
      { action: 'manual_entry', interviewId: null },
      { action: 'owner_page', interviewId: null },
    ]);
    expect(email.subject).toBe('Not an interview? Fwd: We received your application');
  });

  it('the relay comes "via followup", answers go to the interviewer, and it threads', async () => {
    const { deps } = composeDeps();
    const email = await composeRelay(deps, {
      owner,
      interview: interview(),
      from: { name: 'Priya Natarajan', address: 'priya@northwind.example' },
      subject: 'Re: Thank you',
      text: 'Thanks Sam, we will be in touch.',
      inReplyTo: 'abc@email.amazonses.com',
    });
    expect(email.from).toEqual({
      name: 'Priya Natarajan via followup',
      address: 'followup@mail.example.net',
    });
    expect(email.replyTo).toEqual([
      { name: 'Priya Natarajan', address: 'priya@northwind.example' },
    ]);
    expect(email.to).toEqual([{ name: owner.name, address: owner.email }]);
    expect(email.inReplyTo).toBe('abc@email.amazonses.com');
    expect(email.subject).toBe('Re: Thank you');
    expect(email.text).toContain('Thanks Sam, we will be in touch.');
  });

  it('limit notices explain the limit; only the size one offers manual entry', async () => {
    const { deps, tokens } = composeDeps();
    const big = await composeLimitNotice(deps, { owner, reason: 'too_large', subject: 'Fwd: x' });
    expect(big.text).toContain('larger than I accept (10 MB, or 150,000 lines)');
    expect(tokens.map((t) => t.action)).toEqual(['manual_entry', 'owner_page']);
    tokens.length = 0;
    const daily = await composeLimitNotice(deps, { owner, reason: 'daily_limit', subject: null });
    expect(daily.text).toContain('20 new interviews today');
    // Nothing to enter by hand: the only link is the owner's page in the footer.
    expect(tokens.map((t) => t.action)).toEqual(['owner_page']);
    expect(daily.text.match(/\/l\//g)).toHaveLength(1);
  });

  it('every email has a subject on one line, HTML, and a text part without tags', async () => {
    const emails = await everyEmail(interview());
    for (const [name, email] of Object.entries(emails)) {
      expect(email.subject, name).not.toMatch(/[\r\n]/);
      expect(email.html, name).toContain('</html>');
      expect(email.html, name).not.toMatch(/\{\{|\}\}/);
      expect(email.text, name).not.toMatch(
        /<\/?(p|div|a|span|br|strong|em|h1|h2|table|td|tr)\b|\{\{|&amp;|&#|undefined/i,
      );
    }
  });

  it('escapes HTML and script from every person- or email-sourced field', async () => {
    const hostile = interview({
      company: `ACME ${HOSTILE}`,
      role: `Role ${HOSTILE}`,
      interviewers: [
        { name: `Eve ${HOSTILE}`, email: 'eve@northwind.example', timezone: null },
        { name: `Mallory ${HOSTILE}`, email: null, timezone: null },
      ],
      notes: [`we talked about ${HOSTILE}`],
      meetingUrl: 'javascript:alert(1)',
    });
    const emails = await everyEmail(hostile);
    for (const [name, email] of Object.entries(emails)) {
      const html = email.html ?? '';
      expect(html, name).not.toContain('<script>');
      expect(html, name).not.toContain('<img src=x');
      expect(html, name).not.toContain('javascript:');
      expect(html, name).not.toMatch(/\{\{subject\}\}/);
      expect(email.subject, name).not.toMatch(/[\r\n]/);
    }
    expect(emails.acknowledgement?.html).toContain('ACME &lt;script&gt;alert(1)');
    expect(emails.thankYou?.html).toContain('Eve &lt;script&gt;');
    expect(emails.relay?.html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('CR/LF in a subject never makes a new header line', async () => {
    const { deps } = composeDeps();
    const email = await composeNotUnderstood(deps, {
      owner,
      subject: 'Hello\r\nBcc: victim@example.com',
      missing: [],
    });
    expect(email.subject).toBe("I couldn't log: Hello Bcc: victim@example.com");
    const relay = await composeRelay(deps, {
      owner,
      interview: null,
      from: { name: 'Eve\r\nX-Evil: 1', address: 'eve@example.com' },
      subject: 'Re: hi\nBcc: x@example.com',
      text: 'hi',
      inReplyTo: null,
    });
    expect(relay.subject).toBe('Re: hi Bcc: x@example.com');
    expect(relay.from.name).toBe('Eve X-Evil: 1 via followup');
  });
});

describe('what the emails say about moved and skipped steps', () => {
  const shifted =
    'moved to Monday 28 December: 25 December is Christmas Day in the United States, then the weekend';

  it('a reminder moved off a holiday says where to and why, in both parts', async () => {
    const { deps } = composeDeps();
    for (const kind of ['follow_up', 'call', 'close_out'] as const) {
      const email = await composeReminder(deps, {
        interview: interview(),
        step: step(kind, { reason: shifted }),
        owner,
      });
      expect(email.text, kind).toContain(`This reminder was ${shifted}.`);
      expect(email.html, kind).toContain(`This reminder was ${shifted}.`);
      // A step that was not moved says nothing about moving.
      const plain = await composeReminder(deps, {
        interview: interview(),
        step: step(kind),
        owner,
      });
      expect(plain.text, kind).not.toContain('This reminder was moved');
    }
  });

  it('the acknowledgement lists the skipped steps with the reason, and a moved one with why', async () => {
    const { deps } = composeDeps();
    const steps = [
      step('prep', { status: 'skipped', reason: 'would land after the interview starts' }),
      step('thank_you', { status: 'skipped', reason: 'too long after the interview' }),
      step('follow_up'),
      step('call', { reason: shifted }),
      step('close_out'),
    ];
    const email = await composeAcknowledgement(deps, { interview: interview(), steps, owner });
    expect(email.text).toContain(
      '  - Prep reminder: skipped, would land after the interview starts.',
    );
    expect(email.text).toContain('  - Thank-you note: skipped, too long after the interview.');
    expect(email.html).toContain('Thank-you note: skipped, too long after the interview.');
    expect(email.text).toContain(`It was ${shifted}.`);
  });
});
