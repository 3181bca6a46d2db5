// Windows-1252 punctuation must survive decoding: Node 20 reads bytes 0x80-0x9F of a
// windows-1252 or latin-1 part as C1 controls, which would hide a title's "–" separator.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';
import { repairWindows1252 } from '#parse/windows-1252.js';

describe('repairWindows1252', () => {
  it('reads C1 controls as the windows-1252 characters they stand for', () => {
    expect(repairWindows1252('Caf\u00e9 \u0093Nord\u0094 \u0096 Barista \u0080 12')).toBe(
      'Café “Nord” – Barista € 12',
    );
  });

  it('leaves text without C1 controls as it is', () => {
    const text = 'Entrevista – Analista (São Paulo)';
    expect(repairWindows1252(text)).toBe(text);
  });
});

describe('a windows-1252 forward', () => {
  it('keeps the en dash between the meeting word and the job title', async () => {
    const body = [
      '-----Mensaje original-----',
      'De: Talento Robleda <talento@robleda.example>',
      'Enviado el: lunes, 1 de marzo de 2027 9:15',
      'Para: Inés Varela <ines.varela@correo.example>',
      'Asunto: Entrevista confirmada \u0096 Ingeniera de Datos',
      '',
      'Hola Inés:',
      '',
      'Le confirmamos la entrevista el jueves 4 de marzo a las 10:00 (hora de Madrid), de una hora, con Rubén Ortega.',
      '',
      'Un saludo,',
      'Talento Robleda',
    ].join('\n');
    const head = [
      'From: Inés Varela <ines.varela@correo.example>',
      'To: interviews@followups.example.dev',
      'Subject: RV: Entrevista confirmada',
      'Date: Mon, 1 Mar 2027 10:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: 8bit',
      '',
      '',
    ].join('\n');
    // One byte per character: "\u0096" becomes 0x96, the windows-1252 en dash.
    const bytes = Buffer.from(head + body, 'latin1');
    expect(bytes.includes(Buffer.from([0x96]))).toBe(true);
    const parsed = await parseEmail(bytes, { timezone: 'America/New_York' });
    expect(parsed.role).toBe('Ingeniera de Datos');
    expect(parsed.start).toBe('2027-03-04T10:00:00+01:00');
  });
});
