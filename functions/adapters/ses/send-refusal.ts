// Which SES v2 SendEmail failures mean the email surely did not go out. Everything not named
// here (a timeout, a reset connection, a 5xx after the request arrived) leaves the outcome
// unknown: SES may have accepted the email before the answer was lost.
import { MailRefused, type RefusalReason } from '#ports/mailer.js';

/** SendEmail's modelled errors, plus the quota error SES answers when a sending limit is hit. */
const REFUSED_BY_NAME: Readonly<Record<string, RefusalReason>> = {
  MessageRejected: 'rejected',
  AccountSuspendedException: 'rejected',
  SendingPausedException: 'rejected',
  BadRequestException: 'invalid',
  MailFromDomainNotVerifiedException: 'invalid',
  NotFoundException: 'invalid',
  TooManyRequestsException: 'throttled',
  LimitExceededException: 'throttled',
  ThrottlingException: 'throttled',
};

/** Socket errors raised before a connection exists: the request never reached SES. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** The refusal `error` stands for, or null when SES may have accepted the email. */
export function sendRefusal(error: unknown): MailRefused | null {
  if (error instanceof MailRefused) return error;
  if (typeof error !== 'object' || error === null) return null;
  const shape = error as SdkErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : '';
  const text = `${name}: ${typeof shape.message === 'string' ? shape.message : ''}`;
  const byName = REFUSED_BY_NAME[name];
  if (byName) return new MailRefused(text, byName);
  const status = shape.$metadata?.httpStatusCode;
  // SES answered with a client error: it refused the request as a whole. 408 is a timeout.
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 408) {
    return new MailRefused(text, status === 429 ? 'throttled' : 'invalid');
  }
  if (typeof shape.code === 'string' && NOT_CONNECTED.has(shape.code)) {
    return new MailRefused(text, 'unreachable');
  }
  return null;
}
