// The rehearsal: one interview's whole life through the three synthesized Lambda bundles, each in
// its own node process with the environment the template gives it, called by the events SES
// receiving, EventBridge Scheduler and the Function URL send, and calling the AWS APIs on local
// stand-ins. What it proves is that the code `cdk deploy` ships works with the wiring the template
// gives it; the services' own behaviour is the stand-ins' (README: The rehearsal).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsEnv } from '#handlers/aws-deps.js';
import { directMessage, inlineForward } from '../inbound/support/emails.js';
import { submittedForm } from './html-form.js';
import { type RehearsalWorld, startRehearsal } from './rehearsal.js';
import { RESERVED_VARIABLES } from './rehearsal-world.js';

const ZONE = 'America/New_York';
const SAM = { name: 'Sam Seeker', address: 'sam.seeker@example.com' };
const PRIYA = { name: 'Priya Nair', address: 'priya.nair@larkspur.example' };
const DANA = { name: 'Dana Whitfield', address: 'dana.whitfield@larkspur.example' };
const INBOUND = 'interviews@followup.example.com';
const SENDING = 'sam@followup.example.com';

// The rehearsal's clock starts on the Monday after next, 09:00 in Sam's zone; the interview is
// that Wednesday 14:00–15:00, so every step lies ahead of it.
const monday = (() => {
  let day = DateTime.now().setZone(ZONE).plus({ days: 7 }).startOf('day');
  while (day.weekday !== 1) day = day.plus({ days: 1 });
  return day;
})();
const at = (days: number, hour: number, minute = 0) =>
  monday.plus({ days }).set({ hour, minute }).toJSDate();
const rfc2822 = (date: Date) => DateTime.fromJSDate(date).setZone(ZONE).toRFC2822() as string;
const interviewStart = DateTime.fromJSDate(at(2, 14)).setZone(ZONE);

function confirmation(messageId: string) {
  return inlineForward({
    from: SAM,
    to: INBOUND,
    messageId,
    date: rfc2822(at(0, 8, 55)),
    subject: 'Interview with Priya Nair',
    note: 'We talked about their lakehouse migration.',
    original: {
      from: DANA,
      to: SAM,
      date: rfc2822(at(-3, 10)),
      subject: 'Interview with Priya Nair',
      body: [
        'Hi Sam,',
        '',
        `Confirming your interview for the Senior Data Engineer role at Larkspur Analytics on ${interviewStart.toFormat("cccc, LLLL d, yyyy 'at' h:mm a")} Eastern Time, for one hour, with Priya Nair <${PRIYA.address}>, our Head of Data.`,
        '',
        'Video link: https://meet.example.com/lrk-qpwz-tve',
        '',
        'Best,',
        'Dana Whitfield',
        'Recruiting, Larkspur Analytics',
      ].join('\r\n'),
    },
  });
}

let world: RehearsalWorld;
/** Emails SES was asked to send since the last call. */
let seen = 0;
async function newEmails() {
  const all = await world.sentEmails();
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
}
const linkAfter = (text: string | undefined, label: string) => {
  const match = new RegExp(`^${label}:\\s+(https://\\S+)$`, 'm').exec(text ?? '');
  if (!match) throw new Error(`no "${label}" link in:\n${text}`);
  return match[1] as string;
};

beforeAll(async () => {
  world = await startRehearsal();
  world.clock.set(at(0, 9));
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

describe('one interview through the synthesized bundles', () => {
  let interviewId = '';
  let forward: { event: unknown };

  it('SES delivers a forwarded confirmation: logged, acknowledged, five schedules', async () => {
    const received = await world.receive(confirmation('fwd-1@mail.example.com'), {
      from: SAM.address,
      to: [INBOUND],
    });
    forward = received;
    expect(received.invocation.error).toBeUndefined();
    expect(received.invocation.result).toEqual({ outcomes: ['logged'] });

    const [ack, ...others] = await newEmails();
    expect(others).toEqual([]);
    expect(ack?.destination.to).toEqual([`"${SAM.name}" <${SAM.address}>`]);
    expect(ack?.from).toBe('"followup" <followup@followup.example.com>');
    expect(ack?.subject).toContain('Larkspur Analytics');
    expect(ack?.body.text).toContain('Priya Nair');

    // Each schedule as the template wires it: the step function, the scheduler role, the
    // dead-letter queue, the stack's group; one per step at its time in Sam's zone.
    const { stack } = world;
    const pending = world.scheduler.pending();
    const input = JSON.parse(pending[0]?.definition.Target.Input ?? '{}');
    interviewId = input.interviewId;
    expect(interviewId).toMatch(/^[0-9a-z]+$/);
    const expected = [
      ['prep', at(1, 18)],
      ['thank_you', at(2, 16)],
      ['follow_up', at(9, 9)],
      ['call', at(16, 9)],
      // Not before the realistic answer date: the interview day plus twice the 14 assumed days.
      ['close_out', at(30, 9)],
    ] as const;
    expect(pending.map((s) => s.definition)).toEqual(
      expected.map(([step, time]) => ({
        Name: `fu-${interviewId}-${step}`,
        GroupName: stack.scheduler.groupName,
        ScheduleExpression: `at(${DateTime.fromJSDate(time).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ss")})`,
        ScheduleExpressionTimezone: ZONE,
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        State: 'ENABLED',
        ClientToken: expect.any(String),
        Target: {
          Arn: stack.functions.step.arn,
          RoleArn: stack.scheduler.roleArn,
          Input: JSON.stringify({ interviewId, step }),
          RetryPolicy: expect.any(Object),
          DeadLetterConfig: { Arn: stack.functions.step.deadLetterArn },
        },
      })),
    );
    expect(pending.map((s) => s.at)).toEqual(expected.map(([, time]) => time));
  });

  it('a second delivery of the same SES event does nothing', async () => {
    const requests = world.scheduler.requests.length;
    const again = await world.invokeInbound(forward.event);
    expect(again.error).toBeUndefined();
    expect(again.result).toEqual({ outcomes: ['duplicate'] });
    expect(await newEmails()).toEqual([]);
    expect(world.scheduler.requests.length).toBe(requests);
  });

  it('the prep schedule fires at its time and Sam gets the reminder', async () => {
    const fired = await world.advanceTo(at(1, 20));
    expect(fired.map((f) => [f.name, f.outcome, f.result])).toEqual([
      [`fu-${interviewId}-prep`, 'invoked', { outcome: 'reminded' }],
    ]);
    const [reminder, ...others] = await newEmails();
    expect(others).toEqual([]);
    expect(reminder?.destination.to).toEqual([`"${SAM.name}" <${SAM.address}>`]);
    expect(world.scheduler.pending().map((s) => s.definition.Name)).not.toContain(
      `fu-${interviewId}-prep`,
    );
  });

  let approveUrl = '';
  it('the thank-you fires with a draft for Priya and its links', async () => {
    const fired = await world.advanceTo(at(2, 16, 5));
    expect(fired.map((f) => [f.name, f.result])).toEqual([
      [`fu-${interviewId}-thank_you`, { outcome: 'reminded' }],
    ]);
    const [reminder, ...others] = await newEmails();
    expect(others).toEqual([]);
    expect(reminder?.body.text).toContain(`To ${PRIYA.name}`);
    approveUrl = linkAfter(reminder?.body.text, 'Review & send');
    expect(new URL(approveUrl).host).toBe(world.stack.functionUrl.host);
  });

  it('approving through the Function URL sends the draft once, even when posted twice', async () => {
    const page = await world.request(approveUrl);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const form = submittedForm(page.body, { name: 'intent', value: 'send' });
    // The draft, and its recipient's box (ticked: the review page sends only to ticked people).
    expect(Object.keys(form).sort()).toEqual([
      'body_0',
      'intent',
      'recipients',
      'send_0',
      'subject_0',
    ]);
    expect(form.send_0).toBe('yes');
    expect(await newEmails()).toEqual([]); // a GET never sends

    const sent = await world.request(approveUrl, { form });
    expect(sent.statusCode).toBe(200);
    const [draft, ...others] = await newEmails();
    expect(others).toEqual([]);
    expect(draft?.destination).toEqual({
      to: [`"${PRIYA.name}" <${PRIYA.address}>`],
      cc: [],
      bcc: [`"${SAM.name}" <${SAM.address}>`],
    });
    expect(draft?.from).toBe(`"${SAM.name}" <${SENDING}>`);
    expect(draft?.replyTo).toEqual([`"${SAM.name}" <${SENDING}>`]);
    expect(draft?.subject).toBe(form.subject_0);
    expect(draft?.body.text).toBe(form.body_0);
    draftMessageId = `${draft?.messageId}@email.amazonses.com`;

    // The browser retries the post (a double click, a flaky connection): nothing goes twice.
    const retried = await world.request(approveUrl, { form });
    expect(retried.statusCode).toBeLessThan(500);
    expect(retried.body).toContain('Already sent');
    expect(await newEmails()).toEqual([]);
  });

  let draftMessageId = '';
  it("Priya's answer stops the plan: pending schedules deleted, answer relayed", async () => {
    world.clock.set(at(2, 18));
    const reply = directMessage({
      from: PRIYA,
      to: SENDING,
      messageId: 'answer-1@mail.larkspur.example',
      date: rfc2822(at(2, 17, 58)),
      subject: 'Re: Thank you',
      body: 'Thanks Sam, great talking to you. We will be in touch next week.',
      inReplyTo: draftMessageId,
    });
    const received = await world.receive(reply, { from: PRIYA.address, to: [SENDING] });
    expect(received.invocation.error).toBeUndefined();
    expect(world.scheduler.pending()).toEqual([]);
    const deleted = world.scheduler.requests
      .filter((r) => r.operation === 'DeleteSchedule' && !r.error)
      .map((r) => r.name)
      .sort();
    // The thank-you's takeover schedule (the safety net of a send made at once) was created
    // before that send and deleted after it; the rest are the plan's pending steps.
    expect(deleted).toEqual(
      ['follow_up', 'call', 'close_out', 'thank_you-takeover']
        .map((step) => `fu-${interviewId}-${step}`)
        .sort(),
    );
    const [relay, ...others] = await newEmails();
    expect(others).toEqual([]);
    expect(relay?.destination.to).toEqual([`"${SAM.name}" <${SAM.address}>`]);
    expect(relay?.body.text).toContain('We will be in touch next week.');
  });

  it('nothing else happens for the rest of the plan', async () => {
    expect(await world.advanceTo(at(40, 9))).toEqual([]);
    expect(await newEmails()).toEqual([]);
  });

  it("every line the bundles logged names its request and whether it was the container's cold start", () => {
    const checked: string[] = [];
    for (const container of Object.values(world.functions)) {
      const { invocations } = container;
      expect(invocations.length, container.spec.name).toBeGreaterThan(1);
      invocations.forEach((invocation, index) => {
        // Our lines are JSON; the runtime's own (the SDK's Node version warning) are not.
        for (const line of invocation.logs.filter((text) => text.startsWith('{'))) {
          expect(JSON.parse(line), line).toMatchObject({
            requestId: invocation.requestId,
            coldStart: index === 0,
          });
          checked.push(line);
        }
      });
    }
    // Inbound and step log every event they handle, cold and warm.
    expect(checked.some((line) => line.includes('"coldStart":true'))).toBe(true);
    expect(checked.some((line) => line.includes('"coldStart":false'))).toBe(true);
  });

  it('the table holds what expires under the TTL attribute the template enables', async () => {
    const ttl = world.stack.table.properties.TimeToLiveSpecification as {
      AttributeName: string;
      Enabled: boolean;
    };
    expect(ttl.Enabled).toBe(true);
    const items = await world.scanTable();
    const expiring = items.filter((item) => ttl.AttributeName in item);
    // SES message claims, per-day counters and link tokens expire; interviews and steps do not.
    const kinds = new Set(expiring.map((item) => (item.PK as { S: string }).S.split('#')[0]));
    expect([...kinds].sort()).toEqual(['CNT', 'MSG', 'TOK']);
    for (const item of expiring) {
      const seconds = Number((item[ttl.AttributeName] as { N?: string }).N);
      expect(seconds).toBeGreaterThan(world.clock.now().getTime() / 1000 - 40 * 86400);
    }
  });
});

describe('the bundles as synthesized', () => {
  it.each(['inbound', 'step', 'link'] as const)(
    '%s: ESM with source maps, chunks for its dynamic imports, the AWS SDK inside',
    (name) => {
      const dir = world.stack.functions[name].taskRoot;
      expect(readdirSync(dir).sort()).toEqual(['chunks', 'index.mjs', 'index.mjs.map']);
      const chunks = readdirSync(join(dir, 'chunks'));
      expect(chunks.filter((f) => f.endsWith('.mjs')).map((f) => `${f}.map`)).toEqual(
        chunks.filter((f) => f.endsWith('.mjs.map')),
      );
      const code = [
        'index.mjs',
        ...chunks.filter((f) => f.endsWith('.mjs')).map((f) => `chunks/${f}`),
      ]
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      // Nothing left for the runtime to resolve: no static import or external require of the SDK.
      // (Booleans, so a failure does not print a megabyte of minified code.)
      expect(/\bfrom\s*["']@aws-sdk\//.test(code), 'static @aws-sdk import').toBe(false);
      expect(/__require\(["']@aws-sdk\//.test(code), 'external @aws-sdk require').toBe(false);
      expect(code.includes('DynamoDBClient'), 'SDK client code inside').toBe(true);
    },
  );
});

describe("the bundles' environment", () => {
  it('sets only variables the bundles read, none that Lambda reserves, within 4 KB', () => {
    const known = Object.keys(AwsEnv.shape);
    for (const fn of Object.values(world.stack.functions)) {
      const names = Object.keys(fn.environment);
      expect(
        names.filter((name) => !known.includes(name)),
        fn.name,
      ).toEqual([]);
      expect(
        names.filter((name) => RESERVED_VARIABLES.includes(name)),
        fn.name,
      ).toEqual([]);
      const bytes = Object.entries(fn.environment).reduce(
        (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
        0,
      );
      expect(bytes, fn.name).toBeLessThan(4096);
    }
  });

  it('a bundle names every missing or malformed variable when it starts', async () => {
    const { step } = world.stack.functions;
    const { TABLE_NAME: _missing, ...variables } = step.environment;
    const container = await world.startFunction(step, {
      ...variables,
      STEP_FUNCTION_ARN: 'Rehearsal-step',
      FOLLOWUP_CONFIG: JSON.stringify({
        ...JSON.parse(variables.FOLLOWUP_CONFIG ?? '{}'),
        owners: 'none',
      }),
    });
    const invocation = await container.invoke(
      { interviewId: 'x', step: 'prep' },
      world.clock.now(),
    );
    const message = invocation.error?.errorMessage ?? '';
    expect(message).toContain("followup: the function's environment is not what the stack sets");
    for (const name of ['TABLE_NAME', 'STEP_FUNCTION_ARN', 'FOLLOWUP_CONFIG.owners']) {
      expect(message).toContain(`- ${name}:`);
    }
    await container.stop();
  });
});
