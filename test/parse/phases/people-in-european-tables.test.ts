// The people a message says will take part, in the words of the Polish and Portuguese tables:
// degrees stacked before a Polish name, and the Portuguese "vão participar" before a list.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ines Varga', address: 'ines.varga@mail.example' };
const interviewers = (latest: string, writer: { name: string; address: string }) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'sarnowo' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('Polish degrees before a name', () => {
  it.each([
    'W rozmowie udział wezmą dr inż. Olga Pietrzak, szefowa działu jakości, oraz mgr Kamil Duda.',
    'Udział weźmie prof. dr hab. Olga Pietrzak, a także mgr inż. Kamil Duda z zespołu testów.',
  ])('%s', (sentence) => {
    const writer = { name: 'Ewa Malinowska', address: 'ewa.malinowska@sarnowo.example' };
    expect(
      interviewers(
        `Dzień dobry,\n\nzapraszamy na rozmowę we wtorek 9 marca o godz. 11:00. ${sentence}\n\nPozdrawiam\nEwa Malinowska\nRekruterka`,
        writer,
      ),
    ).toEqual(['Kamil Duda', 'Olga Pietrzak']);
  });
});

describe('Portuguese "vão participar" before the people', () => {
  it.each([
    'Vão participar da entrevista a Bruna Teixeira, gerente de dados, e o Diego Faria.',
    'Participarão da conversa o Diego Faria (diego.faria@sarnowo.example) e a Bruna Teixeira.',
  ])('%s', (sentence) => {
    const writer = { name: 'Paula Rocha', address: 'paula.rocha@sarnowo.example' };
    expect(
      interviewers(
        `Olá Ines,\n\nsua entrevista ficou marcada para quinta-feira, 11/03, às 14h. ${sentence}\n\nAbraços,\nPaula Rocha\nRecrutadora`,
        writer,
      ),
    ).toEqual(['Bruna Teixeira', 'Diego Faria']);
  });
});
