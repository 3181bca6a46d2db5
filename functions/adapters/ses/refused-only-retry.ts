// The SDK's default retry policy repeats a SendEmail after a timeout or a 5xx, when SES may
// already have accepted the first: a second copy. This policy retries only what SES surely
// refused (throttling, no connection), so the SDK never sends an email twice.
import type { SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import { sendRefusal } from './send-refusal.js';

type RetryStrategy = Extract<
  NonNullable<SESv2ClientConfig['retryStrategy']>,
  { acquireInitialRetryToken: unknown }
>;

interface Token {
  getRetryCount(): number;
  getRetryDelay(): number;
}

const token = (count: number, delay: number): Token => ({
  getRetryCount: () => count,
  getRetryDelay: () => delay,
});

/** Up to `maxAttempts` calls in all; each retry waits twice as long as the one before. */
export function refusedOnlyRetry(maxAttempts = 3, baseDelayMs = 100): RetryStrategy {
  return {
    acquireInitialRetryToken: async () => token(0, 0),
    refreshRetryTokenForRetry: async (previous, info) => {
      const refusal = sendRefusal(info.error);
      const retryable = refusal?.reason === 'throttled' || refusal?.reason === 'unreachable';
      const count = previous.getRetryCount() + 1;
      if (!retryable || count >= maxAttempts) throw info.error ?? new Error('not retried');
      return token(count, baseDelayMs * 2 ** (count - 1));
    },
    recordSuccess: () => {},
  };
}
