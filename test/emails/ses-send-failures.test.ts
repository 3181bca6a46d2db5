// The SES v2 adapter over a real socket, against a stand-in endpoint that answers each request
// as told: which failures mean the email surely did not go out (MailRefused, and only those are
// retried), and which leave the outcome unknown (never retried, so never a second copy).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it } from 'vitest';
import { refusedOnlyRetry } from '#adapters/ses/refused-only-retry.js';
import { SesMailer } from '#adapters/ses/ses-mailer.js';
import { attemptSend } from '#app/attempt-send.js';
import type { OutgoingEmail } from '#ports/mailer.js';

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

const email: OutgoingEmail = {
  origin: 'owner',
  from: { name: 'Lena Park', address: 'lena@send.example.org' },
  to: [{ name: 'Omar Haddad', address: 'omar@fabrikam.example' }],
  subject: 'Thanks for Tuesday',
  text: 'Hi Omar,\n\nThanks again.\n\nLena',
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** A SendEmail endpoint that answers the n-th request with `answers[n]` (the last one repeats). */
async function endpoint(answers: Answer[]) {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    // The whole request is read before answering: SES had it.
    request.resume();
    request.on('end', () => {
      requests.push(`${request.method} ${request.url}`);
      const answer = answers[Math.min(requests.length, answers.length) - 1];
      answer?.(request, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}

const accepted: Answer = (_, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ MessageId: 'accepted-1' }));
};
const error =
  (status: number, type: string): Answer =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
    response.end(JSON.stringify({ message: `${type} from the stand-in` }));
  };
/** Reads the whole request, then drops the connection without a word. */
const reset: Answer = (request) => {
  request.socket.destroy();
};
/** Reads the whole request and never answers. */
const silent: Answer = () => {};

function mailerFor(url: string, requestTimeout?: number) {
  const client = new SESv2Client({
    endpoint: url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    retryStrategy: refusedOnlyRetry(3, 1),
    ...(requestTimeout ? { requestHandler: { requestTimeout, throwOnRequestTimeout: true } } : {}),
  });
  return new SesMailer(client);
}

describe('SES v2 send failures', () => {
  it('a refusal before acceptance is MailRefused with its reason, sent once', async () => {
    for (const [type, reason] of [
      ['MessageRejected', 'rejected'],
      ['MailFromDomainNotVerifiedException', 'invalid'],
      ['BadRequestException', 'invalid'],
      ['SendingPausedException', 'rejected'],
      ['AccountSuspendedException', 'rejected'],
    ] as const) {
      const { url, requests } = await endpoint([error(400, type)]);
      const attempt = await attemptSend(mailerFor(url), email);
      expect(attempt, type).toMatchObject({ outcome: 'refused', reason });
      expect(requests, type).toHaveLength(1);
    }
  });

  it('throttling is a refusal that the client retries until SES accepts', async () => {
    const { url, requests } = await endpoint([
      error(429, 'TooManyRequestsException'),
      error(400, 'ThrottlingException'),
      accepted,
    ]);
    const attempt = await attemptSend(mailerFor(url), email);
    expect(attempt).toMatchObject({ outcome: 'accepted', sent: { providerId: 'accepted-1' } });
    expect(requests).toHaveLength(3);
  });

  it('throttling that outlasts the retries is still a refusal: nothing went out', async () => {
    const { url, requests } = await endpoint([error(429, 'TooManyRequestsException')]);
    const attempt = await attemptSend(mailerFor(url), email);
    expect(attempt).toMatchObject({ outcome: 'refused', reason: 'throttled' });
    expect(requests).toHaveLength(3);
  });

  it('a 5xx after the request arrived is unknown and is not retried', async () => {
    for (const [status, type] of [
      [500, 'InternalServiceErrorException'],
      [503, 'ServiceUnavailable'],
    ] as const) {
      const { url, requests } = await endpoint([error(status, type), accepted]);
      const attempt = await attemptSend(mailerFor(url), email);
      expect(attempt.outcome, type).toBe('unknown');
      expect(requests, `${type}: a retry could be a second copy`).toHaveLength(1);
    }
  });

  it('a connection reset after the request was read is unknown and is not retried', async () => {
    const { url, requests } = await endpoint([reset, accepted]);
    const attempt = await attemptSend(mailerFor(url), email);
    expect(attempt.outcome).toBe('unknown');
    expect(requests).toHaveLength(1);
  });

  it('a request that times out waiting for the answer is unknown and is not retried', {
    timeout: 20_000,
  }, async () => {
    const { url, requests } = await endpoint([silent, accepted]);
    const attempt = await attemptSend(mailerFor(url, 200), email);
    expect(attempt.outcome).toBe('unknown');
    expect(requests).toHaveLength(1);
  });

  it('no connection at all is a refusal: the request never reached SES', async () => {
    const { url } = await endpoint([accepted]);
    await Promise.all(
      servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
    );
    const attempt = await attemptSend(mailerFor(url), email);
    expect(attempt).toMatchObject({ outcome: 'refused', reason: 'unreachable' });
  });

  it('an address SES could not be given is refused before any request', async () => {
    const { url, requests } = await endpoint([accepted]);
    const attempt = await attemptSend(mailerFor(url), {
      ...email,
      to: [{ address: 'omar@fabrikam.example>, someone@else.example' }],
    });
    expect(attempt).toMatchObject({ outcome: 'refused', reason: 'invalid' });
    expect(requests).toHaveLength(0);
  });
});
