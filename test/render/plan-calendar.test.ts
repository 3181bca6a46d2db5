// The plan's .ics read back by ical.js, the parser calendar apps' web clients use.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planCalendar } from '#render/plan-calendar.js';

describe('planCalendar', () => {
  it('gives one event per entry, times in UTC, escaped text and stable UIDs', () => {
    const summary =
      'Interview: Backend Engineer, Platform; Larkspur\nAnalytics — a very long title that must be folded somewhere';
    const text = planCalendar(
      [
        {
          uid: 'i1-interview',
          start: '2026-11-12T20:00:00Z',
          end: '2026-11-12T21:00:00Z',
          summary,
        },
        {
          uid: 'i1-thank_you',
          start: '2026-11-12T23:00:00Z',
          end: '2026-11-12T23:15:00Z',
          summary: 'Thank-you note',
        },
      ],
      'followups.example.dev',
      '2026-11-09T17:41:00Z',
    );
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([
      'i1-interview@followups.example.dev',
      'i1-thank_you@followups.example.dev',
    ]);
    expect(events[0]?.summary).toBe(summary);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-11-12T20:00:00.000Z');
    expect(events[1]?.endDate.toJSDate().toISOString()).toBe('2026-11-12T23:15:00.000Z');
  });

  it('escapes per RFC 5545 and folds without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
