// A message followup does not log explains itself: over a real SMTP socket the client gets the
// reason, and the terminal says it in plain words with the address as written.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';
import { smtpDeliver, startTestRuntime } from '../support/dev-runtime.js';

const OWNER = { email: 'sam@example.com', name: 'Sam Okafor' };
const NOW = new Date('2027-02-03T15:00:00Z');

let dir: string;
let runtime: DevRuntime;
const said: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-answers-'));
  runtime = await startTestRuntime({
    dataDir: dir,
    owners: [OWNER],
    now: NOW,
    say: (line) => said.push(line),
  });
});

afterAll(async () => {
  await runtime?.close();
  await rm(dir, { recursive: true, force: true });
});

async function deliver(from: string, to: string, raw: string) {
  try {
    const info = await smtpDeliver(runtime.smtpPort, from, to, raw);
    return { code: 250, response: info.response };
  } catch (error) {
    const { responseCode, response } = error as { responseCode?: number; response?: string };
    return { code: responseCode, response };
  }
}

function confirmationFrom(address: string) {
  return sampleConfirmation({
    ownerEmail: address,
    ownerName: 'Pat Stranger',
    inboundAddress: 'interviews@localhost',
    now: NOW,
  }).raw;
}

describe('what the sender and the terminal are told', () => {
  it('a forward from someone who is not an owner: a 550 with the reason and the ways to admit them', async () => {
    said.length = 0;
    // The envelope says the owner; the From header decides.
    const answer = await deliver(
      OWNER.email,
      'interviews@localhost',
      confirmationFrom('pat.stranger@gmail.com'),
    );
    expect(answer.code).toBe(550);
    expect(answer.response).toContain('not logged: pat.stranger@gmail.com is not an owner here');
    expect(said).toEqual([expect.stringContaining('pat.stranger@gmail.com was not logged')]);
    expect(said[0]).toContain(
      'run `npx followup owners add pat.stranger@gmail.com` (no restart needed)',
    );
    expect(said[0]).toContain('or restart followup dev with --owner pat.stranger@gmail.com');
    expect(await runtime.deps.store.listInterviewsByOwner(OWNER.email)).toEqual([]);
    expect(runtime.outbox.list()).toEqual([]);
  });

  it('an owner’s message that is not an interview: a 250 that says it was not logged, and a reply', async () => {
    said.length = 0;
    const raw = [
      `From: Sam Okafor <${OWNER.email}>`,
      'To: interviews@localhost',
      'Subject: lunch?',
      'Message-ID: <lunch-1@example.com>',
      'Date: Wed, 03 Feb 2027 10:00:00 -0500',
      '',
      'Shall we have lunch some day?',
      '',
    ].join('\r\n');
    const answer = await deliver(OWNER.email, 'interviews@localhost', raw);
    expect(answer.code).toBe(250);
    expect(answer.response).toMatch(/^250 received but not logged: it does not book an interview/);
    expect(said[0]).toMatch(
      /sam@example\.com was received but not logged: .* A reply saying so went to sam@example\.com/,
    );
    expect(runtime.outbox.list().map((email) => email.to[0]?.address)).toEqual([OWNER.email]);
  });

  it('an owner added while the runtime runs is admitted at once, forwards and answers to their sending address alike', async () => {
    said.length = 0;
    const pat = {
      email: 'pat.stranger@gmail.com',
      name: 'Pat Stranger',
      timezone: 'Europe/Berlin',
      sendingAddress: 'pat@localhost',
    };
    // A stranger's answer to an address nobody owns yet is refused at RCPT, naming the mailboxes.
    const before = await deliver(
      'nia@example.org',
      pat.sendingAddress,
      'Subject: hi\r\n\r\nhi\r\n',
    );
    expect(before.code).toBe(550);
    expect(before.response).toContain('no such mailbox here');

    expect(await runtime.deps.owners.addIfAbsent(pat)).toBe(true);
    const answer = await deliver(pat.email, 'interviews@localhost', confirmationFrom(pat.email));
    expect(answer.response).toMatch(
      /^250 interview logged; the acknowledgement went to pat\.stranger@gmail\.com/,
    );
    expect(await runtime.deps.store.listInterviewsByOwner(pat.email)).toHaveLength(1);
    // Now the mailbox exists: mail to it reaches the inbound pipeline (which drops this one: it
    // answers no draft), instead of being refused as an unknown mailbox.
    const after = await deliver('nia@example.org', pat.sendingAddress, 'Subject: hi\r\n\r\nhi\r\n');
    expect(after.response).not.toContain('no such mailbox');
  });

  it('a logged forward: a 250 that says so', async () => {
    said.length = 0;
    const answer = await deliver(
      OWNER.email,
      'interviews@localhost',
      confirmationFrom(OWNER.email),
    );
    expect(answer.response).toMatch(/^250 interview logged/);
    expect(said).toEqual([
      expect.stringMatching(/^✓ Mail from sam@example\.com: interview logged/),
    ]);
  });

  it('a plus-address of the inbound address is taken at RCPT, and a wrong secret is refused for it', async () => {
    said.length = 0;
    const answer = await deliver(
      OWNER.email,
      'interviews+not-a-secret@localhost',
      confirmationFrom(OWNER.email),
    );
    expect(answer.code).toBe(550);
    expect(answer.response).toBe(
      "550 5.7.1 not logged: it went to interviews+not-a-secret@localhost, a plus-address that is not sam@example.com's own secret address",
    );
    expect(said.join('\n')).toContain('on their page');
  });
});
