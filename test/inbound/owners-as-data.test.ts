// Inbound mail on a deployment whose configuration lists no owner: the receipt rule takes mail
// for the whole domain, so who gets in is decided here, by the owners in the table. An owner
// added after the deploy (as `followup owners add` does) is answered at once, with the plan as
// a calendar file; a stranger writing to an address of the domain nobody holds gets nothing.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { Owner } from '#core/domain.js';
import { directMessage } from './support/emails.js';
import { DOMAIN, inboundWorld, SAM } from './support/harness.js';

const now = '2026-11-09T17:41:00Z';
const confirmation = () =>
  readFile(
    new URL('../fixtures/corpus/01-gmail-recruiter-this-thursday.eml', import.meta.url),
    'utf8',
  );

describe('owners as data, on inbound mail', () => {
  it('logs and acknowledges a forward from an owner added after the deploy, plan attached', async () => {
    const world = await inboundWorld({ now, owners: [] });
    expect((await world.deliver(await confirmation())).outcome).toBe('dropped:unknown_sender');
    expect(world.mailer.sent).toEqual([]);

    await world.table.owners.addIfAbsent(Owner.parse(SAM));
    const { outcome } = await world.deliver(await confirmation());
    expect(outcome).toBe('logged');
    const [interview] = await world.deps.store.listInterviewsByOwner(SAM.email);
    const [acknowledgement] = world.mailer.sent;
    expect(acknowledgement?.to).toEqual([{ name: SAM.name, address: SAM.email }]);
    const ics = String(acknowledgement?.attachments?.[0]?.content ?? '');
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    expect(events[0]?.uid).toBe(`${interview?.id}-interview@${DOMAIN}`);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(
      new Date(interview?.start ?? 0).toISOString(),
    );
    const steps = await world.deps.store.listSteps(interview?.id ?? '');
    expect(events).toHaveLength(
      1 + steps.filter((s) => ['scheduled', 'snoozed', 'reminded'].includes(s.status)).length,
    );
  });

  it('drops a stranger writing to an address of the domain that no owner holds', async () => {
    const world = await inboundWorld({ now, owners: [SAM] });
    const stray = `careers@${DOMAIN}`;
    const raw = directMessage({
      from: { name: 'Recruiting Bot', address: 'bot@jobs-board.example' },
      to: stray,
      messageId: 'stray-1@jobs-board.example',
      date: 'Mon, 9 Nov 2026 12:00:00 -0500',
      subject: 'New roles for you: interview Thursday 3pm',
      body: 'Book an interview slot on Thursday at 3pm: https://jobs-board.example/book',
    });
    const { outcome } = await world.deliver(raw, { recipients: [stray] });
    expect(outcome).toBe('dropped:unknown_sender');
    expect(world.mailer.sent).toEqual([]);
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
  });
});
