// Meetings with a time that are not the seeker's job interview: the seeker on someone else's
// interview panel, a podcast or press interview, coffee with a friend who may refer them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

function forward(from: string, subject: string, body: string): string {
  return [
    'From: Robin Achebe <robin.achebe@gmail.example>',
    'To: interviews@followups.example.dev',
    `Subject: Fwd: ${subject}`,
    'Date: Mon, 01 Mar 2027 08:00:00 -0500',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Mon, Mar 1, 2027 at 7:30 AM',
    `Subject: ${subject}`,
    'To: Robin Achebe <robin.achebe@gmail.example>',
    '',
    body,
  ].join('\n');
}

const parse = (raw: string) => parseEmail(raw, { timezone: 'America/New_York' });

describe('meetings that are not the seeker’s job interview', () => {
  it.each([
    [
      'a panel notice to the seeker as an interviewer',
      forward(
        'Fernleaf Hiring <hiring@fernleaf.example>',
        'Interview scheduled: Priya Nair, Data Analyst',
        'Hi Robin,\n\nYou have been added to the interview panel for Priya Nair (Data Analyst) on Thursday, March 4 at 10:00 AM ET. Please complete your scorecard within a day of the interview.\n\nFernleaf Talent',
      ),
    ],
    [
      'a recruiter thanking a colleague for interviewing a candidate',
      forward(
        'Sunniva Berg <sunniva@lowmoor.example>',
        'Backend Engineer loop',
        "Thanks for helping us hire! You're interviewing a candidate for the Backend Engineer role on Wednesday, March 3, 3:00-3:45 PM ET. The interview kit is at https://lowmoor.example/kits/be.\n\nSunniva",
      ),
    ],
    [
      'a reminder to the seeker as the interviewer of a named candidate',
      forward(
        'Fernleaf Hiring <hiring@fernleaf.example>',
        'Interviewer reminder: Pia Lund at 2:00 PM',
        'Reminder: today at 2:00 PM ET you are interviewing Pia Lund for the Support Engineer role. Notes go in Fernleaf Hire afterwards.',
      ),
    ],
    [
      'a colleague asking the seeker to sit in as a second interviewer',
      forward(
        'Ola Berg <ola.berg@fernleaf.example>',
        'Help with a loop?',
        "Hi Robin, could you join me as a second interviewer on Thursday, March 4 at 10:00 AM ET? We're interviewing a Support Engineer candidate and I'd value your view.",
      ),
    ],
    [
      'a guest lecture',
      forward(
        'Tariq Fell <tariq@lumen.example>',
        'Thursday',
        'Hi Robin, thanks for agreeing to be our guest speaker for the Data Ethics class on Thursday, March 4 at 10:00 AM ET.',
      ),
    ],
    [
      'an exit interview at the job the seeker is leaving',
      forward(
        'Nadia Perez <nadia.perez@corvane.example>',
        'Before you go',
        "Hi Robin, as part of your offboarding I've booked your exit interview with me for Friday, March 5 at 3:00 PM ET in room 4B (about 30 minutes).\n\nNadia Perez\nHR Business Partner",
      ),
    ],
    [
      'a stay interview with the seeker’s manager',
      forward(
        'Sam Ortiz <sam.ortiz@corvane.example>',
        'Stay interview',
        "Hi Robin, I'd like to hold a stay interview with you on Thursday, March 4 at 11:00 AM ET to hear what keeps you here and what we could do better.\n\nSam",
      ),
    ],
    [
      'a podcast recording with a co-host',
      forward(
        'Ezra Quill <ezra@shiplog.example>',
        'Shiplog recording',
        'Thanks for agreeing to come on the show! Recording: Friday, March 5, 11:00 AM ET on https://studio.example/shiplog, with my co-host Lena Marsh.\n\nEzra',
      ),
    ],
    [
      'a press interview for a magazine feature',
      forward(
        'Odile Varga <odile@greenledger.example>',
        'Our feature on climate startups',
        'Hello Robin, could we do a short press interview for our feature on Wednesday, March 3 at 2:00 PM ET? I will call you on your mobile.\n\nOdile Varga, Reporter',
      ),
    ],
    [
      'coffee with a friend who offers a referral',
      forward(
        'Jess Amadi <jess.amadi@gmail.example>',
        'coffee?',
        "It's been too long! Coffee on Thursday, March 4 at 8:00 AM at Lantern Cafe? My treat. I can refer you to the data team if you like.\n\nJ",
      ),
    ],
    [
      'drinks with a friend who will pass the CV along',
      forward(
        'Tom Reyes <tom.reyes@gmail.example>',
        'drinks Friday',
        'Catch up over drinks on Friday, March 5 at 6:00 PM ET? Happy to pass your CV along to our hiring manager afterwards.\n\nTom',
      ),
    ],
    [
      'lunch with a friend who will put in a word',
      forward(
        'Mia Stone <mia.stone@gmail.example>',
        'lunch?',
        "Lunch on Thursday, March 4 at 12:30 PM? It's been ages. I'll put in a good word with our hiring manager too.",
      ),
    ],
  ])('%s is not an interview to plan', async (_name, raw) => {
    const parsed = await parse(raw);
    expect(parsed.kind).toBe('not_interview');
    expect(parsed.start).toBeNull();
  });

  it('an interview the seeker was referred to, with its panel, is still an interview', async () => {
    const parsed = await parse(
      forward(
        'Ola Berg <ola.berg@fernleaf.example>',
        'Interview - Data Analyst',
        'Hi Robin,\n\nThanks to Jess for the referral. Your interview with our panel, Ola Berg and Tam Vo, is confirmed for Thursday, March 4 at 10:00 AM ET.\n\nOla',
      ),
    );
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe('2027-03-04T10:00:00-05:00');
  });
});
