// Parsers for option values, run by commander while it reads the command line: a bad value is
// answered there, naming the option, before any command starts.
import { InvalidArgumentError } from 'commander';
import * as z from 'zod';
import { EmailAddress, IanaZone } from '#core/domain.js';
import { type OwnerArgument, ownerArgument } from './dev/options.js';
import { readWhen } from './when-argument.js';

/** A commander value parser that validates with a zod schema; the schema's message is the error. */
export function checkedBy<T>(schema: z.core.$ZodType<T>): (value: string) => T {
  return (value) => {
    const parsed = z.safeParse(schema, value);
    if (!parsed.success) {
      throw new InvalidArgumentError(parsed.error.issues.map((issue) => issue.message).join('; '));
    }
    return parsed.data;
  };
}

/** For a repeatable option: each occurrence parsed and collected. */
export function eachOf<T>(parse: (value: string) => T): (value: string, previous: T[]) => T[] {
  return (value, previous) => [...previous, parse(value)];
}

export const zone = checkedBy(IanaZone);
export const emailAddress = checkedBy(EmailAddress);
export const port = checkedBy(
  z.coerce
    .number({ error: 'not a port number' })
    .int('not a port number')
    .min(0, 'a port is 0 to 65535 (0 picks a free one)')
    .max(65535, 'a port is 0 to 65535 (0 picks a free one)'),
);
export const url = checkedBy(z.url({ error: 'not a URL (for example http://127.0.0.1:8787)' }));

export function positiveNumber(max: number) {
  return checkedBy(
    z.coerce
      .number({ error: 'not a number' })
      .positive('must be more than 0')
      .max(max, `must be at most ${max}`),
  );
}

/** "host:port", as for --server. */
export const hostAndPort = checkedBy(
  z
    .string()
    .regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port (for example 127.0.0.1:2525)')
    .transform((value) => {
      const at = value.lastIndexOf(':');
      return { host: value.slice(0, at), port: Number(value.slice(at + 1)) };
    })
    .refine(({ port }) => port > 0 && port <= 65535, 'the port must be 1 to 65535'),
);

/**
 * A date or date-time for --now; kept as written, because the zone it is read in comes from
 * another option (--tz), known only once the whole line is read.
 */
export const when = checkedBy(
  z
    .string()
    .refine(
      (value) => readWhen(value, 'UTC') !== null,
      'expected a date or a date and time, for example 2027-03-01, 2027-03-01T09:00 or 2027-03-01T09:00:00Z',
    ),
);

/** An owner: "sam@example.com" or "Sam Okafor <sam@example.com>". */
export function owner(value: string): OwnerArgument {
  const { email, name } = ownerArgument(value);
  return { email: emailAddress(email), name };
}

export const smtpRelayUrl = checkedBy(
  z.string().regex(/^smtps?:\/\//, 'expected a URL like smtp://user:pass@host:587'),
);

export const personName = checkedBy(
  z.string().trim().min(1, 'a name cannot be empty').max(200, 'at most 200 characters'),
);
