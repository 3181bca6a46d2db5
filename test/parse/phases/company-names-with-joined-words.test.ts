// A company's name as a person writes it: "& Co." is the name itself ("Duvall & Co."), unlike a
// legal form after it; words joined by "and"/"&" stay one name ("Wrenhaven Audio and Media"),
// and a team word inside such a name ("Talent and Media") is no team.
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';

const company = (
  subject: string,
  text: string,
  sender: { name: string | null; address: string },
  others: { name: string | null; address: string }[] = [],
) =>
  findCompany({
    texts: [text],
    subjects: [subject],
    companyAddresses: [sender, ...others],
    sender,
  }).company;

describe('"& Co." belongs to the name', () => {
  it('a team sender "X & Co. Talent" is X & Co.', () => {
    expect(
      company(
        'Interview confirmed',
        'Hi Noor,\n\nYour interview for the Copywriter role is confirmed for Friday at 11:00 AM.\n\nBest,\nBellamy & Co. Talent',
        { name: 'Bellamy & Co. Talent', address: 'talent@bellamyco.example' },
      ),
    ).toMatch(/^Bellamy & Co\.?$/);
  });

  it('a signature "Recruiter, X & Co." lengthens the name the domain spells', () => {
    expect(
      company(
        'Interview',
        'Hi Noor,\n\nYour interview is on Friday at 10:00 AM with Léa Marchand.\n\nHugo Brandt\nRecruiter, Marchand & Co.',
        { name: 'Hugo Brandt', address: 'hugo.brandt@marchand.example' },
      ),
    ).toMatch(/^Marchand & Co\.?$/);
  });

  it('"GmbH & Co. KG" is one legal form, left out like "GmbH"', () => {
    expect(
      company(
        'Einladung',
        'Hallo Noor,\n\nwir laden Sie am Freitag um 10 Uhr ein.\n\nViele Grüße\nSilke Arndt\nHavelkamp Logistik GmbH & Co. KG',
        { name: 'Silke Arndt', address: 'silke.arndt@havelkamp-logistik.example' },
      ),
    ).toBe('Havelkamp Logistik');
  });

  it('a team sender "X Recruiting" still names X', () => {
    expect(
      company('Interview', 'Your interview is on Friday at 10:00 AM.', {
        name: 'Ostrander Foods Recruiting',
        address: 'recruiting@ostranderfoods.example',
      }),
    ).toBe('Ostrander Foods');
  });
});

describe('names joined by "and"', () => {
  it('a signature line "X Audio and Media" for a domain that spells X', () => {
    expect(
      company(
        'Interview - Sound Editor',
        'Hi Noor,\n\nI am pleased to confirm your interview with Tamsin Royle on Friday at 3:00 PM.\n\nCaro Whitfield\nLinthorpe Audio and Media',
        { name: 'Caro Whitfield', address: 'caro.whitfield@linthorpe.example' },
      ),
    ).toBe('Linthorpe Audio and Media');
  });

  it('"Talent" inside such a name is kept', () => {
    expect(
      company(
        'Interview - Booking Agent',
        'Hi Noor,\n\nYour interview with Tamsin Royle is on Friday at 3:00 PM.\n\nCaro Whitfield\nLinthorpe Talent and Media',
        { name: 'Caro Whitfield', address: 'caro.whitfield@linthorpe.example' },
      ),
    ).toBe('Linthorpe Talent and Media');
  });

  it('a team written with "and" ("X Recruiting and Talent") names X alone', () => {
    expect(
      company(
        'Interview',
        'Hi Noor,\n\nYour interview with Tamsin Royle is on Friday at 3:00 PM.\n\nCaro Whitfield\nLinthorpe Recruiting and Talent',
        { name: 'Caro Whitfield', address: 'caro.whitfield@linthorpe.example' },
      ),
    ).toBe('Linthorpe');
  });
});

describe('the whole name the domain spells', () => {
  it('small words inside it, as the text writes them: "Salinas del Norte" for salinasdelnorte', () => {
    expect(
      company(
        'Cambio de fecha',
        'Hola Noor,\n\nTe escribo para mover la entrevista al martes a las 16:00.\n\nMaite Arrieta\nSelección de Personal - Molinos del Sur',
        { name: 'Maite Arrieta', address: 'maite.arrieta@molinosdelsur.example' },
      ),
    ).toBe('Molinos del Sur');
  });

  it('a line that opens with the name and a spaced hyphen: "Quillmoor Games - portfolio review"', () => {
    expect(
      company(
        'Invitation: Interview',
        'Quillmoor Games - portfolio review for the Level Designer opening.\n\nJoin with Google Meet: https://meet.example/abc-defg-hij',
        { name: 'Quillmoor Talent', address: 'talent@quillmoor.example' },
      ),
    ).toBe('Quillmoor Games');
  });
});
