// A scheduling tool writes under its own name and domain ("Bookwell Scheduling", a robot mailbox,
// "© Bookwell Hiring Ltd."), and the mail says whom the interview is with: that employer is the
// company, and its name is no interviewer. A company's own scheduling mailbox keeps its name when
// the interview is with a person.
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

const company = (subject: string, text: string, sender: { name: string; address: string }) =>
  findCompany({ texts: [text], subjects: [subject], companyAddresses: [sender], sender }).company;

const TOOL = { name: 'Bookwell Scheduling', address: 'bookings@bookwell.example' };

describe('the employer over the tool that wrote', () => {
  it('a link on the employer’s own video host spells the name the meeting is with', () => {
    expect(
      company(
        'Interview booked: Marrowby Tide Fisheries',
        'Bookwell\n\nInterview booked\n\nHi Jonas, here is what you booked: your interview with Marrowby Tide Fisheries.\n\nJoin: https://marrowbytide.zoom.example/j/5521\n\nManage your booking: https://app.bookwell.example/b/77\n© 2027 Bookwell Hiring Ltd.',
        TOOL,
      ),
    ).toBe('Marrowby Tide Fisheries');
  });

  it('a name that ends like a company’s', () => {
    expect(
      company(
        'Your booking',
        'Bookwell\n\nThanks, Jonas. Your interview with Carrow Hill Health is booked for Friday at 9:00 AM.\n\n© 2027 Bookwell Hiring Ltd.',
        TOOL,
      ),
    ).toBe('Carrow Hill Health');
  });

  it('a company’s own scheduling mailbox, the interview with a person: the company', () => {
    expect(
      company(
        'Interview with Mira Okafor',
        'Halden Freight\n\nHi Jonas, your interview with Mira Okafor is booked for Friday at 9:00 AM.\n\nJoin: https://meet.example/abc-defg-hij',
        { name: 'Halden Freight Scheduling', address: 'scheduling@haldenfreight.example' },
      ),
    ).toBe('Halden Freight');
  });

  it('in a forward: the employer is the company, and no interviewer', async () => {
    const raw = Buffer.from(
      [
        'From: Jonas Ferreira <jonas.ferreira@fastmail.example>',
        'To: interviews@followups.example.dev',
        'Subject: Fwd: Interview booked: Marrowby Tide Fisheries',
        'Date: Tue, 09 Feb 2027 08:10:00 -0500',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Bookwell Scheduling <bookings@bookwell.example>',
        'Date: Mon, Feb 8, 2027 at 4:12 PM',
        'Subject: Interview booked: Marrowby Tide Fisheries',
        'To: Jonas Ferreira <jonas.ferreira@fastmail.example>',
        '',
        'Bookwell',
        '',
        'Interview booked',
        '',
        'Hi Jonas, you are all set. Here is your interview with Marrowby Tide Fisheries.',
        '',
        'Role',
        'Fleet Planner',
        '',
        'When',
        'Wednesday, February 17, 2027, 2:00 PM - 2:45 PM Eastern Time',
        '',
        'Meeting with: Orla Penhallow (Fleet Manager), Dev Raghunathan (Planning Lead)',
        '',
        'Join online',
        'https://marrowbytide.zoom.example/j/99123',
        '',
        '© 2027 Bookwell Hiring Ltd.',
      ].join('\n'),
    );
    const got = toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
    expect(got.company).toBe('Marrowby Tide Fisheries');
    expect(got.interviewers.map((i) => i.name).sort()).toEqual([
      'Dev Raghunathan',
      'Orla Penhallow',
    ]);
  });
});
