// Claims a meeting's identity for the interview a forward would log. The first claim wins; a
// forward that loses acknowledges the winner's interview instead of logging a second one.
import type { Interview } from '#core/domain.js';
import { meetingIdentity } from '#core/inbound/meeting-identity.js';
import type { AppDeps } from '../deps.js';

export type MeetingClaim = { mine: true } | { mine: false; interview: Interview };

/** How long a loser waits for the winner's interview to appear (it is created right after). */
const WAIT_MS = 10_000;
const POLL_MS = 50;

export async function claimMeeting(
  deps: Pick<AppDeps, 'store'>,
  probe: { ownerEmail: string; start: string; company: string | null; interviewId: string },
): Promise<MeetingClaim> {
  const key = meetingIdentity(probe.ownerEmail, probe.start, probe.company);
  for (let attempt = 0; attempt < 3; attempt++) {
    const holder = await deps.store.claimMeetingIdentity(key, probe.interviewId);
    if (holder === probe.interviewId) return { mine: true };
    const interview = holder ? await waitForInterview(deps, holder) : null;
    if (interview && interview.status !== 'cancelled' && interview.ownerEmail === probe.ownerEmail)
      return { mine: false, interview };
    // Released (a refused log), cancelled since, or never created by a run that died: take it.
    if (holder && !interview) {
      throw new Error(`interview ${holder} claimed this meeting but does not exist yet`);
    }
    if (await deps.store.replaceMeetingIdentity(key, holder, probe.interviewId))
      return { mine: true };
  }
  throw new Error('the meeting identity kept changing hands');
}

/** Gives a claim back (the interview was not logged after all). */
export async function releaseMeeting(
  deps: Pick<AppDeps, 'store'>,
  probe: { ownerEmail: string; start: string; company: string | null; interviewId: string },
): Promise<void> {
  const key = meetingIdentity(probe.ownerEmail, probe.start, probe.company);
  await deps.store.replaceMeetingIdentity(key, probe.interviewId, '');
}

async function waitForInterview(
  deps: Pick<AppDeps, 'store'>,
  id: string,
): Promise<Interview | null> {
  for (let waited = 0; ; waited += POLL_MS) {
    const interview = await deps.store.getInterview(id);
    if (interview || waited >= WAIT_MS) return interview;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
