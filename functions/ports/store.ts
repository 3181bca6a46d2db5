// The store as the app sees it: one narrow port per aggregate. One adapter implements them all
// over the single table (adapters/dynamo/dynamo-store.ts); tests that need no DynamoDB use the
// in-memory one (test/support/memory-store.ts). A service asks only for the ports it uses.
import type { Counters } from './counters.js';
import type { InboundLedger } from './inbound-ledger.js';
import type { Interviews } from './interviews.js';
import type { LinkTokens } from './link-tokens.js';
import type { MeetingIdentities } from './meeting-identities.js';
import type { SentMessages } from './sent-messages.js';
import type { Steps } from './steps.js';

export interface Store
  extends Interviews,
    Steps,
    LinkTokens,
    MeetingIdentities,
    InboundLedger,
    SentMessages,
    Counters {}
