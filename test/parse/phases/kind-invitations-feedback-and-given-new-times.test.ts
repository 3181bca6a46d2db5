// What a message books when its words pull both ways: an invitation to the next interview after
// thanks for a first talk, a rejection or a feedback call that carries a time and a link, a new
// time that a "we will propose a new time" goes on to give, and the plain Polish words for a job
// interview and for calling one off.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';
import { peopleInput, readPeople } from '../support/people-input.js';

describe('an invitation after thanks for the first talk books the interview', () => {
  it.each([
    'Tack för det givande samtalet i tisdags! Nu vill vi bjuda in dig till en andra intervju, fredag 12 mars kl. 13.30.',
    'Tack för ett bra samtal. Vi bjuder in dig till intervju med teamet den 4 februari kl. 9.00.',
  ])('Swedish: %s', (text) => {
    expect(kindOf('Nästa steg', text, { jobSigns: false })).toBe('scheduled');
  });
});

describe('the job goes to someone else, or a feedback call is offered: nothing to plan', () => {
  it.each([
    "We've decided to move ahead with another applicant. I'm free Thursday at 4pm ET if you'd like to talk: https://zoom.example/j/552",
    'Sadly the team chose to go forward with a different candidate. Call me on Monday at 11am if useful.',
    'Thanks for the interview on Tuesday. I would be glad to walk you through our feedback on Friday, 3:30–3:50 PM ET: https://meet.example/abc',
    'If helpful, we can hold a short feedback call next Wednesday at 2pm Eastern (Teams link below).',
  ])('%s', (text) => {
    expect(kindOf('Your application', text)).toBe('not_interview');
  });

  it('German: a feedback talk offered with a time', () => {
    expect(
      kindOf(
        'Ihre Bewerbung',
        'Gern biete ich Ihnen ein kurzes Feedbackgespräch am Donnerstag, 3. Dezember um 16:00 Uhr an.',
      ),
    ).toBe('not_interview');
  });
});

describe('a new time that the text goes on to give is a move, not one still to find', () => {
  it.each([
    [
      'Intervju',
      'Intervjuet må flyttes, og vi vil foreslå et nytt tidspunkt: onsdag 17. mars kl. 09.30.',
    ],
    [
      'Jobsamtale',
      'Vi må desværre ændre tiden for samtalen og vil gerne foreslå et nyt tidspunkt: fredag den 19. marts kl. 13.00.',
    ],
    [
      'Interview',
      'Change of plan for your interview, so let me suggest a new time: Monday the 8th at 2pm ET.',
    ],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('rescheduled');
  });

  it('an offer to reschedule earlier in the text does not hide the colon after the words', () => {
    expect(
      kindOf(
        'Interview',
        'If you ever need to reschedule for any reason at all, just reply to this thread. Because of a clash, let me suggest a new time: Monday the 8th at 2pm ET.',
      ),
    ).toBe('rescheduled');
  });

  it('the same words with no time after them still find none', () => {
    expect(
      kindOf(
        'Intervju',
        'Intervjuet torsdag 11. mars kl. 10.00 (norsk tid) må dessverre avlyses. Vi kommer til å foreslå et nytt tidspunkt senere.',
      ),
    ).toBe('cancelled');
  });
});

describe('Polish: the job interview and its cancellation in plain words', () => {
  it.each([
    'Chcielibyśmy zaprosić Pana na rozmowę w poniedziałek 15 marca o 12:00.',
    'Zapraszamy Panią serdecznie na rozmowę z kierownikiem działu we wtorek 2 lutego o 10:30.',
    'Potwierdzam termin rozmowy o pracę: środa 3 marca, godz. 15:00.',
  ])('scheduled: %s', (text) => {
    expect(kindOf('Spotkanie', text, { jobSigns: false })).toBe('scheduled');
  });

  it.each([
    'Rozmowa w piątek 5 marca o 11:00 zostaje odwołana z przyczyn organizacyjnych.',
    'Z przykrością odwołujemy naszą rozmowę zaplanowaną na czwartek 4 marca, godz. 9:00.',
  ])('cancelled: %s', (text) => {
    expect(kindOf('Rozmowa', text, { jobSigns: false })).toBe('cancelled');
  });
});

describe("Swedish: the company's side named after 'från oss'", () => {
  it('"Från oss deltar A, title (e-mail), och B, title"', () => {
    const seeker = { name: 'Maja Lund', address: 'maja.lund@mail.example' };
    const writer = { name: 'Karin Ek', address: 'karin.ek@fjallvind.example' };
    const names = readPeople(
      peopleInput(
        'Hej Maja!\n\nVälkommen på intervju onsdag 10 februari kl. 14.00.\n\nFrån oss deltar Oskar Nyström, säkerhetschef (oskar.nystrom@fjallvind.example), och Ida Sandberg, projektledare.\n\nHälsningar\nKarin Ek\nHR',
        { seeker, writer, organisation: 'fjallvind' },
      ),
    ).interviewers.map((i) => i.name);
    expect(names).toEqual(['Oskar Nyström', 'Ida Sandberg']);
  });
});
