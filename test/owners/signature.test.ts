// The signature an owner saves closes every draft sent under their name (thank-you and
// follow-up), in place of the name alone: as written in the plain text that goes out, escaped
// wherever it is shown in HTML (the reminder email, the review page), and named in the
// acknowledgement.
import { describe, expect, it } from 'vitest';
import { composeAcknowledgement, composeDrafts } from '#app/compose.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { ownerPageLink } from '#app/links.js';
import { logInterviewFromFields } from '#app/log-interview.js';
import { AppConfig } from '#core/config.js';
import { type Owner, Owner as OwnerSchema, type StepKind } from '#core/domain.js';
import { resignDraft } from '#render/draft-text.js';
import { interview } from '../emails/fixtures.js';
import { fakeDeps } from '../support/fakes.js';
import { approveFields, get, link, post } from '../web/support.js';

const SIGNATURE = 'Rhea Kowalczyk\nStaff Engineer <platform> & "data"\nhttps://rhea.example/cv';

const rhea = OwnerSchema.parse({
  email: 'rhea.kowalczyk@mailbox.example',
  name: 'Rhea Kowalczyk',
  timezone: 'Europe/Warsaw',
  sendingAddress: 'rhea@outbound.example.org',
  signature: SIGNATURE,
});
const config = AppConfig.parse({
  domain: 'outbound.example.org',
  inboundAddress: 'forward@outbound.example.org',
  owners: [rhea],
});

async function world(owner: Owner = rhea) {
  const built = await fakeDeps({
    now: '2027-06-01T08:00:00Z',
    config: { ...config, owners: [owner] },
    linkBaseUrl: 'https://pages.example.net',
  });
  const logged = await logInterviewFromFields(built.deps, {
    owner,
    sourceMessageId: 'lindqvist@source.example',
    fields: {
      company: 'Lindqvist Freight',
      role: 'Staff Engineer',
      start: '2027-06-03T09:00:00Z',
      end: '2027-06-03T10:00:00Z',
      timezone: 'Europe/Warsaw',
      interviewers: [{ name: 'Mateo Ruiz', email: 'mateo@lindqvist.example' }],
    },
  });
  return { ...built, ...logged };
}

async function fire(w: Awaited<ReturnType<typeof world>>, kind: StepKind) {
  const step = await w.deps.store.getStep(w.interview.id, kind);
  w.clock.set(step?.sendAt ?? step?.dueAt ?? '');
  await fireScheduled(w.deps, { interviewId: w.interview.id, step: kind });
  return w.mailer.sent.at(-1);
}

/** An interview of Rhea's, as the email tests have one. */
function sample() {
  return interview({ ownerEmail: rhea.email, timezone: 'Europe/Warsaw' });
}

const ESCAPED = 'Staff Engineer &lt;platform&gt; &amp; &quot;data&quot;';

describe('the saved signature', () => {
  it('ends both drafts in place of the name, after "Best regards,"', () => {
    for (const kind of ['thank_you', 'follow_up'] as const) {
      for (const draft of composeDrafts(sample(), rhea, kind)) {
        expect(draft.body.endsWith(`\n\nBest regards,\n${SIGNATURE}`), kind).toBe(true);
      }
    }
  });

  it('keeps a closing of its own and adds none; without one the name signs as before', () => {
    const body = (owner: Owner) => composeDrafts(sample(), owner, 'thank_you')[0]?.body ?? '';
    const cheers = body({ ...rhea, signature: 'Cheers,\nRhea' });
    expect(cheers.endsWith('\n\nCheers,\nRhea')).toBe(true);
    expect(cheers).not.toContain('Best regards');
    // A company called "Best …" is not a closing.
    const company = body({ ...rhea, signature: 'Rhea K.\nBest Practice Labs' });
    expect(company.endsWith('\n\nBest regards,\nRhea K.\nBest Practice Labs')).toBe(true);
    const plain = body({ ...rhea, signature: undefined });
    expect(plain.endsWith('\n\nBest regards,\nRhea Kowalczyk')).toBe(true);
  });

  it('reaches the reminder, the review page and the interviewer: verbatim in text, escaped in HTML', async () => {
    const w = await world();
    const reminder = await fire(w, 'thank_you');
    expect(reminder?.to[0]?.address).toBe(rhea.email);
    expect(reminder?.text).toContain(SIGNATURE);
    expect(reminder?.html).toContain(ESCAPED);
    expect(reminder?.html).not.toContain('<platform>');

    const path = await link(w.deps, 'approve', w.interview.id, 'thank_you', rhea.email);
    const page = await get(w.deps, path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ESCAPED);
    expect(page.body).not.toContain('<platform>');

    const step = await w.deps.store.getStep(w.interview.id, 'thank_you');
    if (!step) throw new Error('no thank-you step');
    const fields = approveFields(step);
    // The owner fills in what they talked about; the sign-off is left as drafted.
    fields.body_0 = (fields.body_0 ?? '').replace(/\[one thing[^\]]*\]/, 'the freight routing');
    const sent = await post(w.deps, path, fields);
    expect(sent.statusCode, sent.body).toBe(200);
    const toInterviewer = w.mailer.to('mateo@lindqvist.example');
    expect(toInterviewer).toHaveLength(1);
    expect(toInterviewer[0]?.text.endsWith(`Best regards,\n${SIGNATURE}`)).toBe(true);
    expect(toInterviewer[0]?.html).toBeUndefined();

    const followUp = await fire(w, 'follow_up');
    expect(followUp?.text).toContain(`Best regards,\n${SIGNATURE}`);
  });

  it('the acknowledgement says the drafts are signed with it, on one line', async () => {
    const w = await world();
    const ack = await composeAcknowledgement(w.deps, {
      interview: w.interview,
      steps: w.steps,
      owner: rhea,
    });
    expect(ack.text).toContain(
      'Signed:  Rhea Kowalczyk · Staff Engineer <platform> & "data" · https://rhea.example/cv\n',
    );
    expect(ack.html).toContain(`Rhea Kowalczyk · ${ESCAPED} · https://rhea.example/cv`);
  });

  it('a new signature saved on the page re-signs the drafts waiting for review, and only those', async () => {
    const w = await world();
    await fire(w, 'thank_you');
    const page = new URL(await ownerPageLink(w.deps, rhea.email)).pathname;
    const saved = await post(w.deps, page, {
      intent: 'settings',
      name: 'Rhea Kowalczyk',
      signature: 'Rhea K.\nrhea.example/cv',
      timezone: rhea.timezone,
      waking_start: '08:00',
      waking_end: '21:00',
      step_prep: 'on',
      step_thank_you: 'on',
      step_follow_up: 'on',
      step_call: 'on',
      step_close_out: 'on',
    });
    expect(saved.statusCode).toBe(200);
    const waiting = await w.deps.store.getStep(w.interview.id, 'thank_you');
    expect(
      waiting?.drafts.map((d) => d.body.endsWith('\n\nBest regards,\nRhea K.\nrhea.example/cv')),
    ).toEqual([true]);
    expect(waiting?.drafts[0]?.body).not.toContain('Staff Engineer <platform>');
    // Drafts written later take the new signature from the start.
    const followUp = await fire(w, 'follow_up');
    expect(followUp?.text).toContain('Best regards,\nRhea K.\nrhea.example/cv');
  });

  it('re-signing changes only a closing that is still the drafted one', () => {
    const before = { ...rhea, signature: 'Rhea' };
    const after = { ...rhea, signature: 'Rhea K.' };
    const subject = sample();
    const drafted = 'Hi Mateo,\n\nThanks.\n\nBest regards,\nRhea';
    expect(resignDraft(drafted, subject, before, after)).toBe(
      'Hi Mateo,\n\nThanks.\n\nBest regards,\nRhea K.',
    );
    const rewritten = 'Hi Mateo,\n\nThanks.\n\nWarmly,\nR.';
    expect(resignDraft(rewritten, subject, before, after)).toBe(rewritten);
  });
});
