// Who the seeker is, from the headers alone.
import { describe, expect, it } from 'vitest';
import { EMPTY_HEADERS } from '#parse/layers.js';
import { identifySeeker } from '#parse/seeker.js';
import type { MessageHeaders, ParsedAddress } from '#parse/types.js';

const person = (name: string | null, address: string): ParsedAddress => ({ name, address });
const headers = (from: ParsedAddress, to: ParsedAddress[]): MessageHeaders => ({
  ...EMPTY_HEADERS,
  from,
  to,
});

describe('identifySeeker', () => {
  const outer = headers(person('Iva Novak', 'iva@home.example'), [
    person(null, 'interviews@followups.example'),
  ]);

  it('is the forwarder and the one recipient of the original, even at another mailbox', () => {
    const original = headers(person('Tom Reyes', 'tom@lumen.example'), [
      person('Iva N.', 'iva.novak@work.example'),
    ]);
    const seeker = identifySeeker({ outer, layers: [original], selfAddresses: [] });
    expect([...seeker.addresses]).toEqual(
      expect.arrayContaining(['iva@home.example', 'iva.novak@work.example']),
    );
    expect(seeker.addresses.has('tom@lumen.example')).toBe(false);
    // The inbound mailbox is never a person either.
    expect(seeker.addresses.has('interviews@followups.example')).toBe(true);
  });

  it('among several recipients, only the one outside the sender domain', () => {
    const original = headers(person('Tom Reyes', 'tom@lumen.example'), [
      person('Ada Kim', 'ada@lumen.example'),
      person(null, 'ivanovak@elsewhere.example'),
    ]);
    const seeker = identifySeeker({ outer, layers: [original], selfAddresses: [] });
    expect(seeker.addresses.has('ivanovak@elsewhere.example')).toBe(true);
    expect(seeker.addresses.has('ada@lumen.example')).toBe(false);
  });

  it('the recipient of the seeker own reply is the recruiter, not the seeker', () => {
    const reply = headers(person('Iva Novak', 'iva@home.example'), [
      person('Tom Reyes', 'tom@lumen.example'),
    ]);
    const seeker = identifySeeker({ outer, layers: [reply], selfAddresses: [] });
    expect(seeker.addresses.has('tom@lumen.example')).toBe(false);
  });

  it('without a forward, only the configured addresses', () => {
    const direct = headers(person('Tom Reyes', 'tom@lumen.example'), [
      person(null, 'interviews@followups.example'),
    ]);
    const seeker = identifySeeker({
      outer: direct,
      layers: [],
      selfAddresses: ['Iva@Home.example'],
    });
    expect(seeker.addresses.has('iva@home.example')).toBe(true);
    expect(seeker.addresses.has('tom@lumen.example')).toBe(false);
  });

  it("without a forward, whoever sends on another organizer's invitation is the seeker", () => {
    const passing = headers(person('Iva Novak', 'iva@home.example'), [
      person(null, 'interviews@followups.example'),
    ]);
    const seeker = identifySeeker({
      outer: passing,
      layers: [],
      selfAddresses: [],
      calendarOrganizer: 'Tom@Lumen.example',
    });
    expect(seeker.addresses.has('iva@home.example')).toBe(true);
    // The organizer sending their own invitation is not.
    const own = identifySeeker({
      outer: headers(person('Tom Reyes', 'tom@lumen.example'), []),
      layers: [],
      selfAddresses: [],
      calendarOrganizer: 'tom@lumen.example',
    });
    expect(own.addresses.has('tom@lumen.example')).toBe(false);
  });
});
