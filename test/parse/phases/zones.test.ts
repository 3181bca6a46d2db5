// Zone abbreviations: what each says, and which ones are also words in job mail.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';
import { zoneAt, zoneStatements } from '#parse/zones.js';

const confirmation = (body: string) =>
  [
    'From: Odile Marchetti <odile@brightwater.example>',
    'To: Kwame Asante <kwame@mail.example>',
    'Subject: Your interview on Thursday',
    'Date: Mon, 01 Mar 2027 10:00:00 -0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');

async function startOf(body: string): Promise<string | null> {
  return (await parseEmail(confirmation(body), { timezone: 'America/New_York' })).start;
}

describe('zone abbreviations that are also words in job mail', () => {
  it.each([
    'We look forward to meeting you about the ICT Service Desk Lead role',
    'Relocation allowance is paid net of GST',
    'Please report to reception, 400 Grand Ave, Helena MT 59601',
    'The opening is for a Pharmacy Assistant (PT, 20 hours a week)',
    'Our CT and MRI teams are growing',
    'You will meet two people from our ART DEPARTMENT',
  ])('"%s" states no zone for the message', (sentence) => {
    expect(zoneStatements(sentence)).toEqual([]);
  });

  it.each([
    ['3:00 - 3:45 pm PT', 'America/Los_Angeles'],
    ['All times ET below', 'America/New_York'],
    ['Time (CT): 9:00', 'America/Chicago'],
  ])('"%s" still states a zone after a time or "times"', (text, zone) => {
    expect(zoneStatements(text)[0]?.iana).toBe(zone);
  });

  it('a floating time in such a message stays in the default zone', async () => {
    expect(
      await startOf(
        'Hi Kwame, your interview for the ICT Service Desk Lead opening is confirmed for Thursday 4 March at 11am. Parking is at 400 Grand Ave, Helena MT 59601.',
      ),
    ).toBe('2027-03-04T11:00:00-05:00');
  });
});

describe('South American and other zone abbreviations', () => {
  it.each([
    ['10:00 ART', 'America/Argentina/Buenos_Aires'],
    ['10:00 CLT', 'America/Santiago'],
    ['10:00 UYT', 'America/Montevideo'],
    ['10:00 MYT', 'Asia/Kuala_Lumpur'],
    ['10:00 TRT', 'Europe/Istanbul'],
  ])('"%s" is read in its zone', (text, zone) => {
    expect(zoneAt(text, 5)?.iana).toBe(zone);
  });

  it('a time followed by ART is Argentina time', async () => {
    expect(
      await startOf(
        'Your interview is confirmed for Thursday 4 March at 2:30 pm ART on Google Meet.',
      ),
    ).toBe('2027-03-04T14:30:00-03:00');
  });
});

describe('North American cities and states before "time"', () => {
  it.each([
    ['11:00 Calgary time', 'America/Edmonton'],
    ["11:00 St. John's time", 'America/St_Johns'],
    ['11:00 Tucson time', 'America/Phoenix'],
    ['11:00 Kansas City time', 'America/Chicago'],
    ['11:00 Las Vegas time', 'America/Los_Angeles'],
    ['11:00 Utah time', 'America/Denver'],
  ])('"%s" is read in its zone', (text, zone) => {
    expect(zoneAt(text, 5)?.iana).toBe(zone);
  });

  it('a city no zone is named after sets the offset of the interview', async () => {
    expect(
      await startOf('Your interview is confirmed for Tuesday 9 March at 8:15am Albuquerque time.'),
    ).toBe('2027-03-09T08:15:00-07:00');
  });
});

describe('a zone said of every time without "all"', () => {
  it.each([
    ['Times are Mountain, since the team sits in Denver.', 'America/Denver'],
    ['Quick note: everything in here is Pacific.', 'America/Los_Angeles'],
    ['The times below are Central.', 'America/Chicago'],
  ])('%s', (sentence, zone) => {
    expect(zoneStatements(sentence)[0]?.iana).toBe(zone);
  });

  it('"times are central to the plan" states no zone', () => {
    expect(zoneStatements('Arrival times are central to the plan for the day.')).toEqual([]);
  });
});

describe('countries and provinces with one clock before "time"', () => {
  it.each([
    ['11:00 Nepal time', 'Asia/Kathmandu'],
    ['11:00 Bangladesh time', 'Asia/Dhaka'],
    ['11:00 Sri Lanka time', 'Asia/Colombo'],
    ['11:00 Ghana time', 'Africa/Accra'],
    ['11:00 Saskatchewan time', 'America/Regina'],
    ['11:00 Manitoba time', 'America/Winnipeg'],
  ])('"%s" is read in its zone', (text, zone) => {
    expect(zoneAt(text, 5)?.iana).toBe(zone);
  });

  it('Saskatchewan keeps standard time in summer', async () => {
    expect(
      await startOf('Your interview is confirmed for Tuesday 8 June at 9:45am Saskatchewan time.'),
    ).toBe('2027-06-08T09:45:00-06:00');
  });
});
