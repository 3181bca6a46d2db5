// Forward markers that end in an accented letter, booking-tool cards (their "confirmed" heading,
// their "Job · Meeting" title line), and the company a signature names after a leader's title,
// a bilingual slash or in a title's brackets.
import { describe, expect, it } from 'vitest';
import { ZonedTime } from '#core/zoned-time.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

function message(outer: { from: string; subject: string; date: string }, body: string): Buffer {
  return Buffer.from(
    [
      `From: ${outer.from}`,
      'To: interviews@followups.example.dev',
      `Subject: ${outer.subject}`,
      `Date: ${outer.date}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      body,
      '',
    ].join('\n'),
  );
}

const read = async (raw: Buffer) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
const utc = (iso: string | null) => (iso ? ZonedTime.fromISO(iso, 'UTC')?.toISO() : null);

describe('a forward marker whose last letter is accented', () => {
  it("French Apple Mail ('Début du message réexpédié :') under the seeker's own subject: 'tomorrow' counts from the original", async () => {
    const got = await read(
      message(
        {
          from: 'Inès Moreau <ines.moreau@icloud.example>',
          subject: 'entretien demain (voir ci-dessous)',
          date: 'Tue, 9 Feb 2027 18:20:00 -0500',
        },
        [
          'à noter',
          '',
          'Début du message réexpédié :',
          '',
          'De: Gaspard Lenoir <gaspard.lenoir@ormeau.example>',
          'Objet: Interview – Backend Developer',
          'Date: 8 février 2027 à 10:02:11 UTC−5',
          'À: Inès Moreau <ines.moreau@icloud.example>',
          '',
          'Hi Inès,',
          '',
          "I've booked your interview for tomorrow at 2:30 PM Eastern, 45 minutes with me.",
          'Zoom: https://ormeau.zoom.example/j/5512',
          '',
          'Gaspard Lenoir',
          'Engineering Manager, Ormeau Software',
        ].join('\n'),
      ),
    );
    expect(utc(got.start)).toBe('2027-02-09T19:30:00.000Z');
    expect(got.interviewers.map((i) => i.email)).toEqual(['gaspard.lenoir@ormeau.example']);
  });
});

describe("a booking tool's card", () => {
  it('a "Booking confirmed" card is a booking, though its footer offers an unsubscribe link', async () => {
    const got = await read(
      message(
        {
          from: 'Rafael Duarte <rafael.duarte@gmail.example>',
          subject: 'Fwd: Your design interview with Alder & Finch',
          date: 'Mon, 1 Mar 2027 09:00:00 -0500',
        },
        [
          '---------- Forwarded message ---------',
          'From: Bookwise <hello@bookwise.example>',
          'Date: Mon, Mar 1, 2027 at 8:41 AM',
          'Subject: Your design interview with Alder & Finch',
          'To: <rafael.duarte@gmail.example>',
          '',
          'Booking confirmed',
          '',
          'Design interview with Alder & Finch',
          'Wednesday, March 10, 2027, 1:00 PM - 1:45 PM ET',
          'Google Meet: https://meet.example.com/adf-qrst-uvw',
          '',
          'Reschedule: https://bookwise.example/r/88a1',
          'Unsubscribe from these emails: https://bookwise.example/u/88a1',
        ].join('\n'),
      ),
    );
    expect(got.kind).toBe('scheduled');
    expect(utc(got.start)).toBe('2027-03-10T18:00:00.000Z');
  });

  it('the job in a card\'s "Job · Meeting" title line', async () => {
    const got = await read(
      message(
        {
          from: 'Rafael Duarte <rafael.duarte@gmail.example>',
          subject: 'Fwd: You are booked',
          date: 'Mon, 1 Mar 2027 09:00:00 -0500',
        },
        [
          '---------- Forwarded message ---------',
          'From: Bookwise <hello@bookwise.example>',
          'Date: Mon, Mar 1, 2027 at 8:41 AM',
          'Subject: You are booked',
          'To: <rafael.duarte@gmail.example>',
          '',
          "You're booked with Tessellate Foods.",
          '',
          'Warehouse Operations Analyst · Video interview',
          'Thu 3/11 · 9:00 – 9:30 AM CT',
          'Join: https://meet.example.com/tsf-abcd-efg',
        ].join('\n'),
      ),
    );
    expect(got.role).toBe('Warehouse Operations Analyst');
  });
});

describe('the company a signature names in full', () => {
  const direct = (from: string, subject: string, body: string) =>
    message(
      {
        from: 'Noor Haddad <noor.haddad@outlook.example>',
        subject,
        date: 'Fri, 2 Apr 2027 10:00:00 -0400',
      },
      [
        '________________________________',
        `From: ${from}`,
        'Sent: Thursday, April 1, 2027 4:10 PM',
        'To: Noor Haddad <noor.haddad@outlook.example>',
        `Subject: ${subject.replace(/^Fw: /, '')}`,
        '',
        body,
      ].join('\n'),
    );

  it('after a leader\'s title and a comma ("Founder & CEO, Quillmoss Robotics")', async () => {
    const got = await read(
      direct(
        'Ada Brennan <ada@quillmoss.example>',
        'Fw: Quillmoss - interview next week',
        "Noor, let's talk on Tuesday, April 6 at 3pm ET; I'll interview you myself.\nhttps://meet.example.com/qms-hhhh-iii\n\nAda\nFounder & CEO, Quillmoss Robotics",
      ),
    );
    expect(got.company).toBe('Quillmoss Robotics');
  });

  it('after a bilingual slash ("Services Tamarac / Tamarac Field Services")', async () => {
    const got = await read(
      direct(
        'Lucie Gagné <lucie.gagne@tamarac.example>',
        'Fw: Annulation / Cancellation - QA Analyst',
        'Hello Noor, we must cancel your interview on Thursday, April 8 at 11 a.m. Eastern with Paul Roy.\n\nLucie Gagné\nServices Tamarac / Tamarac Field Services',
      ),
    );
    expect(got.company).toBe('Tamarac Field Services');
  });

  it('leaves the company\'s first word in brackets out of the role ("Data Platform Engineer (Corvane)")', async () => {
    const got = await read(
      direct(
        'Ivo Petrov <ivo.petrov@corvane.example>',
        'Fw: Interview: Data Platform Engineer (Corvane)',
        'Hi Noor, confirming Monday, April 12 at 10:00 AM Pacific with me on https://meet.example.com/cvn-jjjj-kkk\n\nIvo Petrov\nCorvane Freight Systems | Reno, NV',
      ),
    );
    expect(got.company).toBe('Corvane Freight Systems');
    expect(got.role).toBe('Data Platform Engineer');
  });
});
