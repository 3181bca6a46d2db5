// Interviewers introduced in ways the other tests do not write: a panel in sequence, a cleft
// ("it'll be myself and A", "quem vai … é a A"), a pronoun that carries the role after the name,
// a recruiter who phones the seeker, a label such as "Representative:" or "Commissione", the
// writer who runs the conversation, a person asked to join, and a department after its noun.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Yusuf Demir', address: 'yusuf.demir@mail.example' };
const writer = { name: 'Rosa Llewellyn', address: 'rosa.llewellyn@brackenfold.example' };
const names = (latest: string, cc: { name: string; address: string }[] = []) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'brackenfold', cc }))
    .interviewers.map((i) => i.name)
    .sort();

describe('English phrasings', () => {
  it.each([
    [
      'First up is Hamza Okoro, our Head of Treasury, 9:00 to 9:40. Lotte Brink, Group Controller, takes over at 9:45.',
      ['Hamza Okoro', 'Lotte Brink'],
    ],
    [
      'Next up will be Hamza Okoro for the case study, followed by Lotte Brink on culture.',
      ['Hamza Okoro', 'Lotte Brink'],
    ],
    [
      'Two of our analysts are on it: Hamza Okoro (hamza.okoro@brackenfold.example), who wrote our pricing engine, and Lotte Brink.',
      ['Hamza Okoro', 'Lotte Brink'],
    ],
    [
      "I've copied Hamza Okoro here: he's the person you'll be speaking with on Monday.",
      ['Hamza Okoro'],
    ],
    [
      "Looping in Lotte Brink (cc'd); she runs our billing desk and will be the one interviewing you.",
      ['Lotte Brink'],
    ],
    [
      "It'll be myself and Lotte Brink, our Director of Research, on the video call.",
      ['Lotte Brink', 'Rosa Llewellyn'],
    ],
    [
      "I'll lead the interview, and our COO Lotte Brink will be on as well.",
      ['Lotte Brink', 'Rosa Llewellyn'],
    ],
    [
      "Does Monday at 10 work? My colleague Lotte, who runs billing, will sit in too. We'll mostly talk through a migration you led.",
      ['Lotte Brink', 'Rosa Llewellyn'],
    ],
  ])('%s', (text, expected) => {
    expect(
      names(`Hi Yusuf,\n\n${text}\n\nRosa`, [
        { name: 'Lotte Brink', address: 'lotte.brink@brackenfold.example' },
      ]),
    ).toEqual(expected);
  });

  it('the capitalised words of a post before "post" are no person', () => {
    expect(
      names(
        "I'd like to set up a longer conversation about the Senior Marine Ecologist post. Lotte Brink will lead it.",
      ),
      // The one who leads "it" (the writer's conversation) is met too; the post's words are nobody.
    ).toEqual(['Lotte Brink', 'Rosa Llewellyn']);
  });

  it('the writer listed first among the people met takes part', () => {
    expect(
      names(
        "I'd like to have you in to meet in person: me, plus Lotte Brink, who runs the billing desk. Lotte will show you around at the end.",
        [{ name: 'Lotte Brink', address: 'lotte.brink@brackenfold.example' }],
      ),
    ).toEqual(['Lotte Brink', 'Rosa Llewellyn']);
  });

  it('a recruiter who will phone the seeker holds the phone screen', () => {
    expect(
      names(
        'Phone screen\nTue 3/9 · 11:00 – 11:30 AM ET\nHamza Okoro, Talent Partner, will call you.',
      ),
    ).toEqual(['Hamza Okoro']);
  });

  it('a "Representative:" label names the one the seeker meets', () => {
    expect(
      names(
        'Employer: Brackenfold\nTime: 2:00 PM - 2:30 PM\nEmployer Representative: Lotte Brink (Site Manager)\n',
      ),
    ).toEqual(['Lotte Brink']);
  });
});

describe('other languages', () => {
  it.each([
    [
      "Mme Lotte Brink, directrice financière, et M. Hamza Okoro, responsable du pôle Paie, auront le plaisir d'échanger avec vous.",
    ],
    [
      'Quem vai conversar com você é a Lotte Brink, nossa diretora, junto com o Hamza Okoro, analista sênior.',
    ],
    ['Quien te entrevistará será Lotte Brink, directora financiera, junto con Hamza Okoro.'],
    ['Chi ti incontrerà è la dott.ssa Lotte Brink, insieme a Hamza Okoro.'],
    [
      'Ik heb ook Hamza Okoro, een van onze analisten, gevraagd om aan te schuiven, naast Lotte Brink (lotte.brink@brackenfold.example), met wie je spreekt.',
    ],
    ['Commissione:\nIng. Lotte Brink – Responsabile R&D\nHamza Okoro – Data Scientist\n'],
  ])('%s', (text) => {
    expect(names(`Buongiorno Yusuf,\n\n${text}\n\nRosa`)).toEqual(['Hamza Okoro', 'Lotte Brink']);
  });

  it('the name of a department after its noun is no person', () => {
    expect(
      names(
        'Ich werde das Gespräch gemeinsam mit Frau Lotte Brink, Leiterin der Abteilung Vertrieb Nord, führen.',
      ),
    ).toEqual(['Lotte Brink', 'Rosa Llewellyn']);
    expect(
      names(
        'Vous échangerez avec Lotte Brink, responsable du pôle Données Clients, et Hamza Okoro, chef du service Paie Groupe.',
      ),
    ).toEqual(['Hamza Okoro', 'Lotte Brink']);
    expect(
      names(
        'Estarão consigo a Lotte Brink, responsável pela área de Canais Digitais, e o Hamza Okoro.',
      ),
    ).toEqual(['Hamza Okoro', 'Lotte Brink']);
  });

  it("a title's field after it is no person: after of/de, or set off by commas at a clause's end", () => {
    expect(
      names(
        'You will be interviewed by Lotte Brink, Senior Director, Clinical Data Systems. Also joining is Hamza Okoro, Head of Payments Risk.',
      ),
    ).toEqual(['Hamza Okoro', 'Lotte Brink']);
    expect(
      names(
        'Te entrevistarán Lotte Brink, jefa de Operaciones Logísticas, y Hamza Okoro, coordinador de Soporte Técnico.',
      ),
    ).toEqual(['Hamza Okoro', 'Lotte Brink']);
    // A list of people, each with a title, keeps everyone.
    expect(
      names(
        'On the panel: Lotte Brink, Staff Engineer, Hamza Okoro, Engineering Manager, and Ines Wolde (ines.wolde@brackenfold.example).',
      ),
    ).toEqual(['Hamza Okoro', 'Ines Wolde', 'Lotte Brink']);
  });

  it('a 【面接担当】 label over lines of department, title and name', () => {
    const people = readPeople(
      peopleInput(
        '山口様\n\n【面接担当】\n開発本部 部長　森田 浩二\n同部 エンジニア　石川 由香（yuka.ishikawa@brackenfold.example）\n\nよろしくお願いいたします。',
        { seeker, writer, organisation: 'brackenfold' },
      ),
    );
    expect(people.interviewers.map((i) => i.name).sort()).toEqual(['森田 浩二', '石川 由香']);
  });

  it('a ご対応者 label with two people split by a full-width slash', () => {
    const people = readPeople(
      peopleInput(
        '山口様\n\nご対応者：開発本部 部長　森田 浩二／同部 エンジニア　石川 由香\n\nよろしくお願いいたします。',
        { seeker, writer, organisation: 'brackenfold' },
      ),
    );
    expect(people.interviewers.map((i) => i.name).sort()).toEqual(['森田 浩二', '石川 由香']);
  });
});

describe('the person a later sentence or line goes on about', () => {
  const people = (latest: string, cc: { name: string; address: string }[] = []) =>
    readPeople(peopleInput(latest, { seeker, writer, organisation: 'brackenfold', cc }))
      .interviewers.map((i) => `${i.name} <${i.email ?? ''}>`)
      .sort();

  it('a pronoun opening the next sentence: "He\'ll run the first interview with you"', () => {
    expect(
      people(
        "Copying in Dr. Teodor Halvard (cc'd), who looks after our test rigs. He'll run the first interview with you on Tuesday.",
        [{ name: 'Teodor Halvard', address: 'teodor.halvard@brackenfold.example' }],
      ),
    ).toEqual(['Teodor Halvard <teodor.halvard@brackenfold.example>']);
  });

  it('the one whose conflict moves the meeting, with the address written after what they are', () => {
    expect(
      people(
        'Quick one: Wendeline has a conflict, so your product chat is now at 4 instead of 3:30. Should you need her, Wendeline Osei-Barr is our Head of Product (w.oseibarr@brackenfold.example).',
      ),
    ).toEqual(['Wendeline Osei-Barr <w.oseibarr@brackenfold.example>']);
  });

  it('a list after a lead, one person a line with a middle dot', () => {
    expect(
      people(
        "You'll meet Aurelio Strand · Principal Engineer\nMaeve Odhiambo · Product Manager, Growth (maeve.o@brackenfold.example)\n\nSee you Thursday.",
      ),
    ).toEqual(['Aurelio Strand <>', 'Maeve Odhiambo <maeve.o@brackenfold.example>']);
  });
});

describe('people named by first name, a label or what they will cover', () => {
  const people = (latest: string, cc: { name: string; address: string }[] = []) =>
    readPeople(peopleInput(latest, { seeker, writer, organisation: 'brackenfold', cc }))
      .interviewers.map((i) => i.name)
      .sort();

  it('a first name that is a common word elsewhere, of someone copied in', () => {
    expect(
      people(
        'Art Kowalczyk, Principal Geologist (copied), is in the field on Monday, so we moved you to Wednesday at 11. Art will run the session from the core shed.',
        [{ name: 'Art Kowalczyk', address: 'art.kowalczyk@brackenfold.example' }],
      ),
    ).toEqual(['Art Kowalczyk']);
  });

  it('"get you in front of A … she and I will do it together"', () => {
    expect(
      people(
        "I'd like to get you in front of Marisol, who owns our payments API (cc'd), for the design round; she and I will do it together on Friday at 10.",
        [{ name: 'Marisol Achterberg', address: 'marisol.a@brackenfold.example' }],
      ),
    ).toEqual(['Marisol Achterberg', 'Rosa Llewellyn']);
  });

  it('an "Interviewing on behalf of …:" label', () => {
    expect(
      people(
        'Date: Tuesday, April 6\nTime: 9:00 AM - 9:30 AM\nInterviewing on behalf of Brackenfold: Desmond Achebe - Director, Structured Credit\n',
      ),
    ).toEqual(['Desmond Achebe']);
  });

  it('the people who "will cover" parts of the interview', () => {
    expect(
      people(
        'Second round for the analyst opening. Imogen (hiring manager) and Pavel (data lead) will cover your take-home and our warehouse.',
        [
          { name: 'Imogen Sallis', address: 'imogen.sallis@brackenfold.example' },
          { name: 'Pavel Drozd', address: 'pavel.drozd@brackenfold.example' },
        ],
      ),
    ).toEqual(['Imogen Sallis', 'Pavel Drozd']);
  });
});
