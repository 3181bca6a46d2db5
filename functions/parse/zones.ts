// Zone words → IANA zones: "3pm Eastern", "PT", "CET", "India Standard Time", "(UTC-08:00)",
// "Madrid time", "AEDT". Abbreviations mean the region's civil time all year ("PST" in July is
// read as Pacific time), which is what people mean when they write them.
import { fixedOffsetZone, isValidZone as isKnownIanaZone, ZonedTime } from '../core/zoned-time.js';
import { PLACE_ADJECTIVES, plainRegExp, ZONE_PHRASES } from './languages/index.js';
import { allMatches } from './matches.js';

export interface ZoneMention {
  /** IANA name, or null for a bare UTC offset. */
  iana: string | null;
  /** Minutes east of UTC, for a bare offset. */
  offset: number | null;
  index: number;
  end: number;
  /** 3 = named zone with "Time", city or offset; 2 = abbreviation; 1 = bare region word. */
  strength: number;
}

const ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Phoenix',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  AST: 'America/Halifax',
  ADT: 'America/Halifax',
  NST: 'America/St_Johns',
  NDT: 'America/St_Johns',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UTC: 'UTC',
  IST: 'Asia/Kolkata',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  MEZ: 'Europe/Berlin',
  MESZ: 'Europe/Berlin',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  MSK: 'Europe/Moscow',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  AWST: 'Australia/Perth',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  SAST: 'Africa/Johannesburg',
  GST: 'Asia/Dubai',
  PKT: 'Asia/Karachi',
  ICT: 'Asia/Bangkok',
  WIB: 'Asia/Jakarta',
  PHT: 'Asia/Manila',
  BRT: 'America/Sao_Paulo',
  EAT: 'Africa/Nairobi',
  WAT: 'Africa/Lagos',
  CAT: 'Africa/Maputo',
  ART: 'America/Argentina/Buenos_Aires',
  CLT: 'America/Santiago',
  CLST: 'America/Santiago',
  COT: 'America/Bogota',
  PET: 'America/Lima',
  UYT: 'America/Montevideo',
  VET: 'America/Caracas',
  BOT: 'America/La_Paz',
  MYT: 'Asia/Kuala_Lumpur',
  NPT: 'Asia/Kathmandu',
  TRT: 'Europe/Istanbul',
};

/**
 * Abbreviations that are also words or acronyms in job mail ("Barista (PT)", "ICT Support",
 * "prices exclude GST", "Billings MT", "ART DIRECTOR"): a zone only right after a time, or after
 * "times are"/"time" ("all times PT", "Time (ET)").
 */
const AMBIGUOUS = new Set([
  'ET',
  'CT',
  'MT',
  'PT',
  'ART',
  'PET',
  'CAT',
  'EAT',
  'ICT',
  'GST',
  'HST',
  'SAST',
  'COT',
  'VET',
  'BOT',
  'WAT',
]);
const AFTER_A_TIME =
  /(?:\d|[ap]\.?m\.?|\btimes?(?:\s+(?:are|in|shown in|given in))?)[\s,()\-–—:]*$/i;

/**
 * Abbreviations that say standard or summer time mean that offset on any date ("MST" in July is
 * UTC−7, as in Arizona): minutes east of UTC.
 */
const LITERAL_OFFSETS: Record<string, number> = {
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  ACDT: 630,
  NZST: 720,
  NZDT: 780,
  BST: 60,
  CEST: 120,
  EEST: 180,
};

/** Full names, as people and Windows/Gmail write them; matched case-insensitively. */
const NAMES: [RegExp, string][] = [
  [/^Mountain Standard Time \(?Arizona\)?/i, 'America/Phoenix'],
  [/^(?:US )?Eastern(?: (?:Standard|Daylight|Prevailing))? Time/i, 'America/New_York'],
  [/^(?:US )?Central(?: (?:Standard|Daylight|Prevailing))? Time/i, 'America/Chicago'],
  [/^(?:US )?Mountain(?: (?:Standard|Daylight|Prevailing))? Time/i, 'America/Denver'],
  [/^(?:US )?Pacific(?: (?:Standard|Daylight|Prevailing))? Time/i, 'America/Los_Angeles'],
  [/^Alaska(?:n)?(?: (?:Standard|Daylight))? Time/i, 'America/Anchorage'],
  [/^Hawaii(?:an)?(?:[- ]Aleutian)?(?: (?:Standard|Daylight))? Time/i, 'Pacific/Honolulu'],
  [/^Atlantic(?: (?:Standard|Daylight))? Time/i, 'America/Halifax'],
  [/^Newfoundland(?: (?:Standard|Daylight))? Time/i, 'America/St_Johns'],
  [/^Indian? Standard Time/i, 'Asia/Kolkata'],
  [/^India Time/i, 'Asia/Kolkata'],
  [/^Central European(?: (?:Standard|Summer))? Time/i, 'Europe/Paris'],
  [/^Western European(?: (?:Standard|Summer))? Time/i, 'Europe/Lisbon'],
  [/^Eastern European(?: (?:Standard|Summer))? Time/i, 'Europe/Athens'],
  [/^W\. Europe Standard Time/i, 'Europe/Berlin'],
  [/^Romance Standard Time/i, 'Europe/Paris'],
  [/^GMT Standard Time/i, 'Europe/London'],
  [/^Greenwich Mean Time/i, 'Europe/London'],
  [/^British Summer Time/i, 'Europe/London'],
  [/^Irish Standard Time/i, 'Europe/Dublin'],
  [/^(?:AUS|Australian) Eastern(?: (?:Standard|Daylight|Summer))? Time/i, 'Australia/Sydney'],
  [/^(?:AUS|Australian) Central(?: (?:Standard|Daylight|Summer))? Time/i, 'Australia/Adelaide'],
  [/^(?:AUS|Australian) Western(?: (?:Standard|Daylight))? Time/i, 'Australia/Perth'],
  [/^New Zealand(?: (?:Standard|Daylight))? Time/i, 'Pacific/Auckland'],
  [/^(?:Japan|Tokyo) Standard Time/i, 'Asia/Tokyo'],
  [/^(?:Korea|Korean) Standard Time/i, 'Asia/Seoul'],
  [/^China Standard Time/i, 'Asia/Shanghai'],
  [/^Hong Kong(?: Standard)? Time/i, 'Asia/Hong_Kong'],
  [/^Singapore(?: Standard)? Time/i, 'Asia/Singapore'],
  [/^(?:Gulf|Arabian) Standard Time/i, 'Asia/Dubai'],
  [/^Israel(?: (?:Standard|Daylight))? Time/i, 'Asia/Jerusalem'],
  [/^Moscow(?: Standard)? Time/i, 'Europe/Moscow'],
  [/^South Africa(?:n)? Standard Time/i, 'Africa/Johannesburg'],
  [/^Bras[ií]lia(?: Standard)? Time/i, 'America/Sao_Paulo'],
  [/^Coordinated Universal Time/i, 'UTC'],
  [/^UK time/i, 'Europe/London'],
  [/^(?:UK|British) time/i, 'Europe/London'],
];

/** Cities people name a zone by ("Madrid time"): every IANA city, plus common aliases. */
const CITY_ALIASES: Record<string, string> = {
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'bay area': 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  boston: 'America/New_York',
  nyc: 'America/New_York',
  washington: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  philadelphia: 'America/New_York',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  minneapolis: 'America/Chicago',
  'salt lake city': 'America/Denver',
  // North American cities and states said before "time" ("10am Calgary time", "noon Tucson
  // time", "St. John's time") that no IANA zone is named after.
  "st. john's": 'America/St_Johns',
  "st john's": 'America/St_Johns',
  'st. johns': 'America/St_Johns',
  montreal: 'America/Toronto',
  montréal: 'America/Toronto',
  ottawa: 'America/Toronto',
  calgary: 'America/Edmonton',
  saskatoon: 'America/Regina',
  tucson: 'America/Phoenix',
  'las vegas': 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  sacramento: 'America/Los_Angeles',
  oakland: 'America/Los_Angeles',
  nashville: 'America/Chicago',
  memphis: 'America/Chicago',
  'kansas city': 'America/Chicago',
  'st. louis': 'America/Chicago',
  'st louis': 'America/Chicago',
  'new orleans': 'America/Chicago',
  milwaukee: 'America/Chicago',
  omaha: 'America/Chicago',
  'oklahoma city': 'America/Chicago',
  albuquerque: 'America/Denver',
  'salt lake': 'America/Denver',
  raleigh: 'America/New_York',
  pittsburgh: 'America/New_York',
  orlando: 'America/New_York',
  cleveland: 'America/New_York',
  charlotte: 'America/New_York',
  baltimore: 'America/New_York',
  california: 'America/Los_Angeles',
  nevada: 'America/Los_Angeles',
  oregon: 'America/Los_Angeles',
  colorado: 'America/Denver',
  utah: 'America/Denver',
  'new mexico': 'America/Denver',
  texas: 'America/Chicago',
  illinois: 'America/Chicago',
  minnesota: 'America/Chicago',
  // Outlook's zone display names: "(UTC-07:00) Arizona", "(UTC-06:00) Guadalajara, Mexico City".
  arizona: 'America/Phoenix',
  guadalajara: 'America/Mexico_City',
  edinburgh: 'Europe/London',
  manchester: 'Europe/London',
  glasgow: 'Europe/London',
  barcelona: 'Europe/Madrid',
  munich: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  milan: 'Europe/Rome',
  geneva: 'Europe/Zurich',
  'tel aviv': 'Asia/Jerusalem',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
  'cape town': 'Africa/Johannesburg',
  'sao paulo': 'America/Sao_Paulo',
  'são paulo': 'America/Sao_Paulo',
  brasília: 'America/Sao_Paulo',
  brasilia: 'America/Sao_Paulo',
  'mexico city': 'America/Mexico_City',
  uk: 'Europe/London',
  london: 'Europe/London',
  wien: 'Europe/Vienna',
  zürich: 'Europe/Zurich',
  zürcher: 'Europe/Zurich',
  münchen: 'Europe/Berlin',
  münchner: 'Europe/Berlin',
  köln: 'Europe/Berlin',
  kölner: 'Europe/Berlin',
  genf: 'Europe/Zurich',
  lissabon: 'Europe/Lisbon',
  lisboa: 'Europe/Lisbon',
  roma: 'Europe/Rome',
  milano: 'Europe/Rome',
  parigi: 'Europe/Paris',
  londres: 'Europe/London',
  londra: 'Europe/London',
  bruxelles: 'Europe/Brussels',
  brussel: 'Europe/Brussels',
  'den haag': 'Europe/Amsterdam',
  'ciudad de méxico': 'America/Mexico_City',
  'nueva york': 'America/New_York',
  // European cities as the other languages read spell them ("heure de Genève", "hora de Varsovia").
  genève: 'Europe/Zurich',
  ginevra: 'Europe/Zurich',
  ginebra: 'Europe/Zurich',
  genebra: 'Europe/Zurich',
  genewa: 'Europe/Zurich',
  lisbonne: 'Europe/Lisbon',
  varsovie: 'Europe/Warsaw',
  varsovia: 'Europe/Warsaw',
  varsavia: 'Europe/Warsaw',
  varsóvia: 'Europe/Warsaw',
  warschau: 'Europe/Warsaw',
  warszawa: 'Europe/Warsaw',
  bruselas: 'Europe/Brussels',
  bruxelas: 'Europe/Brussels',
  brüssel: 'Europe/Brussels',
  vienne: 'Europe/Vienna',
  viena: 'Europe/Vienna',
  wenen: 'Europe/Vienna',
  copenhague: 'Europe/Copenhagen',
  copenaghen: 'Europe/Copenhagen',
  kopenhagen: 'Europe/Copenhagen',
  københavn: 'Europe/Copenhagen',
  prag: 'Europe/Prague',
  praga: 'Europe/Prague',
  praag: 'Europe/Prague',
  'nova york': 'America/New_York',
  東京: 'Asia/Tokyo',
};

/**
 * Countries with one civil time, named like a city ("hora de Argentina", "heure de Belgique",
 * "Singapore time"), in the languages read. Countries spanning several zones are left out.
 */
const COUNTRIES: Record<string, string> = {
  argentina: 'America/Argentina/Buenos_Aires',
  argentine: 'America/Argentina/Buenos_Aires',
  colombia: 'America/Bogota',
  colombie: 'America/Bogota',
  kolumbien: 'America/Bogota',
  perú: 'America/Lima',
  peru: 'America/Lima',
  chile: 'America/Santiago',
  uruguay: 'America/Montevideo',
  venezuela: 'America/Caracas',
  bolivia: 'America/La_Paz',
  paraguay: 'America/Asuncion',
  'costa rica': 'America/Costa_Rica',
  guatemala: 'America/Guatemala',
  panamá: 'America/Panama',
  panama: 'America/Panama',
  portugal: 'Europe/Lisbon',
  españa: 'Europe/Madrid',
  spain: 'Europe/Madrid',
  espagne: 'Europe/Madrid',
  spanien: 'Europe/Madrid',
  spagna: 'Europe/Madrid',
  france: 'Europe/Paris',
  francia: 'Europe/Paris',
  frankreich: 'Europe/Paris',
  frança: 'Europe/Paris',
  belgique: 'Europe/Brussels',
  belgium: 'Europe/Brussels',
  belgië: 'Europe/Brussels',
  bélgica: 'Europe/Brussels',
  belgien: 'Europe/Brussels',
  suisse: 'Europe/Zurich',
  switzerland: 'Europe/Zurich',
  schweiz: 'Europe/Zurich',
  suiza: 'Europe/Zurich',
  svizzera: 'Europe/Zurich',
  germany: 'Europe/Berlin',
  deutschland: 'Europe/Berlin',
  allemagne: 'Europe/Berlin',
  alemania: 'Europe/Berlin',
  austria: 'Europe/Vienna',
  österreich: 'Europe/Vienna',
  autriche: 'Europe/Vienna',
  italy: 'Europe/Rome',
  italia: 'Europe/Rome',
  italie: 'Europe/Rome',
  italien: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam',
  nederland: 'Europe/Amsterdam',
  'pays-bas': 'Europe/Amsterdam',
  'países bajos': 'Europe/Amsterdam',
  luxembourg: 'Europe/Luxembourg',
  ireland: 'Europe/Dublin',
  irlanda: 'Europe/Dublin',
  poland: 'Europe/Warsaw',
  polska: 'Europe/Warsaw',
  japan: 'Asia/Tokyo',
  japon: 'Asia/Tokyo',
  japón: 'Asia/Tokyo',
  india: 'Asia/Kolkata',
  inde: 'Asia/Kolkata',
  singapore: 'Asia/Singapore',
  singapour: 'Asia/Singapore',
  singapur: 'Asia/Singapore',
  israel: 'Asia/Jerusalem',
  korea: 'Asia/Seoul',
  philippines: 'Asia/Manila',
  vietnam: 'Asia/Ho_Chi_Minh',
  thailand: 'Asia/Bangkok',
  kenya: 'Africa/Nairobi',
  nigeria: 'Africa/Lagos',
  'south africa': 'Africa/Johannesburg',
  egypt: 'Africa/Cairo',
  morocco: 'Africa/Casablanca',
  maroc: 'Africa/Casablanca',
  nepal: 'Asia/Kathmandu',
  bangladesh: 'Asia/Dhaka',
  pakistan: 'Asia/Karachi',
  'sri lanka': 'Asia/Colombo',
  malaysia: 'Asia/Kuala_Lumpur',
  taiwan: 'Asia/Taipei',
  'hong kong': 'Asia/Hong_Kong',
  china: 'Asia/Shanghai',
  ghana: 'Africa/Accra',
  ethiopia: 'Africa/Addis_Ababa',
  uganda: 'Africa/Kampala',
  rwanda: 'Africa/Kigali',
  guam: 'Pacific/Guam',
  // Canadian provinces that keep their own clock ("Saskatchewan time" is UTC−6 all year).
  saskatchewan: 'America/Regina',
  'british columbia': 'America/Vancouver',
  alberta: 'America/Edmonton',
  ontario: 'America/Toronto',
  quebec: 'America/Toronto',
  québec: 'America/Toronto',
  manitoba: 'America/Winnipeg',
  'nova scotia': 'America/Halifax',
  newfoundland: 'America/St_Johns',
};

let cityMap: Map<string, string> | null = null;
function cities(): Map<string, string> {
  if (cityMap) return cityMap;
  cityMap = new Map([
    ...Object.entries(CITY_ALIASES),
    ...Object.entries(COUNTRIES),
    ...PLACE_ADJECTIVES,
  ]);
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase();
    if (city && zone.includes('/') && !cityMap.has(city)) cityMap.set(city, zone);
  }
  return cityMap;
}

/** A winter and a summer instant: a zone's standard and daylight offsets. */
const SEASONS = [Date.UTC(2027, 0, 15), Date.UTC(2027, 6, 15)];
const CITY_AFTER_OFFSET = /^\)?[ \t]*\(?[ \t]*(\p{L}[\p{L}.'-]*(?: \p{L}[\p{L}.'-]*){0,2})/u;

function cityAfterOffset(
  text: string,
  at: number,
  minutes: number,
): { zone: string; end: number } | null {
  const m = CITY_AFTER_OFFSET.exec(text.slice(at, at + 40));
  if (!m) return null;
  const words = (m[1] as string).toLowerCase().split(' ');
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(' ');
    const zone = cities().get(place);
    if (zone && SEASONS.some((ts) => ZonedTime.of(ts, zone).offset === minutes))
      return { zone, end: at + m[0].length - (m[1] as string).length + place.length };
  }
  return null;
}

/**
 * The word for time before a place ("heure de Paris", "hora de Brasília", "ora di Roma"), and the
 * Dutch, Nordic and German way round ("tijd in Amsterdam", "tid i Oslo", "Zeit in Wien").
 */
const TIME_OF_PLACE = "heure d[e']|hora de|hor[áa]rio de|ora di|tijd in|tid i|zeit in";
const TIME_WORD_FIRST = new RegExp(`^(?:${TIME_OF_PLACE})`, 'iu');
const PLACE_AFTER_TIME_WORD = new RegExp(
  `^(?:${TIME_OF_PLACE})\\s*([\\p{L}.'-]+(?: [\\p{L}.'-]+){0,2})`,
  'iu',
);

/** The first part of an IANA zone name ("Europe/Berlin"). */
const IANA_AREAS = 'Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific';
/** "15:00 (Europe/Berlin)", "Time zone: America/Chicago": scheduling tools write the IANA name. */
const IANA_NAME = new RegExp(`^(?:${IANA_AREAS})\\/[A-Za-z_-]+(?:\\/[A-Za-z_-]+)?`);
const OFFSET = /^(?:UTC|GMT)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)/;
const BARE_REGION = /^(Eastern|Central|Mountain|Pacific)\b/;

/**
 * The zone written at `index` (or within `window` characters after it, skipping brackets,
 * commas and "in"), or null. `bare` allows a lone "Eastern" right after a time.
 */
export function zoneAt(text: string, index: number, window = 3, bare = false): ZoneMention | null {
  // "2 sharp (ET)": the word that stresses the hour stands between it and its zone.
  const skip =
    /^[\s(（,[\-–—/]*(?:sharp[\s,]+\(?)?(?:in\s+|\(\s*|(?:uhr|uur|hs|hrs\.?|h)\s+\(?)?/i.exec(
      text.slice(index, index + window + 12),
    );
  const at = index + (skip ? Math.min(skip[0].length, window + 12) : 0);
  return zoneStartingAt(text, at, bare);
}

function zoneStartingAt(text: string, at: number, bare: boolean): ZoneMention | null {
  const rest = text.slice(at, at + 60);
  const offset = OFFSET.exec(rest);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    if (Math.abs(minutes) <= 14 * 60) {
      // "(UTC-08:00) Pacific Time (US & Canada)": the name that follows says which zone.
      const after = zoneAt(text, at + offset[0].length, 4, true);
      if (after?.iana) return { ...after, index: at };
      // "(GMT-3 Brasília)", "(UTC+01:00) Amsterdam, Berlin, Rome": a city whose zone keeps that
      // offset in winter or summer says which zone.
      const city = cityAfterOffset(text, at + offset[0].length, minutes);
      if (city) return { iana: city.zone, offset: null, index: at, end: city.end, strength: 3 };
      return { iana: null, offset: minutes, index: at, end: at + offset[0].length, strength: 3 };
    }
  }
  const written = IANA_NAME.exec(rest);
  if (written && isKnownIanaZone(written[0]))
    return { iana: written[0], offset: null, index: at, end: at + written[0].length, strength: 3 };
  for (const [pattern, iana] of NAMES) {
    const m = pattern.exec(rest);
    if (m) return { iana, offset: null, index: at, end: at + m[0].length, strength: 3 };
  }
  const abbreviation = /^([A-Z]{2,5})(?![A-Za-z])/.exec(rest);
  if (abbreviation) {
    const iana = ABBREVIATIONS[abbreviation[1] as string];
    if (iana) {
      return {
        iana,
        offset: LITERAL_OFFSETS[abbreviation[1] as string] ?? null,
        index: at,
        end: at + (abbreviation[1] as string).length,
        strength: 2,
      };
    }
  }
  for (const [pattern, iana] of ZONE_PHRASES) {
    const m = pattern.exec(rest);
    if (m) return { iana, offset: null, index: at, end: at + m[0].length, strength: 3 };
  }
  const city =
    /^([\p{L}.'-]+(?: [\p{L}.'-]+){0,2}) time\b/iu.exec(rest) ??
    // "Berliner Zeit", "Wiener Zeit": the city's adjective.
    /^(\p{L}+?)(?:er)? zeit\b/iu.exec(rest) ??
    PLACE_AFTER_TIME_WORD.exec(rest);
  if (city) {
    const words = (city[1] as string)
      .toLowerCase()
      .replace(/[.'-]+$/, '')
      .split(' ');
    // "Madrid time", "New York time", but the longest city that ends right before "time".
    // "hora de Argentina y …": after the word for time the place comes first, not last.
    const placeFirst = TIME_WORD_FIRST.test(city[0]);
    for (let i = 0; i < words.length; i++) {
      const place = placeFirst ? words.slice(0, words.length - i) : words.slice(i);
      const zone = cities().get(place.join(' '));
      const end = placeFirst
        ? at + city[0].length - (city[1] as string).length + place.join(' ').length
        : at + city[0].length;
      if (zone) return { iana: zone, offset: null, index: at, end, strength: 3 };
    }
  }
  if (bare) {
    const region = BARE_REGION.exec(rest);
    if (region) {
      const iana = NAMES.find(([p]) => p.test(`${region[1]} Time`))?.[1] ?? null;
      if (iana)
        return {
          iana,
          offset: null,
          index: at,
          end: at + (region[1] as string).length,
          strength: 1,
        };
    }
  }
  return null;
}

const ALL_TIMES_REGION =
  /\b(?:(?:all|the) times?|times|everything)(?: (?:below|above|listed|shown|here|in here|in this (?:e-?mail|message)|on (?:the|this) schedule))?(?: (?:are|is))?(?: (?:in|given in|shown in|listed in))? (Eastern|Central|Mountain|Pacific)\b/gi;
/** "Times are Central", "everything in here is Central": said without "all", the region is capitalised. */
const LOOSE_STATEMENT = /^(?:times|everything)\b/i;

const LOCAL_TIME_OF = new RegExp(`(?<![\\p{L}])(?:${TIME_OF_PLACE})\\s*\\p{Lu}`, 'giu');

/** The zone phrases, found anywhere in a text rather than at a position: built once. */
const ZONE_PHRASES_ANYWHERE = ZONE_PHRASES.map(([pattern, iana]): [RegExp, string] => [
  plainRegExp(pattern.source.replace(/^\^/, ''), 'iu'),
  iana,
]);

/**
 * Where a zone may start: an IANA name (not inside a link, "?ctz=America/Chicago"), an offset,
 * "… Time", an abbreviation.
 */
const ZONE_STARTS = new RegExp(
  String.raw`(?<![\w/=%.-])(?:${IANA_AREAS})\/\w|\b(?:UTC|GMT)\s?[+\-−–]\s?\d|\b[A-Z][a-zA-Z.]+(?: [A-Za-z&.]+){0,3} [Tt]ime\b|\b[A-Z]{2,5}\b`,
  'g',
);

/** Every zone statement in a text that does not need a time next to it to be sure. */
export function zoneStatements(text: string): ZoneMention[] {
  const found: ZoneMention[] = [];
  for (const [pattern, iana] of ZONE_PHRASES_ANYWHERE) {
    const anywhere = pattern.exec(text);
    if (anywhere)
      found.push({
        iana,
        offset: null,
        index: anywhere.index,
        end: anywhere.index + anywhere[0].length,
        strength: 3,
      });
  }
  // "heure de Bruxelles", "hora de Argentina": a city or country after the word for time.
  for (const m of allMatches(text, LOCAL_TIME_OF)) {
    const zone = zoneStartingAt(text, m.index ?? 0, false);
    if (zone?.iana) found.push(zone);
  }
  // "All times below are Eastern": a bare region word said of every time in the message.
  for (const m of allMatches(text, ALL_TIMES_REGION)) {
    const region = m[1] as string;
    if (LOOSE_STATEMENT.test(m[0]) && !/^[A-Z]/.test(region)) continue;
    const iana = NAMES.find(([p]) => p.test(`${region} Time`))?.[1] ?? null;
    if (!iana) continue;
    const index = (m.index ?? 0) + m[0].length - region.length;
    found.push({ iana, offset: null, index, end: index + region.length, strength: 2 });
  }
  for (const m of allMatches(text, ZONE_STARTS)) {
    if (m[0].length <= 5 && /^[A-Z]+$/.test(m[0])) {
      if (!ABBREVIATIONS[m[0]]) continue;
      const index = m.index ?? 0;
      if (AMBIGUOUS.has(m[0]) && !AFTER_A_TIME.test(text.slice(Math.max(0, index - 20), index)))
        continue;
    }
    // Try each word start inside a multi-word match ("all times are Eastern Time").
    const words = [...m[0].matchAll(/\S+/g)];
    for (const w of words) {
      const zone = zoneStartingAt(text, (m.index ?? 0) + (w.index ?? 0), false);
      if (zone && zone.strength >= 2) {
        found.push(zone);
        break;
      }
    }
  }
  return found;
}

/** Whether a name is an IANA zone. */
export function isValidZone(zone: string | null | undefined): zone is string {
  return typeof zone === 'string' && isKnownIanaZone(zone);
}

/** The zone a mention names: its IANA zone, or the fixed zone of a bare offset ("UTC-7"). */
export function zoneOfMention(mention: { iana: string | null; offset: number | null }): string {
  if (mention.offset !== null) return fixedOffsetZone(mention.offset);
  return mention.iana ?? 'UTC';
}
