// One owner and one interview, for the service unit tests: everything in memory.
import { type InterviewFields, logInterviewFromFields } from '#app/log-interview.js';
import { AppConfig } from '#core/config.js';
import { Owner } from '#core/domain.js';
import { memoryDeps } from '../support/memory-deps.js';

export const LINA = Owner.parse({
  email: 'lina.haddad@inbox.example',
  name: 'Lina Haddad',
  timezone: 'America/Toronto',
  sendingAddress: 'lina@followup.test',
});

export const config = AppConfig.parse({
  domain: 'followup.test',
  inboundAddress: 'interviews@followup.test',
  owners: [LINA],
});

/** A 45-minute video interview on Tuesday 9 March 2027, 14:00 in Toronto. */
export const brightwater: InterviewFields = {
  company: 'Brightwater Labs',
  role: 'Data Engineer',
  start: '2027-03-09T14:00:00-05:00',
  end: '2027-03-09T14:45:00-05:00',
  timezone: 'America/Toronto',
  interviewers: [{ name: 'Omar Siddiqui', email: 'omar@brightwater.example' }],
  meetingUrl: 'https://meet.example/brightwater',
};

/** A week before the interview. */
export const NOW = '2027-03-02T15:00:00Z';

export function world(now = NOW) {
  return memoryDeps({ now, config });
}

/** A world where Lina's Brightwater interview was logged from the message `source`. */
export async function worldWithInterview(source: string) {
  const w = await world();
  const logged = await logInterviewFromFields(w.deps, {
    owner: LINA,
    fields: brightwater,
    sourceMessageId: source,
  });
  return { ...w, ...logged };
}
