// The secret of an owner's own inbound address: 20 characters from [a-z0-9] (about 103 bits),
// lower case because mail systems may fold the case of an address's local part.
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newInboundSecret(): string {
  let secret = '';
  for (let i = 0; i < 20; i++) secret += ALPHABET[randomInt(ALPHABET.length)];
  return secret;
}
