// "A (a@…) e a B (b@…), do time de X, vão participar comigo": the people named before the verb
// take part with the writer, even where a wrap put an address or a comma at the start of a line;
// the team they come from is no person.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Bruna Teixeira', address: 'bruna.teixeira@mail.example' };
const writer = { name: 'Otávio Prado', address: 'otavio.prado@jacaranda.example' };

describe('the people before a verb that says they join the writer', () => {
  it('in pt-BR, wrapped', () => {
    const found = readPeople(
      peopleInput(
        [
          'Oi, Bruna!',
          '',
          'A entrevista fica marcada para terça-feira, 16/03, às 10h. Eu conduzo a conversa, e o Rafael Nogueira',
          '(rafael.nogueira@jacaranda.example) e a Priscila Moura Lima',
          '(priscila.lima@jacaranda.example), do time de Crédito Imobiliário, vão',
          'participar comigo.',
          '',
          'Abraços,',
          'Otávio Prado',
        ].join('\n'),
        { seeker, writer, organisation: 'jacaranda' },
      ),
    );
    expect(found.interviewers).toEqual([
      { name: 'Otávio Prado', email: 'otavio.prado@jacaranda.example' },
      { name: 'Rafael Nogueira', email: 'rafael.nogueira@jacaranda.example' },
      { name: 'Priscila Moura Lima', email: 'priscila.lima@jacaranda.example' },
    ]);
  });
});
