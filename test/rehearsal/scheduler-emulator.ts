// EventBridge Scheduler as the bundles' real SDK client calls it (REST JSON: CreateSchedule,
// UpdateSchedule, GetSchedule, DeleteSchedule under /schedules/{Name}), holding one-time `at()`
// schedules and firing them on the rehearsal's clock: each due schedule invokes its target with
// exactly the target's Input, then is deleted if its ActionAfterCompletion says so.
//
// Every request is checked against the synthesized template the way the service and IAM would
// check it once deployed: the group exists, the target is a function of the stack, the role is one
// EventBridge Scheduler may assume and that may invoke that target and write to the dead-letter
// queue. A request the service would refuse gets the service's error, so the bundle sees it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime, IANAZone } from 'luxon';
import type { CfnTemplate, Intrinsics } from './intrinsics.js';
import { type PolicyStatement, policyStatementsOf } from './synthesized-stack.js';

export interface ScheduleDefinition {
  Name: string;
  GroupName: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  FlexibleTimeWindow: { Mode: string; MaximumWindowInMinutes?: number };
  ActionAfterCompletion?: string;
  State?: string;
  Description?: string;
  Target: {
    Arn: string;
    RoleArn: string;
    Input?: string;
    RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
    DeadLetterConfig?: { Arn?: string };
  };
}

export interface StoredSchedule {
  definition: ScheduleDefinition;
  /** The instant the `at()` expression names in its zone. */
  at: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface Firing {
  name: string;
  at: Date;
  input: string;
  outcome: 'invoked' | 'failed';
  result: unknown;
}

/** Invokes a target function (by ARN) with an event while the clock reads `now`. */
export type InvokeTarget = (
  functionArn: string,
  event: unknown,
  now: Date,
) => Promise<{ result?: unknown; error?: { errorMessage: string } }>;

class ServiceError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'ConflictException' | 'ResourceNotFoundException',
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
const invalid = (message: string) => new ServiceError('ValidationException', 400, message);

const NAME = /^[0-9a-zA-Z-_.]{1,64}$/;
const AT = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;

export interface SchedulerEmulatorOptions {
  template: CfnTemplate;
  intrinsics: Intrinsics;
  /** The rehearsal's clock: "now" for validation and for firing. */
  now: () => Date;
  invoke: InvokeTarget;
}

export class SchedulerEmulator {
  private server: Server | null = null;
  /** Schedules by `<group>/<name>`. */
  readonly schedules = new Map<string, StoredSchedule>();
  readonly firings: Firing[] = [];
  /** Every request, for the record: operation, schedule, and the error answered if any. */
  readonly requests: { operation: string; name: string; error?: string }[] = [];
  private readonly groups: Set<string>;
  private readonly functionArns: Set<string>;
  private readonly queueArns: Set<string>;

  constructor(private readonly options: SchedulerEmulatorOptions) {
    const { template, intrinsics } = options;
    const ids = (type: string) =>
      Object.entries(template.Resources)
        .filter(([, r]) => r.Type === type)
        .map(([id]) => id);
    this.groups = new Set(ids('AWS::Scheduler::ScheduleGroup').map((id) => intrinsics.ref(id)));
    this.functionArns = new Set(
      ids('AWS::Lambda::Function').map((id) => intrinsics.getAtt(id, 'Arn')),
    );
    this.queueArns = new Set(ids('AWS::SQS::Queue').map((id) => intrinsics.getAtt(id, 'Arn')));
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  /** The pending schedules, soonest first. */
  pending(): StoredSchedule[] {
    return [...this.schedules.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /**
   * Fires, in due order, every enabled schedule due at or before `until`; each invocation runs
   * with the clock at the schedule's own time (the service fires on the minute it names).
   */
  async fireDue(until: Date, setClock: (instant: Date) => void): Promise<Firing[]> {
    const fired: Firing[] = [];
    for (;;) {
      const next = this.pending().find(
        (s) => s.definition.State !== 'DISABLED' && s.at.getTime() <= until.getTime(),
      );
      if (!next) return fired;
      const { definition } = next;
      setClock(next.at);
      const input = definition.Target.Input ?? '{}';
      // Lambda targets get the Input as the invocation payload, parsed as JSON by the runtime.
      const outcome = await this.options.invoke(definition.Target.Arn, JSON.parse(input), next.at);
      const firing: Firing = {
        name: definition.Name,
        at: next.at,
        input,
        outcome: outcome.error ? 'failed' : 'invoked',
        result: outcome.error ?? outcome.result,
      };
      this.firings.push(firing);
      fired.push(firing);
      // A one-time schedule completes after its invocation; a failed one is not retried here
      // (the rehearsal reports it instead of waiting out the retry policy).
      const key = `${definition.GroupName}/${definition.Name}`;
      if (definition.ActionAfterCompletion === 'DELETE') this.schedules.delete(key);
      else this.schedules.set(key, { ...next, definition: { ...definition, State: 'DISABLED' } });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://scheduler');
    const match = /^\/schedules\/([^/]+)$/.exec(url.pathname);
    let body = '';
    for await (const chunk of req) body += chunk;
    const name = match ? decodeURIComponent(match[1] as string) : '';
    const operation =
      {
        POST: 'CreateSchedule',
        PUT: 'UpdateSchedule',
        GET: 'GetSchedule',
        DELETE: 'DeleteSchedule',
      }[req.method ?? ''] ?? 'Unknown';
    try {
      if (!match || operation === 'Unknown') {
        throw invalid(`the rehearsal's scheduler does not emulate ${req.method} ${url.pathname}`);
      }
      const answer = this.operate(operation, name, url.searchParams, body);
      this.requests.push({ operation, name });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    } catch (error) {
      const known = error instanceof ServiceError ? error : null;
      const type = known?.type ?? 'InternalServerException';
      const message = (error as Error).message;
      this.requests.push({ operation, name, error: `${type}: ${message}` });
      res.writeHead(known?.status ?? 500, {
        'content-type': 'application/json',
        'x-amzn-errortype': type,
      });
      res.end(JSON.stringify({ Message: message }));
    }
  }

  private operate(operation: string, name: string, query: URLSearchParams, body: string) {
    if (!NAME.test(name)) throw invalid(`Name "${name}" must match ${NAME.source}`);
    if (operation === 'CreateSchedule' || operation === 'UpdateSchedule') {
      const definition = { ...(JSON.parse(body) as Omit<ScheduleDefinition, 'Name'>), Name: name };
      definition.GroupName ??= 'default';
      const key = this.groupKey(definition.GroupName, name);
      const existing = this.schedules.get(key);
      if (operation === 'CreateSchedule' && existing) {
        throw new ServiceError('ConflictException', 409, `Schedule ${name} already exists.`);
      }
      if (operation === 'UpdateSchedule' && !existing) {
        throw new ServiceError(
          'ResourceNotFoundException',
          404,
          `Schedule ${name} does not exist.`,
        );
      }
      const at = this.validate(definition);
      const now = this.options.now();
      this.schedules.set(key, {
        definition,
        at,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      return { ScheduleArn: this.arn(definition.GroupName, name) };
    }
    const group = query.get('groupName') ?? 'default';
    const key = this.groupKey(group, name);
    const stored = this.schedules.get(key);
    if (!stored) {
      throw new ServiceError('ResourceNotFoundException', 404, `Schedule ${name} does not exist.`);
    }
    if (operation === 'DeleteSchedule') {
      this.schedules.delete(key);
      return {};
    }
    return {
      ...stored.definition,
      Arn: this.arn(group, name),
      CreationDate: stored.createdAt.getTime() / 1000,
      LastModificationDate: stored.updatedAt.getTime() / 1000,
    };
  }

  private groupKey(group: string, name: string) {
    if (!this.groups.has(group)) {
      throw new ServiceError(
        'ResourceNotFoundException',
        404,
        `Schedule group ${group} does not exist.`,
      );
    }
    return `${group}/${name}`;
  }

  private arn(group: string, name: string) {
    return `arn:aws:scheduler:us-east-1:123456789012:schedule/${group}/${name}`;
  }

  /** What the service and IAM check on a create or update; answers the instant of `at()`. */
  private validate(definition: ScheduleDefinition): Date {
    const at = AT.exec(definition.ScheduleExpression ?? '');
    if (!at) {
      throw invalid(
        `ScheduleExpression "${definition.ScheduleExpression}": the rehearsal emulates one-time at(yyyy-mm-ddThh:mm:ss) schedules only`,
      );
    }
    const zone = definition.ScheduleExpressionTimezone ?? 'UTC';
    if (!IANAZone.isValidZone(zone))
      throw invalid(`ScheduleExpressionTimezone "${zone}" is not a time zone`);
    const local = DateTime.fromISO(at[1] as string, { zone });
    if (local.toFormat("yyyy-MM-dd'T'HH:mm:ss") !== at[1]) {
      throw invalid(`at(${at[1]}) does not exist in ${zone} (a daylight-saving gap)`);
    }
    const instant = local.toJSDate();
    if (instant.getTime() <= this.options.now().getTime()) {
      throw invalid(
        `at(${at[1]}) in ${zone} is not in the future (now ${this.options.now().toISOString()})`,
      );
    }
    const window = definition.FlexibleTimeWindow;
    if (!window || !['OFF', 'FLEXIBLE'].includes(window.Mode)) {
      throw invalid('FlexibleTimeWindow.Mode must be OFF or FLEXIBLE');
    }
    if (
      window.Mode === 'FLEXIBLE' &&
      !(Number(window.MaximumWindowInMinutes) >= 1 && Number(window.MaximumWindowInMinutes) <= 1440)
    ) {
      throw invalid('FlexibleTimeWindow.MaximumWindowInMinutes must be 1 to 1440');
    }
    if (!['NONE', 'DELETE', undefined].includes(definition.ActionAfterCompletion)) {
      throw invalid('ActionAfterCompletion must be NONE or DELETE');
    }
    if (!['ENABLED', 'DISABLED', undefined].includes(definition.State)) {
      throw invalid('State must be ENABLED or DISABLED');
    }
    const { Target: target } = definition;
    if (!target?.Arn || !target.RoleArn)
      throw invalid('Target.Arn and Target.RoleArn are required');
    if (!this.functionArns.has(target.Arn)) {
      throw invalid(`Target.Arn ${target.Arn} is not a function of the stack`);
    }
    if (target.Input !== undefined) {
      if (target.Input.length > 8192) throw invalid('Target.Input is longer than 8192 characters');
      try {
        JSON.parse(target.Input);
      } catch {
        throw invalid('Target.Input is not JSON (a Lambda target gets it as its event)');
      }
    }
    const retry = target.RetryPolicy;
    if (
      retry?.MaximumRetryAttempts !== undefined &&
      !(retry.MaximumRetryAttempts >= 0 && retry.MaximumRetryAttempts <= 185)
    ) {
      throw invalid('RetryPolicy.MaximumRetryAttempts must be 0 to 185');
    }
    if (
      retry?.MaximumEventAgeInSeconds !== undefined &&
      !(retry.MaximumEventAgeInSeconds >= 60 && retry.MaximumEventAgeInSeconds <= 86400)
    ) {
      throw invalid('RetryPolicy.MaximumEventAgeInSeconds must be 60 to 86400');
    }
    const dlq = target.DeadLetterConfig?.Arn;
    if (dlq !== undefined && !this.queueArns.has(dlq)) {
      throw invalid(`DeadLetterConfig.Arn ${dlq} is not a queue of the stack`);
    }
    this.checkRole(target.RoleArn, target.Arn, dlq);
    return instant;
  }

  /** The role must trust the service, may invoke the target and may dead-letter to the queue. */
  private checkRole(roleArn: string, targetArn: string, dlqArn: string | undefined) {
    const { template, intrinsics } = this.options;
    const roleId = Object.entries(template.Resources).find(
      ([id, r]) => r.Type === 'AWS::IAM::Role' && intrinsics.getAtt(id, 'Arn') === roleArn,
    )?.[0];
    if (!roleId) throw invalid(`Target.RoleArn ${roleArn} is not a role of the stack`);
    const trust = JSON.stringify(intrinsics.resource(roleId).Properties?.AssumeRolePolicyDocument);
    if (!trust.includes('"scheduler.amazonaws.com"')) {
      throw invalid(`role ${roleArn} does not trust scheduler.amazonaws.com`);
    }
    const statements = policyStatementsOf(template, roleId);
    const allows = (action: string, resource: string) =>
      statements.some(
        (s: PolicyStatement) =>
          s.Effect === 'Allow' &&
          ([] as string[]).concat(s.Action).includes(action) &&
          ([] as unknown[])
            .concat(s.Resource)
            .map((r) => intrinsics.string(r))
            .some((r) =>
              new RegExp(`^${r.split('*').map(escapeRegExp).join('.*')}$`).test(resource),
            ),
      );
    if (!allows('lambda:InvokeFunction', targetArn)) {
      throw invalid(`role ${roleArn} may not invoke ${targetArn}`);
    }
    if (dlqArn && !allows('sqs:SendMessage', dlqArn)) {
      throw invalid(`role ${roleArn} may not send to the dead-letter queue ${dlqArn}`);
    }
  }
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
