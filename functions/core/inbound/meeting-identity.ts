// What makes two forwards the same interview, as a key: the owner, the start instant and the
// company. Logging claims this key with a conditional write before creating anything, so any
// number of simultaneous forwards of one confirmation (each with its own Message-ID) log one
// interview.
import { createHash } from 'node:crypto';
import { normalizeCompany } from './interview-matching.js';

export function meetingIdentity(ownerEmail: string, start: string, company: string | null): string {
  const instant = new Date(start).toISOString();
  return createHash('sha256')
    .update(`${ownerEmail.toLowerCase()}\n${instant}\n${normalizeCompany(company ?? '')}`)
    .digest('hex');
}
