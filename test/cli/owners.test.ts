// `followup owners` on a local data dir: each verb through the command's own function, on the
// embedded store it opens on a temporary data dir.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { runOwners } from '../../cli/commands/owners.js';
import { captureOwnersIo as capture } from '../support/owners.js';

const ana = {
  name: 'Ana Reyes',
  tz: 'Europe/Madrid',
  sendingAddress: 'ana@followups.example.dev',
};

describe('followup owners', () => {
  it('adds, lists, changes, exports and removes an owner', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'owners-'));
    const add = capture();
    expect(await runOwners('add', 'Ana@Mail.example', { dataDir, ...ana }, add.io)).toBe(0);
    expect(add.out[0]).toBe(`added ana@mail.example to data dir ${dataDir}`);
    // No runtime runs on this data dir: the welcome is written to its outbox as the runtime would.
    expect(add.out[1]).toContain('wrote ana@mail.example a welcome email to the outbox');
    const outbox = await OutboxMailer.open({
      dir: join(dataDir, 'outbox'),
      domain: 'localhost',
      clock: { now: () => new Date() },
    });
    const [welcome] = outbox.list();
    expect(welcome?.to).toEqual([{ name: 'Ana Reyes', address: 'ana@mail.example' }]);
    expect(welcome?.text).toContain(
      'Forward each interview invitation or confirmation to interviews@localhost',
    );
    expect(welcome?.text).toMatch(
      /your settings: http:\/\/127\.0\.0\.1:8787\/l\/[A-Za-z0-9_-]{43}/,
    );

    const again = capture();
    expect(await runOwners('add', 'ana@mail.example', { dataDir, ...ana }, again.io)).toBe(1);
    expect(again.err.join('\n')).toContain('already an owner');

    // `welcome` sends it again, with a fresh page link; an unknown address gets nothing.
    const resend = capture();
    expect(await runOwners('welcome', 'ana@mail.example', { dataDir }, resend.io)).toBe(0);
    expect(resend.out[0]).toContain('wrote ana@mail.example a welcome email to the outbox');
    const pageLinks = (
      await OutboxMailer.open({
        dir: join(dataDir, 'outbox'),
        domain: 'localhost',
        clock: { now: () => new Date() },
      })
    )
      .list()
      .map((email) => email.text.match(/your settings: (\S+)/)?.[1]);
    expect(pageLinks).toHaveLength(2);
    expect(new Set(pageLinks).size).toBe(2);
    const stranger = capture();
    expect(await runOwners('welcome', 'nobody@mail.example', { dataDir }, stranger.io)).toBe(1);
    expect(stranger.err[0]).toContain('nobody@mail.example is not an owner');

    const set = capture();
    const changes = {
      dataDir,
      waking: '08:00-21:00',
      stepsOff: 'call,prep',
      decisionDays: '10',
      pause: true,
      digest: true,
    };
    expect(await runOwners('set', 'ana@mail.example', changes, set.io)).toBe(0);

    const list = capture();
    expect(await runOwners('list', null, { dataDir, json: true } as never, list.io)).toBe(0);
    expect(JSON.parse(list.out.join(''))).toEqual([
      {
        email: 'ana@mail.example',
        name: 'Ana Reyes',
        timezone: 'Europe/Madrid',
        sendingAddress: 'ana@followups.example.dev',
        wakingHours: { start: '08:00', end: '21:00' },
        stepsOff: ['call', 'prep'],
        decisionDays: 10,
        paused: true,
        weeklyDigest: true,
        // Made when the owner was added: the secret of their own inbound address.
        inboundSecret: expect.stringMatching(/^[a-z0-9]{20}$/),
      },
    ]);
    const { inboundSecret } = JSON.parse(list.out.join(''))[0] as { inboundSecret: string };
    const rotated = capture();
    expect(
      await runOwners(
        'set',
        'ana@mail.example',
        { dataDir, rotateSecret: true } as never,
        rotated.io,
      ),
    ).toBe(0);
    const relisted = capture();
    await runOwners('list', null, { dataDir, json: true } as never, relisted.io);
    const [after] = JSON.parse(relisted.out.join('')) as { inboundSecret: string }[];
    expect(after?.inboundSecret).toMatch(/^[a-z0-9]{20}$/);
    expect(after?.inboundSecret).not.toBe(inboundSecret);
    expect(rotated.out.join('')).toContain(`+${after?.inboundSecret}@`);

    const exported = capture();
    expect(await runOwners('export', 'ana@mail.example', { dataDir }, exported.io)).toBe(0);
    expect(JSON.parse(exported.out.join(''))).toMatchObject({
      owner: { email: 'ana@mail.example' },
      interviews: [],
      steps: [],
    });

    const remove = capture();
    expect(await runOwners('remove', 'ana@mail.example', { dataDir }, remove.io)).toBe(0);
    const empty = capture();
    expect(await runOwners('list', null, { dataDir }, empty.io)).toBe(0);
    expect(empty.out.join('\n')).toContain('no owners yet');
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'owners-'));
    const bad = capture();
    const flags = { dataDir, ...ana, tz: 'Mars/Olympus', sendingAddress: 'not-an-address' };
    expect(await runOwners('add', 'ana@mail.example', flags, bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/invalid timezone/);
    expect(bad.err.join('\n')).toMatch(/invalid sendingAddress/);

    expect(await runOwners('add', 'ana@mail.example', { dataDir, ...ana }, capture().io)).toBe(0);
    const badSet = capture();
    const waking = { dataDir, waking: '21:00-08:00' };
    expect(await runOwners('set', 'ana@mail.example', waking, badSet.io)).toBe(2);
    expect(badSet.err.join('\n')).toMatch(/invalid wakingHours/);
    const days = capture();
    const decision = { dataDir, decisionDays: 'x' };
    expect(await runOwners('set', 'ana@mail.example', decision, days.io)).toBe(2);
    expect(days.err.join('\n')).toMatch(/invalid decisionDays/);
  });
});
