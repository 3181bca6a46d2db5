// What each email says. Plain text for now; the emails issue renders these through the
// compiled templates behind the same functions.

import { systemSender } from '../core/config.js';
import type { Draft, Interview, Owner, Step, StepKind } from '../core/domain.js';
import type { OutgoingEmail } from '../ports/mailer.js';
import type { AppDeps } from './deps.js';
import { issueLink } from './links.js';

/** The drafts an outreach step proposes: one per interviewer with an address. */
export function composeDrafts(interview: Interview, owner: Owner, kind: StepKind): Draft[] {
  const what = interview.role ? `the ${interview.role} role` : 'the role';
  const at = interview.company ? ` at ${interview.company}` : '';
  return interview.interviewers
    .filter((person) => person.email)
    .map((person) => {
      const first = person.name.split(/\s+/)[0] ?? person.name;
      const body =
        kind === 'thank_you'
          ? `Hi ${first},\n\nThank you for taking the time to talk with me about ${what}${at}. I enjoyed our conversation and I am excited about the opportunity.\n\nBest regards,\n${owner.name}`
          : `Hi ${first},\n\nI wanted to follow up on our conversation about ${what}${at}. I remain very interested, and I am happy to answer any questions.\n\nBest regards,\n${owner.name}`;
      return {
        interviewerName: person.name,
        interviewerEmail: person.email,
        subject:
          kind === 'thank_you'
            ? 'Thank you'
            : `Following up: ${interview.role ?? 'our conversation'}`,
        body,
        sentMessageId: null,
      };
    });
}

/** The reminder the owner gets when a step fires, with its action links. */
export async function composeReminder(
  deps: Pick<AppDeps, 'store' | 'clock' | 'linkBaseUrl' | 'config'>,
  context: { interview: Interview; step: Step; owner: Owner },
): Promise<OutgoingEmail> {
  const { interview, step, owner } = context;
  const link = (action: Parameters<typeof issueLink>[1]['action']) =>
    issueLink(deps, {
      action,
      ownerEmail: owner.email,
      interviewId: interview.id,
      step: step.kind,
    });
  const lines = [`${step.kind.replace('_', ' ')} for ${interview.company ?? 'your interview'}`, ''];
  if (step.audience === 'interviewer') lines.push(`Approve & send: ${await link('approve')}`);
  lines.push(`Skip: ${await link('skip')}`, `I heard back: ${await link('heard_back')}`);
  return {
    from: systemSender(deps.config),
    to: [{ name: owner.name, address: owner.email }],
    subject: `[followup] ${step.kind} · ${interview.company ?? 'interview'}`,
    text: lines.join('\n'),
  };
}
