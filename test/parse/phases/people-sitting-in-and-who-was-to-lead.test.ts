// "X will be sitting in with me" (the progressive of "sit in"), and the Polish relative clause
// that names who leads or was to lead the meeting ("A, który miał prowadzić spotkanie", "z którą
// miała Pani rozmawiać"): each names someone the seeker meets, by first name the one copied.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

describe('who sits in, who was to lead', () => {
  it('"Aroha, copied here, will be sitting in with me" names the copied Aroha and the writer', () => {
    const seeker = { name: 'Lior Benami', address: 'lior.b@mail.example' };
    const writer = { name: 'Callum Greer', address: 'callum.greer@ridgeline.example' };
    const cc = [{ name: 'Aroha Tane', address: 'aroha.tane@ridgeline.example' }];
    const text =
      'Hi Lior,\n\nI have Wednesday 7 April, 10:00–10:45 am for us. Aroha, copied here, runs our field tests and will be sitting in with me.\n\nCallum';
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'ridgeline', cc }));
    expect(got.interviewers.map((i) => i.email).sort()).toEqual([
      'aroha.tane@ridgeline.example',
      'callum.greer@ridgeline.example',
    ]);
  });

  it.each([
    'Krzysztof Zieliński, który miał prowadzić rozmowę, dostał kopię tej wiadomości.',
    'Krzysztof Zieliński, z którym miała Pani rozmawiać, jest na urlopie.',
    'Krzysztof Zieliński przeprowadzi z Panią rozmowę w naszym biurze.',
  ])('Polish: %s', (sentence) => {
    const seeker = { name: 'Agata Lis', address: 'agata.lis@mail.example' };
    const writer = { name: 'Marta Sowa', address: 'marta.sowa@wislobud.example' };
    const cc = [{ name: 'Krzysztof Zieliński', address: 'k.zielinski@wislobud.example' }];
    const text = `Dzień dobry Pani Agato,\n\nspotkanie we czwartek 11 marca o 10:00 zostaje odwołane. ${sentence}\n\nPozdrawiam\nMarta Sowa\nHR`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'wislobud', cc }));
    expect(got.interviewers).toEqual([
      { name: 'Krzysztof Zieliński', email: 'k.zielinski@wislobud.example' },
    ]);
  });
});
