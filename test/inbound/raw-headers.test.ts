import { describe, expect, it } from 'vitest';
import {
  firstAddress,
  headerSection,
  headerValues,
  isAutomaticReply,
} from '#app/inbound/raw-headers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('raw header reading', () => {
  it('stops at the first empty line and unfolds continuation lines', () => {
    const section = headerSection(
      bytes(
        'From: "Okafor, Sam"\r\n <sam@example.com>\r\nSubject: hi\r\n\r\nFrom: body@evil.example\r\n',
      ),
    );
    expect(headerValues(section, 'from')).toEqual(['"Okafor, Sam" <sam@example.com>']);
    expect(section).not.toContain('evil');
  });

  it('finds the address in the usual From shapes', () => {
    expect(firstAddress('"Doe, John" <Sender@Example.com>')).toBe('sender@example.com');
    expect(firstAddress('sam@example.com')).toBe('sam@example.com');
    expect(firstAddress('sam@example.com (Sam Okafor)')).toBe('sam@example.com');
    expect(firstAddress('"evil@attacker.example" <sam@example.com>')).toBe('sam@example.com');
    expect(firstAddress('=?UTF-8?Q?Jos=C3=A9?= <jose@example.es>')).toBe('jose@example.es');
    expect(firstAddress('undisclosed-recipients:;')).toBeNull();
    expect(firstAddress(undefined)).toBeNull();
  });

  it('only reads the first bytes of a giant message', () => {
    const huge = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect(headerSection(huge, 1024)).toHaveLength(1024);
  });

  it('recognises automatic replies', () => {
    expect(isAutomaticReply('Auto-Submitted: auto-replied\nFrom: a@b.example')).toBe(true);
    expect(isAutomaticReply('Auto-Submitted: no\nFrom: a@b.example')).toBe(false);
    expect(isAutomaticReply('X-Autoreply: yes')).toBe(true);
    expect(isAutomaticReply('Precedence: auto_reply')).toBe(true);
    expect(isAutomaticReply('From: a@b.example\nSubject: Re: Thank you')).toBe(false);
  });
});
