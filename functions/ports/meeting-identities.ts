/** Which interview holds a meeting's identity key, so one meeting is logged once. */
export interface MeetingIdentities {
  /**
   * Claims a meeting's identity key for an interview id (a conditional write); returns the id
   * that holds it: `interviewId` when this claim won, '' when it was released.
   */
  claimMeetingIdentity(key: string, interviewId: string): Promise<string>;
  /** Moves a meeting identity from holder `from` to `to`; false when it was not `from`'s. */
  replaceMeetingIdentity(key: string, from: string, to: string): Promise<boolean>;
}
