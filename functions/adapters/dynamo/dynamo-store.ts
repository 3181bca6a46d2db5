// The Store ports over DynamoDB, one table for every aggregate. Single-item conditional writes
// only (no transactions), so the same code runs against AWS and against dynalite locally. Every
// item read is validated with its domain schema: a malformed item fails loudly, naming its key.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import {
  Interview,
  type InterviewStatus,
  Step,
  type StepKind,
  type StepStatus,
} from '#core/domain.js';
import {
  InboundClaim,
  LinkTokenRecord,
  MeetingIdentity,
  SentMessageRecord,
} from '#core/records.js';
import type { CasResult } from '#ports/cas-result.js';
import type { Store } from '#ports/store.js';
import { isConditionFailure } from './condition-failure.js';
import { epochSeconds, keys, stripKeys } from './keys.js';
import { queryAll } from './query-all.js';
import { TABLE } from './table.js';

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** Builds `SET #a = :a, ...` for a patch object. */
function setExpression(patch: Record<string, unknown>, prefix: string) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    names[`#${prefix}${field}`] = field;
    values[`:${prefix}${field}`] = value;
    parts.push(`#${prefix}${field} = :${prefix}${field}`);
  }
  return { names, values, parts };
}

function inList(attribute: string, allowed: readonly string[], prefix: string) {
  const values: Record<string, string> = {};
  allowed.forEach((value, index) => {
    values[`:${prefix}${index}`] = value;
  });
  return {
    expression: `${attribute} IN (${Object.keys(values).join(', ')})`,
    values,
  };
}

/** An item as the record it stores: key attributes dropped, the rest checked by `schema`. */
function read<T>(schema: z.ZodMiniType<T>, item: Record<string, unknown>): T {
  const parsed = schema.safeParse(stripKeys(item));
  if (parsed.success) return parsed.data;
  throw new Error(
    `stored item ${String(item.PK)}/${String(item.SK)} is not a valid record: ${parsed.error.message}`,
  );
}

export class DynamoStore implements Store {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async get<T>(schema: z.ZodMiniType<T>, key: Record<string, string>): Promise<T | null> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item ? read(schema, Item) : null;
  }

  private async putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async createInterview(interview: Interview) {
    const created = await this.putIfAbsent({
      ...keys.interview(interview.id),
      GSI1PK: keys.ownerIndex(interview.ownerEmail),
      GSI1SK: `${new Date(interview.start).toISOString()}#${interview.id}`,
      ...interview,
    });
    if (created) return { created, interview };
    const existing = await this.getInterview(interview.id);
    if (!existing) throw new Error(`interview ${interview.id} vanished during creation`);
    return { created, interview: existing };
  }

  getInterview(id: string) {
    return this.get(Interview, keys.interview(id));
  }

  async listInterviewsByOwner(ownerEmail: string, range: { from?: string; to?: string } = {}) {
    const from = range.from ? new Date(range.from).toISOString() : '0';
    // '~' sorts after every ISO character, so `to` is inclusive of ids at that instant.
    const to = range.to ? `${new Date(range.to).toISOString()}~` : '~';
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      IndexName: TABLE.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': keys.ownerIndex(ownerEmail), ':from': from, ':to': to },
    });
    return items.map((item) => read(Interview, item));
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
    const set = setExpression(patch, 'p_');
    const allowed = inList('#status', ifStatus, 's_');
    const names: Record<string, string> = { ...set.names, '#status': 'status' };
    const parts = [...set.parts];
    if (patch.start) {
      names['#gsi1sk'] = 'GSI1SK';
      set.values[':gsi1sk'] = `${new Date(patch.start).toISOString()}#${id}`;
      parts.push('#gsi1sk = :gsi1sk');
    }
    if (parts.length === 0) throw new Error('updateInterview needs a non-empty patch');
    try {
      const { Attributes } = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.interview(id),
          UpdateExpression: `SET ${parts.join(', ')}`,
          ConditionExpression: `attribute_exists(PK) AND ${allowed.expression}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...set.values, ...allowed.values },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { won: true, value: read(Interview, Attributes ?? {}) };
    } catch (error) {
      if (isConditionFailure(error)) return { won: false, current: await this.getInterview(id) };
      throw error;
    }
  }

  async putStepIfAbsent(step: Step) {
    const created = await this.putIfAbsent({ ...keys.step(step.interviewId, step.kind), ...step });
    if (created) return { created, step };
    const existing = await this.getStep(step.interviewId, step.kind);
    if (!existing) throw new Error(`step ${step.kind} of ${step.interviewId} vanished`);
    return { created, step: existing };
  }

  getStep(interviewId: string, kind: StepKind) {
    return this.get(Step, keys.step(interviewId, kind));
  }

  async listSteps(interviewId: string) {
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :step)',
        ExpressionAttributeValues: { ':pk': keys.interview(interviewId).PK, ':step': 'STEP#' },
        ConsistentRead: true,
      }),
    );
    return (Items ?? [])
      .map((item) => read(Step, item))
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  }

  async transitionStep(
    interviewId: string,
    kind: StepKind,
    from: readonly StepStatus[],
    to: StepStatus,
    patch: Partial<Omit<Step, 'interviewId' | 'kind' | 'status'>> = {},
    heldBy?: string,
  ): Promise<CasResult<Step>> {
    const set = setExpression({ ...patch, status: to }, 'p_');
    const allowed = inList('#p_status', from, 'f_');
    const held = heldBy === undefined ? '' : ' AND #heldBy = :heldBy';
    try {
      const { Attributes } = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.step(interviewId, kind),
          UpdateExpression: `SET ${set.parts.join(', ')}`,
          ConditionExpression: `attribute_exists(PK) AND ${allowed.expression}${held}`,
          ExpressionAttributeNames: {
            ...set.names,
            ...(heldBy === undefined ? {} : { '#heldBy': 'sendRun' }),
          },
          ExpressionAttributeValues: {
            ...set.values,
            ...allowed.values,
            ...(heldBy === undefined ? {} : { ':heldBy': heldBy }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { won: true, value: read(Step, Attributes ?? {}) };
    } catch (error) {
      if (isConditionFailure(error)) {
        return { won: false, current: await this.getStep(interviewId, kind) };
      }
      throw error;
    }
  }

  async putLinkToken(record: LinkTokenRecord) {
    const created = await this.putIfAbsent({
      ...keys.linkToken(record.hash),
      expiresAtEpoch: epochSeconds(record.expiresAt),
      ...record,
      // Stored in UTC so the expiry condition can compare strings.
      expiresAt: new Date(record.expiresAt).toISOString(),
    });
    if (!created) throw new Error('link token hash collision');
  }

  async getLinkToken(hash: string) {
    return this.get(LinkTokenRecord, keys.linkToken(hash));
  }

  async consumeLinkToken(hash: string, now: string) {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.linkToken(hash),
          UpdateExpression: 'SET usedAt = :now',
          // ISO instants in UTC compare correctly as strings.
          ConditionExpression:
            'attribute_exists(PK) AND (attribute_not_exists(usedAt) OR usedAt = :null) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': new Date(now).toISOString(), ':null': null },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseLinkToken(hash: string, usedAt: string) {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.linkToken(hash),
          UpdateExpression: 'SET usedAt = :null',
          ConditionExpression: 'usedAt = :usedAt',
          ExpressionAttributeValues: { ':usedAt': new Date(usedAt).toISOString(), ':null': null },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async claimMeetingIdentity(key: string, interviewId: string) {
    if (await this.putIfAbsent({ ...keys.meeting(key), interviewId })) return interviewId;
    const held = await this.get(MeetingIdentity, keys.meeting(key));
    if (!held) throw new Error('meeting identity vanished during its claim');
    return held.interviewId;
  }

  async replaceMeetingIdentity(key: string, from: string, to: string) {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.meeting(key),
          UpdateExpression: 'SET interviewId = :to',
          ConditionExpression: 'interviewId = :from',
          ExpressionAttributeValues: { ':from': from, ':to': to },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  claimInbound(id: string, expiresAt: string) {
    const claim: InboundClaim = { id, state: 'processing', outcome: null };
    return this.putIfAbsent({
      ...keys.inbound(id),
      expiresAtEpoch: epochSeconds(expiresAt),
      ...claim,
    });
  }

  getInbound(id: string) {
    return this.get(InboundClaim, keys.inbound(id));
  }

  async completeInbound(id: string, outcome: string) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.inbound(id),
        UpdateExpression: 'SET #state = :done, outcome = :outcome',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done', ':outcome': outcome },
      }),
    );
  }

  async putSentMessage(record: SentMessageRecord) {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.sentMessage(record.messageId), ...record },
      }),
    );
  }

  getSentMessage(messageId: string) {
    return this.get(SentMessageRecord, keys.sentMessage(messageId));
  }

  async incrementCounter(name: string, expiresAt: string) {
    const { Attributes } = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.counter(name),
        UpdateExpression: 'ADD #count :one SET expiresAtEpoch = :exp',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':exp': epochSeconds(expiresAt) },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.count ?? 0);
  }
}
