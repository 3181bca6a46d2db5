// Every email and draft followup writes reads as finished English whatever it was given: each
// template runs over many interviews (no company, no role, one person or a panel, no names, long
// names, apostrophes, no addresses, no owner name) and the output is checked for what a missing
// value leaves behind: doubled punctuation, empty placeholders, dangling clauses, doubled words.
import { describe, expect, it } from 'vitest';
import {
  composeAcknowledgement,
  composeDrafts,
  composeLimitNotice,
  composeNotUnderstood,
  composePlanNotice,
  composeRecipientsAdded,
  composeRelay,
  composeReminder,
  whatHappened,
} from '#app/compose.js';
import type { Interview, Interviewer, Owner, StepKind } from '#core/domain.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import { config, interview, owner, plan, step } from './fixtures.js';

// ---------------------------------------------------------------- what counts as a defect

/** Lines that may end in a comma: a greeting or a sign-off. */
const SALUTATION = /^(hi|hello|dear|best regards|best|thanks|thank you|regards)\b[^.!?]*,$/i;

/** Small words no sentence ends on: "… and.", "… to.", "… the,". */
const DANGLING_WORD =
  /\b(and|or|but|the|a|an|of|your|their|my|our)\s*[.!?]|\b(glad|happy|like|love|want) to[.!?]/i;

/** Everything wrong with one piece of text, each with a little context to find it by. */
function copyDefects(text: string, options: { spaces?: boolean } = {}): string[] {
  const found: string[] = [];
  const flag = (what: string, pattern: RegExp, source = text) => {
    for (const match of source.matchAll(
      new RegExp(pattern, `${pattern.flags.replace('g', '')}g`),
    )) {
      const at = match.index ?? 0;
      found.push(`${what}: «${source.slice(Math.max(0, at - 30), at + match[0].length + 30)}»`);
    }
  };
  // Links are not prose: their dots and dashes are nobody's punctuation.
  const prose = text.replace(/\b(https?|mailto):[^\s<>"')]+/g, 'LINK');
  flag('doubled punctuation', /,,|(?<!\.)\.\.(?!\.)|[,;:][.!?]|[.!?][,;]|\.\s*,|,\s*\./, prose);
  flag('space before punctuation', /[^\s\n] +[,.;!?](?=\s|$)/, prose);
  flag('empty placeholder', /\{\{|\}\}|\[\s*\]|\(\s*\)|""|“”|''(?!\w)/, prose);
  flag('a value that was never there', /\b(undefined|null|NaN)\b|\[object Object\]/, prose);
  flag('doubled word', /\b([A-Za-z][A-Za-z'’-]*)[ \t]+\1\b/i, prose);
  flag('dangling clause', DANGLING_WORD, prose);
  flag('sentence opened on a comma', /(^|[.!?]\s+),/m, prose);
  flag('a name as the calendar shouts it', /\b[A-Z][A-Z'-]+, [A-Z][A-Z'-]+\b/, prose);
  flag('an address repeated as its own name', /([^\s<>]+@[^\s<>]+) <\1>/, prose);
  // A paragraph that stops on a comma is an unfinished sentence, unless it is a salutation.
  const paragraphs = prose.split(/\n\s*\n/);
  for (const paragraph of paragraphs) {
    const last = paragraph.trim().split('\n').at(-1)?.trim() ?? '';
    if (last.endsWith(',') && !SALUTATION.test(last)) found.push(`dangling clause: «${last}»`);
  }
  if (options.spaces) {
    // Inside a sentence (not indentation, not the columns after a "Label:"), one space.
    for (const line of prose.split('\n')) {
      const inner = line.trim();
      if (/[^\s:] {2,}\S/.test(inner)) found.push(`double space: «${inner}»`);
    }
  }
  return found;
}

/** The words a reader sees in an HTML email: no head, no comments, tags as breaks or nothing. */
function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(br|p|div|h1|h2|h3|td|tr|li|table|section)\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|h1|h2|h3|td|tr|li|table|section)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) =>
      String.fromCodePoint(Number.parseInt(code, 16)),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

// ---------------------------------------------------------------- the inputs

const person = (name: string, email: string | null, topic?: string): Interviewer => ({
  name,
  email,
  timezone: null,
  ...(topic ? { topic } : {}),
});

const PEOPLE: Record<string, Interviewer[]> = {
  nobody: [],
  'one named': [person('Ana Lopez', 'ana.lopez@acme.example')],
  'one with a topic': [
    person('Ana Lopez', 'ana.lopez@acme.example', 'we talked about their data pipeline.'),
  ],
  'only an address': [person('jd@acme.example', 'jd@acme.example')],
  'a name without an address': [person("Siobhán O'Connor-Whitaker", null)],
  panel: [
    person('LEE, JAE-WON', 'jaewon.lee@acme.example'),
    person('mvandenberg@acme.example', 'mvandenberg@acme.example'),
    person(
      "Dr. Maximilian Alexander von Hohenberg-D'Arcy",
      'max.hohenberg@acme.example',
      'the on-call rotation',
    ),
    person("Conor O'Brien", 'conor@acme.example'),
  ],
};

const WORDS: { company: string | null; role: string | null }[] = [
  { company: 'Acme Robotics', role: 'Data Analyst' },
  { company: null, role: null },
  { company: "Ben & Jerry's", role: null },
  { company: null, role: 'Principal Site Reliability Engineer, Infrastructure Platform (Remote)' },
  { company: 'Northwind', role: 'Interview - Sam Rivera / Backend Engineer (Req #4411)' },
];

const OWNERS: Owner[] = [
  owner,
  { ...owner, name: null },
  { ...owner, name: "Aoife D'Souza" },
  { ...owner, signature: 'Sam Rivera\nPlatform engineer · sam.example' },
];

function interviews(): { label: string; subject: Interview; who: Owner }[] {
  const all: { label: string; subject: Interview; who: Owner }[] = [];
  for (const [people, interviewers] of Object.entries(PEOPLE)) {
    for (const words of WORDS) {
      for (const who of OWNERS) {
        all.push({
          label: `${people}, company ${words.company}, role ${words.role}, owner ${who.name}`,
          who,
          subject: interview({
            ...words,
            interviewers,
            notes: [],
            decisionBy: words.company ? '2026-03-17' : null,
            meetingUrl: words.role ? 'https://meet.example.com/abc-defg-hij' : null,
            coordinator:
              people === 'panel' ? { name: 'Rosa Díaz', email: 'rosa@acme.example' } : null,
            seekerName: who.name ? null : 'Sam Rivera',
          }),
        });
      }
    }
  }
  return all;
}

function composeDeps() {
  return {
    config,
    linkBaseUrl: 'https://links.example.net',
    clock: { now: () => new Date('2026-03-01T12:00:00Z') },
    store: {
      putLinkToken: async () => {},
      listSteps: async () => plan(),
    },
  } as unknown as Parameters<typeof composeAcknowledgement>[0];
}

/** Every email the owner can get about one interview, by name. */
async function ownerEmails(subject: Interview, who: Owner): Promise<Record<string, OutgoingEmail>> {
  const deps = composeDeps();
  const reminder = (kind: StepKind) =>
    composeReminder(deps, { interview: subject, step: step(kind), owner: who });
  return {
    acknowledgement: await composeAcknowledgement(deps, {
      interview: subject,
      steps: plan(),
      owner: who,
    }),
    'acknowledgement, nothing left': await composeAcknowledgement(deps, {
      interview: subject,
      steps: [],
      owner: who,
    }),
    prep: await reminder('prep'),
    'thank-you': await reminder('thank_you'),
    'follow-up': await reminder('follow_up'),
    call: await reminder('call'),
    'close-out': await reminder('close_out'),
    moved: await composePlanNotice(deps, {
      owner: who,
      interview: subject,
      steps: plan(),
      change: 'moved',
    }),
    cancelled: await composePlanNotice(deps, {
      owner: who,
      interview: subject,
      steps: plan(),
      change: 'cancelled',
    }),
    'heard back': await composePlanNotice(deps, {
      owner: who,
      interview: subject,
      steps: plan(),
      change: 'heard_back',
    }),
    relay: await composeRelay(deps, {
      owner: who,
      interview: subject,
      from: { name: subject.interviewers[0]?.name ?? null, address: 'someone@acme.example' },
      subject: subject.company,
      text: 'Thanks, we will be in touch.',
      inReplyTo: null,
    }),
    'recipients added': await composeRecipientsAdded(deps, {
      owner: who,
      interview: subject,
      added: ['new@acme.example'],
    }),
  };
}

/** Emails that do not depend on an interview, with and without a subject line. */
async function noticeEmails(who: Owner): Promise<Record<string, OutgoingEmail>> {
  const deps = composeDeps();
  const all: Record<string, OutgoingEmail> = {};
  for (const subject of [
    null,
    "Fwd: You're invited: coffee chat",
    'Re: Re: Application received.',
  ]) {
    all[`not understood (${subject})`] = await composeNotUnderstood(deps, {
      owner: who,
      subject,
      missing: ['the date and time of the interview', 'the company'],
    });
    all[`nothing missing (${subject})`] = await composeNotUnderstood(deps, {
      owner: who,
      subject,
      missing: [],
    });
    all[`not an interview (${subject})`] = await composeNotUnderstood(deps, {
      owner: who,
      subject,
      missing: [],
      notInterview: true,
    });
    all[`too large (${subject})`] = await composeLimitNotice(deps, {
      owner: who,
      reason: 'too_large',
      subject,
    });
    all[`daily limit (${subject})`] = await composeLimitNotice(deps, {
      owner: who,
      reason: 'daily_limit',
      subject,
    });
  }
  return all;
}

function emailDefects(email: OutgoingEmail): string[] {
  return [
    ...copyDefects(email.subject).map((d) => `subject: ${d}`),
    ...copyDefects(email.text, { spaces: true }).map((d) => `text: ${d}`),
    ...(email.html ? copyDefects(visibleText(email.html)).map((d) => `html: ${d}`) : []),
  ];
}

// ---------------------------------------------------------------- the tests

describe('the lint itself', () => {
  it('finds each kind of defect and passes finished English', () => {
    expect(copyDefects('Hi LEE,,')).not.toEqual([]);
    expect(copyDefects('We met about the  role.', { spaces: true })).not.toEqual([]);
    expect(copyDefects('I enjoyed talking about .')).not.toEqual([]);
    expect(copyDefects('I would be glad to.')).not.toEqual([]);
    expect(copyDefects('Thanks for {{name}}.')).not.toEqual([]);
    expect(copyDefects('the [] role')).not.toEqual([]);
    expect(copyDefects('I met the the team.')).not.toEqual([]);
    expect(copyDefects('If anything I can send would help,\n\nBest regards,\nSam')).not.toEqual([]);
    expect(copyDefects('Working at undefined sounds great.')).not.toEqual([]);
    expect(copyDefects('Call LEE, JAE-WON today.')).not.toEqual([]);
    expect(copyDefects('To jd@acme.example <jd@acme.example>')).not.toEqual([]);
    const fine =
      "Hi Ana,\n\nThank you for the chat about the Data Analyst role. I'd be glad to help.\n\nBest regards,\nSam";
    expect(copyDefects(fine, { spaces: true })).toEqual([]);
    expect(copyDefects('Add notes:    https://x.example/l/a..b,c', { spaces: true })).toEqual([]);
  });
});

describe('every email to the owner reads as finished English', () => {
  it('over every mix of people, company, role and owner name', async () => {
    const problems: string[] = [];
    for (const { label, subject, who } of interviews()) {
      for (const [name, email] of Object.entries(await ownerEmails(subject, who))) {
        for (const defect of emailDefects(email)) problems.push(`${name} [${label}] ${defect}`);
      }
    }
    for (const who of OWNERS) {
      for (const [name, email] of Object.entries(await noticeEmails(who))) {
        for (const defect of emailDefects(email))
          problems.push(`${name} [owner ${who.name}] ${defect}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('every draft to an interviewer reads as finished English', () => {
  it('thank-yous and follow-ups, over every mix of people, company, role and owner name', () => {
    const problems: string[] = [];
    let drafts = 0;
    for (const { label, subject, who } of interviews()) {
      for (const kind of ['thank_you', 'follow_up'] as const) {
        for (const draft of composeDrafts(subject, who, kind)) {
          drafts += 1;
          for (const defect of [
            ...copyDefects(draft.subject),
            ...copyDefects(draft.body, { spaces: true }),
          ]) {
            problems.push(`${kind} to ${draft.interviewerName} [${label}] ${defect}`);
          }
        }
      }
    }
    expect(drafts).toBeGreaterThan(100);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('what the close-out says happened', () => {
    const sent = (name: string) => ({
      interviewerName: name,
      interviewerEmail: 'x@acme.example',
      subject: 's',
      body: 'b',
      sentMessageId: 'm',
    });
    for (const names of [[], ['Ana Lopez'], ["Conor O'Brien", 'Jae-won Lee', 'jd@acme.example']]) {
      const text = whatHappened([
        step('thank_you', { status: 'sent', drafts: names.map(sent) }),
        step('follow_up', { status: 'sent', drafts: names.slice(0, 1).map(sent) }),
        step('call', { status: names.length > 1 ? 'done' : 'scheduled' }),
      ]);
      expect(copyDefects(text, { spaces: true }), text).toEqual([]);
    }
  });
});
