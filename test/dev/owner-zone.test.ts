import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE } from '#core/domain.js';
import { banner } from '../../cli/dev/banner.js';
import { localConfig } from '../../cli/dev/options.js';
import { describeOwnerZone, isUtcName, ownerZone } from '../../cli/dev/owner-zone.js';

describe('the owners’ zone in the local runtime', () => {
  it('comes from --tz, else this machine, else the default, and says which', () => {
    expect(ownerZone('Asia/Tokyo', 'Europe/Paris')).toEqual({ zone: 'Asia/Tokyo', source: 'flag' });
    expect(ownerZone(undefined, 'Europe/Paris')).toEqual({
      zone: 'Europe/Paris',
      source: 'machine',
    });
    expect(ownerZone(undefined, null)).toEqual({ zone: DEFAULT_ZONE, source: 'fallback' });
    expect(ownerZone(undefined, 'Not/AZone')).toEqual({ zone: DEFAULT_ZONE, source: 'fallback' });
  });

  it('the banner line names the source, and on a UTC machine how to set the real zone', () => {
    expect(describeOwnerZone({ zone: 'Asia/Tokyo', source: 'flag' })).toBe(
      'Asia/Tokyo (from --tz)',
    );
    expect(describeOwnerZone({ zone: 'Europe/Paris', source: 'machine' })).toBe(
      "Europe/Paris (this machine's zone; --tz sets another)",
    );
    for (const utc of ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Zulu']) {
      expect(isUtcName(utc), utc).toBe(true);
      const line = describeOwnerZone(ownerZone(undefined, utc));
      expect(line).toContain('probably not yours');
      expect(line).toMatch(/Restart with your zone, e\.g\. --tz America\/New_York/);
    }
    expect(isUtcName('Europe/London')).toBe(false);
    expect(describeOwnerZone({ zone: DEFAULT_ZONE, source: 'fallback' })).toMatch(/--tz/);
  });

  it('the banner lists the owners in the table, and a zone stored by `followup owners` beside its owner', () => {
    const zone = { zone: 'America/New_York', source: 'flag' } as const;
    const facts = {
      host: '127.0.0.1',
      smtpPort: 2525,
      httpPort: 8787,
      dataDir: '/tmp/x',
      zone,
      clock: { timeScale: 1, now: () => new Date('2027-01-04T12:00:00Z') },
      owners: [
        {
          email: 'sam@example.com',
          name: 'Sam',
          timezone: 'America/New_York',
          sendingAddress: 'sam@localhost',
        },
        {
          email: 'ana@example.com',
          name: null,
          timezone: 'Europe/Lisbon',
          sendingAddress: 'ana@localhost',
        },
      ],
    };
    const text = banner({ ...facts, config: configFor('sam@example.com') });
    expect(text).toContain('Sam <sam@example.com> · sends as sam@localhost\n');
    expect(text).toContain(
      '<ana@example.com> · sends as ana@localhost · zone Europe/Lisbon (stored)',
    );
    expect(text).toContain(
      'takes mail for interviews@localhost (forwards) and sam@localhost, ana@localhost (replies)',
    );
    expect(text).toContain("Owners' zone   America/New_York (from --tz)");
  });
});

function configFor(email: string) {
  return localConfig({
    owners: [{ email, name: 'Sam' }],
    timezone: 'America/New_York',
    inboundAddress: 'interviews@localhost',
    host: '127.0.0.1',
    httpPort: 8787,
    smtpPort: 2525,
    timeScale: 1,
    dataDir: '/tmp/x',
  });
}
