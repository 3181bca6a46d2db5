// A Spanish offer letter: "carta de oferta" with its "de", the first working day agreed ("fecha de
// incorporación prevista", "fecha de inicio acordada") with a time to arrive, the signed letter
// asked for by a deadline, a call with the future manager on offer. Each beside a concrete time,
// a person and a link, and none an interview to plan; an invitation that mentions a start date
// in passing stays booked.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a Spanish offer letter is no booking', () => {
  it.each([
    'Te enviamos la carta de oferta para el puesto de Analista de Riesgos. Si quieres hablar con Elena Ruiz antes de firmar, tiene un hueco el jueves a las 17:00: https://meet.example.com/abc',
    'Fecha de inicio acordada: lunes 5 de abril a las 9:00 h con Pablo Soler en la oficina de Valencia.',
    'Para cerrar el proceso necesitamos tu oferta firmada antes del miércoles a las 12:00. Cualquier duda, llama a Nuria Gil.',
    'Fecha de incorporación confirmada: 3 de mayo, 8:00 h. Te recibirá Andrés Vidal en recepción.',
  ])('%s', (text) => {
    expect(kindOf('Bienvenida', text)).toBe('not_interview');
  });

  it('an interview that mentions the start date in passing stays booked', () => {
    expect(
      kindOf(
        'Entrevista confirmada',
        'Te confirmamos la entrevista con Elena Ruiz el jueves 11 de marzo a las 10:00 h. Hablaremos también de tu posible fecha de incorporación.',
      ),
    ).toBe('scheduled');
  });
});
