// Three ways people are named that the other tests do not write: a titled person "in the room
// with me" beside the writer; a flattened table whose heading names its people's column
// ("Interviewer\tTitle\tTime\tTopic") with the times in a later column; and a schedule row that runs
// on after a comma to a name alone on the next, indented line, or a name in Greek over its Latin
// spelling a line below.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Kasimir Lund', address: 'kasimir.lund@mail.example' };
const writer = { name: 'Theodora Vance', address: 'theodora.vance@marlowgate.example' };
const names = (latest: string, cc: { name: string; address: string }[] = []) =>
  readPeople(
    peopleInput(latest, { seeker, writer, organisation: 'marlowgate', cc }),
  ).interviewers.map((i) => i.name);

describe('beside the writer', () => {
  it.each([
    "I'll run the next round myself on Thursday at 10. VP of Analytics Ingeborg Sáez will be in the room with me for the last half hour.",
    "I'll be interviewing you on Thursday at 10, and Ingeborg Sáez will sit alongside me for the case study.",
  ])('%s', (text) => {
    expect(names(`Hi Kasimir,\n\n${text}\n\nTheodora`)).toEqual([
      'Theodora Vance',
      'Ingeborg Sáez',
    ]);
  });
});

describe("a table's people column", () => {
  it.each([
    ['Interviewer\tTitle\tTime (ET)\tTopic', 0],
    ['Topic\tMeeting with\tTime', 1],
  ])('under "%s"', (head, column) => {
    const row = (topic: string, who: string, title: string, time: string) => {
      const cells = column === 0 ? [who, title, time, topic] : [topic, who, time];
      return cells.join('\t');
    };
    const table = [
      head,
      row('Presentation', 'Wendell Achebe', 'Senior Chemist', '9:00 – 9:45'),
      row('Scale-up', 'Marisol Quent', 'R&D Manager', '9:45 – 10:30'),
      row('Break', '—', '—', '10:30 – 10:45'),
    ].join('\n');
    expect(
      names(`Dear Kasimir,\n\nHere is Tuesday morning:\n\n${table}\n\nKind regards,\nTheodora`),
    ).toEqual(['Wendell Achebe', 'Marisol Quent']);
  });
});

describe('a row that runs on to the next line', () => {
  it('after a comma, the name alone on the indented line is the row’s person', () => {
    expect(
      names(
        'Dear Kasimir,\n\nThe day:\n\n - 9:00-9:45 am   Coffee with me\n - 10:00-10:45 am Meeting with the Provost for Research,\n                  Cordelia Ashworth-Pryce\n - 11:00 am-12:00 pm  Your seminar\n\nBest,\nTheodora',
      ),
    ).toEqual(['Theodora Vance', 'Cordelia Ashworth-Pryce']);
  });

  it('a Greek name with its Latin spelling a line below is the person copied in', () => {
    expect(
      names(
        'Dear Kasimir,\n\nThe day:\n\n - 1:30-2:15 pm   Lab tour with Prof. Σταύρος Κωνσταντίνου\n                  (Stavros Konstantinou)\n - 2:30-3:00 pm   Closing chat with me\n\nBest,\nTheodora',
        [{ name: 'Stavros Konstantinou', address: 'skonst@marlowgate.example' }],
      ),
    ).toEqual(['Σταύρος Κωνσταντίνου (Stavros Konstantinou)', 'Theodora Vance']);
  });
});
