// Who the seeker meets, said in passing: a cancellation names who would have met them ("hätten Sie
// gerne kennengelernt", "would have loved to meet you", "auraient aimé vous rencontrer"); a move
// names the one whose day moves it ("has a leadership offsite that afternoon"), and a colleague
// copied in "is looking forward to it". A first name in the text is the copied person's in full.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ilse Brandt', address: 'ilse.brandt@mail.example' };
const writer = { name: 'Corinna Vogt', address: 'corinna.vogt@fjordlicht.example' };
const cc = [{ name: 'Matthias Oberholzer', address: 'matthias.oberholzer@fjordlicht.example' }];
const people = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'fjordlicht', cc })).interviewers;

describe('who would have met the seeker, in a cancellation', () => {
  it.each([
    'Leider müssen wir das Gespräch vom 12. März absagen, da die Stelle nicht besetzt wird. Unsere COO Hanna Lindqvist sowie Herr Matthias Oberholzer (in Kopie) hätten Sie gerne persönlich kennengelernt.',
    "Unfortunately we have to cancel Thursday's interview: the role is on hold. Hanna Lindqvist and Matthias Oberholzer (copied) would have loved to meet you.",
    "We have had to cancel Thursday's interview, I'm sorry to say. Hanna Lindqvist and Matthias Oberholzer (copied) were really looking forward to meeting you.",
    "Nous devons malheureusement annuler l'entretien du 12 mars. Hanna Lindqvist et Matthias Oberholzer, en copie, auraient vraiment aimé vous rencontrer.",
  ])('%s', (text) => {
    expect(people(`Hallo Ilse,\n\n${text}\n\nCorinna Vogt\nHR`)).toEqual([
      { name: 'Hanna Lindqvist', email: null },
      { name: 'Matthias Oberholzer', email: 'matthias.oberholzer@fjordlicht.example' },
    ]);
  });
});

describe('the copied colleague named by first name in a move', () => {
  it.each([
    "Small change: Matthias has a board workshop that morning, so I've moved your conversation to 2:00 PM.",
    "I've moved your call to Friday at 9. Matthias is copied here and is really looking forward to it.",
    "Your chat moves to 3 PM. Matthias is on cc — he's looking forward to meeting you.",
  ])('%s', (text) => {
    expect(people(`Hi Ilse,\n\n${text}\n\nThanks,\nCorinna`)).toEqual([
      { name: 'Matthias Oberholzer', email: 'matthias.oberholzer@fjordlicht.example' },
    ]);
  });

  it('leaves the writer who looks forward to it out', () => {
    expect(
      people(
        "Hi Ilse,\n\nYour chat with Matthias Oberholzer moves to 3 PM. I'm looking forward to hearing how it goes.\n\nCorinna Vogt\nRecruiter",
      ),
    ).toEqual([{ name: 'Matthias Oberholzer', email: 'matthias.oberholzer@fjordlicht.example' }]);
  });
});
