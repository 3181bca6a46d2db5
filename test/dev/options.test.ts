import { describe, expect, it } from 'vitest';
import { EmailAddress } from '#core/domain.js';
import {
  DEFAULT_OWNER,
  localConfig,
  localSendingAddresses,
  parseDevArgs,
} from '../../cli/dev/options.js';

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
  it('has defaults that need nothing', () => {
    const parsed = parseDevArgs([]);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.options).toMatchObject({
      dataDir: '.followup',
      owners: [DEFAULT_OWNER],
      inboundAddress: 'interviews@localhost',
      timeScale: 1,
      smtpPort: 2525,
      httpPort: 8787,
      host: '127.0.0.1',
    });
    expect(parsed.options.now).toBeUndefined();
  });

  it('reads every flag, owners repeatable, with or without a name', () => {
    const parsed = parseDevArgs([
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
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.options).toMatchObject({
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

  it('answers bad flags clearly', () => {
    const cases: [string[], RegExp][] = [
      [['--tz', 'Mars/Olympus'], /tz: not a valid IANA time zone/],
      [['--time-scale', '0'], /time-scale/],
      [['--now', 'tomorrow'], /now/],
      [['--smtp-port', '70000'], /smtp-port/],
      [['--smtp-relay', 'http://x'], /smtp:\/\//],
      [['--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const parsed = parseDevArgs(args);
      expect(parsed.ok, args.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    }
  });

  it('builds the AppConfig: domain localhost, the owners on it', () => {
    const parsed = parseDevArgs(['--owner', 'sam@example.com', '--tz', 'America/Chicago']);
    if (!parsed.ok) throw new Error(parsed.error);
    const config = localConfig(parsed.options);
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
