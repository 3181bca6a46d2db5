// Italian joins "da" to the article: "sarà condotto dall'Ing. A", "dal dott. B", "dalla dott.ssa
// C". The one named after it holds the interview, whatever title stands before the name.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Nadia Ferrante', address: 'nadia.ferrante@mail.example' };
const writer = { name: 'Silvia Conte', address: 'silvia.conte@vetrofusi.example' };
const cast = { seeker, writer, organisation: 'vetrofusi' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, cast))
    .interviewers.map((i) => i.name)
    .sort();

describe('the interviewer after a preposition joined to its article', () => {
  it.each([
    "Il colloquio di giovedì alle 11 sarà condotto dall'Ing. Paolo Serra, direttore tecnico.",
    "Il colloquio di giovedì alle 11 sarà condotto dall'architetto Paolo Serra.",
    'Il colloquio di giovedì alle 11 sarà condotto dal dott. Paolo Serra.',
  ])('%s', (text) => {
    expect(names(`Gentile Nadia,\n\n${text}\n\nSilvia Conte`)).toEqual(['Paolo Serra']);
  });

  it('a session held by a woman with her title', () => {
    expect(
      names(
        'Gentile Nadia,\n\nLa prova tecnica di venerdì alle 9 sarà tenuta dalla dott.ssa Irene Galli.\n\nSilvia Conte',
      ),
    ).toEqual(['Irene Galli']);
  });
});
