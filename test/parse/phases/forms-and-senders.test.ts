// Layouts met in unseen forwards, each read on a message written here: a form printed with dot
// leaders, an ATS sender named "Employer (Tool)", and a subject whose bracket holds only the
// company after the job title.

import { describe, expect, it } from 'vitest';
import { leadersAsLabels } from '#parse/leaders.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

const parse = async (raw: string) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));

describe('a form printed with dot leaders', () => {
  it('reads "Label ....... value" as "Label: value", and leaves ellipses in prose alone', () => {
    expect(leadersAsLabels('Company ........ Brindlewood\nRoom . . . . . 4B')).toBe(
      'Company: Brindlewood\nRoom: 4B',
    );
    expect(leadersAsLabels('Well... see you then')).toBe('Well... see you then');
    expect(leadersAsLabels('Time slot ....... 11:00 AM')).toBe('Time slot: 11:00 AM');
    // A forward quoted once more keeps its quote marks before the label.
    expect(leadersAsLabels('> > Time slot ....... 11:00 AM')).toBe('> > Time slot: 11:00 AM');
  });

  it("a careers office's confirmation: employer, position and interviewer from their dotted fields", async () => {
    const raw = [
      'From: Northfield College Careers <careers-noreply@slotdesk.example>',
      'To: lin.okafor@mail.example',
      'Subject: Interview confirmation',
      'Date: Mon, 05 Apr 2027 09:00:00 -0400',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello Lin,',
      '',
      'Your interview slot is reserved.',
      '',
      'Company . . . . . . . . Brindlewood Actuarial',
      'Position . . . . . . . Actuarial Analyst',
      'Day . . . . . . . . . . Friday, April 9, 2027',
      'Time . . . . . . . . . 11:00 AM - 11:45 AM',
      'Room . . . . . . . . . 14, Hale Building',
      'Interviewer . . . . . . Priscilla Oyelaran',
      '',
      'Careers office hours: 8:00 AM - 6:00 PM on weekdays.',
      '',
      'Northfield College Careers',
    ].join('\n');
    const got = await parse(raw);
    expect(got.company).toBe('Brindlewood Actuarial');
    expect(got.role).toBe('Actuarial Analyst');
    expect(got.start).toBe('2027-04-09T11:00:00-04:00');
    expect(got.interviewers.map((i) => i.name)).toEqual(['Priscilla Oyelaran']);
  });
});

describe('opening hours written as a sentence', () => {
  it('"the office is open 8:00 AM - 6:00 PM" is no meeting beside a labelled time', async () => {
    const raw = [
      'From: Dana Whitcroft <dana.whitcroft@fernhollow.example>',
      'To: lin.okafor@mail.example',
      'Subject: Interview confirmation – Claims Analyst',
      'Date: Mon, 05 Apr 2027 09:00:00 -0400',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello Lin,',
      '',
      'Your interview for the Claims Analyst role at Fernhollow Mutual is booked.',
      '',
      'Date: Friday, April 9, 2027',
      'Time: 11:00 AM - 11:45 AM',
      '',
      'Our front desk is open 8:00 AM - 6:00 PM on weekdays if you need directions.',
      '',
      'Dana',
    ].join('\n');
    const got = await parse(raw);
    expect(got.start).toBe('2027-04-09T11:00:00-04:00');
    expect(got.end).toBe('2027-04-09T11:45:00-04:00');
  });
});

describe('an ATS robot named "Employer (Tool)"', () => {
  it('the company is the name before the bracket that spells the sending domain', async () => {
    const raw = [
      'From: "Marlow Veterinary Group (Talentloop)" <notifications@talentloop.example>',
      'To: ren.ito@mail.example',
      'Subject: Interview scheduled: Practice Systems Analyst',
      'Date: Tue, 09 Feb 2027 14:00:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Ren,',
      '',
      'Your interview for Practice Systems Analyst is scheduled for Thursday, February 18, 2027,',
      '3:00 PM - 3:45 PM ET, with Ingrid Solberg (Head of Clinical Systems).',
      '',
      'Join: https://meet.example.com/mvg-qwer-tyu',
      '',
      'Talentloop · Candidate privacy: https://talentloop.example/privacy',
    ].join('\n');
    const got = await parse(raw);
    expect(got.company).toBe('Marlow Veterinary Group');
    expect(got.start).toBe('2027-02-18T15:00:00-05:00');
  });
});

describe('a subject whose bracket holds only the company', () => {
  it('"Portfolio review – Motion Designer (Larchmont Toys)" gives the title before the bracket', async () => {
    const raw = [
      'From: Ayo Bankole <ayo.bankole@larchmonttoys.example>',
      'To: kit.march@mail.example',
      'Subject: Portfolio review – Motion Designer (Larchmont Toys)',
      'Date: Wed, 03 Feb 2027 11:00:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Kit,',
      '',
      'Your portfolio review with me is booked for Tuesday, February 9 at 1:00 PM ET.',
      '',
      'Ayo Bankole',
      'Creative Director, Larchmont Toys',
    ].join('\n');
    const got = await parse(raw);
    expect(got.company).toBe('Larchmont Toys');
    expect(got.role).toBe('Motion Designer');
  });
});
