// The kind alone, over its signals: families of messages that carry a time and interview-ish
// words but are not interviews to plan, each beside a variant that must stay an interview.
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, readCalendar } from '#parse/calendar.js';
import { decideKind } from '#parse/kind.js';
import { at } from '../support/at.js';
import { kindInput as input, kindOf } from '../support/kind-input.js';

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: 'evt-1@calendar.example',
    sequence: 0,
    method: 'REQUEST',
    cancelled: false,
    declined: false,
    tentative: false,
    start: at('2027-02-02T15:00:00-05:00'),
    end: null,
    timezone: 'America/New_York',
    floating: false,
    summary: null,
    description: null,
    location: null,
    conference: [],
    people: [],
    ...overrides,
  };
}

describe('appointments on the way to a job are not interviews', () => {
  it('a practice interview with a coach, a lab test, a first day: not interviews', () => {
    expect(
      kindOf(
        'Your practice interview with the alumni office is confirmed',
        'We look forward to seeing you on Monday at 4 PM for a 30-minute interview practice run with coach Ada Brook.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Next steps',
        'Well done on your interviews! Your pre-employment drug screen is booked for Friday at 7:45 AM at the clinic on Elm Road.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Willkommen im Team',
        'Ihr erster Arbeitstag beginnt am Montag um 8:30 Uhr am Empfang; wir freuen uns auf Sie.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf('健康診断のご案内', '最終面接ありがとうございました。健康診断は3月4日 10:00です。'),
    ).toBe('not_interview');
  });

  it('an interview that mentions the tests to come stays an interview', () => {
    expect(
      kindOf(
        'Interview confirmation: Line Supervisor',
        'Your interview is confirmed for Tuesday at 10 AM with Rosa Diaz. If it goes well, a drug screen and your first day of work will follow.',
      ),
    ).toBe('scheduled');
  });

  it('a fingerprinting invitation from a calendar is not an interview', () => {
    const calendar = event({ summary: 'Fingerprinting appointment' });
    expect(kindOf('Invitation: Fingerprinting appointment', 'See you then.', { calendar })).toBe(
      'not_interview',
    );
  });
});

describe('a declined invitation is not an interview', () => {
  it('the calendar reply that declines, and the decline by its subject alone', () => {
    const reply = event({ method: 'REPLY', declined: true, summary: 'Panel interview' });
    expect(kindOf('Panel interview', 'Sorry, I have to decline.', { calendar: reply })).toBe(
      'not_interview',
    );
    expect(kindOf('Abgelehnt: Vorstellungsgespräch Teamleitung', 'Termin: Di 14:00')).toBe(
      'not_interview',
    );
  });

  it('the reply that accepts stays an interview', () => {
    const reply = event({ method: 'REPLY', declined: false, summary: 'Accepted: Panel interview' });
    expect(kindOf('Accepted: Panel interview', 'See you then!', { calendar: reply })).toBe(
      'scheduled',
    );
  });
});

describe('hiring events are events, not bookings', () => {
  it('walk-in interviews and open hiring days, in English and Spanish', () => {
    expect(
      kindOf(
        'Walk-in interviews this Saturday',
        'Drop by our store between 10 AM and 2 PM for walk-in interviews: no appointment needed.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Jornada de selección',
        'Te esperamos el jueves de 9:00 a 13:00 para nuestra jornada de selección con entrevistas. Inscríbete en el enlace.',
      ),
    ).toBe('not_interview');
  });

  it('a live broadcast with hosts and a stream link is an event', () => {
    expect(
      kindOf(
        'Ask our nurses anything',
        'Join our LIVE Q & A on Tuesday 9 March, 7:00-7:45pm, hosted by Ward Manager Erin Castillo. Watch on YouTube: https://yt.example/live',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Inside the lab',
        'Tune in to our livestream with two of our researchers on Friday at noon ET; stream it here: https://lab.example/watch',
      ),
    ).toBe('not_interview');
  });

  it('a hiring day that confirms a one-to-one interview stays an interview', () => {
    expect(
      kindOf(
        'Hiring day: your interview',
        'The hiring day opens with a talk at 9. Your one-to-one interview with Lee Park is confirmed for 10:15.',
      ),
    ).toBe('scheduled');
  });
});

describe('rejections', () => {
  it('rejections in other words recall the past interview and book nothing', () => {
    expect(
      kindOf(
        'Your application',
        'Thank you for your interview on March 2 at 1 PM. We have offered the position to another candidate.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Retorno',
        'Obrigado pela entrevista de 3/2 às 10h. Optamos por seguir no processo com outra pessoa.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Ihre Bewerbung',
        'Danke für das Gespräch am 4.2. um 11:00 Uhr. Die Stelle ist inzwischen anderweitig besetzt.',
      ),
    ).toBe('not_interview');
  });

  it('a German rejection that chose someone named by kind, offering a feedback call', () => {
    expect(
      kindOf(
        'Ihre Bewerbung als Teamleitung Lager (m/w/d)',
        'Danke für das Gespräch am 9. März um 14 Uhr mit Frau Roth. Wir haben uns letztlich für einen internen Bewerber entschieden. Für ein kurzes Feedback habe ich Freitag, 19. März, 11:00 Uhr per Teams reserviert.',
      ),
    ).toBe('not_interview');
  });

  it('a role offered to someone else, or an application not moved forward', () => {
    expect(
      kindOf(
        'Warehouse Lead',
        'It was good to meet you on the 3rd at 10am with Ana and Jo. We have offered the shift lead position to someone with more forklift experience.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Update',
        'It was great to talk on Monday at 2pm. After a lot of thought we are not progressing your application further this time.',
      ),
    ).toBe('not_interview');
  });

  it('a rejection that books an interview for another role is that interview', () => {
    expect(
      kindOf(
        'Another opening',
        "We've offered the Lead role to another candidate, but we'd like to interview you for our Staff role: I've booked you for Tuesday at 3 PM with Noor Aziz.",
      ),
    ).toBe('scheduled');
  });
});

describe('cancellations written as what was done to the calendar', () => {
  it('cancelled, in German and English', () => {
    expect(
      kindOf('AW: Termin', 'Das Vorstellungsgespräch am Freitag um 9:00 Uhr haben wir storniert.'),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Re: interview',
        "Understood – we've taken the interview off the calendar for Thursday at 11.",
      ),
    ).toBe('cancelled');
  });

  it('an offer to cancel if needed is no cancellation', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Thursday at 11. If you need to cancel, use the link below.',
      ),
    ).toBe('scheduled');
  });

  it('"should you need to reschedule", "in case you have to move it": offers, not moves', () => {
    for (const offer of [
      'Should you need to reschedule, please tell me a day in advance.',
      'In case you have to move it, reply to this email.',
      "If you'd like to reschedule, use the portal.",
    ])
      expect(kindOf('Interview confirmed', `Your interview is on Thursday at 11. ${offer}`)).toBe(
        'scheduled',
      );
  });

  it('a notice that the time has changed is a move: "Original slot" / "Updated slot"', () => {
    expect(
      kindOf(
        'Interview time changed',
        'Your interview time has changed.\nOriginal slot: 2027-02-09 10:00\nUpdated slot: 2027-02-11 13:30',
      ),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Your interview',
        "We've had to change the time of your interview: it is now Friday at 2.",
      ),
    ).toBe('rescheduled');
  });
});

describe('live exercises and start dates', () => {
  it('a live exercise with an engineer is an interview, whatever it is called', () => {
    expect(
      kindOf(
        'Live coding session scheduled',
        'Your live coding session with Priya Shah is set for Wednesday, 2 PM PT. A start date in May is planned for the role.',
        { jobSigns: false },
      ),
    ).toBe('scheduled');
  });

  it('a start date of its own is an offer', () => {
    expect(
      kindOf(
        'Welcome aboard',
        'Your start date is Monday, March 1. Please arrive at 9 AM to sign your paperwork.',
      ),
    ).toBe('not_interview');
  });
});

describe('a move earlier in the thread', () => {
  const history =
    "> We have to cancel tomorrow's interview with Ana, she is travelling. Could you do Friday at 2 instead?";

  it('the newest reply confirms the new time: rescheduled', () => {
    expect(
      kindOf('Re: interview', "Great, you're confirmed for Friday at 2 with Ana.", { history }),
    ).toBe('rescheduled');
  });

  it('a thread whose history only asks whether to reschedule stays scheduled', () => {
    expect(
      kindOf('Re: interview', "Great, you're confirmed for Friday at 2 with Ana.", {
        history: '> Do you need to reschedule? Friday at 2 is still open.',
      }),
    ).toBe('scheduled');
  });
});

describe('the calendar reply that declines', () => {
  const ics = (method: string, partstat: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `METHOD:${method}`,
      'BEGIN:VEVENT',
      'UID:reply-1@calendar.example',
      'DTSTART:20270302T150000Z',
      'DTEND:20270302T160000Z',
      'SUMMARY:Interview',
      `ATTENDEE;PARTSTAT=${partstat};CN=Kit Moss:mailto:kit.moss@mail.example`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it('is read as declined only when it is a reply', () => {
    expect(readCalendar(ics('REPLY', 'DECLINED'), 'America/New_York')?.declined).toBe(true);
    expect(readCalendar(ics('REPLY', 'ACCEPTED'), 'America/New_York')?.declined).toBe(false);
    expect(readCalendar(ics('REQUEST', 'DECLINED'), 'America/New_York')?.declined).toBe(false);
  });
});

describe('a first day is no interview', () => {
  it('a welcome with the first-day schedule, and an accepted offer with a start date', () => {
    expect(
      kindOf(
        'Welcome aboard!',
        'Here is your first week: Monday 9:00 AM orientation with the People team, then lunch with Jo.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'See you soon',
        'Thanks for accepting our offer! Start date: Monday, May 3. Arrive at 9 AM at reception.',
      ),
    ).toBe('not_interview');
  });
});

describe('a booking read out of a mixed message is a judgement', () => {
  it('beside a rejection or an event, the booking stands but the decision says it is a guess', () => {
    const rejected = decideKind(
      input(
        'Another opening',
        "We won't be moving forward with your application for the Lead role, but I've booked an interview for the Staff role on Tuesday at 3 PM.",
      ),
    );
    expect(rejected).toMatchObject({ kind: 'scheduled', guess: true });
    const event = decideKind(
      input(
        'Open day',
        'Our open day starts at 9 with a webinar; your interview with Lee Park is confirmed for 10:15.',
      ),
    );
    expect(event).toMatchObject({ kind: 'scheduled', guess: true });
  });

  it('a plain confirmation is no guess', () => {
    expect(
      decideKind(input('Interview', 'Your interview with Lee Park is confirmed for 10:15.')),
    ).toMatchObject({ kind: 'scheduled', guess: false });
  });
});

describe('a calendar invitation with no word of an interview', () => {
  it('is logged, as a guess, even when its organizer is named', () => {
    const calendar = event({ summary: 'Catch-up' });
    expect(decideKind(input('Invitation: Catch-up', 'See you.', { calendar }))).toMatchObject({
      kind: 'scheduled',
      guess: true,
    });
    const interview = event({ summary: 'Interview: Platform Engineer' });
    expect(
      decideKind(input('Invitation: Interview', 'See you.', { calendar: interview })),
    ).toMatchObject({ kind: 'scheduled', guess: false });
  });
});

describe('an invitation named for what is examined, with a calendar notice around it', () => {
  const notice =
    'Reply for ana@mail.example. Invitation from the calendar. Forwarding this invitation could allow any recipient to send a response to the organizer or modify your RSVP.';
  it.each([
    ['Forecasting Analyst – technical deep dive', 'Bring a notebook; about an hour.'],
    ['System design round (Staff Engineer)', 'Sketch on the shared whiteboard with Lena and me.'],
    ['Portfolio walkthrough – Visual Designer', 'Twenty minutes of your work, then questions.'],
  ])('%s is an interview, not an event', (summary, text) => {
    const calendar = event({ summary });
    expect(
      decideKind(input(`Invitation: ${summary}`, `${text}\n\n${notice}`, { calendar })),
    ).toMatchObject({ kind: 'scheduled', guess: false });
  });

  it('an event that asks for an RSVP stays an event', () => {
    expect(
      kindOf(
        'Careers mixer',
        'Join our engineers for drinks on Thursday at 6 PM. Please RSVP by Tuesday: https://mixer.example/rsvp',
      ),
    ).toBe('not_interview');
  });
});

describe('a link for the seeker to book a time themselves', () => {
  it.each([
    [
      'English, inside an invitation',
      "We'd like to invite you to a 30-minute video interview. Please pick a time that works for you using the link below; slots are open Monday to Thursday between 10 am and 3 pm.",
    ],
    [
      'English, a scheduling page',
      'Use our scheduling page to book your interview slot: https://book.example/acme. Once you choose a time, a confirmation follows.',
    ],
    [
      'German',
      'Wir möchten Sie gern zu einem Interview einladen. Über den folgenden Link können Sie einen Termin zwischen Montag und Mittwoch auswählen.',
    ],
    [
      'Spanish',
      'Nos gustaría invitarte a una entrevista. Elige un horario entre el lunes y el miércoles en el siguiente enlace.',
    ],
  ])('%s: not booked until the seeker books', (_, text) => {
    expect(kindOf('Your interview', text)).toBe('not_interview');
  });

  it('a confirmation that offers a link to pick a different time stays booked', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Tuesday at 2 pm. Use the link below to pick a different time if needed.',
      ),
    ).toBe('scheduled');
  });

  it('an invitation sent after the seeker booked through the link is the booking', () => {
    expect(
      kindOf('Interview', 'Use the link below to book your slot.', {
        calendar: event({ summary: 'Interview' }),
      }),
    ).toBe('scheduled');
  });
});

describe('a meeting that says it is no step of hiring', () => {
  it.each([
    [
      'en',
      "You're booked in: Meet the Team webinar",
      "You're booked in for Meet the Team on Tuesday 9 March at 18:00. It is not part of the selection process and won't affect your application.",
    ],
    [
      'en',
      'Confirmed: graduate Q&A',
      'Your place at our Q&A with the hiring team on Friday at 4pm is confirmed. This session is informational only.',
    ],
    [
      'fr',
      'Inscription confirmée',
      'Votre inscription au webinaire du jeudi 11 mars à 18h est confirmée. Il ne fait pas partie du processus de sélection.',
    ],
    [
      'de',
      'Anmeldung bestätigt',
      'Ihre Anmeldung zum Kennenlern-Webinar am Donnerstag, 11. März um 18 Uhr ist bestätigt. Es ist kein Teil des Auswahlverfahrens.',
    ],
  ])('%s: "%s" is no interview', (_lang, subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });

  it('an interview that says the next step is an assessment stays an interview', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview with the hiring team is confirmed for Friday at 4pm. The assessment centre is the next part of the selection process.',
      ),
    ).toBe('scheduled');
  });
});

describe('other languages cancel and move with a modal verb', () => {
  it.each([
    ['es', 'Entrevista', 'Debemos cancelar la entrevista del jueves 4 de marzo a las 11:00.'],
    ['es', 'Entrevista', 'Hemos tenido que cancelar tu entrevista del martes.'],
    ['pt', 'Entrevista', 'Tivemos que cancelar a entrevista de quinta-feira às 15h.'],
    ['it', 'Colloquio', 'Purtroppo dobbiamo annullare il colloquio di giovedì alle 10.'],
    ['it', 'Colloquio', 'La riunione è stata annullata: il colloquio di giovedì non si terrà.'],
    ['da', 'Samtale', 'Vi er nødt til at aflyse din samtale torsdag kl. 10.'],
    ['sv', 'Intervju', 'Vi har tyvärr ställt in din intervju på torsdag kl. 10.'],
  ])('%s: "%s" is cancelled', (_lang, subject, text) => {
    expect(kindOf(subject, text)).toBe('cancelled');
  });

  it.each([
    ['fr', "Un imprévu nous oblige à décaler l'entretien de jeudi ; il aura lieu vendredi à 10h."],
    ['fr', "Je l'ai donc reporté au lundi 8 mars à 14h, même lien."],
  ])('%s: a move in words is rescheduled', (_lang, text) => {
    expect(kindOf('Entretien', text)).toBe('rescheduled');
  });

  it.each([
    ['es', 'Tenemos que reprogramar tu entrevista: ahora será el viernes 12 de marzo a las 9:00.'],
    ['es', 'Tu entrevista quedó reagendada para el martes 16 de marzo a las 15:00.'],
    ['pt', 'Precisamos remarcar a sua entrevista para quarta-feira, dia 10, às 14h.'],
    ['it', 'Dobbiamo spostare il colloquio a venerdì 12 marzo alle 11:00.'],
  ])('%s: "reprogramar", "remarcar", "spostare" move it', (_lang, text) => {
    expect(kindOf('Entrevista', text)).toBe('rescheduled');
  });
});

describe('meetings with an interview word outside hiring', () => {
  it.each([
    ['pt', 'Entrevista de saída', 'Agendamos sua entrevista de saída para sexta às 10h.'],
    [
      'es',
      'Entrevista de salida',
      'Te esperamos en tu entrevista de salida el viernes a las 10:00.',
    ],
    ['de', 'Austrittsgespräch', 'Ihr Austrittsgespräch findet am Freitag um 10 Uhr statt.'],
    ['nl', 'Exitgesprek', 'Je exitgesprek staat gepland op vrijdag om 10.00 uur.'],
    ['it', 'Colloqui', 'Confermiamo il colloquio con la docente di inglese venerdì alle 17:00.'],
    ['fr', 'Entretien annuel', "Ton entretien annuel d'évaluation aura lieu vendredi à 10h."],
    ['da', 'MUS', 'Din MUS-samtale med din leder er fredag kl. 10.'],
    ['ja', '面談のご案内', '退職面談を金曜日10時に設定しました。'],
    ['en', 'Check-in', 'Your annual performance review with me is on Friday at 10am.'],
  ])('%s: %s is not an interview to plan', (_lang, subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });
});

describe('interviews that are not the seeker being interviewed for a job', () => {
  it("a journalist's feature and a training on interviewing are not interviews", () => {
    expect(
      kindOf(
        'Interview request',
        "I'm writing a feature on product designers and would love to interview you. Would Wednesday at 2pm work?",
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Lunch & Learn: Interviewing skills for hiring managers',
        'Join us for a session on structured interviewing.',
      ),
    ).toBe('not_interview');
  });

  it('an interview that mentions a training stays an interview', () => {
    expect(
      kindOf(
        'Interview confirmed - Learning Designer',
        'Your interview is confirmed for Tuesday at 2pm; you will present a training you designed.',
      ),
    ).toBe('scheduled');
  });
});

describe('an interview that will not take place is cancelled', () => {
  it.each([
    ['fr', 'Entrevue', "L'entrevue prévue mardi à 10 h n'aura pas lieu."],
    ['es', 'Entrevista', 'La entrevista del martes a las 10:00 no se llevará a cabo.'],
    ['it', 'Colloquio', 'Il colloquio di martedì alle 10 non avrà luogo.'],
    ['pt', 'Entrevista', 'A entrevista de terça às 10h não será realizada.'],
    ['de', 'Gespräch', 'Das Gespräch am Dienstag um 10 Uhr findet leider nicht statt.'],
  ])('%s', (_lang, subject, text) => {
    expect(kindOf(subject, text)).toBe('cancelled');
  });
});

describe('English families: offers, offered slots, casual outreach, interview prep', () => {
  it.each([
    "We're thrilled to offer you the Logistics Planner position! Can we talk Thursday at 3pm?",
    'The team would like to extend a formal offer. I can walk you through the package on Friday at 10am.',
    "I'm happy to make you an offer. Are you around Monday at noon to go over it?",
  ])('an offer with a call about it is no interview: %s', (text) => {
    expect(kindOf('Good news', text)).toBe('not_interview');
  });

  it.each([
    'Ravi would love to chat! Does Monday at 9am, Tuesday at 1pm or Friday at 11am PT work best for you?',
    'Could Wednesday 3/10 at 4pm or Thursday 3/11 at 10am work for you?',
  ])('several clock times offered in one question: %s', (text) => {
    expect(kindOf('Interview', text)).toBe('not_interview');
  });

  it('a confirmed time whose format is left open is still an interview', () => {
    expect(
      kindOf(
        'Interview confirmed',
        "You're confirmed for Monday at 9am with Ravi. You can join by phone or video, whichever works for you.",
      ),
    ).toBe('scheduled');
  });

  it.each([
    'Fancy grabbing a coffee on Thursday at 9am to chat about the team?',
    'Up for a quick call Tuesday at 4pm? I lead the data team at Orrin.',
  ])('a casual invitation to talk is outreach: %s', (text) => {
    expect(kindOf('Hello', text)).toBe('not_interview');
  });

  it('an interview prep workshop is no interview', () => {
    expect(
      kindOf(
        'Finalists: optional session',
        "You're invited to our interview preparation webinar on Tuesday at 6pm ET.",
      ),
    ).toBe('not_interview');
  });
});

describe('English: a host who wants to interview the seeker, and an interview that is off', () => {
  it.each([
    "I'd love to interview you for an upcoming episode of our show. We record Tuesday at 3pm ET.",
    'We would like to interview you for a profile in our newsletter. You are booked for Thursday at 11am.',
    'Looking forward to our interview on Wednesday at 4pm for the podcast I co-host.',
  ])('a media interview is no job interview: %s', (text) => {
    expect(kindOf('Interview', text)).toBe('not_interview');
  });

  it.each([
    "Unfortunately we won't be going ahead with Tuesday's interview at 2pm with Dana.",
    'I am sorry to say the interview on Monday at 10am will no longer take place.',
    'We have had to stand down the remaining interviews, including yours on Thursday at 11am.',
    'About our interview this Friday at 9:15 AM: I am afraid we need to call it off.',
    "Re the panel on Monday at 1pm - we're calling it off, sorry.",
  ])('called off in other words: %s', (text) => {
    expect(kindOf('Your interview', text)).toBe('cancelled');
  });

  it('not going ahead with the application after an interview is a rejection', () => {
    expect(
      kindOf(
        'Your application',
        "Thank you for your interview on Tuesday at 2pm. We won't be going ahead with your application.",
      ),
    ).toBe('not_interview');
  });
});

describe('a day laid out for the seeker is booked', () => {
  it('an itinerary announced as the plan, the schedule or the agenda is an interview, beside thanks for travelling or a lunch', () => {
    expect(
      kindOf(
        'Your visit to Quarry Lane',
        'Thanks so much for making the trip out to see us. Below is the plan for your on-site on Friday, May 7:\n9:00 – 9:45 AM  Coding  Tariq Osei\n10:00 – 10:45 AM  Design  Mira Holt',
      ),
    ).toBe('scheduled');
    expect(
      kindOf(
        'Thursday',
        "Thank you for coming in again! Here's your itinerary for Thursday's onsite: 1:00 pm pairing with Lev, 2:00 pm lunch with the team.",
      ),
    ).toBe('scheduled');
    expect(
      kindOf(
        'Panel day',
        'Thanks for visiting last month. Please find below the agenda for your panel day on 3 June, 10:00 to 12:30.',
      ),
    ).toBe('scheduled');
  });

  it('thanks after a visit with no plan laid out stays no booking', () => {
    expect(
      kindOf(
        'Thank you',
        'Thank you for making the trip to our office on Tuesday at 10 AM; the panel enjoyed the conversation.',
      ),
    ).toBe('not_interview');
  });
});

describe('a move said as a labelled new time or a new plan', () => {
  it.each([
    'Your interview was set for Monday 29 March at 10:00. New slot: Thursday 1 April, 14:00 to 14:45 BST.',
    'Your panel had been booked for Tuesday at 2pm. Revised date: Friday 9 April, 3pm ET, same people.',
    "Our director is travelling on Thursday, so we'd like to bring you in two days later instead: Saturday at 11am PT.",
    'Change of interview time: it is now Wednesday at 4:30 PM CT with Ada.',
  ])('rescheduled: %s', (text) => {
    expect(kindOf('Your interview', text)).toBe('rescheduled');
  });

  it('a first booking that only names its time, and a question about a later slot, are no move', () => {
    expect(
      kindOf(
        'Your interview',
        'Date and time: Thursday 1 April, 14:00 to 14:45 BST, with Ada Brook.',
      ),
    ).toBe('scheduled');
    expect(
      kindOf('Your interview', 'Would Thursday at 2pm work, or later that afternoon?', {
        timeIsOffer: true,
      }),
    ).toBe('not_interview');
  });
});

describe('English: preponed, "is off", an after-offer pay call, a housemate interview', () => {
  it.each(['Your interview has been preponed from 3:00 PM to 11:00 AM IST on Friday.'])(
    'moved earlier in Indian English: %s',
    (text) => {
      expect(kindOf('Interview update', text)).toBe('rescheduled');
    },
  );

  it.each(['Your 2pm interview on Monday with Dana Whitlock is off for now.'])(
    'an interview that "is off": %s',
    (text) => {
      expect(kindOf('Interview on Monday', text)).toBe('cancelled');
    },
  );

  it('an interview "off to a good start" is still on', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is off to a good start: Monday at 2pm with Dana.',
      ),
    ).toBe('scheduled');
  });

  it.each([
    'Congrats again on the verbal! Let us hop on a call Tuesday at 4pm to talk through the numbers.',
    'Following the verbal offer, could we speak Tuesday at 4pm about your target start date? Booked.',
  ])('a call about pay after an offer is no interview: %s', (text) => {
    expect(kindOf('Next steps', text)).toBe('not_interview');
  });

  it.each([
    "We'd love to do a video interview on Sunday at 4pm to see if we'd get along as housemates.",
    'The flatmate interview for the room is booked for Sunday at 4pm.',
  ])('choosing someone to share a home is no job interview: %s', (text) => {
    expect(kindOf('Room – quick video interview', text)).toBe('not_interview');
  });
});

describe('calling off a meeting named by its day: "pull the plug on", "stand down", "scrap"', () => {
  it.each([
    "We're going to have to pull the plug on Thursday's panel; the team is being reorganised.",
    "Sorry, I need to stand down Monday's interview with Priscilla while headcount is frozen.",
    "We've scrapped tomorrow's call with the hiring manager until the budget is settled.",
    'I have to pull the plug on your second-round chat, the role is paused.',
    "Sorry Bea, we've scratched Wednesday's panel while the budget is reviewed.",
    'Regrettably we must postpone your onsite on 12 May indefinitely; the team is moving offices.',
    'I am postponing the technical screen until further notice.',
  ])('cancelled: %s', (text) => {
    expect(kindOf('Your interview', text)).toBe('cancelled');
  });

  it.each([
    'Scratch that, your interview is Monday at 2pm ET with Dara.',
    'Your interview is confirmed for Friday at 10am CT; postponing is possible until further notice is given 24 hours ahead.',
  ])('scheduled: %s', (text) => {
    expect(kindOf('Interview confirmed', text)).toBe('scheduled');
  });

  it('a plug pulled on something else leaves the booking as it is', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Monday at 2pm ET with Ada, who pulled the plug on our old billing system last year.',
      ),
    ).toBe('scheduled');
  });
});

describe('a meeting shuffled or nudged to another time is moved', () => {
  it.each([
    "We've shuffled your chat with Noor along to Friday at 9:30am ET.",
    "I've nudged your interview back to 3pm CT on the same day.",
  ])('rescheduled: %s', (text) => {
    expect(kindOf('Your interview', text)).toBe('rescheduled');
  });
});

describe('an offer to change the booking, asked as a question, is no move', () => {
  it.each([
    'Your interview is booked for 18 March at 15:00 IST.\nNeed to change the slot? Use the link below at least a day ahead.',
    'Your interview is booked for Tuesday at 11am ET. Want to move it? Just reply to this email.',
  ])('scheduled: %s', (text) => {
    expect(kindOf('Interview booked', text)).toBe('scheduled');
  });
});

describe('an examination of the seeker’s degree is no job interview', () => {
  it.each([
    ['Your PhD viva', 'Your oral examination is set for Friday 12 March at 10:00 GMT.'],
    [
      'Thesis defence: arrangements',
      'The committee will meet you on Friday 12 March at 10:00 GMT; the external examiner joins by video.',
    ],
    [
      'Arrangements',
      'The viva voce of your thesis will take place on 12 March at 10:00, with two examiners.',
    ],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });
});

describe('a competition whose winners may be interviewed is no interview', () => {
  it.each([
    "Your team's slot for the Spring Code Cup is confirmed: Saturday 10:00-16:00 IST. The top 10 teams on the leaderboard will be invited to interviews.",
    'You are registered for our hackathon on Saturday from 9am to 5pm ET; the best entrants will be fast-tracked to interviews.',
  ])('not_interview: %s', (text) => {
    expect(kindOf('Your slot is confirmed', text)).toBe('not_interview');
  });

  it('an interview invitation that recalls a hackathon is an interview', () => {
    expect(
      kindOf(
        'Interview invitation',
        "We loved your project at last month's hackathon and would like to invite you to an interview on Monday at 2pm ET with Ada.",
      ),
    ).toBe('scheduled');
  });
});

describe('an informational chat about a field, with no opening, is no interview', () => {
  it.each([
    "Happy to do an informational interview on Thursday at 12:30; we don't have any openings right now, but I can tell you about the field.",
    'Thursday at 12:30 works for an informational call. Here is my Zoom link.',
  ])('not_interview: %s', (text) => {
    expect(kindOf('Coffee chat?', text)).toBe('not_interview');
  });

  it('an informal chat with the hiring manager is still an interview', () => {
    expect(
      kindOf(
        'Next step',
        "It's an informal chat rather than a formal interview: Thursday at 12:30 ET with Ada, our hiring manager. You're all set.",
      ),
    ).toBe('scheduled');
  });
});

describe('a new date still to come, and a move proposed with where it goes (nl, es)', () => {
  it('nl: an interview that lapses with a new date promised later is cancelled', () => {
    expect(
      kindOf(
        'Afspraak vrijdag',
        'Helaas komt ons kennismakingsgesprek van vrijdag 19 maart om 14:00 uur te vervallen.\nWe komen later bij u terug met een\nnieuw tijdstip.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Sollicitatiegesprek',
        'Het gesprek van dinsdag om 11:00 gaat helaas niet door. Zodra Pieter terug is, plannen we samen een nieuwe datum.',
      ),
    ).toBe('cancelled');
  });

  it('nl: a lapsed interview with the new date given stays a move', () => {
    expect(
      kindOf(
        'Gesprek verplaatst',
        'Het gesprek van dinsdag komt te vervallen. Nieuwe datum: donderdag 25 maart om 10:00 uur.',
      ),
    ).toBe('rescheduled');
  });

  it('es: "le proponemos pasar la llamada … al jueves" is a move', () => {
    expect(
      kindOf(
        'Entrevista con Lucía',
        'Lucía no estará disponible el martes. Le proponemos pasar la llamada\ncon ella al jueves 18 de marzo a las 12:30.',
      ),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Entrevista técnica',
        'Por un tema de agenda vamos a mover tu entrevista técnica para el viernes 19 a las 9:00.',
      ),
    ).toBe('rescheduled');
  });
});

describe('a session the seeker signs up for is no booking', () => {
  it('"Reserve your seat" for a talk with speakers, a "When:" line and a "conversation"', () => {
    expect(
      kindOf(
        'Join our fireside chat on platform careers',
        'A relaxed conversation with three of our staff engineers about growing into senior roles.\nWhen: Tuesday 9 February, 5:30 PM ET\nReserve your seat: https://events.marlowe-grid.example/fireside',
      ),
    ).toBe('not_interview');
  });

  it('"Register now" under a panel talk for graduates', () => {
    expect(
      kindOf(
        'Graduate panel talk',
        'Hear from four recent hires in a live conversation, Thursday at 1pm. Register now to receive the link.',
      ),
    ).toBe('not_interview');
  });
});

describe('a first contact that leaves the time to the seeker is outreach', () => {
  it.each([
    "I'm free Friday at 2pm ET if you'd like to jump on a video call, here's my Meet room.",
    'Happy to chat Monday at 10 if you want to hop on. No pressure at all.',
    'There is no hiring process yet for this seat. I could do Wednesday at 4pm for a call.',
    'Could we talk Tuesday at 1pm? Mostly to find out whether there is mutual interest.',
  ])('%s', (text) => {
    expect(kindOf('Intro', text)).toBe('not_interview');
  });

  it('a booked interview that mentions hopping on early stays an interview', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Friday at 2pm ET with Lorna. The room opens at 1:55 if you want to hop on early and test your audio.',
      ),
    ).toBe('scheduled');
  });
});

describe('a seat to sign up for, in other languages', () => {
  it.each([
    [
      'Karriere-Abend',
      'Lernen Sie unser Team im Gespräch kennen: Mittwoch, 17. März, 18:00 Uhr. Jetzt anmelden!',
    ],
    [
      'Spotkanie dla absolwentów',
      'Rozmowa z naszymi inżynierami odbędzie się w czwartek o 17:00. Zarejestruj się już teraz.',
    ],
    [
      'Charla online',
      'Conversación abierta con el equipo el jueves a las 18:00. Reserva tu lugar en el enlace.',
    ],
    [
      'Kväll för nyexade',
      'Samtal med våra utvecklare tisdag kl. 17.30. Boka din plats via länken.',
    ],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });
});
