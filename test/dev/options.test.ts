import { describe, expect, it } from 'vitest';
import { EmailAddress } from '#core/domain.js';
import {
  DEFAULT_OWNER,
  type DevFlags,
  devRuntimeOptions,
  localConfig,
  localSendingAddresses,
} from '../../cli/dev/options.js';
import { flagsOf, readCommandLine } from '../support/command-line.js';

/** `followup dev …args` as the runtime receives it. */
async function parseDevArgs(args: string[]) {
  return devRuntimeOptions(await flagsOf<DevFlags>('dev', args));
}

describe('addresses at localhost (the local runtime)', () => {
  it('are valid email addresses; malformed ones are not', () => {
    expect(EmailAddress.parse('Interviews@LOCALHOST')).toBe('interviews@localhost');
    for (const bad of ['.@localhost', 'a.@localhost', 'a@@localhost', 'a@localhostx', 'a@b']) {
      expect(EmailAddress.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('owners send from <local part>@localhost, clashes numbered', () => {
    expect(
      localSendingAddresses(
        ['sam.okafor.dev@gmail.com', 'Sam.Okafor.Dev@work.example', 'interviews@x.example'],
        'interviews@localhost',
      ),
    ).toEqual(['sam.okafor.dev@localhost', 'sam.okafor.dev-2@localhost', 'interviews-2@localhost']);
  });
});

describe('followup dev flags', () => {
  it('has defaults that need nothing', async () => {
    const options = await parseDevArgs([]);
    expect(options).toMatchObject({
      dataDir: '.followup',
      owners: [DEFAULT_OWNER],
      inboundAddress: 'interviews@localhost',
      timeScale: 1,
      smtpPort: 2525,
      httpPort: 8787,
      host: '127.0.0.1',
    });
    expect(options.now).toBeUndefined();
  });

  it('reads every flag, owners repeatable, with or without a name', async () => {
    const options = await parseDevArgs([
      '--data-dir=/tmp/x',
      '--owner',
      'sam.okafor.dev@gmail.com',
      '--owner',
      'Lee Chen <lee@work.example>',
      '--owner-name',
      'Sam Okafor',
      '--tz',
      'Europe/London',
      '--inbound-address',
      'in@localhost',
      '--time-scale',
      '60',
      '--now',
      '2026-11-09T17:41:00Z',
      '--smtp-relay',
      'smtp://127.0.0.1:1025',
      '--smtp-port',
      '0',
      '--http-port',
      '9000',
    ]);
    expect(options).toMatchObject({
      dataDir: '/tmp/x',
      owners: [
        { email: 'sam.okafor.dev@gmail.com', name: 'Sam Okafor' },
        { email: 'lee@work.example', name: 'Lee Chen' },
      ],
      timezone: 'Europe/London',
      inboundAddress: 'in@localhost',
      timeScale: 60,
      now: new Date('2026-11-09T17:41:00Z'),
      smtpRelay: 'smtp://127.0.0.1:1025',
      smtpPort: 0,
      httpPort: 9000,
    });
  });

  it('answers bad flags clearly, exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--tz', 'Mars/Olympus'], /--tz <zone>.* not a valid IANA time zone/],
      [['--time-scale', '0'], /--time-scale <n>.* must be more than 0/],
      [['--now', 'tomorrow'], /--now <time>.* expected a date/],
      [['--smtp-port', '70000'], /--smtp-port <n>.* a port is 0 to 65535/],
      [['--smtp-relay', 'http://x'], /smtp:\/\//],
      [['--owner', 'Sam <not-an-address>'], /--owner <address>.*Invalid email/],
      [['--bogus'], /unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const read = await readCommandLine(['dev', ...args]);
      expect([read.code, read.ran], args.join(' ')).toEqual([2, null]);
      expect(read.err).toMatch(message);
    }
  });

  it('reads --now as a date, or a date and time in --tz unless it carries an offset', async () => {
    const at = async (...args: string[]) =>
      (await parseDevArgs(['--tz', 'America/Chicago', ...args])).now?.toISOString();
    expect(await at('--now', '2027-03-01')).toBe('2027-03-01T06:00:00.000Z');
    expect(await at('--now', '2027-03-01T09:30')).toBe('2027-03-01T15:30:00.000Z');
    expect(await at('--now', '2027-03-01 09:30')).toBe('2027-03-01T15:30:00.000Z');
    expect(await at('--now', '2027-03-01T09:30:00+01:00')).toBe('2027-03-01T08:30:00.000Z');
  });

  it('builds the AppConfig: domain localhost, the owners on it', async () => {
    const options = await parseDevArgs(['--owner', 'sam@example.com', '--tz', 'America/Chicago']);
    const config = localConfig(options);
    expect(config).toMatchObject({
      domain: 'localhost',
      inboundAddress: 'interviews@localhost',
      owners: [
        {
          email: 'sam@example.com',
          // Never guessed from the address ("Sam"): no name given, none used.
          name: null,
          timezone: 'America/Chicago',
          sendingAddress: 'sam@localhost',
        },
      ],
    });
  });
});
