// The furniture of a news page that is never a claim however the model scores its words: datelines and bylines
// ("Business Desk — Friday, October 31, 2025", "By Dana Reyes and Tom Okafor"), photo captions' credits and labels
// ("Photo: Harbour Wire", "(AP Photo/Jo Bell)"). And headlines and captions — lines without a sentence's final
// punctuation — which stay claims only when they carry something checkable: a figure or an event.

/** Words that stamp a line with its date: "Published 1998-01-08", "Updated: 3 March 2026". */
const STAMP = /^(?:(?:first |last )?(?:published|updated|posted|filed|modified)|dated?|issued)\b[:\s]*/i;
/** A byline's opening: "By Dana Reyes", "From our correspondent", "Reporting by …". */
const BYLINE = /^(?:by|from|written by|words by|reporting by|story by)\s+\p{Lu}/iu;
/** Photo, video and graphic labels and credits. */
const CREDIT = /^\(?(?:(?:file |staff |handout )?(?:photo(?:graph)?s?|pictures?|image|video|graphic|illustration|caption|credit|courtesy|pictured)\b(?:\s+(?:by|credit|courtesy(?: of)?))?\s*[:|/—–-]|photo(?:graph)?s? by\b|(?:image|photo) courtesy\b|courtesy of\b)/i;
/** Every credit names one of these: most units have none, and are done with after one quick test. */
const CREDIT_WORD = /photo|pictur|image|video|graphic|illustrat|caption|credit|courtesy|getty/i;
/** A credit at the end of a caption: "(AP Photo/Jo Bell)", "— Reuters/Jo Bell", "Photo: Harbour Wire". */
const TRAILING_CREDIT = /(?:\((?:[\p{L}. ]{0,30}\b)?(?:photo|image|picture|video|credit)\b[^()]{0,60}\)|\b(?:photo|image|picture)\s*:\s*[^.]{1,60}|\bgetty images)\s*$/iu;

const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|am|pm|a\.m|p\.m|gmt|utc|bst|cet|est|edt|pst|pdt|et|at|on|of|the)$/i;
const DIGITS = /^\d{1,4}(?:st|nd|rd|th)?$|^\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?$|^\d{1,2}[:/.]\d{2}(?:[:/.]\d{2,4})?$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.:/'’-]*/gu;

/** Most capitalised words a dateline may carry besides its date ("Business Desk", "WASHINGTON"). */
const MAX_STAMP_NAMES = 4;
/** Most words in a byline ("By Dana Reyes and Tom Okafor, Harbour Wire, Portvale"). */
const MAX_BYLINE_WORDS = 14;

export type Furniture = 'dateline' | 'byline' | 'credit';

/** Longest unit looked at: furniture is short, and the checks stay cheap for the long sentences of a story. */
const MAX_FURNITURE = 200;
/** How much of a caption's end is searched for its credit. */
const CREDIT_TAIL = 90;

/** What kind of page furniture a sentence unit is, or undefined for ordinary text. */
export function furnitureOf(unit: string): Furniture | undefined {
  if (unit.length > MAX_FURNITURE + 20) return undefined;
  const text = unit.trim();
  if (text.length === 0 || text.length > MAX_FURNITURE) return undefined;
  if (CREDIT_WORD.test(text)) {
    if (CREDIT.test(text)) return 'credit';
    const tail = text.length > CREDIT_TAIL ? text.slice(-CREDIT_TAIL) : text;
    if (TRAILING_CREDIT.test(tail) && wordCount(text) <= 12) return 'credit';
  }
  if (endsLikeSentence(text)) return undefined;
  if (BYLINE.test(text) && wordCount(text) <= MAX_BYLINE_WORDS && !hasLowerCaseWordsBeyondJoiners(text.replace(BYLINE, 'X'))) return 'byline';
  return isDateStamp(text.replace(STAMP, '')) ? 'dateline' : undefined;
}

/** A date with at most a few names, stamp words and separators around it: nothing a sentence would say. */
function isDateStamp(text: string): boolean {
  let dateWords = 0;
  let digits = 0;
  let names = 0;
  for (const word of text.match(WORD) ?? []) {
    const bare = word.replace(/[.,:]+$/, '');
    if (DIGITS.test(bare)) { digits++; continue; }
    if (MONTH_OR_DAY.test(bare)) { if (/^\p{Lu}/u.test(bare) || bare.length > 3) dateWords++; continue; }
    if (/^\p{Lu}/u.test(bare) && ++names <= MAX_STAMP_NAMES) continue;
    return false;
  }
  return digits > 0 && (dateWords > 0 || /\d{4}-\d{2}-\d{2}/.test(text));
}

/** Ends with . ! ? or … (closing quotes and brackets allowed): a sentence, not a headline, caption or stamp. */
export function endsLikeSentence(unit: string): boolean {
  let i = unit.length - 1;
  while (i >= 0 && (unit.charCodeAt(i) <= 32 || CLOSERS.has(unit.charCodeAt(i)))) i--;
  const c = unit.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Spaces aside, what may follow a sentence's final punctuation: quotes and closing brackets. */
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 0xbb, 41, 93]);

function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}

const JOINERS = new Set(['and', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'in', 'for', 'of', 'the', 'at']);

function hasLowerCaseWordsBeyondJoiners(text: string): boolean {
  for (const word of text.match(WORD) ?? []) if (/^\p{Ll}/u.test(word) && !JOINERS.has(word)) return true;
  return false;
}
