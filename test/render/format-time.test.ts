// Time formats where the process's own zone matters: a short moment counts days from "now" in
// the zone the process runs in, which the runtime may be unable to name.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** formatShortMoment run in a fresh process with the given TZ. */
function shortMomentUnder(tz: string, instant: string, now: string): string {
  const code = `import('#render/format-time.js').then(({ formatShortMoment }) =>
    process.stdout.write(formatShortMoment(${JSON.stringify(instant)}, 'Asia/Tokyo', new Date(${JSON.stringify(now)}))))`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', code], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TZ: tz },
    encoding: 'utf8',
  });
}

describe('formatShortMoment in a process whose zone has no name', () => {
  it.each([
    ['Lambda’s own setting', ':UTC'],
    ['an empty TZ (Etc/Unknown)', ''],
    ['a path the runtime cannot name', ':/nowhere/localtime'],
  ])('%s: still answers, with the date once more than six days away', (_label, tz) => {
    expect(shortMomentUnder(tz, '2027-05-12T01:30:00Z', '2027-05-01T00:00:00Z')).toBe(
      'Wed 12 May 10:30',
    );
    expect(shortMomentUnder(tz, '2027-05-03T01:30:00Z', '2027-05-01T00:00:00Z')).toBe('Mon 10:30');
  });
});
