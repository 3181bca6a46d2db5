// An owner learns their secret inbound address where they need it: in the welcome email and on
// their page, beside the plain inbound address; an owner without a secret sees no such line.
import { describe, expect, it } from 'vitest';
import { ownerPageLink } from '#app/links.js';
import { composeWelcome } from '#app/welcome-owner.js';
import { AppConfig } from '#core/config.js';
import { Owner } from '#core/domain.js';
import { fakeDeps } from '../support/fakes.js';
import { get } from '../web/support.js';

const withSecret = Owner.parse({
  email: 'ines.moreau@smallmail.example',
  name: 'Inès Moreau',
  timezone: 'Europe/Paris',
  sendingAddress: 'ines@replies.example.dev',
  inboundSecret: 'k3v9q2m8x1t7w4z6p0ra',
});
const without = Owner.parse({
  email: 'dev.patel@bigmail.example',
  name: 'Dev Patel',
  timezone: 'America/Denver',
  sendingAddress: 'dev@replies.example.dev',
});
const config = AppConfig.parse({
  domain: 'replies.example.dev',
  inboundAddress: 'Interviews@replies.example.dev',
  owners: [withSecret, without],
});
const SECRET_ADDRESS = 'interviews+k3v9q2m8x1t7w4z6p0ra@replies.example.dev';

async function deps() {
  return (
    await fakeDeps({
      now: '2027-03-01T09:00:00Z',
      config,
      linkBaseUrl: 'https://pages.example.net',
    })
  ).deps;
}

describe('the secret inbound address is shown to its owner', () => {
  it('in the welcome email, only to an owner who has one', async () => {
    const d = await deps();
    const welcome = await composeWelcome(d, withSecret);
    expect(welcome.text).toContain(`Forward to your own address instead: ${SECRET_ADDRESS}.`);
    const plain = await composeWelcome(d, without);
    expect(plain.text).not.toContain('your own address');
    expect(plain.text).not.toMatch(/interviews\+/i);
  });

  it("on the owner's page, only on that owner's page", async () => {
    const d = await deps();
    const open = async (owner: Owner) =>
      get(d, new URL(await ownerPageLink(d, owner.email)).pathname);
    const page = await open(withSecret);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Where to forward');
    expect(page.body).toContain(`value="${SECRET_ADDRESS}"`);
    const other = await open(without);
    expect(other.body).toContain('Where to forward');
    expect(other.body.toLowerCase()).toContain('interviews@replies.example.dev');
    expect(other.body).not.toMatch(/interviews\+/i);
  });
});
