// What the seeker does on the review page before sending: fill in each marked gap.
import type { Draft } from '#core/domain.js';
import { placeholdersIn } from '#render/draft-text.js';

export function filledIn(drafts: readonly Draft[], words = 'your roadmap'): Draft[] {
  return drafts.map((draft) => {
    let body = draft.body;
    for (const gap of placeholdersIn(body)) body = body.replace(gap, words);
    return { ...draft, body };
  });
}
