// What each email says. Every email to the owner is a compiled MJML template (templates/) filled
// with escaped values plus its plain-text twin; drafts to interviewers are plain text, short and
// personal, written from career advisers' follow-up advice: thank-you the same day (thanks, one
// topic you talked about, why you're a good match, renewed interest); follow-up a week later
// (still interested, questions welcome); one call at the decision date; then move on.
// Each `composeX` mints the email's link tokens first, then hands them to `writeX`, which is pure:
// writing an email never touches the store.
import { answerTimeline } from '#core/answer-timeline.js';
import { systemSender } from '#core/config.js';
import type { Draft, Interview, Owner, Step, StepKind } from '#core/domain.js';
import type { LinkAction } from '#core/records.js';
import { wentOut } from '#core/send-lease.js';
import type { MailAttachment, OutgoingEmail } from '#ports/mailer.js';
import { closeOutLine, closeOutWhen, VISIBLE_IN_PLAN } from '#render/close-out-words.js';
import {
  composeDrafts,
  placeholdersIn,
  selectedDrafts,
  signatureLines,
  topicFromNotes,
} from '#render/draft-text.js';
import {
  formatDate,
  formatDay,
  formatInstant,
  formatRange,
  formatSpokenDay,
  sameClock,
} from '#render/format-time.js';
import { nameList } from '#render/name-list.js';
import { greeting, mailbox, nameOrAddress, personName, seekerName } from '#render/person-name.js';
import type { View } from '#render/placeholders.js';
import { planCalendar, planEvents } from '#render/plan-calendar.js';
import { renderEmail, renderTextPartial, type TemplateName } from '#render/render-email.js';
import { interviewWords } from '#render/role-text.js';
import {
  oneLine,
  STEP_PLAN_LINE,
  STEP_TITLE,
  shiftSentence,
  skippedLine,
} from '#render/step-copy.js';
import type { AppDeps } from './deps.js';
import { issueLink, ownerPageLink } from './links.js';

type ComposeDeps = Pick<AppDeps, 'store' | 'clock' | 'linkBaseUrl' | 'config'>;
/** What writing an email needs: no store. Links come minted, in `EmailLinks`. */
type WriteDeps = Pick<AppDeps, 'clock' | 'config'>;

/**
 * The links an email carries, minted (stored) before it is written: by action, for the
 * interview as a whole or for the one step the email is about, and the owner's page that
 * every email to the owner links to in its footer.
 */
export interface EmailLinks {
  interview: Partial<Record<LinkAction, string>>;
  step: Partial<Record<LinkAction, string>>;
  ownerPage: string;
}

interface LinkNeeds {
  interview?: readonly LinkAction[];
  step?: readonly LinkAction[];
}

/**
 * Mints the links an email needs, one token each, in a fixed order, and a fresh owner's page
 * link: the table keeps only each token's hash, so an earlier page link cannot be put in again.
 */
async function mintLinks(
  deps: ComposeDeps,
  owner: Owner,
  scope: { interviewId: string | null; step: StepKind | null },
  needs: LinkNeeds,
): Promise<EmailLinks> {
  const mint = async (actions: readonly LinkAction[], step: StepKind | null) => {
    const minted: Partial<Record<LinkAction, string>> = {};
    for (const action of actions) {
      minted[action] = await issueLink(deps, {
        action,
        ownerEmail: owner.email,
        interviewId: scope.interviewId,
        step,
      });
    }
    return minted;
  };
  const step = await mint(needs.step ?? [], scope.step);
  const interview = await mint(needs.interview ?? [], null);
  return { interview, step, ownerPage: await ownerPageLink(deps, owner.email) };
}

/** The minted link for `action`; asking for one that was not minted is a bug. */
function linkTo(minted: Partial<Record<LinkAction, string>>, action: LinkAction): string {
  const url = minted[action];
  if (!url) throw new Error(`no ${action} link was minted for this email`);
  return url;
}

// ---------------------------------------------------------------- drafts to interviewers

export { composeDrafts, topicFromNotes };

/** The role and company as emails may name them: cleaned, or null when not known. */
function known(interview: Interview, owner: Owner) {
  const words = interviewWords(interview, owner);
  return { role: words.role.text, company: words.company.text };
}

/** " about the Backend Engineer role at Northwind", or only what is known of it. */
function aboutRole(interview: Interview, owner: Owner): string {
  const { role, company } = known(interview, owner);
  if (role) return ` about the ${role} role${company ? ` at ${company}` : ''}`;
  return company ? ` about joining ${company}` : '';
}

// ---------------------------------------------------------------- shared pieces of owner emails

export function headline(interview: Interview, owner: Owner): string {
  const { role, company } = known(interview, owner);
  if (role && company) return `${role} at ${company}`;
  if (company) return `your interview at ${company}`;
  if (role) return `your ${role} interview`;
  return 'your interview';
}

export function toOwner(config: Pick<WriteDeps['config'], 'domain'>, owner: Owner) {
  return {
    origin: 'system' as const,
    from: systemSender(config),
    to: [mailbox(owner.name, owner.email)],
  };
}

/**
 * A short plain-text note to the owner (no template of its own), ending with the same footer as
 * the templated emails: the link to the owner's page.
 */
export function noteToOwner(
  config: Pick<WriteDeps['config'], 'domain'>,
  owner: Owner,
  note: { subject: string; lines: readonly string[]; ownerPageUrl: string },
): OutgoingEmail {
  const footer = renderTextPartial('footer', { ownerPageUrl: note.ownerPageUrl });
  return {
    ...toOwner(config, owner),
    subject: oneLine(note.subject),
    text: `${note.lines.join('\n').trimEnd()}\n\n${footer}`,
  };
}

function email(
  deps: WriteDeps,
  owner: Owner,
  links: Pick<EmailLinks, 'ownerPage'>,
  template: TemplateName,
  subject: string,
  view: View,
): OutgoingEmail {
  const clean = oneLine(subject);
  const rendered = renderEmail(template, {
    subject: clean,
    ...view,
    ownerPageUrl: links.ownerPage,
  });
  return {
    ...toOwner(deps.config, owner),
    subject: clean,
    text: rendered.text,
    html: rendered.html,
  };
}

function whenView(interview: Interview, owner: Owner) {
  return {
    whenInterview: formatRange(interview.start, interview.end, interview.timezone),
    whenOwner: formatRange(interview.start, interview.end, owner.timezone),
    interviewZone: interview.timezone,
    ownerZone: owner.timezone,
    sameZone: sameClock(interview.start, interview.timezone, owner.timezone),
  };
}

function timelineView(steps: readonly Step[], owner: Owner) {
  return [...steps]
    .filter((step) => VISIBLE_IN_PLAN.has(step.status))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
    .map((step) => {
      const shift = shiftSentence(step, 'It');
      return {
        when: `${formatInstant(step.dueAt, owner.timezone)} · ${STEP_TITLE[step.kind]}`,
        what: shift ? `${STEP_PLAN_LINE[step.kind]} ${shift}` : STEP_PLAN_LINE[step.kind],
      };
    });
}

/** The steps the plan will not send, each with why, in plan order. */
function skippedView(steps: readonly Step[]) {
  return [...steps]
    .filter((step) => step.status === 'skipped')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
    .map((step) => ({ line: skippedLine(step) }));
}

function interviewersList(interview: Interview): string {
  const names = interview.interviewers.map((p) => oneLine(nameOrAddress(p.name, p.email)));
  return names.length === 0 ? 'the interviewer' : nameList(names);
}

/** "Ana Lopez <ana@acme.example>", or the address alone when it is all there is. */
function recipientLine(draft: Draft): string {
  const name = oneLine(draft.interviewerName);
  if (!draft.interviewerEmail) return `${name} (no address)`;
  return name === draft.interviewerEmail ? name : `${name} <${draft.interviewerEmail}>`;
}

function businessHoursText(playbook: WriteDeps['config']['playbook']): string {
  const days = [...playbook.businessDays].sort();
  const names = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const contiguous = days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1);
  const dayText =
    contiguous && days.length > 1
      ? `${names[days[0] ?? 1]}–${names[days[days.length - 1] ?? 5]}`
      : days.map((d) => names[d]).join(', ');
  const hours = playbook.interviewerBusinessHours;
  return `${dayText} ${hours.start}–${hours.end}`;
}

// ---------------------------------------------------------------- emails to the owner

const ACKNOWLEDGEMENT_LINKS: LinkNeeds = {
  interview: ['looks_right', 'fix_details', 'cancel_plan', 'add_notes'],
};

/**
 * `doubts` are what reading the forward had to guess (the parser's warnings): the
 * acknowledgement asks the owner to check them instead of stating them as facts.
 */
export interface AcknowledgementContext {
  interview: Interview;
  steps: readonly Step[];
  owner: Owner;
  doubts?: readonly string[];
}

export async function composeAcknowledgement(
  deps: ComposeDeps,
  context: AcknowledgementContext,
): Promise<OutgoingEmail> {
  const scope = { interviewId: context.interview.id, step: null };
  const links = await mintLinks(deps, context.owner, scope, ACKNOWLEDGEMENT_LINKS);
  return writeAcknowledgement(deps, context, links);
}

export function writeAcknowledgement(
  deps: WriteDeps,
  context: AcknowledgementContext,
  links: EmailLinks,
): OutgoingEmail {
  const { interview, steps, owner } = context;
  const doubts = (context.doubts ?? []).map(oneLine).filter(Boolean);
  const link = (action: LinkAction) => linkTo(links.interview, action);
  const answer = answerTimeline({ interview, owner, playbook: deps.config.playbook });
  const factor = deps.config.playbook.realisticTimelineFactor;
  const when = whenView(interview, owner);
  const title = headline(interview, owner);
  const words = interviewWords(interview, owner);
  const acknowledgement = email(
    deps,
    owner,
    links,
    'acknowledgement',
    `Logged: ${title}, ${formatDay(interview.start, interview.timezone)}`,
    {
      preheader: `${when.whenInterview}. Here's the plan; fix anything I got wrong.`,
      headline: title,
      company: words.company.text ?? 'not found',
      companyGuess: guessQuestion(words.company),
      role: words.role.text ?? 'not found',
      roleGuess: guessQuestion(words.role),
      ...when,
      interviewers: interview.interviewers.map((p) => {
        const name = personName(p.name, p.email);
        return {
          name: name ? oneLine(name.full) : null,
          email: p.email,
          guess: name?.guessed ? `Is "${oneLine(name.full)}" right?` : null,
        };
      }),
      ...signerView(owner, interview),
      meetingUrl: safeUrl(interview.meetingUrl),
      hasDoubts: doubts.length > 0,
      doubts: doubts.map((text) => ({ text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` })),
      steps: timelineView(steps, owner),
      skipped: skippedView(steps),
      expectBy: formatDate(answer.realisticDate),
      expectWhy: `${
        answer.stated
          ? `They said ${formatDate(answer.decisionDate)}; searches rarely move as fast as hiring managers hope, so I multiply their ${answer.statedDays} days by ${factor}.`
          : `No decision timeline yet, so I assume ${answer.statedDays} days and multiply by ${factor}. Ask for it in the interview, then add it with "Add notes".`
      }${closeOutLine(steps, owner)}`,
      looksRightUrl: link('looks_right'),
      fixUrl: link('fix_details'),
      cancelUrl: link('cancel_plan'),
      addNotesUrl: link('add_notes'),
    },
  );
  return { ...acknowledgement, attachments: [planAttachment(deps, interview, steps, title)] };
}

/** The interview and the pending reminders as a calendar file any calendar app imports. */
function planAttachment(
  deps: WriteDeps,
  interview: Interview,
  steps: readonly Step[],
  title: string,
): MailAttachment {
  const events = planEvents(interview, steps, title);
  return {
    filename: 'interview-plan.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: planCalendar(events, deps.config.domain, deps.clock.now().toISOString()),
  };
}

/**
 * Who the drafts are signed by: the saved signature on one line, else the name, which is a guess
 * when taken from the forward's display name.
 */
function signerView(owner: Owner, interview: Interview) {
  const signature = signatureLines(owner);
  if (signature.length > 0) {
    return { signer: signature.map(oneLine).filter(Boolean).join(' · '), signerGuess: null };
  }
  const signer = seekerName(owner, interview);
  return {
    signer: signer ? oneLine(signer) : null,
    signerGuess:
      signer && !owner.name
        ? `Taken from the name on the mail you forwarded: is "${oneLine(signer)}" right? Your name in followup's owner settings replaces it.`
        : null,
  };
}

/** "Is 'Backend Engineer' right?" when cleaning changed what was understood. */
function guessQuestion(cleaned: { text: string | null; changed: boolean }): string | null {
  return cleaned.text && cleaned.changed ? `Is "${cleaned.text}" right?` : null;
}

/** What the plan actually did, for the close-out: only what happened, never what was planned. */
export function whatHappened(steps: readonly Step[]): string {
  const byKind = new Map(steps.map((s) => [s.kind, s]));
  const sentTo = (kind: StepKind) =>
    (byKind.get(kind)?.drafts ?? []).filter(wentOut).map((d) => oneLine(d.interviewerName));
  const thanked = sentTo('thank_you');
  const followed = sentTo('follow_up');
  const parts = [
    thanked.length > 0 ? `You sent a thank-you to ${nameList(thanked)}.` : 'No thank-you went out.',
    followed.length > 0 ? `You followed up with ${nameList(followed)}.` : 'No follow-up went out.',
    byKind.get('call')?.status === 'done'
      ? 'You marked the call done.'
      : 'The call was not marked done.',
    'No one has answered.',
  ];
  return parts.join(' ');
}

/** Only http(s) links are ever shown as links. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

const REMINDER_LINKS: Record<StepKind, LinkNeeds> = {
  prep: { step: ['add_notes'], interview: ['fix_details', 'cancel_plan'] },
  thank_you: { step: ['approve', 'skip', 'heard_back'], interview: ['add_notes', 'fix_details'] },
  follow_up: { step: ['approve', 'skip', 'heard_back'] },
  call: { step: ['done', 'heard_back', 'snooze'] },
  close_out: { step: ['heard_back'] },
};

/** The reminder the owner gets when a step fires, with its action links. */
export async function composeReminder(
  deps: ComposeDeps,
  context: { interview: Interview; step: Step; owner: Owner },
): Promise<OutgoingEmail> {
  const { interview, step, owner } = context;
  const scope = { interviewId: interview.id, step: step.kind };
  const links = await mintLinks(deps, owner, scope, REMINDER_LINKS[step.kind]);
  // The call names the close-out's day and the close-out says what the plan did: both read it.
  const readsPlan = step.kind === 'call' || step.kind === 'close_out';
  const plan = readsPlan ? await deps.store.listSteps(interview.id) : [];
  return writeReminder(deps, { ...context, plan }, links);
}

export function writeReminder(
  deps: WriteDeps,
  context: { interview: Interview; step: Step; owner: Owner; plan: readonly Step[] },
  links: EmailLinks,
): OutgoingEmail {
  const { interview, step, owner } = context;
  const link = (action: LinkAction) => linkTo(links.step, action);
  const interviewLink = (action: LinkAction) => linkTo(links.interview, action);
  const title = headline(interview, owner);
  const playbook = deps.config.playbook;
  const when = whenView(interview, owner);
  switch (step.kind) {
    case 'prep': {
      const missing = interview.interviewers
        .filter((p) => !p.email)
        .map((p) => oneLine(nameOrAddress(p.name, p.email)));
      return email(deps, owner, links, 'reminder-prep', `Tomorrow: ${title}`, {
        preheader: 'Three things to ask in the interview that make the follow-up easy.',
        headline: title,
        ...when,
        missingEmails: missing.length > 0 ? missing.join(', ') : null,
        addNotesUrl: link('add_notes'),
        fixUrl: interviewLink('fix_details'),
        cancelUrl: interviewLink('cancel_plan'),
      });
    }
    case 'thank_you':
    case 'follow_up': {
      const drafts =
        step.drafts.length > 0 ? step.drafts : composeDrafts(interview, owner, step.kind);
      const common = {
        headline: title,
        drafts: selectedDrafts(drafts).map((d) => ({
          to: recipientLine(d),
          subject: oneLine(d.subject),
          body: d.body,
        })),
        interviewerNames: interviewersList(interview),
        others: drafts
          .filter((d) => d.selected === false)
          .map((d) => oneLine(d.interviewerName))
          .join(', '),
        sendingAddress: owner.sendingAddress,
        businessHours: businessHoursText(playbook),
        approveUrl: link('approve'),
        skipUrl: link('skip'),
        heardBackUrl: link('heard_back'),
      };
      if (step.kind === 'thank_you') {
        const gaps = drafts.some((d) => placeholdersIn(d.body).length > 0);
        return email(deps, owner, links, 'reminder-thank-you', `Send your thank-you: ${title}`, {
          preheader:
            drafts.length === 0
              ? 'Add their addresses and the drafts will be ready to send.'
              : gaps
                ? 'A short note per interviewer: fill in what you talked about, then send.'
                : 'A short note per interviewer, ready to review and send.',
          ...common,
          hasDrafts: drafts.length > 0,
          gaps,
          addNotesUrl: interviewLink('add_notes'),
          fixUrl: interviewLink('fix_details'),
        });
      }
      return email(deps, owner, links, 'reminder-follow-up', `Follow up: ${title}`, {
        preheader: 'A week on: a short note that says you are still interested.',
        ...common,
        shift: shiftSentence(step),
        interviewDate: formatSpokenDay(interview.start, interview.timezone),
        companyName: known(interview, owner).company ?? 'the company',
      });
    }
    case 'call': {
      const interviewDay = formatSpokenDay(interview.start, interview.timezone);
      const callee = interview.interviewers[0];
      const calleeFirst = callee ? personName(callee.name, callee.email)?.first : null;
      const signer = seekerName(owner, interview);
      const hello = calleeFirst ? `Hi ${calleeFirst}, this` : 'Hello, this';
      const voicemail = `${hello} is ${signer ? oneLine(signer) : '[your name]'}. We met on ${interviewDay}${aboutRole(interview, owner)}. I enjoyed our conversation, and I'm calling to see where you are in the hiring process. I know it's not an easy decision. I'm keenly interested in the position, and I'm confident I could help the team reach its goals. You can call me back at this number or write to ${owner.email}. Good luck with the decision, and I hope to hear from you soon.`;
      return email(deps, owner, links, 'reminder-call', `Make one call: ${title}`, {
        preheader: 'One short call, and a voicemail script in case they do not pick up.',
        headline: title,
        decisionLine: interview.decisionBy
          ? `They said they'd decide around ${formatDate(interview.decisionBy)}.`
          : `It's been a while since the interview on ${interviewDay}, and they gave no timeline.`,
        shift: shiftSentence(step),
        callWho: callee ? oneLine(nameOrAddress(callee.name, callee.email)) : 'the hiring manager',
        closeOutLine: closeOutWhen(context.plan, owner),
        voicemail,
        doneUrl: link('done'),
        heardBackUrl: link('heard_back'),
        snoozeUrl: link('snooze'),
      });
    }
    case 'close_out':
      return email(deps, owner, links, 'reminder-close-out', `Time to move on: ${title}`, {
        preheader: 'No answer is an answer. Focus on your other opportunities.',
        headline: title,
        shift: shiftSentence(step),
        keepInTouchWho: interviewersList(interview),
        whatHappened: whatHappened(context.plan),
        heardBackUrl: link('heard_back'),
      });
  }
}

/** A manual-entry link belongs to no interview yet. */
const MANUAL_ENTRY_LINKS: LinkNeeds = { interview: ['manual_entry'] };
const NO_INTERVIEW = { interviewId: null, step: null };

type NotUnderstood = {
  owner: Owner;
  subject: string | null;
  missing: string[];
  notInterview?: boolean;
};

export async function composeNotUnderstood(
  deps: ComposeDeps,
  context: NotUnderstood,
): Promise<OutgoingEmail> {
  const links = await mintLinks(deps, context.owner, NO_INTERVIEW, MANUAL_ENTRY_LINKS);
  return writeNotUnderstood(deps, context, links);
}

export function writeNotUnderstood(
  deps: WriteDeps,
  context: NotUnderstood,
  links: EmailLinks,
): OutgoingEmail {
  const { owner, subject, missing, notInterview = false } = context;
  const manualUrl = linkTo(links.interview, 'manual_entry');
  const subjectLine = subject ? oneLine(subject).slice(0, 200) : null;
  // Not an interview at all: a list of "missing" fields would only invite filling them in.
  if (notInterview) {
    return email(
      deps,
      owner,
      links,
      'not-understood',
      `Not an interview? ${subjectLine ?? 'your forward'}`,
      {
        preheader: 'I planned nothing. If it is an interview, enter it by hand in a minute.',
        notInterview: true,
        subjectLine,
        missing: [],
        manualUrl,
      },
    );
  }
  return email(
    deps,
    owner,
    links,
    'not-understood',
    `I couldn't log: ${subjectLine ?? 'your forward'}`,
    {
      preheader: 'Something a plan needs was missing. Enter it by hand in a minute.',
      notInterview: false,
      subjectLine,
      missing: (missing.length > 0 ? missing : ['what this message is about']).map((label) => ({
        label: oneLine(label),
      })),
      manualUrl,
    },
  );
}

type PlanNotice = {
  owner: Owner;
  interview: Interview;
  steps: readonly Step[];
  change: 'moved' | 'cancelled' | 'heard_back';
};

export async function composePlanNotice(
  deps: ComposeDeps,
  context: PlanNotice,
): Promise<OutgoingEmail> {
  // Only a moved plan can still be fixed or cancelled.
  const needs: LinkNeeds =
    context.change === 'moved' ? { interview: ['fix_details', 'cancel_plan'] } : {};
  const scope = { interviewId: context.interview.id, step: null };
  const links = await mintLinks(deps, context.owner, scope, needs);
  return writePlanNotice(deps, context, links);
}

export function writePlanNotice(
  deps: WriteDeps,
  context: PlanNotice,
  links: EmailLinks,
): OutgoingEmail {
  const { owner, interview, steps, change } = context;
  const title = headline(interview, owner);
  const link = (action: LinkAction) => linkTo(links.interview, action);
  const moved = change === 'moved';
  const subject = { moved: 'Moved', cancelled: 'Cancelled', heard_back: 'Heard back' }[change];
  return email(deps, owner, links, 'plan-notice', `${subject}: ${title}`, {
    preheader: {
      moved: `Now ${formatRange(interview.start, interview.end, interview.timezone)}. The plan moved with it.`,
      cancelled: 'The interview was cancelled; its plan is stopped.',
      heard_back: 'You heard back, so the plan is stopped: nothing more goes out.',
    }[change],
    headline: title,
    moved: moved
      ? {
          ...whenView(interview, owner),
          steps: timelineView(steps, owner),
          fixUrl: link('fix_details'),
          cancelUrl: link('cancel_plan'),
        }
      : false,
    cancelled: change === 'cancelled',
    heardBack: change === 'heard_back',
  });
}

/**
 * Tells the owner that Fix details added interviewer addresses no forward named (plain text:
 * a security notice, kept short). A leaked link cannot change recipients without the owner
 * hearing of it.
 */
export async function composeRecipientsAdded(
  deps: ComposeDeps,
  context: { owner: Owner; interview: Interview; added: readonly string[] },
): Promise<OutgoingEmail> {
  const { owner, interview, added } = context;
  const title = headline(interview, owner);
  return noteToOwner(deps.config, owner, {
    subject: `New recipients for ${title}`,
    ownerPageUrl: await ownerPageLink(deps, owner.email),
    lines: [
      greeting(owner.name ?? null, owner.email),
      '',
      `The details of ${title} were changed with a "Fix details" link, adding these addresses that were not in the email you forwarded:`,
      '',
      ...added.map((address) => `  ${address}`),
      '',
      'Nothing goes to them until you tick each one on the review page of a draft.',
      "If you didn't make this change, don't approve drafts to these addresses; cancel the plan from any email about this interview.",
    ],
  });
}

/**
 * Asks the owner about drafts that may already have gone out (plain text, short): followup
 * never sends them again on its own, so without this the send would wait unseen on the page.
 */
export async function composeSendUncertain(
  deps: ComposeDeps,
  context: { owner: Owner; interview: Interview; step: StepKind; names: readonly string[] },
): Promise<OutgoingEmail> {
  const { owner, interview, names } = context;
  const title = headline(interview, owner);
  const who = nameList(names.map(oneLine));
  const decideUrl = await issueLink(deps, {
    action: 'approve',
    ownerEmail: owner.email,
    interviewId: interview.id,
    step: context.step,
  });
  return noteToOwner(deps.config, owner, {
    subject: `Did it reach ${who}? ${title}`,
    ownerPageUrl: await ownerPageLink(deps, owner.email),
    lines: [
      greeting(owner.name ?? null, owner.email),
      '',
      `Your note for ${title} may already have reached ${who}: the mail service had it, but its answer never came back, so I can't tell whether it went out.`,
      'Look for your copy (every note goes to you in Bcc). Nothing goes to them again until you say so:',
      '',
      `Send again, or mark it sent:  ${decideUrl}`,
    ],
  });
}

export async function composeRelay(
  deps: ComposeDeps,
  context: {
    owner: Owner;
    interview: Interview | null;
    from: { name: string | null; address: string };
    subject: string | null;
    text: string;
    inReplyTo: string | null;
  },
): Promise<OutgoingEmail> {
  const { owner, interview, from, subject, text, inReplyTo } = context;
  // As the reader would say it: "Jae-won Lee", never "LEE, JAE-WON" or a mailbox as a name.
  const fromName = oneLine(nameOrAddress(from.name, from.address));
  const subjectLine = subject ? oneLine(subject) : null;
  const rendered = renderEmail('relay', {
    subject: subjectLine ?? `${fromName} answered`,
    preheader: oneLine(text).slice(0, 120),
    fromName,
    fromAddress: from.address,
    namedSender: fromName !== from.address,
    context: interview ? headline(interview, owner) : null,
    subjectLine,
    text: text.trim(),
    planStopped: interview !== null,
    ownerPageUrl: await ownerPageLink(deps, owner.email),
  });
  return {
    origin: 'system',
    from: { name: `${fromName} via followup`, address: systemSender(deps.config).address },
    to: [mailbox(owner.name, owner.email)],
    replyTo: [{ ...(from.name ? { name: oneLine(from.name) } : {}), address: from.address }],
    subject: subjectLine ?? `${fromName} answered`,
    text: rendered.text,
    html: rendered.html,
    ...(inReplyTo ? { inReplyTo, references: [inReplyTo] } : {}),
  };
}

type LimitNotice = { owner: Owner; reason: 'too_large' | 'daily_limit'; subject: string | null };

export async function composeLimitNotice(
  deps: ComposeDeps,
  context: LimitNotice,
): Promise<OutgoingEmail> {
  // Too large: the owner can still enter it by hand. Over the daily limit: nothing to offer.
  const needs = context.reason === 'too_large' ? MANUAL_ENTRY_LINKS : {};
  const links = await mintLinks(deps, context.owner, NO_INTERVIEW, needs);
  return writeLimitNotice(deps, context, links);
}

export function writeLimitNotice(
  deps: WriteDeps,
  context: LimitNotice,
  links: EmailLinks,
): OutgoingEmail {
  const { owner, reason, subject } = context;
  const subjectLine = subject ? oneLine(subject).slice(0, 200) : null;
  const limits = deps.config.limits;
  if (reason === 'too_large') {
    const mb = Math.round(limits.maxMessageBytes / (1024 * 1024));
    return email(
      deps,
      owner,
      links,
      'limit-notice',
      `Too big to read: ${subjectLine ?? 'your forward'}`,
      {
        preheader: `Messages over ${mb} MB are not read.`,
        title: 'That email was too big for me',
        subjectLine,
        explanation: `It is larger than I accept (${mb} MB, or ${limits.maxMessageLines.toLocaleString('en-US')} lines), so I did not read it and no plan was made.`,
        advice:
          'Forward just the confirmation without attachments, or enter the interview by hand.',
        manualUrl: linkTo(links.interview, 'manual_entry'),
      },
    );
  }
  const max = limits.maxNewInterviewsPerOwnerPerDay;
  return email(
    deps,
    owner,
    links,
    'limit-notice',
    `Daily limit reached: ${subjectLine ?? 'your forward'}`,
    {
      preheader: `I log at most ${max} new interviews a day.`,
      title: "That's the limit for today",
      subjectLine,
      explanation: `You've logged ${max} new interviews today, the most I take in one day, so I did not log this one.`,
      advice: 'Forward it again tomorrow and I will pick it up then.',
      manualUrl: null,
    },
  );
}
