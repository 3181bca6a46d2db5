// Hard-wrapped plain text is joined back into the lines its writer typed; anything else is left
// as it is.
import { describe, expect, it } from 'vitest';
import { decodeMime } from '#parse/mime.js';
import { reflow } from '#parse/reflow.js';

/** Breaks each line at the last space that keeps it within `width`, as a client does on sending. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width && rest.lastIndexOf(' ', width) > 0) {
        const cut = rest.lastIndexOf(' ', width);
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest].join('\n');
    })
    .join('\n');
}

const paragraph =
  'Thank you for your time on the phone yesterday. We would now like to invite you to a technical conversation with Oskar Lindqvist and Beatrix Hallström on Wednesday 10 March from 2:30 to 3:15 PM Central, on https://meet.example/abc-defg-hij-klmn-opqr-stuv';
const wrapped = wrap(
  [
    'Hello Priya,',
    '',
    paragraph,
    '',
    'Kind regards,',
    'Ada Moreau',
    'Talent Team | Northwind Analytics',
  ].join('\n'),
  70,
);

describe('reflow', () => {
  it('joins lines broken only because the next word did not fit', () => {
    expect(wrapped.split('\n').length).toBeGreaterThan(8);
    const text = reflow(wrapped);
    // A link too long for the line it followed is part of the sentence again.
    expect(text.split('\n')).toContain(paragraph);
    // Short lines the writer ended (greeting, signature) stay apart.
    expect(text).toContain('Hello Priya,\n\n');
    expect(text).toContain('Kind regards,\nAda Moreau\nTalent Team | Northwind Analytics');
  });

  it('keeps header labels, list items and itinerary times on their own lines', () => {
    const text = wrap(
      [
        'Subject: Your onsite visit on Thursday 4 March at our Rotterdam office for the Data Platform Engineer role',
        'From: Ada Moreau <ada.moreau@northwind.example>',
        '',
        paragraph,
        'Here is the plan for the day; please arrive ten minutes early at the desk',
        '9:00 – 9:45 – Architecture review with Oskar Lindqvist, Head of Platform',
        '- Lunch with the team afterwards, in the canteen on the ground floor of B',
      ].join('\n'),
      74,
    );
    const lines = reflow(text).split('\n');
    expect(lines[0]).toBe(
      'Subject: Your onsite visit on Thursday 4 March at our Rotterdam office for the Data Platform Engineer role',
    );
    expect(lines).toContain('From: Ada Moreau <ada.moreau@northwind.example>');
    expect(lines).toContain(paragraph);
    expect(lines).toContain(
      'Here is the plan for the day; please arrive ten minutes early at the desk',
    );
    expect(lines).toContain(
      '9:00 – 9:45 – Architecture review with Oskar Lindqvist, Head of Platform',
    );
    expect(lines).toContain(
      '- Lunch with the team afterwards, in the canteen on the ground floor of B',
    );
  });

  it('joins quoted lines only with lines at the same quote depth', () => {
    const text = [
      'Works for me, see you then. I have added the call to my calendar already.',
      '',
      '> Could we meet on Friday 12 March at 11:00 GMT instead of the Thursday? It',
      '> would be with Oskar Lindqvist, who leads the platform team here at the',
      '> company.',
    ].join('\n');
    expect(reflow(text)).toContain(
      '> Could we meet on Friday 12 March at 11:00 GMT instead of the Thursday? It would be with Oskar Lindqvist, who leads the platform team here at the company.',
    );
  });

  it('keeps a label alone on its line apart from a long link wrapped above it', () => {
    for (const label of ['Meeting with:', 'Your interviewers:', 'Panel:']) {
      const text = wrap(
        [
          paragraph,
          'Video link: https://video.example/rooms/northwind-analytics-platform-interview-2207',
          label,
          'Oskar Lindqvist, Head of Platform',
          'Beatrix Hallström, Staff Engineer',
        ].join('\n'),
        72,
      );
      const lines = reflow(text).split('\n');
      expect(lines).toContain(label);
      expect(lines).toContain(
        'Video link: https://video.example/rooms/northwind-analytics-platform-interview-2207',
      );
    }
  });

  it('leaves text that was not wrapped as it is', () => {
    const text = [
      'Hi Priya, your interview is confirmed for Wednesday 10 March at 2:30 PM Central Time with Oskar.',
      'Ada Moreau, Senior Talent Partner at Northwind Analytics (Rotterdam office)',
      'Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands, +31 10 555 0199',
    ].join('\n');
    expect(reflow(text)).toBe(text);
  });

  it('is applied to the plain part of a decoded message', async () => {
    const raw = [
      'From: Priya Raman <priya.raman@post.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: Technical conversation',
      'Content-Type: text/plain; charset=utf-8',
      '',
      wrapped,
    ].join('\r\n');
    expect((await decodeMime(raw)).text).toContain(paragraph);
  });

  it('is applied to an HTML-only part made from wrapped text, not to one laid out in a table', async () => {
    const message = (html: string) =>
      [
        'From: Priya Raman <priya.raman@post.example>',
        'To: interviews@followups.example.dev',
        'Subject: Fwd: Technical conversation',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
      ].join('\r\n');
    const asBreaks = `<div>${wrapped.split('\n').join('<br>\n')}</div>`;
    expect((await decodeMime(message(asBreaks))).text).toContain(paragraph);
    const rows = wrapped
      .split('\n')
      .map((line) => `<tr><td>${line}</td></tr>`)
      .join('\n');
    expect((await decodeMime(message(`<table>${rows}</table>`))).text).not.toContain(paragraph);
  });

  it('joins the lines a <br> broke inside a layout table, keeping its rows and items apart', async () => {
    const said =
      'Thanks for your patience, Tomás. Your conversation with our analytics lead, Wiremu Tane, and the principal engineer Beatriz Okafor-Lind is on Thursday at 11:15 Mountain, about forty minutes.';
    const lines = wrap(said, 72).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    const html = [
      'From: Tomás Reyes <tomas.reyes@post.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: Next conversation',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<table role="presentation" width="100%"><tr><td><p>${lines.join('<br>\n')}</p>`,
      '<ul><li>Wiremu Tane, Analytics Lead, who will ask about the',
      'dashboards</li><li>Beatriz Okafor-Lind</li></ul>',
      '<table><tr><td>Thursday</td></tr><tr><td>11:15 Mountain</td></tr></table></td></tr></table>',
    ].join('\r\n');
    const text = (await decodeMime(html)).text;
    expect(text).toContain(said);
    expect(text).toMatch(/Thursday\n+11:15 Mountain/);
    expect(text).toMatch(/dashboards\n+Beatriz Okafor-Lind/);
  });
});

describe('reflow of dates written day first', () => {
  it('"10. Mai" at the start of a wrapped line is a date, not a numbered item', () => {
    const lines = [
      'Vielen Dank für Ihre Bewerbung. Wir freuen uns sehr, Sie am Montag, den',
      '10. Mai 2027, um 14:00 Uhr zu einem Vorstellungsgespräch in unserem Büro',
      'in Bremen begrüßen zu dürfen. Bitte bringen Sie Ihre Zeugnisse mit.',
    ];
    expect(reflow(lines.join('\n'))).toBe(lines.join(' '));
  });

  it('a numbered item still starts its own line', () => {
    const lines = [
      'Please bring the following documents with you on the day of the interview:',
      '1. Your passport or another government-issued photo identification card',
      '2. Your latest certificates and references from previous employers here',
    ];
    expect(reflow(lines.join('\n'))).toBe(lines.join('\n'));
  });
});

describe('reflow of short messages wrapped at 72 columns', () => {
  it('joins lines that all fall short of 68 columns when the next word would not fit in 72', () => {
    const lines = [
      'Thanks again for speaking with us last week. Our engineering lead',
      'Tomasz Wierzbicki would like to meet you for a systems design chat',
      'next Thursday at 11:30 AM Mountain. He will send you the video link',
      'the day before; plan for about forty-five minutes with him.',
    ];
    for (const line of lines) expect(line.length).toBeLessThan(68);
    expect(reflow(lines.join('\n'))).toBe(lines.join(' '));
  });

  it('joins a paragraph wrapped a few columns wider than the rest', () => {
    const first = [
      'Thanks for the call on Monday. The team would like to take things',
      'further for the Warehouse Systems Lead opening, and the next step is a',
      'conversation with the person who would be your manager.',
    ];
    const wider = [
      'Copying in Halvard Nieminen (cc); he owns the inbound scheduling platform',
      'and will be the one interviewing you. Halvard can do Friday at 9:15 am',
      'Mountain for about forty minutes, on the phone number you applied with.',
    ];
    const last = [
      'If Friday does not suit, tell me which mornings next week are free and',
      'I will find another time with him.',
    ];
    expect(reflow([...first, '', ...wider, '', ...last].join('\n'))).toBe(
      [first.join(' '), '', wider.join(' '), '', last.join(' ')].join('\n'),
    );
  });

  it('leaves lines its writer ended alone when the next word would have fitted', () => {
    const lines = [
      'Our engineering lead Tomasz Wierzbicki would like to meet you',
      'on Thursday at 11:30 AM Mountain for a systems design chat',
      'of about forty-five minutes; he sends the link the day before',
      'to the address you applied with.',
    ];
    expect(reflow(lines.join('\n'))).toBe(lines.join('\n'));
  });
});
