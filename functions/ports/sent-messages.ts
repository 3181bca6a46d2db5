import type { SentMessageRecord } from '#core/records.js';

/** Every draft that went to an interviewer, by Message-ID: how a reply finds its interview. */
export interface SentMessages {
  putSentMessage(record: SentMessageRecord): Promise<void>;
  getSentMessage(messageId: string): Promise<SentMessageRecord | null>;
}
