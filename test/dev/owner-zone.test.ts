import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE } from '#core/domain.js';
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
});
