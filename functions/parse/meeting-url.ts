// The video-call link: a URL on a known meeting host (Zoom, Meet, Teams, Webex, Whereby, ...)
// or one labelled as the call ("Video link:", "Join:") or given as the place (a calendar LOCATION
// that is only a link); never a cancel/reschedule/RSVP,
// unsubscribe or tracking link.
import { allMatches } from './matches.js';

/**
 * A URL, or a meeting host's link written without its scheme, as a calendar's own text prints it
 * ("meet.google.com/abc-defg-hij", "acme.zoom.us/j/123").
 */
const URL_PATTERN =
  /(?:https?:\/\/|(?<![\w/.@-])(?=(?:meet\.google\.com|(?:[\w-]+\.)?zoom\.us|teams\.microsoft\.com|teams\.live\.com|[\w-]+\.webex\.com|whereby\.com)\/))[^\s<>"'`{}|\\^[\]]{3,2000}/gi;
const MEETING_HOST =
  /(?:^|[.-])(?:zoom|zoomgov|meet|teams|webex|whereby|gotomeet(?:ing)?|goto|bluejeans|chime|jitsi|skype|hangouts|around|ringcentral|vowel|livestorm|dialpad|lifesize|vidyo|pexip|8x8|jit|hopin|riverside|streamyard|butter|tuple|pop|discord|slack)(?:[.-]|$)/i;
const MEETING_PATH = /\/(?:j|my|meet|meeting|join|w|s|l\/meetup-join|call|room|rooms)\//i;
const EXCLUDED =
  /unsubscribe|privacy|preferences|settings|notifications?(?:\/|$|\?)|cancel|reschedul|decline|respond|rsvp|action=|portal|\/view\b|browser|\/careers?\b|\/jobs?\b|\/apply\b|linkedin\.|facebook\.|twitter\.|\/\/(?:www\.)?x\.com|instagram\.|maps\.|\/maps\b|calendar\/event|\.(?:png|jpe?g|gif|svg|ics)(?:$|\?)|logo|track|click\.|\/t\/|utm_|mailto:|status|feedback|survey|\/help\b|support\.|\/legal|\/terms|manage|edit|accept|tentative/i;
const LABEL =
  /(?:video|join|zoom|meet(?:ing)?|teams|webex|link|call|room|conference|dial|location|where|virtual|online)[^\n]{0,30}$/i;

/** A label that says outright that the link is the call ("Video: https://…"). */
const STRONG_LABEL =
  /(?:^|\n)[ \t■•*-]*(?:video(?:[ -]?call)?(?: link)?|(?:video|virtual|online) room|join(?: link| the call| here)?|meeting link|call link|zoom|teams|google meet|webex|lien (?:de la )?visio|visio|videollamada|enlace|videochiamata|videogesprek|videoanruf|link zum meeting)[ \t]*[:：][ \t]*$/i;

function trimUrl(url: string): string {
  // Full-width brackets and stops (Chinese, Japanese) are never part of a URL as typed.
  let out = url.replace(/[.,;:!?'"»”’）】」』。、，]+$/, '');
  // A closing bracket belongs to the URL only when it opened one inside it.
  while (/[)\]>]$/.test(out)) {
    const close = out.slice(-1);
    const open = close === ')' ? '(' : close === ']' ? '[' : '<';
    if (out.split(open).length >= out.split(close).length) break;
    out = out.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return out;
}

/** The meeting link in the texts, searched in order (calendar properties first). */
export function findMeetingUrl(texts: string[]): string | null {
  let best: { url: string; score: number } | null = null;
  for (const text of texts) {
    for (const m of allMatches(text, URL_PATTERN)) {
      const url = trimUrl(/^https?:/i.test(m[0]) ? m[0] : `https://${m[0]}`);
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        continue;
      }
      if (EXCLUDED.test(url)) continue;
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      let score = 0;
      if (MEETING_HOST.test(host)) score += 3;
      if (MEETING_PATH.test(url)) score += 1;
      // A text that is the link and nothing else is a calendar LOCATION: the meeting's place.
      const alone = text.trim() === m[0];
      if (STRONG_LABEL.test(before) || alone) score += 3;
      else if (LABEL.test(before)) score += 2;
      if (score >= 3 && (!best || score > best.score)) best = { url, score };
    }
    if (best) return best.url;
  }
  return null;
}
