// `followup plan <file.eml> [--tz Z] [--now T] [--json]`: a dry run. What the playbook would do
// if this email were forwarded now: the interview as understood and every step with its time.
// Nothing is stored, scheduled or sent.
import {
  buildInterview,
  fieldsFromParsed,
  fieldsMissingToLog,
  InterviewInputError,
} from '#app/log-interview.js';
import { type AnswerTimeline, answerTimeline } from '#core/answer-timeline.js';
import { defaultPlaybook, type Interview, type Owner } from '#core/domain.js';
import { type PlannedStep, planSteps } from '#core/planner.js';
import { publicHolidays } from '#core/public-holidays.js';
import { ZonedTime } from '#core/zoned-time.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import type { ParsedEmail } from '#parse/types.js';
import { coordinatorOf, kindText, personText, unsureText } from '../extraction-text.js';
import { readInputFile } from '../read-input.js';
import { readWhen } from '../when-argument.js';
import { formatDay, formatSpan, formatWhen } from '../when-format.js';

export interface PlanFlags {
  /** The seeker's IANA zone (checked by the command-line parser). */
  tz: string;
  /** A date or date-time (see readWhen); the real time when absent. */
  now?: string;
  json?: boolean;
}

const WHAT: Record<PlannedStep['kind'], string> = {
  prep: 'prep reminder: ask about the decision timeline, collect interviewer emails, note topics',
  thank_you: "thank-you drafts to approve; sent in the interviewers' business hours",
  follow_up: "follow-up drafts to approve; sent in the interviewers' business hours",
  call: 'reminder to make one call, with a voicemail script',
  close_out: 'close-out: no answer is an answer; archive and focus elsewhere',
};

function fail(message: string, code: number): number {
  process.stderr.write(`followup plan: ${message}\n`);
  return code;
}

function withOffset(iso: string, zone: string): string {
  return ZonedTime.fromISO(iso, zone)?.toOffsetISO() ?? iso;
}

export async function runPlan(file: string, options: PlanFlags): Promise<number> {
  const zone = options.tz;
  const now = options.now ? readWhen(options.now, zone) : ZonedTime.of(Date.now(), zone);
  if (!now) return fail(`--now ${options.now} is not a date or a date and time`, 2);

  const { raw, error } = await readInputFile(file);
  if (error !== null) return fail(error, 1);
  const parsed = await parseEmail(raw, { timezone: zone });
  if (parsed.error) return fail(`${file}: ${parsed.error.message}`, 1);

  // The seeker as the playbook sees them: their zone and the default waking hours.
  const playbook = defaultPlaybook();
  const owner: Owner = {
    email: 'you@example.invalid',
    name: 'You',
    timezone: zone,
    sendingAddress: 'you@followup.invalid',
    wakingHours: playbook.ownerWakingHours,
  };
  const why = reasonNotPlanned(parsed);
  let interview: Interview | null = null;
  if (!why) {
    try {
      interview = buildInterview({
        owner,
        fields: fieldsFromParsed(parsed),
        sourceMessageId: parsed.outer.messageId ?? file,
        now: now.toDate(),
      });
    } catch (error) {
      if (!(error instanceof InterviewInputError)) throw error;
      return fail(`${file}: ${error.message}`, 1);
    }
  }
  const steps = interview
    ? planSteps({
        interview,
        owner,
        playbook,
        now: now.toDate(),
        holidays: await publicHolidays(),
      })
    : [];
  const timeline = interview ? answerTimeline({ interview, owner, playbook }) : null;

  if (options.json) {
    const scheduled = steps.filter((s) => s.status === 'scheduled');
    const skipped = steps.filter((s) => s.status === 'skipped');
    const output = {
      interview: {
        ...toExtraction(parsed),
        decisionBy: parsed.decisionBy,
        notes: parsed.notes,
      },
      steps: scheduled.map((s) => ({
        kind: s.kind,
        dueAt: withOffset(s.dueAt, zone),
        to: s.audience,
        what: WHAT[s.kind],
        reason: s.reason,
      })),
      skipped: skipped.map((s) => ({
        kind: s.kind,
        wouldHaveBeenAt: withOffset(s.dueAt, zone),
        reason: s.reason,
      })),
      expectAnswer: timeline,
      now: now.toOffsetISO(),
      ...(why ? { notPlanned: why } : {}),
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    process.stdout.write(readable(parsed, interview, steps, timeline, zone, now, why));
  }
  return why ? 1 : 0;
}

function reasonNotPlanned(parsed: ParsedEmail): string | null {
  if (parsed.kind === 'not_interview') return 'this does not look like an interview confirmation';
  if (parsed.kind === 'cancelled')
    return 'this is a cancellation: it would end a plan, not start one';
  const missing = fieldsMissingToLog(parsed);
  if (missing.length > 0) return `could not find the interview's ${missing.join(', ')}`;
  return null;
}

function readable(
  parsed: ParsedEmail,
  interview: Interview | null,
  steps: PlannedStep[],
  timeline: AnswerTimeline | null,
  zone: string,
  now: ZonedTime,
  why: string | null,
): string {
  if (parsed.kind === 'not_interview') return `${kindText(parsed.kind)}.\n`;
  const lines: string[] = [];
  const title = [parsed.company, parsed.role].filter(Boolean).join(' · ') || 'Interview';
  lines.push(title);
  const field = (label: string, value: string) => lines.push(`  ${label.padEnd(12)} ${value}`);
  for (const warning of parsed.warnings) field('Warning:', warning);
  if (!interview || why) {
    lines.push(`  Nothing would be planned: ${why ?? 'no interview'}.`, '');
    return lines.join('\n');
  }
  field('When:', formatSpan(interview.start, interview.end, interview.timezone));
  if (interview.timezone !== zone) {
    field('', `${formatSpan(interview.start, interview.end, zone)}, for you`);
  }
  if (interview.interviewers.length > 0) {
    field('With:', interview.interviewers.map(personText).join(', '));
  }
  const coordinator = coordinatorOf(parsed);
  if (coordinator) field('Arranged by:', personText(coordinator));
  if (interview.meetingUrl) field('Link:', interview.meetingUrl);
  const unsure = unsureText(parsed);
  if (unsure) field('Unsure:', unsure);
  lines.push('', `Plan if forwarded ${formatWhen(now.toOffsetISO(), zone)}:`);
  const width = Math.max(...steps.map((step) => formatWhen(step.dueAt, zone, false).length));
  for (const step of steps) {
    const name = step.kind.replace('_', '-').padEnd(10);
    if (step.status === 'skipped') {
      lines.push(`  ${'(skipped)'.padEnd(width)}  ${name} ${step.reason ?? ''}`);
    } else {
      const note = step.reason ? ` (${step.reason})` : '';
      lines.push(
        `  ${formatWhen(step.dueAt, zone, false).padEnd(width)}  ${name} ${WHAT[step.kind]}${note}`,
      );
    }
  }
  if (timeline) {
    const realistic = formatDay(timeline.realisticDate);
    const told = formatDay(timeline.decisionDate);
    lines.push(
      '',
      timeline.stated
        ? `Decision expected ${told}; realistically, expect an answer by ${realistic}.`
        : `No decision date given (the call is planned for ${told}); realistically, expect an answer by ${realistic}.`,
    );
    const closeOut = steps.find((s) => s.kind === 'close_out' && s.status === 'scheduled');
    if (closeOut) {
      const day = formatDay(closeOut.dueAt, zone);
      lines.push(
        `If no one has answered by then, the close-out on ${day} says it's time to move on.`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}
