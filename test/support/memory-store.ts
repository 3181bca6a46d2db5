// The Store ports in memory, for tests of services that need no DynamoDB. The same contract
// tests run against it and against DynamoStore on dynalite (test/integration/dynamo-store.test.ts),
// so it keeps the table's semantics: compare-and-set writes, idempotent creates, expiring
// single-use tokens, Message-IDs matched by the part before '@'. Records are copied in and out.
import type { Interview, InterviewStatus, Step, StepKind, StepStatus } from '#core/domain.js';
import type { InboundClaim, LinkTokenRecord, SentMessageRecord } from '#core/records.js';
import type { CasResult } from '#ports/cas-result.js';
import type { Store } from '#ports/store.js';

const copy = <T>(value: T): T => structuredClone(value);

/** A patch as DynamoDB applies it: undefined fields are left alone. */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function messageIdLocalPart(messageId: string): string {
  const bare = messageId.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return at > 0 ? bare.slice(0, at) : bare;
}

const utc = (iso: string) => new Date(iso).toISOString();

export class MemoryStore implements Store {
  private readonly interviews = new Map<string, Interview>();
  private readonly steps = new Map<string, Step>();
  private readonly tokens = new Map<string, LinkTokenRecord>();
  private readonly inbound = new Map<string, InboundClaim>();
  private readonly sent = new Map<string, SentMessageRecord>();
  private readonly counters = new Map<string, number>();
  private readonly meetings = new Map<string, string>();

  async createInterview(interview: Interview) {
    const existing = this.interviews.get(interview.id);
    if (existing) return { created: false, interview: copy(existing) };
    this.interviews.set(interview.id, copy(interview));
    return { created: true, interview: copy(interview) };
  }

  async getInterview(id: string) {
    const found = this.interviews.get(id);
    return found ? copy(found) : null;
  }

  async listInterviewsByOwner(ownerEmail: string, range: { from?: string; to?: string } = {}) {
    const from = range.from ? Date.parse(range.from) : -Infinity;
    const to = range.to ? Date.parse(range.to) : Infinity;
    return [...this.interviews.values()]
      .filter((i) => i.ownerEmail === ownerEmail)
      .filter((i) => Date.parse(i.start) >= from && Date.parse(i.start) <= to)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
      .map(copy);
  }

  async findInterviewByCalendarUid(ownerEmail: string, uid: string) {
    const all = await this.listInterviewsByOwner(ownerEmail);
    return all.find((interview) => interview.calendarUid === uid) ?? null;
  }

  async updateInterview(
    id: string,
    patch: Partial<Omit<Interview, 'id' | 'ownerEmail' | 'createdAt'>>,
    ifStatus: readonly InterviewStatus[],
  ): Promise<CasResult<Interview>> {
    if (Object.keys(defined(patch)).length === 0) {
      throw new Error('updateInterview needs a non-empty patch');
    }
    const current = this.interviews.get(id);
    if (!current || !ifStatus.includes(current.status)) {
      return { won: false, current: current ? copy(current) : null };
    }
    const next = { ...current, ...copy(defined(patch)) };
    this.interviews.set(id, next);
    return { won: true, value: copy(next) };
  }

  async putStepIfAbsent(step: Step) {
    const key = `${step.interviewId}#${step.kind}`;
    const existing = this.steps.get(key);
    if (existing) return { created: false, step: copy(existing) };
    this.steps.set(key, copy(step));
    return { created: true, step: copy(step) };
  }

  async getStep(interviewId: string, kind: StepKind) {
    const found = this.steps.get(`${interviewId}#${kind}`);
    return found ? copy(found) : null;
  }

  async listSteps(interviewId: string) {
    return [...this.steps.values()]
      .filter((step) => step.interviewId === interviewId)
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
      .map(copy);
  }

  async transitionStep(
    interviewId: string,
    kind: StepKind,
    from: readonly StepStatus[],
    to: StepStatus,
    patch: Partial<Omit<Step, 'interviewId' | 'kind' | 'status'>> = {},
    heldBy?: string,
  ): Promise<CasResult<Step>> {
    const key = `${interviewId}#${kind}`;
    const current = this.steps.get(key);
    const held = heldBy === undefined || current?.sendRun === heldBy;
    if (!current || !from.includes(current.status) || !held) {
      return { won: false, current: current ? copy(current) : null };
    }
    const next: Step = { ...current, ...copy(defined(patch)), status: to };
    this.steps.set(key, next);
    return { won: true, value: copy(next) };
  }

  async putLinkToken(record: LinkTokenRecord) {
    if (this.tokens.has(record.hash)) throw new Error('link token hash collision');
    this.tokens.set(record.hash, { ...copy(record), expiresAt: utc(record.expiresAt) });
  }

  async getLinkToken(hash: string) {
    const found = this.tokens.get(hash);
    return found ? copy(found) : null;
  }

  async consumeLinkToken(hash: string, now: string) {
    const token = this.tokens.get(hash);
    if (!token || token.usedAt !== null || !(token.expiresAt > utc(now))) return false;
    this.tokens.set(hash, { ...token, usedAt: utc(now) });
    return true;
  }

  async releaseLinkToken(hash: string, usedAt: string) {
    const token = this.tokens.get(hash);
    if (token && token.usedAt === utc(usedAt)) this.tokens.set(hash, { ...token, usedAt: null });
  }

  async claimMeetingIdentity(key: string, interviewId: string) {
    const held = this.meetings.get(key);
    if (held !== undefined) return held;
    this.meetings.set(key, interviewId);
    return interviewId;
  }

  async replaceMeetingIdentity(key: string, from: string, to: string) {
    if (this.meetings.get(key) !== from) return false;
    this.meetings.set(key, to);
    return true;
  }

  async claimInbound(id: string, _expiresAt: string) {
    if (this.inbound.has(id)) return false;
    this.inbound.set(id, { id, state: 'processing', outcome: null });
    return true;
  }

  async getInbound(id: string) {
    const found = this.inbound.get(id);
    return found ? copy(found) : null;
  }

  async completeInbound(id: string, outcome: string) {
    this.inbound.set(id, { id, state: 'done', outcome });
  }

  async putSentMessage(record: SentMessageRecord) {
    this.sent.set(messageIdLocalPart(record.messageId), copy(record));
  }

  async getSentMessage(messageId: string) {
    const found = this.sent.get(messageIdLocalPart(messageId));
    return found ? copy(found) : null;
  }

  async incrementCounter(name: string, _expiresAt: string) {
    const next = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, next);
    return next;
  }
}
