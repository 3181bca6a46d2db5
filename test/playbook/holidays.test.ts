// Public holidays: the calendar (date-holidays behind a zone lookup), the send window that never
// opens on one, the planner that moves the follow-up, the call and the close-out off them and
// says so, and the rule that skips a step whose moment has passed instead of sending it late.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayOffShift } from '#core/day-off-shift.js';
import { defaultPlaybook, type Owner } from '#core/domain.js';
import { planSteps } from '#core/planner.js';
import { type HolidayCalendar, NO_HOLIDAYS, publicHolidays } from '#core/public-holidays.js';
import { nextSendMoment } from '#core/send-window.js';
import { staleReason } from '#core/stale-step.js';
import { countryOfZone } from '#core/zone-country.js';
import { ZonedTime } from '#core/zoned-time.js';
import { sampleInterview } from './support.js';

const DEFAULT_PLAYBOOK = defaultPlaybook();

let holidays: HolidayCalendar;
beforeAll(async () => {
  holidays = await publicHolidays();
});

const weekdays = DEFAULT_PLAYBOOK.businessDays;
const business = DEFAULT_PLAYBOOK.interviewerBusinessHours;
const owner: Owner = {
  email: 'kim@example.com',
  name: 'Kim Tran',
  timezone: 'America/New_York',
  sendingAddress: 'kim@followup.example',
};

describe('the zone → country table', () => {
  it('knows canonical zones and their old names, and no country for UTC', () => {
    expect(countryOfZone('America/Chicago')).toBe('US');
    expect(countryOfZone('Europe/London')).toBe('GB');
    expect(countryOfZone('Asia/Kolkata')).toBe('IN');
    expect(countryOfZone('Asia/Calcutta')).toBe('IN');
    expect(countryOfZone('US/Pacific')).toBe('US');
    expect(countryOfZone('Africa/Johannesburg')).toBe('ZA');
    expect(countryOfZone('UTC')).toBeNull();
    expect(countryOfZone('Etc/GMT+5')).toBeNull();
    expect(countryOfZone('Mars/Olympus_Mons')).toBeNull();
  });
});

describe('publicHolidays', () => {
  it("answers a country's public holidays on its local dates, in English", () => {
    expect(holidays.holidayOn('Europe/London', '2026-12-25')).toEqual({
      date: '2026-12-25',
      name: 'Christmas Day',
      country: 'the United Kingdom',
    });
    expect(holidays.holidayOn('America/Denver', '2027-11-25')?.name).toBe('Thanksgiving Day');
    expect(holidays.holidayOn('Europe/Paris', '2027-07-14')?.country).toBe('France');
    // Christmas Eve is no public holiday in the United States; an ordinary Tuesday is none.
    expect(holidays.holidayOn('America/New_York', '2026-12-24')).toBeNull();
    expect(holidays.holidayOn('America/New_York', '2027-03-09')).toBeNull();
    // A zone of no country: weekends only.
    expect(holidays.holidayOn('UTC', '2026-12-25')).toBeNull();
  });

  it('is loaded once', async () => {
    expect(await publicHolidays()).toBe(holidays);
  });
});

describe('the interviewers’ send window on holidays', () => {
  it('an approval on Christmas Eve evening waits past Christmas and the weekend', () => {
    const eve = new Date('2026-12-24T23:00:00Z'); // Thu 18:00 in New York
    const next = nextSendMoment(eve, 'America/New_York', business, weekdays, holidays);
    expect(next.toISOString()).toBe('2026-12-28T14:00:00.000Z'); // Mon 09:00 EST
    // Without the calendar the window would have opened on Christmas Day itself.
    expect(nextSendMoment(eve, 'America/New_York', business, weekdays, NO_HOLIDAYS)).toEqual(
      new Date('2026-12-25T14:00:00.000Z'),
    );
  });

  it('in London the substitute Boxing Day on Monday keeps it closed until Tuesday', () => {
    const eve = new Date('2026-12-24T18:00:00Z');
    const next = nextSendMoment(eve, 'Europe/London', business, weekdays, holidays);
    expect(next.toISOString()).toBe('2026-12-29T09:00:00.000Z');
  });

  it('a holiday on a weekday is closed all day, the next day opens as usual', () => {
    const july4 = new Date('2027-07-05T15:00:00Z'); // Mon, the observed Independence Day
    expect(nextSendMoment(july4, 'America/New_York', business, weekdays, holidays)).toEqual(
      new Date('2027-07-06T13:00:00.000Z'),
    );
  });
});

describe('dayOffShift: the sentence an email states', () => {
  const rule = { zone: 'America/New_York', workingDays: weekdays, holidays: NO_HOLIDAYS };
  const at = (iso: string) => ZonedTime.fromISO(iso, 'America/New_York') as ZonedTime;

  it('is pure: the calendar is passed in', () => {
    const founders: HolidayCalendar = {
      holidayOn: (_zone, date) =>
        date === '2027-03-10' ? { date, name: 'Founders’ Day', country: 'Freedonia' } : null,
    };
    expect(
      dayOffShift(at('2027-03-10T09:00'), at('2027-03-11T09:00'), { ...rule, holidays: founders }),
    ).toBe('moved to Thursday 11 March: 10 March is Founders’ Day in Freedonia');
    expect(dayOffShift(at('2027-03-10T09:00'), at('2027-03-11T09:00'), rule)).toBeNull();
  });

  it('with the real calendar', async () => {
    const withHolidays = { ...rule, holidays: await publicHolidays() };
    expect(dayOffShift(at('2026-12-25T09:00'), at('2026-12-28T09:00'), withHolidays)).toBe(
      'moved to Monday 28 December: 25 December is Christmas Day in the United States, then the weekend',
    );
    expect(dayOffShift(at('2027-01-16T09:00'), at('2027-01-19T09:00'), withHolidays)).toBe(
      'moved to Tuesday 19 January: after the weekend, 18 January is Martin Luther King Jr. Day in the United States',
    );
    expect(dayOffShift(at('2027-03-13T09:00'), at('2027-03-15T09:00'), withHolidays)).toBe(
      'moved to Monday 15 March, after the weekend',
    );
    // Night to morning crosses no day off: nothing to say.
    expect(dayOffShift(at('2027-03-09T22:00'), at('2027-03-10T08:00'), withHolidays)).toBeNull();
  });
});

describe('planSteps around the holidays', () => {
  // Thursday 10 December 2026, 10:00–13:00 in London (a panel day), decision said for 25 December.
  const london = sampleInterview({
    start: '2026-12-10T10:00:00Z',
    end: '2026-12-10T13:00:00Z',
    timezone: 'Europe/London',
    decisionBy: '2026-12-25',
  });
  const plan = (interview = london) =>
    planSteps({
      interview,
      owner,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2026-12-01T12:00:00Z'),
      holidays,
    });

  it('the call leaves Christmas, the weekend and the substitute Boxing Day, and says so', () => {
    const call = plan().find((s) => s.kind === 'call');
    expect(call).toMatchObject({
      status: 'scheduled',
      dueAt: '2026-12-29T14:00:00.000Z', // Tue 09:00 in New York
      reason:
        'moved to Tuesday 29 December: 25 December is Christmas Day, 26 December is Boxing Day and 28 December is Boxing Day (substitute day) in the United Kingdom, then the weekend',
    });
  });

  it("the close-out leaves the owner's holiday (and only holidays: it is the owner's own)", () => {
    // Interview Fri 18 Dec; 14 days assumed → realistic date 15 Jan, call 1 Jan (holiday).
    const interview = sampleInterview({
      start: '2026-12-18T15:00:00Z',
      end: '2026-12-18T16:00:00Z',
      timezone: 'America/New_York',
      decisionBy: null,
    });
    const steps = plan(interview);
    expect(steps.find((s) => s.kind === 'call')).toMatchObject({
      dueAt: '2027-01-04T14:00:00.000Z',
      reason:
        "moved to Monday 4 January: 1 January is New Year's Day in the United States, then the weekend",
    });
    const closeOut = steps.find((s) => s.kind === 'close_out');
    expect(closeOut?.reason ?? null).toBeNull();
    expect(holidays.holidayOn('America/New_York', closeOut?.dueAt.slice(0, 10) ?? '')).toBeNull();
  });

  it('without a calendar only weekends move the company-facing steps', () => {
    const steps = planSteps({
      interview: london,
      owner,
      playbook: DEFAULT_PLAYBOOK,
      now: new Date('2026-12-01T12:00:00Z'),
    });
    expect(steps.find((s) => s.kind === 'call')?.dueAt).toBe('2026-12-25T14:00:00.000Z');
  });
});

describe('staleReason: a step whose moment has passed', () => {
  const interview = sampleInterview(); // Tue 9 Mar 2027 14:00–15:00 New York
  const input = { interview, owner, playbook: DEFAULT_PLAYBOOK };
  const check = (kind: Parameters<typeof staleReason>[0], due: string, now: string) =>
    staleReason(kind, new Date(due), new Date(now), input);

  it('a prep reminder never arrives once the interview is near or under way', () => {
    expect(check('prep', '2027-03-08T23:00:00Z', '2027-03-09T12:00:00Z')).toBeNull();
    expect(check('prep', '2027-03-08T23:00:00Z', '2027-03-09T18:45:00Z')).toBe(
      'too close to the start of the interview',
    );
    expect(check('prep', '2027-03-08T23:00:00Z', '2027-03-09T20:00:00Z')).toBe(
      'the interview had already started',
    );
  });

  it('a thank-you only within two days of the end', () => {
    expect(check('thank_you', '2027-03-09T21:00:00Z', '2027-03-11T19:00:00Z')).toBeNull();
    expect(check('thank_you', '2027-03-09T21:00:00Z', '2027-03-11T21:00:00Z')).toBe(
      'too long after the interview',
    );
  });

  it('a follow-up only before the call day; a call only on its day; a close-out always', () => {
    // The call is 14 days after the interview: Tue 23 Mar.
    expect(check('follow_up', '2027-03-16T13:00:00Z', '2027-03-22T20:00:00Z')).toBeNull();
    expect(check('follow_up', '2027-03-16T13:00:00Z', '2027-03-23T04:30:00Z')).toBe(
      'the call was already due',
    );
    expect(check('call', '2027-03-23T13:00:00Z', '2027-03-24T00:30:00Z')).toBeNull(); // 20:30 EDT
    expect(check('call', '2027-03-23T13:00:00Z', '2027-03-24T12:00:00Z')).toBe(
      'its day had passed',
    );
    expect(check('close_out', '2027-04-06T13:00:00Z', '2027-06-01T12:00:00Z')).toBeNull();
  });
});
