// Every playbook option changes what followup does: each is set away from its default and the
// observable result (the plan, the answer timeline, or when an approved send goes out) differs.
// A new option without a case here fails the coverage check.
import { describe, expect, it } from 'vitest';
import { approveStep } from '#app/send-step.js';
import { answerTimeline } from '#core/answer-timeline.js';
import { defaultPlaybook, Owner, Playbook } from '#core/domain.js';
import { planSteps } from '#core/planner.js';
import { OWNER, sampleInterview, testConfig, testDeps } from './support.js';

const DEFAULT_PLAYBOOK = defaultPlaybook();

/** The owner as the configuration reads them, without their own waking hours. */
const owner: Owner = Owner.parse(OWNER);
// Tuesday 2027-03-09 14:00–15:00 New York, with a decision date two weeks out.
const interview = sampleInterview({ decisionBy: '2027-03-23' });

/** The plan, logged a week ahead and logged 30 hours after the interview ended. */
function plans(playbook: Playbook): string {
  return JSON.stringify(
    ['2027-03-01T12:00:00Z', '2027-03-10T02:00:00Z'].map((now) =>
      planSteps({ interview, owner, playbook, now: new Date(now) }),
    ),
  );
}

function timeline(playbook: Playbook): string {
  return JSON.stringify(answerTimeline({ interview, owner, playbook }));
}

/** What approving the thank-you on Wednesday 11:00 New York does: sent now or queued until when. */
async function approval(playbook: Playbook): Promise<string> {
  const { deps } = await testDeps({
    now: '2027-03-10T16:00:00Z',
    config: testConfig({ playbook }),
  });
  const panel = sampleInterview({
    interviewers: [{ name: 'Dana Li', email: 'dana@acme.example', timezone: null }],
  });
  await deps.store.createInterview(panel);
  const draft = {
    interviewerName: 'Dana Li',
    interviewerEmail: 'dana@acme.example',
    subject: 'Thank you',
    body: 'Hi Dana',
    sentMessageId: null,
  };
  await deps.store.putStepIfAbsent({
    interviewId: panel.id,
    kind: 'thank_you',
    audience: 'interviewer',
    dueAt: '2027-03-09T21:00:00.000Z',
    status: 'reminded',
    scheduleName: null,
    drafts: [draft],
    sendAt: null,
    lastError: null,
    updatedAt: '2027-03-09T21:00:00.000Z',
  });
  const result = await approveStep(deps, panel.id, 'thank_you', [draft], { sendNow: false });
  return `${result.status} ${result.sendAt ?? ''}`;
}

type Observe = (playbook: Playbook) => string | Promise<string>;

/** Option path → a value other than the default, and where the difference shows. */
const CASES: Record<string, { value: unknown; observe: Observe }> = {
  'prep.enabled': { value: false, observe: plans },
  'prep.daysBefore': { value: 2, observe: plans },
  'prep.at': { value: '19:30', observe: plans },
  'thank_you.enabled': { value: false, observe: plans },
  'thank_you.minutesAfterEnd': { value: 180, observe: plans },
  'thank_you.latestHoursAfterEnd': { value: 12, observe: plans },
  'follow_up.enabled': { value: false, observe: plans },
  'follow_up.daysAfter': { value: 5, observe: plans },
  'follow_up.at': { value: '10:00', observe: plans },
  'call.enabled': { value: false, observe: plans },
  // Only used without a decision date: observed on an interview that has none.
  'call.defaultDaysAfter': {
    value: 10,
    observe: (playbook) =>
      JSON.stringify(
        planSteps({
          interview: sampleInterview(),
          owner,
          playbook,
          now: new Date('2027-03-01T12:00:00Z'),
        }),
      ),
  },
  'call.at': { value: '11:00', observe: plans },
  'close_out.enabled': { value: false, observe: plans },
  // Past the realistic answer date, which the close-out never comes before.
  'close_out.daysAfterCall': { value: 30, observe: plans },
  'close_out.at': { value: '12:00', observe: plans },
  ownerWakingHours: { value: { start: '19:00', end: '20:00' }, observe: plans },
  interviewerBusinessHours: { value: { start: '13:00', end: '17:00' }, observe: approval },
  businessDays: { value: [1, 2], observe: approval },
  maxInterviewerSends: { value: 1, observe: plans },
  minDaysBetweenOutreach: { value: 10, observe: plans },
  realisticTimelineFactor: { value: 3, observe: timeline },
};

function withOption(path: string, value: unknown): Playbook {
  const [group, key] = path.split('.');
  const raw: Record<string, unknown> = {};
  if (key && group) raw[group] = { [key]: value };
  else if (group) raw[group] = value;
  return Playbook.parse(raw);
}

/** Every leaf option of the parsed default playbook ("prep.at", "businessDays", …). */
function optionPaths(): string[] {
  return Object.entries(DEFAULT_PLAYBOOK).flatMap(([name, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) && !('start' in value)
      ? Object.keys(value).map((key) => `${name}.${key}`)
      : [name],
  );
}

describe('playbook options', () => {
  it('every option has a case below', () => {
    expect(Object.keys(CASES).sort()).toEqual(optionPaths().sort());
  });

  for (const [path, { value, observe }] of Object.entries(CASES)) {
    it(`${path} changes behaviour`, async () => {
      const changed = withOption(path, value);
      expect(changed).not.toEqual(DEFAULT_PLAYBOOK);
      expect(await observe(changed)).not.toEqual(await observe(DEFAULT_PLAYBOOK));
    });
  }

  it('ownerWakingHours moves an owner’s reminders unless the owner set their own', () => {
    const evenings = withOption('ownerWakingHours', { start: '19:00', end: '20:00' });
    const now = new Date('2027-03-01T12:00:00Z');
    const prep = (who: Owner) =>
      planSteps({ interview, owner: who, playbook: evenings, now }).find((s) => s.kind === 'prep');
    // 18:00 the evening before is outside 19:00–20:00: the reminder waits for 19:00 EST.
    expect(prep(owner)?.dueAt).toBe('2027-03-09T00:00:00.000Z');
    const ownHours = Owner.parse({ ...OWNER, wakingHours: { start: '08:00', end: '21:00' } });
    expect(prep(ownHours)?.dueAt).toBe('2027-03-08T23:00:00.000Z');
  });
});
