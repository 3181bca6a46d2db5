// Gmail's plain part writes bold words between asterisks; the phases read the words themselves.
import { describe, expect, it } from 'vitest';
import { withoutEmphasis } from '#parse/emphasis.js';
import { decodeMime } from '#parse/mime.js';
import { findRole } from '#parse/role.js';

describe('withoutEmphasis', () => {
  it.each([
    [
      'We would love to talk about the *Warehouse Systems Lead* post.',
      'We would love to talk about the Warehouse Systems Lead post.',
    ],
    ['Status: *Booked* (see below)', 'Status: Booked (see below)'],
    ['*Kofi Mensah* and *Lena Vogt* will join.', 'Kofi Mensah and Lena Vogt will join.'],
  ])('reads the words between the asterisks: %s', (text, expected) => {
    expect(withoutEmphasis(text)).toBe(expected);
  });

  it.each([
    '* Bring a photo ID\n* Arrive ten minutes early',
    '*All times are Central.',
    '*** Please do not reply to this mailbox ***',
    'Room 2*3*4 on the plan',
    'a * b * c',
  ])('leaves bullets, footnote marks and rows of stars alone: %s', (text) => {
    expect(withoutEmphasis(text)).toBe(text);
  });

  it('lets the role phase read a title Gmail set in bold', async () => {
    const raw = [
      'From: Odette Lamarr <odette@quarrystone.example>',
      'To: Sam Idowu <sam.idowu@post.example>',
      'Subject: Tomorrow',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Sam, looking forward to our chat about the *Fleet Planning Analyst* role at 10am.',
    ].join('\r\n');
    const { text } = await decodeMime(raw);
    expect(findRole({ texts: [text], titles: ['Tomorrow'], company: null }).role).toBe(
      'Fleet Planning Analyst',
    );
  });
});
