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
  it('a forward from someone who is not an owner: a 550 with the reason and the flag that admits it', async () => {
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
      'restart followup dev with --owner sam@example.com --owner pat.stranger@gmail.com',
    );
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
    expect(answer.response).toMatch(/^250 received but not logged: followup found no interview/);
    expect(said[0]).toMatch(
      /sam@example\.com was received but not logged: .* A reply saying so went to sam@example\.com/,
    );
    expect(runtime.outbox.list().map((email) => email.to[0]?.address)).toEqual([OWNER.email]);
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
});
