import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { answerTimeline } from '#core/answer-timeline.js';
import { defaultPlaybook, type Owner, Playbook } from '#core/domain.js';
import { type PlannedStep, planSteps, wakingHoursOf } from '#core/planner.js';
import { EVERY_DAY, isInsideWindow } from '#core/send-window.js';
import { sampleInterview } from './support.js';

const DEFAULT_PLAYBOOK = defaultPlaybook();

const newYork: Owner = {
  email: 'sam@example.com',
  name: 'Sam',
  timezone: 'America/New_York',
  sendingAddress: 'sam@followup.example',
  wakingHours: { start: '08:00', end: '21:00' },
};
const berlin: Owner = { ...newYork, timezone: 'Europe/Berlin' };

function byKind(steps: PlannedStep[]) {
  return Object.fromEntries(steps.map((s) => [s.kind, s]));
}
function due(steps: PlannedStep[]) {
  return Object.fromEntries(
    steps.filter((s) => s.status === 'scheduled').map((s) => [s.kind, s.dueAt]),
  );
}
function statuses(steps: PlannedStep[]) {
  return Object.fromEntries(steps.map((s) => [s.kind, s.status]));
}

const base = sampleInterview(); // Tuesday 2027-03-09 14:00–15:00 EST, New York.

describe('planSteps: the default playbook', () => {
  it('places every step, keeping local clock times across the US spring change (Mar 14 2027)', () => {
    const steps = planSteps({
      interview: base,
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(steps.map((s) => s.kind)).toEqual([
      'prep',
      'thank_you',
      'follow_up',
      'call',
      'close_out',
    ]);
    expect(due(steps)).toEqual({
      prep: '2027-03-08T23:00:00.000Z', // Monday 18:00 EST
      thank_you: '2027-03-09T21:00:00.000Z', // 16:00 EST, an hour after the end
      follow_up: '2027-03-16T13:00:00.000Z', // 09:00 EDT: 7 days later, after the change
      call: '2027-03-23T13:00:00.000Z', // 09:00 EDT, 14 days after (no date given)
      // 09:00 EDT on the realistic answer date: 14 days stated, doubled (later than call + 7)
      close_out: '2027-04-06T13:00:00.000Z',
    });
    expect(steps.map((s) => s.audience)).toEqual([
      'owner',
      'interviewer',
      'interviewer',
      'owner',
      'owner',
    ]);
    expect(steps.every((s) => s.reason === null)).toBe(true);
  });

  it('keeps 09:00 across the US autumn change (Nov 7 2027)', () => {
    const interview = sampleInterview({
      start: '2027-11-02T10:00:00-04:00',
      end: '2027-11-02T11:00:00-04:00',
    });
    const steps = planSteps({
      interview,
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-10-20T12:00:00Z'),
    });
    expect(due(steps)).toMatchObject({
      prep: '2027-11-01T22:00:00.000Z', // 18:00 EDT
      thank_you: '2027-11-02T16:00:00.000Z', // 12:00 EDT
      follow_up: '2027-11-09T14:00:00.000Z', // 09:00 EST
    });
  });

  it('keeps local times across the EU changes (Mar 28 and Oct 31 2027)', () => {
    const spring = planSteps({
      interview: sampleInterview({
        start: '2027-03-25T10:00:00+01:00',
        end: '2027-03-25T11:00:00+01:00',
        timezone: 'Europe/Berlin',
      }),
      owner: berlin,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(due(spring)).toMatchObject({
      prep: '2027-03-24T17:00:00.000Z', // 18:00 CET
      follow_up: '2027-04-01T07:00:00.000Z', // 09:00 CEST
    });
    const autumn = planSteps({
      interview: sampleInterview({
        start: '2027-10-28T10:00:00+02:00',
        end: '2027-10-28T11:00:00+02:00',
        timezone: 'Europe/Berlin',
      }),
      owner: berlin,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-10-01T12:00:00Z'),
    });
    expect(due(autumn)).toMatchObject({
      prep: '2027-10-27T16:00:00.000Z', // 18:00 CEST
      follow_up: '2027-11-04T08:00:00.000Z', // 09:00 CET
    });
  });

  it('plans in the owner zone for an interview held in Sydney time', () => {
    // Wednesday 2027-03-10 09:00 AEDT = Tuesday 17:00 EST for the New York owner.
    const interview = sampleInterview({
      start: '2027-03-10T09:00:00+11:00',
      end: '2027-03-10T10:00:00+11:00',
      timezone: 'Australia/Sydney',
    });
    const steps = planSteps({
      interview,
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(due(steps)).toMatchObject({
      prep: '2027-03-08T23:00:00.000Z', // the owner's evening before: Monday 18:00 EST
      thank_you: '2027-03-10T00:00:00.000Z', // Tuesday 19:00 EST
      follow_up: '2027-03-16T13:00:00.000Z', // the owner's morning, 7 days after Tuesday
    });
  });

  it('moves a thank-you that would land after the owner goes to bed to the next morning', () => {
    const interview = sampleInterview({
      start: '2027-03-09T19:30:00-05:00',
      end: '2027-03-09T20:30:00-05:00',
    });
    const steps = planSteps({
      interview,
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(byKind(steps).thank_you?.dueAt).toBe('2027-03-10T13:00:00.000Z'); // 08:00 EST
  });
});

describe('planSteps: the decision date', () => {
  it('calls on the date the seeker was told and closes out no earlier than the realistic date', () => {
    const steps = planSteps({
      interview: sampleInterview({ decisionBy: '2027-03-19' }),
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(due(steps)).toMatchObject({
      follow_up: '2027-03-16T13:00:00.000Z',
      call: '2027-03-19T13:00:00.000Z',
      // Ten days stated, twenty realistically: 29 March, later than the call plus a week.
      close_out: '2027-03-29T13:00:00.000Z',
    });
  });

  it('drops a follow-up that would land on or after the call', () => {
    const onCallDay = planSteps({
      interview: sampleInterview({ decisionBy: '2027-03-16' }),
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(byKind(onCallDay).follow_up).toMatchObject({
      status: 'skipped',
      reason: 'would land on or after the call',
    });
    const dayBefore = planSteps({
      interview: sampleInterview({ decisionBy: '2027-03-17' }),
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(byKind(dayBefore).follow_up?.status).toBe('scheduled');
  });

  it('ignores a decision date on or before the interview', () => {
    const steps = planSteps({
      interview: sampleInterview({ decisionBy: '2027-03-09' }),
      owner: newYork,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(byKind(steps).call?.dueAt).toBe('2027-03-23T13:00:00.000Z');
  });

  it('realistically expects an answer by twice the stated timeline', () => {
    expect(
      answerTimeline({
        interview: sampleInterview({ decisionBy: '2027-03-23' }),
        owner: newYork,
        playbook: DEFAULT_PLAYBOOK,
      }),
    ).toEqual({
      decisionDate: '2027-03-23',
      stated: true,
      statedDays: 14,
      realisticDate: '2027-04-06',
    });
    expect(answerTimeline({ interview: base, owner: newYork, playbook: DEFAULT_PLAYBOOK })).toEqual(
      {
        decisionDate: '2027-03-23',
        stated: false,
        statedDays: 14,
        realisticDate: '2027-04-06',
      },
    );
    const threeDays = answerTimeline({
      interview: sampleInterview({ decisionBy: '2027-03-12' }),
      owner: newYork,
      playbook: Playbook.parse({ realisticTimelineFactor: 1.5 }),
    });
    expect(threeDays.realisticDate).toBe('2027-03-14'); // ceil(3 × 1.5) = 5 days
  });
});

describe('planSteps: outreach rules', () => {
  it('keeps at least 3 days between the thank-you and the follow-up', () => {
    const playbook = Playbook.parse({ follow_up: { daysAfter: 2 } });
    const steps = planSteps({
      interview: base,
      owner: newYork,
      playbook,
      now: new Date('2027-03-01T12:00:00Z'),
    });
    // Thank-you Tue 16:00 EST + 3 days = Fri 16:00 → the morning after is a Saturday, so the
    // follow-up (it reaches the company) waits for Monday 09:00 EDT and says why.
    expect(byKind(steps).follow_up).toMatchObject({
      status: 'scheduled',
      dueAt: '2027-03-15T13:00:00.000Z',
      reason: 'moved to Monday 15 March, after the weekend',
    });
  });

  it('keeps to the cap of sends to interviewers', () => {
    const one = planSteps({
      interview: base,
      owner: newYork,
      playbook: Playbook.parse({ maxInterviewerSends: 1 }),
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(statuses(one)).toMatchObject({ thank_you: 'scheduled', follow_up: 'skipped' });
    const none = planSteps({
      interview: base,
      owner: newYork,
      playbook: Playbook.parse({ maxInterviewerSends: 0 }),
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(statuses(none)).toMatchObject({ thank_you: 'skipped', follow_up: 'skipped' });
  });

  it('leaves out disabled steps', () => {
    const steps = planSteps({
      interview: base,
      owner: newYork,
      playbook: Playbook.parse({ prep: { enabled: false }, close_out: { enabled: false } }),
      now: new Date('2027-03-01T12:00:00Z'),
    });
    expect(steps.map((s) => s.kind)).toEqual(['thank_you', 'follow_up', 'call']);
  });
});

describe('planSteps: an interview logged late', () => {
  const plan = (now: string, interview = base) =>
    planSteps({ interview, owner: newYork, playbook: DEFAULT_PLAYBOOK, now: new Date(now) });

  it('forwarded the same evening: skips the prep, the thank-you goes soon', () => {
    const steps = plan('2027-03-09T23:30:00Z'); // 18:30 EST
    expect(byKind(steps).prep?.status).toBe('skipped');
    expect(byKind(steps).thank_you).toMatchObject({
      status: 'scheduled',
      dueAt: '2027-03-09T23:35:00.000Z',
    });
    expect(byKind(steps).follow_up?.dueAt).toBe('2027-03-16T13:00:00.000Z');
  });

  it('forwarded at night: the thank-you waits for the morning', () => {
    const steps = plan('2027-03-10T03:30:00Z'); // 22:30 EST
    expect(byKind(steps).thank_you?.dueAt).toBe('2027-03-10T13:00:00.000Z'); // 08:00 EST
  });

  it('forwarded the morning of the interview: a prep still comes before it', () => {
    const steps = plan('2027-03-09T15:00:00Z'); // 10:00 EST, interview at 14:00
    expect(byKind(steps).prep).toMatchObject({
      status: 'scheduled',
      dueAt: '2027-03-09T15:05:00.000Z',
    });
    const tooClose = plan('2027-03-09T18:45:00Z'); // 13:45 EST
    expect(byKind(tooClose).prep?.status).toBe('skipped');
  });

  it('forwarded days later: no thank-you any more, the rest stands', () => {
    const steps = plan('2027-03-12T17:00:00Z');
    expect(statuses(steps)).toEqual({
      prep: 'skipped',
      thank_you: 'skipped',
      follow_up: 'scheduled',
      call: 'scheduled',
      close_out: 'scheduled',
    });
  });

  it('forwarded after the decision date: only the close-out is left', () => {
    const steps = plan('2027-03-25T16:00:00Z');
    expect(statuses(steps)).toEqual({
      prep: 'skipped',
      thank_you: 'skipped',
      follow_up: 'skipped',
      call: 'skipped',
      close_out: 'scheduled',
    });
  });

  it('forwarded on the morning of the call: the call reminder comes now', () => {
    const steps = plan('2027-03-23T14:00:00Z'); // 10:00 EDT
    expect(byKind(steps).call).toMatchObject({
      status: 'scheduled',
      dueAt: '2027-03-23T14:05:00.000Z',
    });
  });
});

describe('planSteps: properties', () => {
  const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
  it('every scheduled step is in the future, inside waking hours, and the outreach rules hold', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2026-06-01T00:00:00Z'),
          max: new Date('2028-06-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 15, max: 240 }),
        fc.integer({ min: -30 * 24, max: 30 * 24 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.option(fc.integer({ min: -3, max: 40 })),
        fc.integer({ min: 0, max: 3 }),
        (start, minutes, hoursFromStart, ownerZone, interviewZone, decisionDays, cap) => {
          const owner = { ...newYork, timezone: ownerZone };
          const decisionBy =
            decisionDays === null
              ? null
              : DateTime.fromJSDate(start, { zone: ownerZone })
                  .plus({ days: decisionDays })
                  .toISODate();
          const interview = sampleInterview({
            start: start.toISOString(),
            end: new Date(start.getTime() + minutes * 60_000).toISOString(),
            timezone: interviewZone,
            decisionBy,
          });
          const now = new Date(start.getTime() + hoursFromStart * 3_600_000);
          const playbook = Playbook.parse({ maxInterviewerSends: cap });
          const steps = planSteps({ interview, owner, playbook, now });
          const scheduled = steps.filter((s) => s.status === 'scheduled');
          for (const step of scheduled) {
            const at = new Date(step.dueAt);
            expect(at.getTime()).toBeGreaterThanOrEqual(now.getTime());
            expect(isInsideWindow(at, ownerZone, wakingHoursOf(owner, playbook), EVERY_DAY)).toBe(
              true,
            );
          }
          const outreach = scheduled.filter((s) => s.audience === 'interviewer');
          expect(outreach.length).toBeLessThanOrEqual(cap);
          if (outreach.length === 2) {
            const gap = DateTime.fromISO(outreach[1]?.dueAt ?? '', { zone: ownerZone }).diff(
              DateTime.fromISO(outreach[0]?.dueAt ?? '', { zone: ownerZone }).plus({ days: 3 }),
            );
            expect(gap.toMillis()).toBeGreaterThanOrEqual(0);
          }
          const prep = scheduled.find((s) => s.kind === 'prep');
          if (prep) expect(Date.parse(prep.dueAt)).toBeLessThan(start.getTime());
          const call = steps.find((s) => s.kind === 'call');
          const followUp = scheduled.find((s) => s.kind === 'follow_up');
          if (call && followUp) {
            const day = (iso: string) =>
              DateTime.fromISO(iso, { zone: ownerZone }).toISODate() ?? '';
            expect(day(followUp.dueAt) < day(call.dueAt)).toBe(true);
          }
          const thankYou = scheduled.find((s) => s.kind === 'thank_you');
          if (thankYou) expect(Date.parse(thankYou.dueAt)).toBeGreaterThan(start.getTime());
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('planSteps: the close-out and the answer date agree', () => {
  it('never closes out before the realistic answer date the acknowledgement states', () => {
    for (const decisionBy of [null, '2027-03-12', '2027-03-19', '2027-04-30']) {
      const interview = sampleInterview({ decisionBy });
      const steps = planSteps({
        interview,
        owner: newYork,
        playbook: DEFAULT_PLAYBOOK,
        now: new Date('2027-03-01T12:00:00Z'),
      });
      const { realisticDate } = answerTimeline({
        interview,
        owner: newYork,
        playbook: DEFAULT_PLAYBOOK,
      });
      const closeOut = byKind(steps).close_out?.dueAt ?? '';
      const closeDay = DateTime.fromISO(closeOut, { zone: newYork.timezone }).toISODate() ?? '';
      expect(closeDay >= realisticDate, `${decisionBy}: ${closeDay} vs ${realisticDate}`).toBe(
        true,
      );
    }
  });
});
