// HTML flattening: what a table cell becomes decides whether the readers see one person or two.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '#parse/html-text.js';

describe('table cells', () => {
  it('lines a cell breaks with <br> stay apart', () => {
    const text = htmlToText(
      '<table><tr><td><b>Panel</b></td><td>Ana Pereira (ana@firm.example)<br>Tomasz Nowak (tomasz@firm.example)</td></tr></table>',
    );
    expect(text).toContain('Ana Pereira (ana@firm.example); Tomasz Nowak (tomasz@firm.example)');
  });

  it('a name and a title broken by <br> are not one name', () => {
    const text = htmlToText('<table><tr><td>Kofi Mensah<br/>Head of Data</td></tr></table>');
    expect(text).not.toContain('Kofi Mensah Head of Data');
  });

  it('a card cell of labelled lines keeps each on its own line', () => {
    const text = htmlToText(
      '<table><tr><td><div>Fri 2/12 · 3:00 PM CT</div><div>Position: Field Service Technician</div><div>Format: Video call</div></td></tr></table>',
    );
    expect(text).toMatch(/^Position: Field Service Technician$/m);
  });

  it('a cell Word wraps in paragraphs is still one line', () => {
    const text = htmlToText(
      '<table><tr><td><p class="MsoNormal">9:00 – 9:45</p></td><td><p class="MsoNormal">Lena Brandt</p><p class="MsoNormal">Staff Engineer</p></td></tr></table>',
    );
    expect(text).toContain('9:00 – 9:45\tLena Brandt Staff Engineer');
  });
});

describe('a block that holds only a no-break space', () => {
  it.each([
    '<div><b>Subject:</b> Interview – Data Analyst</div><div>&nbsp;</div><div>Hi Rosa,</div>',
    '<div><b>Asunto:</b> Entrevista – Data Analyst</div>\n<div> &#160; </div>\n<div>Hola Rosa, ¿qué tal?</div>',
    '<p><b>Objet :</b> Entretien – Data Analyst</p><div>\u00a0</div><div>Bonjour Rosa,</div>',
  ])('is an empty line, so a header block ends before the greeting: %s', (html) => {
    expect(htmlToText(html)).toMatch(/Data Analyst\n\n(?:Hi|Hola|Bonjour) Rosa/);
  });

  it('a no-break space between inline words stays a space', () => {
    expect(htmlToText('<div><span>Data</span><span>&nbsp;</span><span>Analyst</span></div>')).toBe(
      'Data Analyst',
    );
  });
});
