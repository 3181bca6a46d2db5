// A move asked as a question ("Would it work to move our chat to Thursday at 3?") moves the
// interview only once a newer message accepts it; unanswered or declined, the booked time stands
// and the interview stays scheduled. A question that first gives the booked time up ("we have to
// cancel Tuesday") is not this.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

const SEEKER = 'Wren Castellanos <wren.castellanos@fastmail.example>';
const RECRUITER = 'Odile Ferrant <odile.ferrant@brackwater.example>';

/** A forwarded thread: the newest message, the one it answers, and the booking under both. */
function thread(
  newest: { from: string; to: string; body: string },
  answered: string,
  booking: string,
  subject = 'Re: Data Engineer interview',
): Buffer {
  return Buffer.from(
    [
      `From: ${SEEKER}`,
      'To: interviews@followups.example.dev',
      `Subject: Fwd: ${subject}`,
      'Date: Fri, 15 Jan 2027 08:30:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      `From: ${newest.from}`,
      'Date: Thu, Jan 14, 2027 at 5:40 PM',
      `Subject: ${subject}`,
      `To: ${newest.to}`,
      '',
      newest.body,
      '',
      `On Thu, Jan 14, 2027 at 10:05 AM ${RECRUITER} wrote:`,
      '',
      ...answered.split('\n').map((line) => `> ${line}`),
      '',
      `On Mon, Jan 11, 2027 at 9:12 AM ${RECRUITER} wrote:`,
      '',
      ...booking.split('\n').map((line) => `>> ${line}`),
    ].join('\n'),
  );
}

const BOOKING =
  'Hi Wren,\n\nYou are confirmed for your Data Engineer interview on Tuesday, January 19 at 11:00 AM ET with Teodor Lusk, our data platform lead. Zoom: https://brackwater.zoom.example/j/4471\n\nOdile Ferrant\nRecruiter, Brackwater Mills';
const ASKED =
  'Hi Wren,\n\nTeodor would like a bit more time with you. Would it work to move our chat to Wednesday, January 20 at 2 PM ET?\n\nOdile';

const read = async (raw: Buffer) => {
  const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
  return { kind: parsed.kind, start: parsed.start };
};

describe('a move asked as a question', () => {
  it('accepted in the newest reply: rescheduled to the new time', async () => {
    const got = await read(
      thread(
        { from: SEEKER, to: RECRUITER, body: 'Hi Odile,\n\nWednesday at 2 works for me.\n\nWren' },
        ASKED,
        BOOKING,
      ),
    );
    expect(got).toEqual({ kind: 'rescheduled', start: '2027-01-20T14:00:00-05:00' });
  });

  it('declined in the newest reply: the booked time stands', async () => {
    const got = await read(
      thread(
        {
          from: SEEKER,
          to: RECRUITER,
          body: "Hi Odile,\n\nWednesday doesn't work for me, sorry. Could we keep Tuesday as planned?\n\nWren",
        },
        ASKED,
        BOOKING,
      ),
    );
    expect(got).toEqual({ kind: 'scheduled', start: '2027-01-19T11:00:00-05:00' });
  });

  it('asked in the newest message and not answered yet: the booked time stands', async () => {
    const got = await read(
      thread(
        {
          from: RECRUITER,
          to: SEEKER,
          body: 'Hi Wren,\n\nCould you do Wednesday, January 20 at 2:30 PM ET instead? No problem if not.\n\nOdile',
        },
        'Hi Wren, did the Zoom link come through?',
        BOOKING,
      ),
    );
    expect(got).toEqual({ kind: 'scheduled', start: '2027-01-19T11:00:00-05:00' });
  });

  it('asked without "instead", not answered: still the booked time', async () => {
    const got = await read(
      thread(
        {
          from: RECRUITER,
          to: SEEKER,
          body: 'Hi Wren,\n\nCould we move your interview to Wednesday at 2 PM ET? Let me know.\n\nOdile',
        },
        'Hi Wren, did the Zoom link come through?',
        BOOKING,
      ),
    );
    expect(got).toEqual({ kind: 'scheduled', start: '2027-01-19T11:00:00-05:00' });
  });

  it('confirmed by the recruiter after the seeker asked: rescheduled', async () => {
    const got = await read(
      thread(
        {
          from: RECRUITER,
          to: SEEKER,
          body: 'Hi Wren,\n\nSure, Wednesday at 2 PM ET it is. I have updated the invite.\n\nOdile',
        },
        'Hi Odile, could we move the interview to Wednesday at 2 PM?',
        BOOKING,
      ),
    );
    expect(got).toEqual({ kind: 'rescheduled', start: '2027-01-20T14:00:00-05:00' });
  });

  it('German, unanswered: the booked time stands (a dotted date does not end the booking sentence)', async () => {
    const got = await read(
      thread(
        {
          from: RECRUITER,
          to: SEEKER,
          body: 'Hallo Wren,\n\nwäre es möglich, unser Gespräch auf Mittwoch, 20. Januar um 15 Uhr MEZ zu verschieben?\n\nOdile',
        },
        'Hallo Wren, kurze Rückfrage zu Ihren Unterlagen.',
        'Hallo Wren,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Dienstag, 19. Januar 2027 um 16:00 Uhr MEZ mit Teodor Lusk.\n\nOdile Ferrant\nBrackwater Mills',
        'AW: Vorstellungsgespräch',
      ),
    );
    expect(got).toEqual({ kind: 'scheduled', start: '2027-01-19T16:00:00+01:00' });
  });
});

describe('in other languages: the reply accepts in its own words', () => {
  const cases: {
    language: string;
    subject: string;
    booking: string;
    asked: string;
    yes: string;
    booked: string;
    moved: string;
  }[] = [
    {
      language: 'French',
      subject: 'RE: Entretien',
      booking:
        'Bonjour Wren,\n\nJe vous confirme votre entretien le mardi 19 janvier 2027 à 16h00 (heure de Paris) avec Teodor Lusk.\n\nOdile Ferrant\nBrackwater Mills',
      asked:
        'Bonjour Wren,\n\nSerait-il possible de décaler notre entretien au mercredi 20 janvier à 14h (heure de Paris) ?\n\nOdile',
      yes: 'Bonjour Odile,\n\nOui, mercredi à 14h me convient tout à fait.\n\nWren',
      booked: '2027-01-19T16:00:00+01:00',
      moved: '2027-01-20T14:00:00+01:00',
    },
    {
      language: 'Italian',
      subject: 'R: Colloquio',
      booking:
        'Ciao Wren,\n\nti confermo il colloquio martedì 19 gennaio 2027 alle 16:00 (ora italiana) con Teodor Lusk.\n\nOdile Ferrant\nBrackwater Mills',
      asked:
        'Ciao Wren,\n\nsarebbe possibile spostare il colloquio a mercoledì 20 gennaio alle 14:00 (ora italiana)?\n\nOdile',
      yes: 'Ciao Odile,\n\nsì, mercoledì alle 14:00 va benissimo.\n\nWren',
      booked: '2027-01-19T16:00:00+01:00',
      moved: '2027-01-20T14:00:00+01:00',
    },
    {
      language: 'German',
      subject: 'AW: Vorstellungsgespräch',
      booking:
        'Hallo Wren,\n\nhiermit lade ich Sie zum Vorstellungsgespräch am Dienstag, 19. Januar 2027 um 16:00 Uhr MEZ mit Teodor Lusk ein.\n\nOdile Ferrant\nBrackwater Mills',
      asked:
        'Hallo Wren,\n\nkönnten wir das Gespräch auf Mittwoch, 20. Januar um 14 Uhr MEZ verschieben?\n\nOdile',
      yes: 'Hallo Odile,\n\nja, Mittwoch um 14 Uhr passt mir gut.\n\nWren',
      booked: '2027-01-19T16:00:00+01:00',
      moved: '2027-01-20T14:00:00+01:00',
    },
  ];
  for (const c of cases) {
    it(`${c.language}: accepted, the move is made`, async () => {
      const got = await read(
        thread({ from: SEEKER, to: RECRUITER, body: c.yes }, c.asked, c.booking, c.subject),
      );
      expect(got).toEqual({ kind: 'rescheduled', start: c.moved });
    });
    it(`${c.language}: not answered, the booked time stands`, async () => {
      const got = await read(
        thread(
          { from: RECRUITER, to: SEEKER, body: c.asked },
          'Merci / Danke / Grazie.',
          c.booking,
          c.subject,
        ),
      );
      expect(got).toEqual({ kind: 'scheduled', start: c.booked });
    });
  }
});

/** One message that asks to move its own booked time, or the seeker's reply above it. */
function asked(subject: string, question: string, reply: string | null): Buffer {
  const quoted = [
    `On Mon, Jan 11, 2027 at 9:12 AM ${RECRUITER} wrote:`,
    '',
    ...question.split('\n').map((line) => `> ${line}`),
  ];
  return Buffer.from(
    [
      `From: ${SEEKER}`,
      'To: interviews@followups.example.dev',
      `Subject: Fwd: ${reply ? 'Re: ' : ''}${subject}`,
      'Date: Mon, 11 Jan 2027 20:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      `From: ${reply ? SEEKER : RECRUITER}`,
      `Date: Mon, Jan 11, 2027 at ${reply ? '4:40 PM' : '9:12 AM'}`,
      `Subject: ${reply ? 'Re: ' : ''}${subject}`,
      `To: ${reply ? RECRUITER : SEEKER}`,
      '',
      ...(reply ? [reply, '', ...quoted] : [question]),
    ].join('\n'),
  );
}

describe('a question that moves the booked time it names', () => {
  const cases: [string, string, string, string][] = [
    [
      'English',
      'Interview on Thursday',
      'Hi Wren,\n\ncould we move your Thursday 2pm interview with Teodor Lusk to Friday 10-11am ET? Let me know if that works.\n\nOdile',
      'Friday 10-11 works, thanks!\n\nWren',
    ],
    [
      'Japanese',
      '面接日程変更のお願い',
      'レン様\n\n誠に恐れ入りますが、1月14日（木）14時からの面接を、1月15日（金）10時〜11時に変更させていただけますでしょうか。ご都合をお知らせください。\n\nブラックウォーター 採用担当 フェラン',
      '承知しました。1月15日（金）10時で問題ございません。\n\nレン',
    ],
    [
      'French',
      'Entretien',
      'Bonjour Wren,\n\nserait-il possible de déplacer votre entretien de jeudi 14h à vendredi 10h-11h ? Merci de me dire si cela vous convient.\n\nOdile Ferrant',
      'Bonjour Odile,\n\nvendredi 10h me convient parfaitement.\n\nWren',
    ],
  ];
  for (const [language, subject, question, yes] of cases) {
    it(`${language}, not answered: scheduled at the booked time`, async () => {
      expect(await read(asked(subject, question, null))).toEqual({
        kind: 'scheduled',
        start: '2027-01-14T14:00:00-05:00',
      });
    });
    it(`${language}, accepted in the reply above it: rescheduled to the new time`, async () => {
      expect(await read(asked(subject, question, yes))).toEqual({
        kind: 'rescheduled',
        start: '2027-01-15T10:00:00-05:00',
      });
    });
  }
});
