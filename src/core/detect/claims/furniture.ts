import type { Span } from '../spans';
import { notInSubject, type SentenceSignals } from './cues';
import { lazyPattern } from '../../text/lazyPattern';
import { isDateline } from '../../text/datelines';
import { wordSet } from '../../text/wordList';

// The furniture of a news page that is never a claim however the model scores its words: datelines and bylines
// ("Business Desk — Friday, October 31, 2025", "By Dana Reyes and Tom Okafor"), photo captions' credits and labels
// ("Photo: Harbour Wire", "(AP Photo/Jo Bell)"). And headlines and captions — lines without a sentence's final
// punctuation — which stay claims only when they carry something checkable: a figure or an event.

/** Words that stamp a line with its date: "Published 1998-01-08", "Updated: 3 March 2026", "Released: 16-Jan-2009". */
const STAMP = /^(?:(?:first |last )?(?:published|updated?|posted|filed|modified|released)(?: at)?|dated?|issued)\b[:\s]*/i;
/** A byline's opening: "By Dana Reyes", "From our correspondent", "Reporting by …". */
const BYLINE = lazyPattern(() => /^(?:by|from|written by|words by|reporting by|story by|an? (?:feature|analysis|column|profile|review|report|essay|commentary) by)\s+\p{Lu}/iu);
/** The credits of the others who made a page: "Produced by Jo Bell", "Graphics by Ana Ruiz and Teo Marsh". */
const CONTRIBUTORS = /^(?:produced|powered|news|content|graphics|illustrations?|design(?:ed)?|data|video|photography|research|additional research|development|animation|audio|edited|written|translated|maps?|charts?|interactive) by\s+/i;
/** A desk's byline, which names no one: "By the Herald politics team", "By our foreign desk". */
const TEAM_BYLINE = lazyPattern(() => /^by (?:the|our) [\p{L}'’ -]{1,40} (?:team|desk|newsroom|staff|reporters|correspondents)$/iu);
/** A desk's byline of a South Asian paper, its name or initials and "Report" or "Desk": "F.P. Report", "Web Desk". */
const DESK_BYLINE = lazyPattern(() => /^(?:\p{Lu}[\p{L}.&'’-]*[ \t]+){1,3}(?:Report|Desk)$/u);
/** How BYLINE opens, under a flag that folds only ASCII letters, or an "ſ" anywhere (which the Unicode flag folds to
 *  "s"): tried first, as BYLINE's case-blind letter class costs about a millisecond to compile. */
const BYLINE_OPENING = /^(?:by|from|written by|words by|reporting by|story by|an? (?:feature|analysis|column|profile|review|report|essay|commentary) by)\s|\u017f/i;
/** How TEAM_BYLINE opens, under a flag that folds only ASCII letters (none of its opening's is an "s" or a "k"). */
const TEAM_OPENING = /^by (?:the|our) /i;
/** A place of one or two words and its comma before a dateline's date: "Raipur, ". */
const PLACE_THEN_DATE = lazyPattern(() => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, (?=\d|\p{Lu})/u);
/** The rest of a table's head line, then its delimiter row: "|\n|---|:--:|". */
const TABLE_DELIMITER_NEXT = /^[^\n]*\r?\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/;
/** A bar opening a unit with no other bar after it: what is left of a line split at a stamp's end, no table's row. */
const LONE_BAR = /^\|\s*(?=[^|]*$)/;
/** A Markdown footnote's definition: "[^1]: …", "[^note]: …". */
const FOOTNOTE = /^\[\^[^\]\s]{1,20}\]:/;
/** A fact-check's verdict box line: "Rating: False", "Our verdict: Misleading", "Said by: Senator Jo Bell, in a video". */
const VERDICT_FIELD = /^(?:\*\*|__)?(?:(?:our |the )?(?:rating|verdict|ruling)\s*:\s*(?:\*\*|__)?[\p{L} -]{1,30}[.!]?(?:\*\*|__)?$|(?:said|claimed|made|posted|shared) by\s*:)/iu;
/** How VERDICT_FIELD and VERDICT_PHRASE open, under a flag that folds only ASCII letters, or a character the Unicode
 *  flag folds to one of their letters (ſ, the Kelvin sign): tested first, as their case-blind letter classes are dear to
 *  compile and almost no unit opens so. */
const VERDICT_OPENING = /^(?:\*\*|__)?(?:(?:our |the )?(?:rating|verdict|ruling)\s*:|(?:said|claimed|made|posted|shared) by\s*:)|ſ|\u212a/i;
/** A verdict box's finding written as a phrase, with no figure: "Verdict: A range of verdicts, from correct to unproven." */
const VERDICT_PHRASE = /^(?:\*\*|__)?(?:our |the )?(?:rating|verdict)\s*:\s*(?:\*\*|__)?[^\d\n]{1,100}$/iu;
/** Markdown bold or italics wrapped round a whole line ("**By Dana Reyes**", "*Friday 31 October*"): not words. */
const WRAPPING_EMPHASIS = /^[*_]{1,3}(?=\S)([^*_]*[^\s*_])[*_]{1,3}$/;
/** What is left of a live page's stamp once "Updated" goes: "3 hours ago", "about 1 hour ago", "just now". */
const TIME_AGO = /^(?:(?:about )?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few) (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?) ago|just now)$/i;
/** A page's estimate of its reading time, alone or after a byline: "6 min read", "By Teo Marsh · 4-minute read". */
const READING_TIME = /(?:^|\s*[·•|—–-]\s*)\d{1,3}[ -]?min(?:ute)?s?\.? read$/i;
/** Ends with "read" (any case), as READING_TIME does: read from the end, where the pattern is tried at every character. */
function endsWithRead(text: string): boolean {
  const n = text.length;
  return (text.charCodeAt(n - 4) | 32) === 114 && (text.charCodeAt(n - 3) | 32) === 101 && (text.charCodeAt(n - 2) | 32) === 97
    && (text.charCodeAt(n - 1) | 32) === 100;
}
/** Photo, video and graphic labels and credits. */
const CREDIT = /^\(?(?:(?:image|photo|picture|slide) \d+ of \d+\b|(?:file |staff |handout )?(?:photo(?:graph)?s?|pictures?|image|video|graphic|illustration|caption|credit|courtesy|pictured)\b(?:\s+(?:by|credit|courtesy(?: of)?|source))?\s*[:|/—–-]|photo(?:graph)?s? by\b|(?:image|photo) courtesy\b|courtesy of\b)/i;
/** A photographer's name and the paper the picture was made for, in brackets: "(By Jo Bell For The Harbour Times)". */
const BRACKETED_BY = /^\((?:[Pp]hoto )?[Bb]y [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} [Ff]or (?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\)$/;
/** Every credit names one of these or has a slash: most units have none, and are done with after one quick test. */
const CREDIT_WORD = /photo|pictur|image|video|graphic|illustrat|caption|credit|courtesy|getty|\//i;
/** A wire photo credit: the agency in capitals, a slash, the photographer ("HARBOUR WIRE/Toby Marsh/File Photo",
 *  "WIRE/Stringer", "WIRE/Jo Bell/L'Express"). */
const AGENCY_CREDIT = lazyPattern(() => /^\p{Lu}[\p{Lu}&.' ]+\p{Lu}\s*\/\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\/[\p{L}'’ ]{1,30})?$/u);
/** How AGENCY_CREDIT opens, its capitals as any character beyond ASCII may be one (a surrogate half too): tried
 *  first, as its letter classes cost some 0.3 ms to compile and a slash alone let units with none compile it. */
const AGENCY_OPENING = /^[A-Z\u0080-\uffff][A-Z&.' \u0080-\uffff]+[A-Z\u0080-\uffff]\s*\//;
/**
 * A picture's credit alone in brackets, a photographer and an agency either way round about a slash: "(Harbour
 * Wire/Jo Bell)", "(Jo van Dam/Associated Wire)", "[Jo Bell/Harbour Wire]". A unit of its own, under its caption.
 */
const BRACKETED_CREDIT = lazyPattern(() => /^[([]\p{Lu}[\p{L}.'’ -]{0,40}\/\s?\p{Lu}[\p{L}.'’ -]{0,40}[)\]](?:\s*\|)?$/u);
/** A photographer's name of two to four words, a slash and the agency, a line of its own: "Jo Bell/Wire", "Ana
 *  Ruiz/Harbour Press". */
const PHOTOGRAPHER_CREDIT = lazyPattern(() => /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}$/u);
/**
 * A handout's or a pool's credit: who took it, a slash, and the agency that passed it on after "via": "Jo Bell/Pool via
 * WIRE", "Harbour Navy/ via WIRE", "PORT TV/HARBOUR/via WIRE".
 */
const VIA_CREDIT = lazyPattern(() => /^\p{Lu}[\p{L}.'’ -]{0,40}\/(?:\s?\p{Lu}[\p{L}.'’ -]{0,30}\/)*\s?(?:\p{Lu}[\p{L}.'’-]*\s)?via \p{Lu}[\p{L}&.' ]{0,30}$/u);
/** A credit at the end of a caption: "(AP Photo/Jo Bell)", "— Reuters/Jo Bell", "Photo: Harbour Wire". */
const TRAILING_CREDIT = lazyPattern(() => /(?:\((?:[\p{L}. ]{0,30}\b)?(?:photo|image|picture|video|credit)\b[^()]{0,60}\)|\b(?:photo|image|picture)\s*:\s*[^.]{1,60}|\bgetty images)\s*$/iu);
/** What a trailing credit ends with (its bracket, "Getty Images") or holds (a label's colon), tested before its pattern. */
function mayEndInCredit(tail: string): boolean {
  const c = tail.charCodeAt(tail.length - 1);
  return c === 41 /* ) */ || (c | 32) === 115 /* s */ || c === 0x17f /* ſ, an s to 'iu' */ || tail.includes(':');
}

/**
 * A picture's credit closing a caption of any length, in the forms no sentence of a story ends with: an agency's or a
 * photographer's bracketed credit with the word Photo ("(AFP Photo)", "(Reuters Photo/Jo Bell)", "(Photo: Jo Bell)",
 * "(Photo by Jo Bell)", "(photo: Jo Bell/The Courier).") or a "Credit:" label run on after the caption's last word
 * ("… off university Credit: PA", "… next year Credit: Jo Bell/PA Wire"), or a photographer's and agency's bracketed
 * credit before the agency's service ("… fuel prices (Jo Bell/PA) (PA Wire)"). Case-sensitive: the label's capital is what a credit has.
 */
const CAPTION_CREDIT_END = lazyPattern(() => /(?:\((?:\p{Lu}[\p{L}.&'’-]*\s){1,3}(?:Photo|Pictures?|Images?|Video)(?:\s*\/\s*[^()\n]{1,40})?\)|\((?:[Pp]hoto|[Pp]icture|[Ii]mage)s?(?:\s*:|\s+by|\s+credit:?)\s*[^()\n]{1,50}\)\.?|\s(?:Photo |Picture |Image )?Credit:\s*\p{Lu}[^.:!?\n]{0,50}|\((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\/\s?\p{Lu}[^()\n]{0,30}\)\s*\(\p{Lu}[\p{L}.&'’-]*\s(?:Wire|Archive|Images?|Photos?|Pictures?)\))\s*$/u);

/**
 * A photographer's and agency's credit a page's markup glued to the caption's last word, with no space or stop between:
 * "… at the premiere in LondonJO BELL/Wire", "… in L.A.JO BELL/Wire", "… 'The Last Tram'Jo A. Bell/The Harbour
 * Press". No sentence runs a word into a capital and ends on a name, a slash and an agency.
 */
const GLUED_CREDIT = lazyPattern(() => /[\p{Ll}.'’"”]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u);

/**
 * A credit in capitals under its label, run into the caption's last sentence or after it: "… the streets
 * yesterday.PHOTOS: NORTHLINE NEWS AGENCY", "… in the rain. PHOTO: JO BELL". No story's sentence ends so.
 */
const CAPITALS_CREDIT = lazyPattern(() => /[.!?'’"”]\s?(?:PHOTO|PICTURE)S?\s?:\s?\p{Lu}[\p{Lu}\p{M} .,&'’/-]{1,60}$/u);
/** The label every CAPITALS_CREDIT holds. */
const CAPITALS_LABEL = /(?:PHOTO|PICTURE)S?\s?:/;

/** A word each of CAPTION_CREDIT_END's forms holds. */
const CAPTION_CREDIT_WORD = /[Pp]hoto|[Pp]icture|[Ii]mage|Video|Credit:|(?:Wire|Archive)\)/;

/**
 * Does the unit end with a picture's credit (see CAPTION_CREDIT_END)? A caption so marked is no claim of the story,
 * however long; unlike a credit line of its own it makes no caption of the lines before it (they may be the headline).
 */
export function endsWithCaptionCredit(unit: string): boolean {
  const end = unit.trimEnd();
  const c = end.charCodeAt(end.length - 1);
  // (a bracket closes the bracketed credits, or a full stop after one; a label's credit has "Credit:" in its last 60 characters)
  // (and one of its words, case-sensitive as it is, before the pattern: its letter classes cost some 0.5 ms to compile)
  if (c !== 41 /* ) */ && !(c === 46 && end.charCodeAt(end.length - 2) === 41) && end.lastIndexOf('Credit:') < end.length - 60) {
    return (end.lastIndexOf('/') >= end.length - 40 && GLUED_CREDIT().test(end.slice(-120)))
      || (CAPITALS_LABEL.test(end.slice(-80)) && CAPITALS_CREDIT().test(end.slice(-80)));
  }
  const tail = end.slice(-120);
  return CAPTION_CREDIT_WORD.test(tail) && CAPTION_CREDIT_END().test(tail);
}

/** A photo's caption by its wire's form, with no credit: who or what "is seen" or "is pictured" where, then the day the
 *  picture was taken with its year: "Cranes are seen at the port's terminals in Lyme, June 12, 2024." */
const SEEN_ON_DAY = lazyPattern(() => /\b(?:is|are) (?:seen|pictured|shown|photographed|displayed)\b[^!?]{0,160}?(?:,| on) (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}),? \d{4}\.$/);

/** Is the unit a caption of the wires' form (see SEEN_ON_DAY)? */
export function isDatedCaption(unit: string): boolean {
  const text = unit.trimEnd();
  return text.length <= MAX_FURNITURE + 60 && endsOnYearAndDot(text) && (text.includes(' seen ') || text.includes(' pictured ') || text.includes(' shown ')
    || text.includes(' photographed ') || text.includes(' displayed ')) && SEEN_ON_DAY().test(text);
}

/**
 * The words a photo's caption opens with, which no sentence of a story does: "In this photo released by …", "In this
 * Aug. 22 file photo, …", "An aerial view of the camp …", "A general view shows …", "Pictured: …", an image's alt
 * text ("Photo of Jo Bell, a professor of law at …"), a group's line-up ("In the front from left are, Jo Bell, …") and a
 * picture's people placed in it ("Above, the foreign minister, left, and her counterpart …"), and a picture's place on
 * the page as its label ("Right: Crews clear the road …", "Above: …").
 */
const CAPTION_OPENING = lazyPattern(() => /^(?:file[ -]?(?:photo)?\s*[—–-]\s*)?(?:in this (?:[\p{L}\d.,' -]{0,40} )?(?:photo|image|picture|handout photo|file photo|photograph|video (?:grab|still|image)|screenshot|frame grab)\b|an? (?:aerial|general|drone|close-up|wide) (?:view|photo|shot)(?: of| shows)\b|pictured\s*(?:above|here|left|right|below)?\s*:|(?:contributed|submitted|staff) (?:photo|picture|image)\b|(?:photo|image|picture|portrait) of \p{Lu}[^,.!?\n]{1,40}, (?:an?|the) |(?:(?:in the |on the )?(?:front|back|rear|middle|top|bottom|first|second|third)(?: row)?,? )?from (?:left|right)(?: to (?:right|left))?,? (?:are|is|:)|(?:above|below|top|bottom),? [^,.!?\n]{2,60}, (?:left|right|centre|center|second (?:from )?(?:left|right)),|(?:above|below|top|bottom|left|right)\s*:\s)/iu);

/** The credit of the caption before, where a gallery's text runs the captions together: "(Wire Photo/Jo Bell, File)FILE - In this …". */
const LEADING_PHOTO_CREDIT = /^\([^()\n]{0,40}\b(?:Photo|Pictures?|Images?)\b[^()\n]{0,60}\)\s*/;

/** Does the unit open as a photo's caption does (see CAPTION_OPENING), after any credit of the caption before it? */
export function opensAsCaption(text: string): boolean {
  const unit = text.charCodeAt(0) === 40 /* ( */ ? text.replace(LEADING_PHOTO_CREDIT, '') : text;
  const c = unit.charCodeAt(0) | 32;
  // (every caption opening starts with one of i, a, p, f, c, s, o, b, r, m, t, l: "contributed photo Ann Kerr holds …",
  // "On the back row from left are …", "Left: …")
  return ((c === 105 || c === 97 || c === 112 || c === 102 || c === 99 || c === 115 || c === 111 || c === 98 || c === 114 || c === 109 || c === 116 || c === 108) && CAPTION_WORDS.test(unit) && CAPTION_OPENING().test(unit))
    || (unit.includes(', ') && PLACED_IN_PICTURE.test(unit));
}

/**
 * A caption without its credit that places its person in the picture and tells what they do in the present, as no
 * story's sentence does: "The police chief, center, speaks about the shootings at the precinct", "Jo Bell, second
 * from left, holds the trophy", "Dr Jo Bell, seated on the right, receives a dose".
 */
const PLACED_IN_PICTURE = /^[^,.!?\n]{2,60}, (?:(?:seated|standing) )?(?:on the )?(?:left|right|cent(?:re|er)|second from (?:left|right)), [a-z]+s /;
/**
 * CAPTION_OPENING's forms up to their fixed words, case-blind without the Unicode flag, or a character that flag folds
 * to one of their letters (ſ, the Kelvin sign): CAPTION_OPENING cost a process some 3–10 ms to compile, which it paid
 * at the first sentence opening with "A" or "In".
 */
const CAPTION_WORDS = /^(?:file|in this .{0,41}?(?:photo|image|picture|video|screenshot|frame grab)|an? (?:aerial|general|drone|close-up|wide) |pictured|(?:contributed|submitted|staff) (?:photo|picture|image)|(?:photo|image|picture|portrait) of |(?:in the |on the )?(?:front|back|rear|middle|top|bottom|first|second|third)(?: row)?,? from |from (?:left|right)|(?:above|below|top|bottom),? .{2,60}, (?:left|right|cent(?:re|er)|second)|(?:above|below|top|bottom|left|right)\s*:\s)|[\u017f\u212a]/i;

const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|am|pm|a\.m|p\.m|gmt|utc|bst|cet|est|edt|pst|pdt|et|at|on|of|the)$/i;
const DIGITS = /^\d{1,4}(?:st|nd|rd|th)?$|^\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:\.\d+)?Z?)?$|^\d{1,2}[:/.]\d{2}(?:[:/.]\d{2,4})?$/;
/** A clock time as live pages stamp their posts: "4.52pm", "16:20", "9:05 a.m." (its "a.m." a word of its own). */
const CLOCK = /^\d{1,2}[:.][0-5]\d(?:[ap]\.?m\.?)?$/i;
const DAY_MONTH_YEAR = /^\d{1,2}-[A-Za-z]{3}-\d{2,4}$/;
const WORD = lazyPattern(() => /[\p{L}\p{N}][\p{L}\p{N}.:/'’-]*/gu);

/** Prepositions a title-case headline capitalises that no stamp holds: "Schools Close Until January 4". */
const HEADLINE_PREPOSITION = /^(?:Until|Till|Before|After|Since|Into|Over|Against|Amid|Despite|With|For|To|Ahead|During)$/;

/** Most capitalised words a dateline may carry besides its date ("Business Desk", "WASHINGTON"). */
const MAX_STAMP_NAMES = 4;
const CLOCK_ABBREVIATION_AT_END = /\d\s*[ap]\.m\.$/i;
/** What makes an hour a clock time: "a.m.", "pm" (its final dot gone). */
const MERIDIEM = /^[ap]\.?m$/i;

/** Most words in a credit line without a credit's label ("Courtesy Harbour Port Authority/Handout via WIRE"). */
const MAX_CREDIT_WORDS = 12;

/** A place's abbreviation after its comma ending the unit: ", Ariz.", ", Calif.", ", N.J.". */
const PLACE_ABBREVIATION_AT_END = /,\s+(?:\p{Lu}\p{Ll}{1,5}|\p{Lu}\.\p{Lu})\.$/u;
/**
 * PLACE_ABBREVIATION_AT_END, tried from the unit's last comma: nothing after its comma is one, so that is where any
 * match starts (tried over the whole unit, a pattern anchored only at the end is tried at every character).
 */
function endsWithPlaceAbbreviation(text: string): boolean {
  const comma = text.lastIndexOf(',');
  return comma >= 0 && PLACE_ABBREVIATION_AT_END.test(text.slice(comma));
}
/** A reporter's name (two to four capitalised words, with particles) and "reports." or "has more." alone in its unit. */
const SIGN_OFF = lazyPattern(() => /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|al|bin)){1,3}[ \t]+(?:reports|has more|has the story|has the details)\.?$/u);
/** How every SIGN_OFF ends, tested first: the name's letter classes cost 1–2 ms to compile, which a process whose units
 *  have no such ending never pays. */
const SIGN_OFF_END = /(?:reports|has more|has the story|has the details)\.?$/;

/** Most words in a byline ("By Dana Reyes and Tom Okafor, Harbour Wire, Portvale"). */
const MAX_BYLINE_WORDS = 14;

export type Furniture = 'dateline' | 'byline' | 'credit';

/** Longest unit looked at: furniture is short, and the checks stay cheap for the long sentences of a story. */
const MAX_FURNITURE = 200;
/** How much of a caption's end is searched for its credit. */
const CREDIT_TAIL = 90;

/** A photo gallery's button on a line of its own ("Close", "Next"), which a pasted slide runs into the credit above it. */
const GALLERY_BUTTON = /^[ \t]*(?:close|next|previous|prev|expand|enlarge)[ \t]*$/i;

/** The unit without a gallery's button on its last line: "REUTERS/Jo Bell⏎Close" is the credit. */
function withoutGalleryButton(text: string): string {
  const lastBreak = text.lastIndexOf('\n');
  return lastBreak > 0 && GALLERY_BUTTON.test(text.slice(lastBreak + 1)) ? text.slice(0, lastBreak).trimEnd() : text;
}

/**
 * What kind of page furniture a sentence unit is, or undefined for ordinary text. `creditOnly`: only whether it is a
 * credit is asked (what makes captions, captionSentences), and a dateline or a byline may be answered undefined: every
 * credit is told before the tests of datelines and bylines that come after the credits'.
 */
export function furnitureOf(unit: string, creditOnly = false): Furniture | undefined {
  if (unit.length > MAX_FURNITURE + 20) return undefined;
  // ("Nov. 6, 2024, 1:30 a.m. | Updated 9:00 a.m.": the second half of a stamp's line, after its bar)
  let text = unit.trim();
  // (a lone bar and wrapping emphasis open the unit: most units open with neither, and need no pattern to say so)
  if (text.charCodeAt(0) === 124 /* | */) text = text.replace(LONE_BAR, '');
  if (text.charCodeAt(0) === 42 /* * */ || text.charCodeAt(0) === 95 /* _ */) text = text.replace(WRAPPING_EMPHASIS, '$1');
  if (text.length === 0 || text.length > MAX_FURNITURE) return undefined;
  // "[^1]: Copernicus, Global Climate Highlights, 2025.": a footnote's source; "Rating: False", "Said by: …": a
  // fact-check's verdict box, which says who said the claim and what it was found to be, not a claim of its own (read
  // as bylines: a credit would make a caption of the lines before it, the claim among them)
  // ("Verdict: A range of verdicts from correct to unproven.": the finding in a phrase, no figure to check in it)
  if ((text.charCodeAt(0) === 91 /* [ */ && FOOTNOTE.test(text)) || (VERDICT_OPENING.test(text) && (VERDICT_FIELD.test(text) || VERDICT_PHRASE.test(text)))) return 'byline';
  if (CREDIT_WORD.test(text)) {
    // "(Photo: http://…/prnh/…)": a release's link to its picture, no credit of a caption above it (read as a byline,
    // furniture that makes no caption of the release's sentence before it)
    if (CREDIT.test(text) && PICTURE_ADDRESS.test(text)) return 'byline';
    if ((CREDIT.test(text) && !LINK_TO_PICTURES.test(text)) || (AGENCY_OPENING.test(text) && AGENCY_CREDIT().test(withoutGalleryButton(text)))) return 'credit';
    // (both forms have a slash; the bracketed one opens with its bracket, the other holds "via")
    if (text.length <= 90 && text.includes('/') && (((text.charCodeAt(0) === 40 || text.charCodeAt(0) === 91) && BRACKETED_CREDIT().test(text))
      || (text.includes('via ') && VIA_CREDIT().test(text)))) return 'credit';
    const tail = text.length > CREDIT_TAIL ? text.slice(-CREDIT_TAIL) : text;
    if (mayEndInCredit(tail) && TRAILING_CREDIT().test(tail) && wordCount(text) <= 12) return 'credit';
    // "Jo Bell/Harbour Wire" on its own line (not "Jo Bell/Getty Images", a credit above): no claim, but read as a
    // byline, as it makes no caption of the lines above it (pages pasted with single line breaks put it under a story's
    // paragraph as often as under the caption)
    if (text.length <= 60 && text.includes('/') && PHOTOGRAPHER_CREDIT().test(text)) return 'byline';
  }
  // "* "Rate rise". Albion Wire. November 5, 2026.": a date alone with its full stop, the end of a source's line, says
  // nothing; names before it would make it a sentence's end ("… said on Monday, March 3.")
  // (such a stamp ends on a figure or a clock's "pm" before its dot; a sentence seldom does, and the word test is dear)
  if (text.endsWith('.') && endsOnFigureOrM(text) && !/\s[ap]\.m\.$/i.test(text) && isDateStamp(text.slice(0, -1), 0)) return 'dateline';
  // "Raipur, 15 August 2021.": a dateline of one place and its full date, cut from the story at its full stop, as
  // Indian state bulletins open
  if (endsOnYearAndDot(text) && PLACE_THEN_DATE().test(text) && isDateStamp(text.replace(PLACE_THEN_DATE(), '').slice(0, -1), 0)) return 'dateline';
  if (CONTRIBUTORS.test(text)) {
    // "Produced by Jo Bell." may end on a full stop, as no other byline does
    const names = text.replace(CONTRIBUTORS, '').replace(/\.$/, '');
    if (/^\p{Lu}/u.test(names) && wordCount(names) < MAX_BYLINE_WORDS && !hasLowerCaseWordsBeyondJoiners(names)) return 'byline';
  }
  // "*The Salt Archive*, by Ada Marsh." and "Harrowgate Press, 432 pages, $29.": a review's line of a book's details;
  // "The case is Orr v. Kell, U.S. District Court, No. 24-318.": a court story's line naming its case
  // "Food: 4/5.", "Open Tuesday–Saturday, 12pm–3pm": a review's scores and a venue's hours
  if ((mayBeBookDetails(text) && BOOK_DETAILS().test(text)) || CASE_DETAILS.test(text) || (mayBeRating(text) && RATING().test(text))
    || OPENING_HOURS.test(text)) return 'credit';
  // "Courtesy Harbour Port Authority/Handout via WIRE": a handout picture's credit, without a sentence's full stop
  if ((text.charCodeAt(0) | 32) === 99 /* c */ && /^courtesy\b/i.test(text) && !endsLikeSentence(text) && wordCount(text) <= MAX_CREDIT_WORDS) return 'credit';
  // "(By Jo Bell For The Harbour Times)": a photographer's credit in brackets, closing the caption over it
  // (on its own line, whatever the unit ran on into below it: "(By Jo Bell For The Harbour Times)⏎Ana Ruiz")
  if (text.charCodeAt(0) === 40 /* ( */ && BRACKETED_BY.test(text.split('\n', 1)[0])) return 'credit';
  // (no credit below)
  if (creditOnly) return undefined;
  // "Update at 11:50 a.m. ET.": a live page's stamp over its post, its full stop after the zone
  if (text.endsWith('.') && STAMP.test(text) && isDateStamp(text.replace(STAMP, '').slice(0, -1))) return 'dateline';
  // "date 2019-10-15 TUCSON, Ariz.": a stamp and a dateline's place, cut from the story's first words at the dot of the
  // state's abbreviation, which ends no sentence either
  if (text.endsWith('.') && endsWithPlaceAbbreviation(text) && isDateStamp(text.replace(STAMP, '').slice(0, -1))) return 'dateline';
  // "Meg Oliver reports.", "Tom Reyes has more.": a broadcast report's sign-off names its reporter, as a byline does
  if (SIGN_OFF_END.test(text) && SIGN_OFF().test(text)) return 'byline';
  // "April 11, 2003|By Ana Ruiz.": an archive's stamp, its date and its byline after a bar
  const bar = text.indexOf('|');
  if (bar > 0 && bar <= 40 && /^\s*By /.test(text.slice(bar + 1)) && isDateStamp(text.slice(0, bar).trim())
    && furnitureOf(text.slice(bar + 1).trim()) === 'byline') return 'byline';
  // "By Ana Ruiz.", "By A. Tom Kerr and Jo Bell.": an op-ed list's byline, on its own, ends on a full stop too
  // (a name of two words at least: "By Friday." is no one's)
  if (text.charCodeAt(0) === 66 /* B */ && text.endsWith('.') && /^By \p{Lu}/u.test(text) && wordCount(text) >= 3 && wordCount(text) <= MAX_BYLINE_WORDS
    && !hasLowerCaseWordsBeyondJoiners(text.slice(3))) return 'byline';
  // a stamp may end on the dot of "a.m." or "p.m.", which ends no sentence
  if (endsLikeSentence(text) && !(endsWithMeridiem(text) && CLOCK_ABBREVIATION_AT_END.test(text))) return undefined;
  if (endsWithRead(text) && READING_TIME.test(text)) {
    const rest = text.replace(READING_TIME, '');
    if (rest === '') return 'byline';
    return furnitureOf(rest) === 'byline' ? 'byline' : undefined;
  }
  // (each only where its fixed words stand: their letter classes cost 0.3-0.5 ms to compile, and few pages have either)
  if ((TEAM_OPENING.test(text) && TEAM_BYLINE().test(text)) || ((text.endsWith('Report') || text.endsWith('Desk')) && DESK_BYLINE().test(text))) return 'byline';
  if (BYLINE_OPENING.test(text) && BYLINE().test(text) && wordCount(text) <= MAX_BYLINE_WORDS && !hasLowerCaseWordsBeyondJoiners(text.replace(BYLINE(), 'X'))) return 'byline';
  // "Updated May 4, 2025 3:04 pm | 4 months ago": a stamp, then its age after a bar, as a live page sets them
  if (text.endsWith(' ago')) {
    const bar = text.lastIndexOf('|');
    if (bar > 0 && TIME_AGO.test(text.slice(bar + 1).trim()) && furnitureOf(text.slice(0, bar)) === 'dateline') return 'dateline';
    // "Storm cuts power to 9,000 - 13 mins ago", "… - about 1 hour ago": a feed's link to another story and its age
    const dash = text.lastIndexOf(' - ');
    if (dash > 0 && TIME_AGO.test(text.slice(dash + 3))) return 'dateline';
  }
  const unstamped = text.replace(STAMP, '');
  // "Updated 3 hours ago" is only a stamp after a stamp's word: "Three days ago" alone may begin a story's sentence
  if (unstamped !== text && TIME_AGO.test(unstamped.trim())) return 'dateline';
  return isDateStamp(unstamped) ? 'dateline' : undefined;
}

/** A book's title (set in italics or quotes) and its author, or its publisher, pages and price, each a unit of its own. */
const BOOK_DETAILS = lazyPattern(() => /^(?:(?:\*[^*\n]{1,80}\*|_[^_\n]{1,80}_|"[^"\n]{1,80}"|“[^”\n]{1,80}”),\s+(?:by|edited by|translated by)\s+(?:\p{Lu}[\p{L}'’.-]*\s?){1,5}|\p{Lu}[\p{L}&.'’ -]{1,40},(?:\s+\d{4},)?\s+\d{2,4}\s+pages(?:,\s+[$£€]\s?\d[\d.,]*)?)\.?$/u);

/** BOOK_DETAILS with a capital as any character from A to Z or beyond ASCII and a title's or name's letters as any but a
 *  line break, up to the author's word or the pages: what every match holds (a quotation opening a sentence passed
 *  mayBeBookDetails, and the pattern's letter classes cost some 0.6 ms to compile). */
const BOOK_DETAILS_SHAPE = /^[*_"“][^\n]*[*_"”],\s+(?:by|edited|translated)\s|^[A-Z\u0080-\uffff][^\n]*,(?:\s+\d{4},)?\s+\d{2,4}\s+pages/;

/** What a book's line opens with (its title's emphasis or quote) or holds (its pages), tested before its pattern. */
function mayBeBookDetails(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 42 || c === 95 || c === 34 || c === 0x201c || text.includes('pages')) && BOOK_DETAILS_SHAPE.test(text);
}

/** A review's score, with its aspect perhaps: "Food: 4/5.", "Rating: 3.5 out of 5", "★★★★☆". */
const RATING = lazyPattern(() => /^(?:\p{Lu}[\p{L}'’ &]{1,30}:\s*)?(?:\d{1,2}(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10)|[★☆]{3,5})\.?$/u);
/** What a score's line holds, tested before its pattern (a few units in thousands are scores). */
function mayBeRating(text: string): boolean {
  // (it ends on its scale's 5 or 10 or on a star, a full stop perhaps after: one character read for most units)
  const c = text.charCodeAt(text.length - (text.endsWith('.') ? 2 : 1));
  if (c !== 53 /* 5 */ && c !== 48 /* 0 */ && c !== 0x2605 && c !== 0x2606) return false;
  return text.includes('/') || text.includes('★') || text.includes('☆') || text.includes(' out of ');
}
/** A venue's opening hours, nothing but days and clock times: "Open Tuesday–Saturday, 12pm–3pm and 6pm–11pm.",
 *  "Hours: 9 a.m. to 5 p.m. daily" (not "Opening hours were cut from 9am to 5pm last year"). */
const HOURS_WORD = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s?|mon|tue|wed|thu|fri|sat|sun|daily|weekdays|weekends|and|to|from|until|till|closed|except|noon|midnight|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?)`;
const OPENING_HOURS = new RegExp(String.raw`^(?:open|opening hours|hours)(?::|\s)(?:[\s,;:–-]*${HOURS_WORD})+[\s.]*$`, 'i');

/** "The case is Orr v. Kell, U.S. District Court for the District of Delaware, No. 1:24-cv-00318.": the parties, the
 *  court and the docket number a court story ends with. */
const CASE_DETAILS = /^the cases? (?:is|are) [^.;]{2,80}? v(?:s|\.|s\.)? [^;]{2,160}?,\s+(?:no\.|case no\.|nos\.|docket)\s*[\w:./-]{2,40}(?:[,;][^.]{0,80})?\.?$/i;

/** A match of a fixture list after its date: "Eastmoor v Harlow Town (3pm)", "Esk Rovers vs. Eastmoor, first leg". */
const FIXTURE_MATCH = lazyPattern(() => /^\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4} vs?\.? \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}(?:,[\p{L} -]{1,30})?(?: \([^()]{1,30}\))?$/u);

/** A race's stage after its number, as a guide lists it: ": Lyme – Elmford, 194.5km", "- Elmford, 27.6km team time trial". */
const STAGE_ROUTE = lazyPattern(() => /^\s*[:–—-]\s*\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:[–—>-][ \t]+)?\p{Lu}[\p{L}'’.-]*){0,7},?[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]?km\b[\p{Ll} -]{0,30}$/u);

/** A race guide's heading of a stage, its day perhaps before it: "Saturday, 6 July – Stage 1: Lyme – Elmford, 194.5km". */
function isStageLine(text: string): boolean {
  const at = text.indexOf('Stage ');
  if (at < 0 || text.length > MAX_FURNITURE) return false;
  const number = /^Stage \d{1,2}\b/.exec(text.slice(at));
  if (!number || !STAGE_ROUTE().test(text.slice(at + number[0].length))) return false;
  const day = text.slice(0, at).replace(/[\s:,–—-]+$/, '');
  return day === '' || isDateStamp(day, 0);
}

/**
 * A line of a fixture list, "Saturday 21 February: Eastmoor v Harlow Town (3pm)", or a race's stage (isStageLine): a timetable's entry, not a claim
 * (the story's own sentence says when the match is, and that is what an editor checks).
 */
export function isFixtureLine(unit: string): boolean {
  const text = unit.trim().replace(/^[-*+•][ \t]+/, '');
  if (text.length > MAX_FURNITURE || endsLikeSentence(text)) return false;
  if (isStageLine(text)) return true;
  const colon = text.indexOf(':');
  // (a clock time's colon, "7:45", is no separator)
  if (colon <= 0 || /\d/.test(text[colon + 1] ?? '')) return false;
  return FIXTURE_MATCH().test(text.slice(colon + 1).trim()) && isDateStamp(text.slice(0, colon), 0);
}

/** A date with at most a few names, stamp words and separators around it: nothing a sentence would say. */
/** A time zone's letters written with dots: "E.T", "P.T", "C.S.T". */
const DOTTED_ZONE = lazyPattern(() => /^(?:\p{Lu}\.){1,2}\p{Lu}$/u);

export function isDateStamp(text: string, maxNames = MAX_STAMP_NAMES): boolean {
  // a share is no part of a date: "Fares Rise 4% From January" is a headline
  if (text.includes('%')) return false;
  let dateWords = 0;
  let digits = 0;
  let names = 0;
  let clocks = 0;
  // (word by word: most units fail at their first words, and listing all of them cost more than reading them)
  // (an hour before it makes "a.m." or "pm" a clock time: a live page's "6 p.m." over its post)
  let hour = false;
  let previous = '';
  for (const match of text.matchAll(WORD())) {
    const word = match[0];
    // (a zone written with dots, "E.T.", is the zone "ET")
    const trimmed = word.replace(/[.,:]+$/, '');
    const bare = trimmed.length <= 5 && DOTTED_ZONE().test(trimmed) ? trimmed.replace(/\./g, '') : trimmed;
    const afterHour = hour;
    hour = false;
    if (CLOCK.test(bare) && (bare.includes(':') || /[ap]/i.test(bare))) { digits++; clocks++; continue; }
    if (DIGITS.test(bare)) { digits++; hour = bare.length <= 2; continue; }
    // ("Released: 16-Jan-2009": a register's day, its month's short name between hyphens)
    if (DAY_MONTH_YEAR.test(bare)) { digits++; dateWords++; continue; }
    if (MONTH_OR_DAY.test(bare)) {
      if (afterHour && MERIDIEM.test(bare)) clocks++;
      else if (/^\p{Lu}/u.test(bare) || bare.length > 3) dateWords++;
      continue;
    }
    // (a headline's verb after its subject: "Storm Kills 3 on Sunday", "Parliament Dissolved on May 2")
    if (names > 0 && isSubjectsVerb(bare, previous, text, match.index + word.length)) return false;
    previous = bare;
    if (/^\p{Lu}/u.test(bare) && ++names <= maxNames && !HEADLINE_PREPOSITION.test(bare)) continue;
    return false;
  }
  // a post's clock time alone ("**4.52pm**", "16:20") stamps it as a date does
  // ("Published: 08.01.2026", "01/08/2026": a day written in figures, with its year)
  return digits > 0 && (dateWords > 0 || /\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/.test(text) || (clocks > 0 && names === 0));
}

/**
 * Whether a capitalised word of a would-be stamp, after another, is a headline's verb told of its subject: an inflected
 * headline verb ("Kills", "Dissolved"), or a bare one after a plural ("Rebels Seize 2 Towns on Friday"). A field's label
 * ("Date Released: …") is none, nor a place's last word before its date ("Lyme Falls, May 3", "Lyme Falls May 3").
 */
function isSubjectsVerb(word: string, previous: string, text: string, end: number): boolean {
  const verb = word.toLowerCase();
  // (the word's own colon, "Released:", is in it; a comma after it is the text's)
  if (!HEADLINE_VERBS.has(verb) || text.charCodeAt(end - 1) === 58 /* : */ || text.charCodeAt(end) === 44 /* , */) return false;
  const inflected = /(?:[^s]s|ed)$/.test(verb);
  if (!inflected && !isPlural(previous.toLowerCase())) return false;
  // (a verb tells of something after it, and a date next is a place's: "May 3, 2024 Lyme Falls")
  return NOT_DATE_NEXT.test(text.slice(end));
}
/** A word next that opens no month's or weekday's name: what follows a verb, not a place before its date ("Lyme Falls May 3"). */
const NOT_DATE_NEXT = /^\s+(?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\S/i;

/** The character before a closing dot is a digit or an "m" ("2026.", "4.52pm."). */
function endsOnFigureOrM(text: string): boolean {
  const c = text.charCodeAt(text.length - 2);
  return (c >= 48 && c <= 57) || (c | 32) === 109;
}

/** Ends with "a.m." or "p.m." (any case), as CLOCK_ABBREVIATION_AT_END does: most sentences do not ("them.", "system."
 *  end with an "m." too), and need no pattern tried at each of their characters to say so. */
function endsWithMeridiem(text: string): boolean {
  const n = text.length;
  const c = text.charCodeAt(n - 4) | 32;
  return text.charCodeAt(n - 1) === 46 && (text.charCodeAt(n - 2) | 32) === 109 && text.charCodeAt(n - 3) === 46 && (c === 97 || c === 112);
}

/** Ends with four digits and a full stop ("… 15 August 2021."), as /\d{4}\.$/ reads it, from the end. */
function endsOnYearAndDot(text: string): boolean {
  const n = text.length;
  if (n < 5 || text.charCodeAt(n - 1) !== 46) return false;
  for (let i = n - 5; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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

export function wordCount(text: string): number {
  return (text.match(WORD()) ?? []).length;
}

/**
 * A bracketed link to a gallery or a video, its label before a headline: "(PHOTOS: Wildfires Rage in California)",
 * "(VIDEO: Crews battle the blaze at night)". A credit after the same label names a photographer or an agency, with
 * no preposition of a headline's ("by", "for", "via" are a credit's).
 */
const LINK_TO_PICTURES = /^\([^():]{2,12}:[^()]* (?:in|at|on|after|over|amid|as) [^()]*\)$/;
/**
 * A picture's label before a web address alone in brackets, a link to the picture: "(Photo: http://wire.example/a/1)",
 * its address blank as the reading view leaves it (../../text/readingView.ts).
 */
const PICTURE_ADDRESS = /^\([\w ]{0,20}:\s{8,}\)$/;

/** Lower-case words a byline may hold besides names and a date: particles, and the writer's role ("staff writer"). */
const JOINERS = wordSet('and de van von der den da di du la le bin al el in for of the at'
  + ' staff writer writers reporter reporters correspondent correspondents editor contributor'
  + ' columnist senior chief special to on updated published edited by');

function hasLowerCaseWordsBeyondJoiners(text: string): boolean {
  for (const word of text.match(WORD()) ?? []) if (/^\p{Ll}/u.test(word) && !JOINERS.has(word)) return true;
  return false;
}

/** Sentences a credit or an image makes a caption: at most this many before a credit, or after an image. */
const MAX_CAPTION_SENTENCES = 2;
/** A Markdown or HTML image ("![Meters](meters.jpg)", "<img src=…>"): the line under it is its caption. */
const IMAGE = String.raw`(?:!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>\n]*>)`;
/** A unit that starts with an image: the splitter keeps an image and the line under it together. */
const IMAGE_AT_START = new RegExp(`^${IMAGE}`, 'i');
const IMAGE_ALONE = new RegExp(`^${IMAGE}$`, 'i');
/** An image opens with "![" or "<img": a unit that opens otherwise, as nearly all do, needs no pattern tried. */
const opensWithImage = (unit: string): boolean => (unit.charCodeAt(0) === 33 /* ! */ || unit.charCodeAt(0) === 60 /* < */) && IMAGE_AT_START.test(unit);
const isImageAlone = (unit: string): boolean => (unit.charCodeAt(0) === 33 /* ! */ || unit.charCodeAt(0) === 60 /* < */) && IMAGE_ALONE.test(unit);
/** Emphasis that opens a Markdown caption in a paragraph of its own ("*Meters on Main Street.*"). */
const EMPHASIS_START = /^[*_]/;
// (a line of a layout table's bars alone, "|", parts paragraphs as a blank line does)
const BLANK_LINE = /\n[ \t|]*\r?\n/;

/**
 * Indices of the sentences that are a photo's caption: the sentences of a paragraph that ends in a credit ("Workers
 * load containers at the port. Image credit: Lena Fisch"), and the line under an image — in the image's paragraph, or
 * in emphasis in the next one. A caption describes a picture; it is not a claim of the story, whatever figures and
 * dates it holds. `sentences` in document order; `furniture`, where the caller has it, furnitureOf each sentence.
 */
export function captionSentences(text: string, sentences: readonly Span[], furniture?: readonly (Furniture | undefined)[]): Set<number> {
  const captions = new Set<number>();
  const sameParagraph = (j: number) => !BLANK_LINE.test(text.slice(sentences[j - 1].end, sentences[j].start));
  // (the story has begun: a sentence of prose stands above)
  let begun = false;
  for (let i = 0; i < sentences.length; i++) {
    const unit = sentences[i].text;
    if ((furniture ? furniture[i] : furnitureOf(unit)) === 'credit') {
      // (a title on its own line above a caption's sentence, with no sentence's stop, is the page's or the gallery's:
      // "Oil tankers attacked in the gulf" over "Attacks on two tankers … WIRE/Jo Bell"; a line right above the credit's
      // is the caption itself, an image's alt text: "Car at a petrol pump" over "Image credit: …")
      for (let j = i - 1; j >= 0 && i - j <= MAX_CAPTION_SENTENCES && sameParagraph(j + 1) && !(j < i - 1 && titleLineAbove(text, sentences, j)); j--) captions.add(j);
      // and a credit in a paragraph of its own makes the line above it the picture's alt text, where that line is a
      // paragraph of its own with no stop, among the story's paragraphs ("Stock chart sketched on a chalkboard" over
      // "Image source: Wire."; over the story's first sentence it may be the headline, its picture dropped)
      if (begun && i > 1 && !sameParagraph(i) && !sameParagraph(i - 1) && !endsLikeSentence(sentences[i - 1].text)) captions.add(i - 1);
    }
    if (!begun && endsLikeSentence(unit) && wordCount(unit) >= MIN_PROSE_WORDS) begun = true;
    // an image in a paragraph of its own: its alt text describes the picture, as a caption does
    const alone = isImageAlone(unit);
    if (alone) captions.add(i);
    const underImage = opensWithImage(unit) ? !alone
      : i > 0 && isImageAlone(sentences[i - 1].text) && (sameParagraph(i) || EMPHASIS_START.test(unit));
    if (underImage) {
      for (let j = i; j < sentences.length && j - i < MAX_CAPTION_SENTENCES && (j === i || sameParagraph(j)); j++) captions.add(j);
    }
  }
  return captions;
}

/** Whether unit j is a line of its own without a sentence's stop, a line break between it and the unit after it. */
function titleLineAbove(text: string, sentences: readonly Span[], j: number): boolean {
  return text.slice(sentences[j].end, sentences[j + 1].start).includes('\n') && !endsLikeSentence(sentences[j].text);
}

/** Words that make a figure a quantity rather than a count or a year: "$12 million", "2.1 percent". */
const QUANTITY_WORDS = wordSet('$ % € £ ¥ percent cent million millions billion billions trillion trillions thousand'
  + ' thousands hundreds dozens half twice double triple tenfold');

/**
 * Verbs that make a headline report an event, in the present and bare forms headlines use ("Council Approves Tram
 * Line", "Police Arrest 3") as well as the past forms of sentences. Bare forms that are as often nouns or adjectives in
 * a headline ("Open", "Fine", "Delay", "Rescue") are left out: the -s and past forms say the event.
 */
const HEADLINE_VERBS = wordSet('kill kills killed die dies died dead wound wounds wounded injure injures injured arrest arrests'
  + ' arrested charge charges charged convict convicts convicted sentence sentences sentenced elect elects elected win wins won'
  + ' lose loses lost vote votes voted pass passes passed sign signs signed veto vetoes vetoed approve approves approved'
  + ' reject rejects rejected launch launches launched attack attacks attacked invade invades invaded resign resigns resigned'
  + ' appoint appoints appointed ban bans banned impose imposes imposed lift lifts lifted raise raises raised cut cuts'
  + ' close closes closed build builds built seize seizes seized release releases released agree agrees agreed rule rules'
  + ' ruled sue sues sued pay pays paid spend spends spent sell sells sold buy buys bought hire hires hired fire fires fired'
  + ' rise rises rose fall falls fell top tops hit hits reach reaches reached jump jumps jumped drop drops dropped slump'
  + ' slumps slumped surge surges surged soar soars soared plunge plunges plunged double doubles doubled halve halves halved'
  + ' enter enters entered end ends ended announce announces announced confirm confirms confirmed deny denies denied'
  + ' quit quits strike strikes struck collapse collapses collapsed crash crashes crashed merge merges merged acquire acquires'
  + ' acquired recall recalls recalled warn warns warned report reports reported say says said fines fined jails jailed'
  + ' shuts scraps scrapped axes axed slashes slashed halts halted suspend suspends suspended cancel cancels cancelled'
  + ' canceled delays delayed postpone postpones postponed freezes froze destroy destroys destroyed evacuate evacuates'
  + ' evacuated rescues rescued acquit acquits acquitted overturn overturns overturned uphold upholds upheld'
  + ' blocks blocked opens opened sacks sacked evict evicts evicted floods flooded burns burned burnt slides slid climbs'
  + ' climbed eases eased beats defeat defeats defeated accept accepts accepted unveil unveils unveiled extend extends'
  + ' extended declare declares declared misses brings brought debuts debuted nets netted links dissolves dissolved'
  + ' crushes crushed sweeps swept seeks sought boosts boosted increases increased decreases decreased clears cleared ordered'
  + ' urges urged endorses mourns lowered begins prompts prompted flees fled accuses accused condemns condemned slams'
  + ' slammed adopts adopted repeals repealed ousts ousted hunts reopens reopened welcomes welcomed stabbed flips sets overtakes'
  + ' overtook worsens worsened escalates escalated');

/**
 * A statistic's label and its figure after a colon, as a "by the numbers" page lists them: "Number of deaths, Sept.
 * 7-12: 174", "Share of voters who turned out: 61%". A chart's title ("Number of cases by country, through Oct. 19")
 * has no figure after a colon.
 */
const STATISTIC_LINE = /^(?:number|share|proportion|percentage|total|count|rate)s? of [^:\n]{2,80}:\s*[+\-−]?[$€£]?\d/i;

/** Does the unit give a statistic's figure under its label (see STATISTIC_LINE)? */
export function isStatisticLine(unit: string): boolean {
  return unit.includes(':') && STATISTIC_LINE.test(unit);
}

/** A headline's verb this far into it or further is not its subject's. */
const HEADLINE_VERB_BEFORE = 7;
/** A headline's first letter, after emphasis or a quotation mark. */
export const CAPITAL_START = lazyPattern(() => /^[*_"“‘']*\p{Lu}/u);

/**
 * Whether a headline states a deed of a named subject, in the present tense headlines use: "Hochul beats Zeldin in
 * New York", "Mississippi gov signs law limiting race in lessons", "Sales at Chili's drop to a third" — a capitalised
 * subject of ordinary words (no pronoun, conjunction or auxiliary), a headline verb, and something after it (a label's
 * last word, "Press Releases", is no verb). The sentence form of the same ("The council approved a new tram line") is
 * SentenceSignals.deed, which knows only past forms.
 */
export function headlineStatesDeed(unit: string, signals: SentenceSignals, toldVerb?: (token: string, bare: boolean) => boolean): boolean {
  const { tokens, entries } = signals;
  // (a quotation's speaker is no headline: 'Everyone said, "It cannot happen"')
  if (tokens.length < 3 || signals.question || signals.quote || !CAPITAL_START().test(unit)) return false;
  const last = Math.min(tokens.length - 1, HEADLINE_VERB_BEFORE);
  // (a headline opens with its subject, not a preposition: "At the end of the day, …"; and a word after an article is
  // a noun, "the end", "the arrests")
  if (NOT_OPENING_SUBJECT.has(tokens[0])) return false;
  for (let k = 0; k < last; k++) {
    const token = tokens[k];
    if (k > 0 && !ARTICLES.has(tokens[k - 1])) {
      const passive = isPassiveDeed(tokens, k) && isHeadlineLine(unit);
      // (a bare form of a listed verb only after a plural: "Crews hunt for survivors"; "French Open champion beat …" reads on)
      if (passive || HEADLINE_VERBS.has(token) || (hasListedPresent(token) && isPluralSubject(tokens, k))) return isHeadlineVerb(unit, tokens, k, passive);
      if (isGenericDeed(unit, tokens, k)) return isHeadlineVerb(unit, tokens, k);
      // (a verb no list names, which the story tells again in its past: "Minister congratulates rival" over "has
      // congratulated"; its bare form only after a plural, "Shoppers return to mall" over "returned")
      // (and its object or a phrase right after it, no separator: "Live updates · Saturday" is a label; nor after a
      // subject opened by an "-ing" form, a label's or a teaser's, "Selling watches in …")
      if (toldVerb && k + 1 < tokens.length && !unit.includes('\n') && !tokens[0].endsWith('ing')
        && (toldVerb(token, false) || (isPluralSubject(tokens, k) && toldVerb(token, true)))) return isHeadlineVerb(unit, tokens, k, true) && objectFollows(unit, token);
    }
    // (a perfect's past form tells the event: "Tax brackets have changed", "Exemptions have been eliminated")
    if (k > 0 && HAVE_FORMS.has(token)) {
      const verb = tokens[k + 1] === 'been' ? k + 2 : k + 1;
      // (and then nothing, a phrase, an article or a figure: "have mixed feelings" is an adjective's)
      const after = tokens[verb + 1];
      const told = after === undefined || NOT_OPENING_SUBJECT.has(after) || ARTICLES.has(after) || /^\d/.test(after);
      if (verb < tokens.length && tokens[verb].length > 4 && tokens[verb].endsWith('ed') && told) return isHeadlineVerb(unit, tokens, verb, true);
    }
    // (a passive's auxiliary, "Mayor is sworn in", and an adverb before the verb, "Rescuers frantically seek survivors")
    if (k > 0 && ((BE_FORMS.has(token) && isPassiveDeed(tokens, k + 1)) || subjectEnd(tokens, k + 1) === k - 1)) continue;
    const c = token.charCodeAt(0);
    // (nor a pronoun with its auxiliary, "you've", "we'll"; but initials in capitals are a name's, "KR Varma", "US Senate")
    // (and "and" between two of the subject's words: "Staff and shoppers return to mall")
    if ((notInSubject(entries[k]) && !isInitials(unit, token) && !(token === 'and' && k > 0 && k + 1 < last)) || (!(c >= 97 && c <= 122) && !/^\p{L}/u.test(token)) || PRONOUN_CONTRACTION.test(token)) return false;
  }
  return false;
}

/**
 * Verbs too common to tell an event alone ("Holiday plans for the family", "Pricing plans and offers" are a page's
 * labels), which do in a headline in sentence case with an object after them: "Court plans rulings for May", "Osk
 * orders mass evacuation", "Crews continue to battle the fire" (a bare form after a plural, as HEADLINE_VERBS'). ("Gets"
 * is left out: "Things get Iffy" is a feature's cross-head.)
 */
const GENERIC_HEADLINE_VERBS = wordSet('plans orders moves continues uses');
/** Generic verbs that tell an event only before "to" and a verb: "moves to ban", not "moves adoption of", "continues after this". */
const BEFORE_TO = wordSet('moves continues');
/** Words after a generic verb that make it a label's noun, not a verb with its object ("Meal plans under $10"). */
const NOT_OBJECT = wordSet('and or & as');
/** A teaser's or explainer's first word: "How the mayor gets things done". */
const ASKING_OPENERS = wordSet('how why what when where who which');

/** Whether the generic verb at token k (GENERIC_HEADLINE_VERBS) is written in lower case, with its object after it. */
function isGenericDeed(unit: string, tokens: readonly string[], k: number): boolean {
  const token = tokens[k];
  const bare = !GENERIC_HEADLINE_VERBS.has(token);
  if ((bare && !(GENERIC_HEADLINE_VERBS.has(token + 's') && isPlural(tokens[subjectEnd(tokens, k)]))) || k + 1 >= tokens.length || ASKING_OPENERS.has(tokens[0])) return false;
  // (an object, or "to" and a verb: "plans to close"; not a phrase or a participle, "plans for the family", "plans compared")
  const next = tokens[k + 1];
  if (NOT_OBJECT.has(next) || (next !== 'to' && (NOT_OPENING_SUBJECT.has(next) || BEFORE_TO.has(bare ? token + 's' : token))) || next.endsWith('ed')) return false;
  return /^\p{L}/u.test(next) && new RegExp(String.raw`(?<![\p{L}])${token}(?![\p{L}])`, 'u').test(unit);
}

/** Whether the headline's verb `token` has a word, a figure or a quotation right after it, with no separator between. */
function objectFollows(unit: string, token: string): boolean {
  const at = unit.toLowerCase().indexOf(`${token} `);
  return at >= 0 && /^ +[^\s·|:;,–—-]/.test(unit.slice(at + token.length));
}

/** The index of the subject's last word before the verb at token k: before an adverb in -ly if one stands there. */
function subjectEnd(tokens: readonly string[], k: number): number {
  const before = tokens[k - 1];
  return k > 1 && before.length > 4 && before.endsWith('ly') && k < tokens.length && isVerbForm(tokens[k]) ? k - 2 : k - 1;
}

/** A listed headline verb or generic verb, in its own form or a bare one whose -s form is listed. */
function isVerbForm(token: string): boolean {
  return HEADLINE_VERBS.has(token) || hasListedPresent(token) || GENERIC_HEADLINE_VERBS.has(token) || GENERIC_HEADLINE_VERBS.has(token + 's');
}

/** Two or three letters, as a headline's initials are written. */
const INITIALS_TOKEN = /^[a-z]{2,3}$/i;

/** Whether a short word stands in capitals in a headline that is not all capitals: initials, a name's ("KR Varma"). */
function isInitials(unit: string, token: string): boolean {
  // (letters only: the token goes into the pattern as it stands)
  return INITIALS_TOKEN.test(token) && unit !== unit.toUpperCase() && new RegExp(String.raw`(?<![\p{L}])${token.toUpperCase()}(?![\p{L}.'’])`, 'u').test(unit);
}
const BE_FORMS = wordSet('is are was were');
const HAVE_FORMS = wordSet('has have');

/** A plural subject's last word, which takes a bare verb: "police", "rebels" (not "boss", "Bell's"). */
function isPlural(word: string): boolean {
  return PLURAL_SUBJECTS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith("'s") && !word.endsWith('ss'));
}

/** A bare verb whose present in -s is a headline verb ("hunt", "welcome"): a plural's verb (see isHeadlineVerb). */
function hasListedPresent(token: string): boolean {
  return HEADLINE_VERBS.has(token + 's') || HEADLINE_VERBS.has(token + 'es');
}

/**
 * Whether the headline verb at token k is the subject's verb. A bare form ("close", "drop", "arrest": one whose -s
 * form is a headline verb too) follows a plural subject ("Police arrest suspect", "Wildfires force thousands out"): after
 * a singular word it is a noun of a label or a table's head ("FTSE close", "Anti-Gay Sign at …"). And a subject holds no
 * comma or bracket: "Jo Bell (Osk) beat …", "played, won, drawn" are a results table's.
 */
function isHeadlineVerb(unit: string, tokens: readonly string[], k: number, passive = false): boolean {
  const verb = tokens[k];
  // (a participle's passive, "Election set for March", needs no plural)
  if (!passive && hasListedPresent(verb) && !isPluralSubject(tokens, k)) return false;
  const at = new RegExp(String.raw`(?:^|[^\p{L}])${verb}(?![\p{L}])`, 'iu').exec(unit);
  return !!at && !/[,(]/.test(unit.slice(0, at.index));
}

/**
 * Whether the subject before the verb at token k takes a bare verb: a plural ("Police arrest …"), or two of anything
 * joined by "and" ("Staff and shoppers return …").
 */
function isPluralSubject(tokens: readonly string[], k: number): boolean {
  const and = tokens.indexOf('and', 1);
  return isPlural(tokens[subjectEnd(tokens, k)]) || (and > 0 && and < k - 1);
}

/**
 * A headline's passive, its participle before a preposition: "Arrest made in shooting of officer", "Body found near
 * river", "Talks held in capital". Only participles that are no adjective's or label's: "-ed" words before a
 * preposition are as often a credit's or a link list's ("Story provided by", "Most viewed in …", "… explained in numbers").
 */
function isPassiveDeed(tokens: readonly string[], k: number): boolean {
  const token = tokens[k];
  return k + 1 < tokens.length && PASSIVE_PREPOSITIONS.has(tokens[k + 1]) && IRREGULAR_PARTICIPLES.has(token);
}
// ("to" is left out: "seemed to", "wanted to" are no passives)
const PASSIVE_PREPOSITIONS = wordSet('in at on by for near after between over during from outside inside');

/** A headline's line, not a table's head in capitals or a lead-in's before its colon ("Games played on Friday:"). */
function isHeadlineLine(unit: string): boolean {
  return !unit.includes(':') && unit !== unit.toUpperCase();
}
const IRREGULAR_PARTICIPLES = wordSet('made found held shot caught taken stolen sworn set');

/** Subjects that take a bare verb without a plural's -s. */
const PLURAL_SUBJECTS = wordSet('police people staff crew cattle');
const ARTICLES = wordSet('the a an');
const PRONOUN_CONTRACTION = /'(?:ve|re|ll|m|d)$/;
/** Words that open a phrase, not a headline's subject. */
const NOT_OPENING_SUBJECT = wordSet('at in on with for from by during under over into to of about without between against among'
  + ' through across especially even only just also');

/**
 * A change told in the "-ing" form a list's item or a caption uses, with its figure after it: "Science scores falling
 * by 4 points", "Rents rising 9% a year" (the form alone, "Rising Stars", "Soaring Eagle 9/03", is a name's).
 */
const CHANGE_ING = wordSet('falling rising dropping climbing declining increasing decreasing soaring plunging jumping sliding'
  + ' surging tumbling doubling tripling growing shrinking slumping dipping sinking');

/** Words between a change's verb and its figure: "falling by 4", "rising to 9%", "dropping nearly 3". */
const BEFORE_FIGURE = wordSet('by to from nearly almost about over more than some around');

/** Whether a figure follows the change's verb at token k, after at most two of BEFORE_FIGURE ("Soaring Eagle" has none). */
function changeHasFigure(tokens: readonly string[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const c = tokens[j].charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    if (!BEFORE_FIGURE.has(tokens[j])) return false;
  }
  return false;
}

/** Most words of a page's label ("Press Releases"), as headlineStatesFact reads it. */
const SHORT_LABEL_WORDS = 3;

/**
 * Whether a unit without a sentence's final punctuation — a headline, a caption, a label — states a checkable fact:
 * a quantity ("Budget Gap Tops $12 Million") or an event ("Council Approves New Tram Line"). A year or a list count
 * alone does not ("Week in Pictures: March 2025", "10 Questions for the New Mayor").
 */
export function headlineStatesFact(signals: SentenceSignals): boolean {
  const { tokens } = signals;
  // a page's label of two or three words, in title case, ends on a noun that may be a verb ("Press Releases", "Submit
  // Release", "Job Cuts"): a verb there has no object to tell of (a past form tells of an event: "Tram line approved",
  // as a headline in sentence case does: "Mayor resigns")
  const last = tokens.length - 1;
  const lastVerb = last >= 0 && last < SHORT_LABEL_WORDS && signals.properNouns >= last && !tokens[last].endsWith('ed') ? last : -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    // (a past form first is an adjective or opens a phrase: "Increased fares shown on a board", "Crushed by debt,")
    if (QUANTITY_WORDS.has(token) || (HEADLINE_VERBS.has(token) && k !== lastVerb && !(k === 0 && token.endsWith('ed'))) || (signals.digit && CHANGE_ING.has(token) && changeHasFigure(tokens, k))) return true;
    const c = token.charCodeAt(0);
    // a figure written with a decimal point or a thousands separator ("4.2", "1,200") is a measurement, not a count
    if (c >= 48 && c <= 57 && /\d[.,]\d/.test(token)) return true;
  }
  return false;
}

/**
 * Titles of a page's sections that hold no story: links to other pages and the sources cited ("Related news",
 * "Sources", "See also", "Most read"), and a live page's links to its own posts ("Key events"). Their items are
 * headlines of what is told elsewhere, and citations.
 */
const NAVIGATION_TITLE = /^(?:related(?: (?:news|stories|articles|coverage|links|content|reading|topics))?|sources?|references|external links|see also|further reading|more (?:on this (?:story|topic)|stories|news)|most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you)?|read (?:more|next)|you (?:may|might) also like|tags|topics|comments(?: \(\d+\))?|key events|(?:also|more to) read|read also|popular(?: (?:now|today|stories|posts|articles))?|latest(?: (?:news|stories|headlines|articles|posts))?|top (?:stories|news|headlines)|editor['’]?s picks|don['’]t miss|you (?:may|might) have missed)$/iu;
/** "More from Europe": a navigation title too, its letter classes (about 0.5 ms each to compile case-blind) tried only
 *  after its words. The title patterns below are split so for the same reason. */
const MORE_FROM_TITLE = lazyPattern(() => /^more from [\p{L}\p{N}' ]{1,30}$/iu);
const MORE_FROM = /^more from /iu;
/**
 * Titles of a press release's or a site's standing text: "About Korvel Aerostructures" (the sender's description of
 * itself, the same under every release), the legal note on forecasts, contacts, the writer's biography. "About the
 * survey" is the story's own.
 */
const BOILERPLATE_TITLE = /^(?:about the (?:author|authors|writer|reporter|photographer)|forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?|(?:media|press|investor) (?:relations(?: contacts?)?|contacts?|enquiries|inquiries)|contacts?|notes? (?:to|for) editors|disclaimer)$/iu;
const ABOUT_TITLE = lazyPattern(() => /^about (?!(?:the|this|these|those|our|us|it|a|an)\b)[\p{L}\p{N}&.,'’ -]{1,60}$/iu);
const ABOUT = /^about /iu;
const CAUTIONARY_TITLE = lazyPattern(() => /^cautionary (?:note|statement)\b[\p{L} -]{0,40}$/iu);
const CAUTIONARY = /^cautionary /iu;
/** A correction told in a sentence ("This article was amended on 5 June to correct …", "An earlier version of this story said …"). */
export const DESK_NOTE = /^(?:this (?:story|article|report|piece|post|headline|caption|obituary|review|column|interview|graphic|video) (?:has been|was|had been) (?:corrected|amended|updated|changed)\b|an earlier version of this (?:story|article|report|piece|post|headline|caption|obituary|review|column|interview|graphic|video)\b)/i;
/** A desk's note on the story ("Correction: …", "Correction, 18 November: …", "*Source: county finance office.*"): the
 *  rest of its paragraph is the note too. */
const NOTE_START = new RegExp(String.raw`^[*_]{0,3}(?:(?:(?:correction|clarification)(?:,?\s+[\w ,.]{1,30}?|\s*\([\w ,.]{1,30}\))?|editor['’]?s note|(?:original )?sources?|references?|note)\s*[:—–]|${DESK_NOTE.source.slice(1)})`, 'i');
/**
 * A correction that opens the page and whose paragraph runs to its end is the page itself (a journal's or a site's
 * correction notice): the right figures it states are what a reader would check, so only its opening unit, the
 * label's, is the desk's. Under a story, the note repeats what the amended story now says.
 */
const CORRECTION_START = /^[*_]{0,3}(?:correction|clarification)/i;
/** The line that ends a press release or wire copy ("###", "-30-", "ENDS"): what follows is for the newsroom. */
const END_MARK = /^[ \t]*(?:#[ \t]*#[ \t]*#|-[ \t]*30[ \t]*-|-?[ \t]*ends[ \t]*-?)[ \t]*\r?$/gim;
/** Most units after an end mark: an end mark further up is something else (an empty Markdown heading). */
const MAX_AFTER_END = 8;
/** The rest of a line, then another line of text under it, with no blank line between. */
const LIST_LINE_NEXT = /^[^\n]*\r?\n[ \t]*\S/;
/** Fewest words of the sentence of prose that ends a plain-line navigation list. */
export const MIN_PROSE_WORDS = 5;
/** Most words and characters of a section's title. */
const MAX_TITLE_WORDS = 10;
const MAX_TITLE_LENGTH = 120;
/** The markup between a line's start and its unit: indentation, quote marks, a heading's hashes, a list marker. */
const LINE_MARKUP = /^[ \t]*(?:>[ \t]?)*[ \t]*(#{1,6}[ \t]+|[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?[*_]{0,3}$/;

interface UnitLine {
  /** The unit is all of its line, markup and emphasis aside. */
  whole: boolean;
  /** A Markdown heading's level (1–6), 0 for any other line. */
  level: number;
  /** A list's item: a list marker, or (in plain text) a line indented under its title ("    Jo Bell. \"Title\" - Wire"). */
  listItem: boolean;
}

function lineOf(text: string, unit: Span): UnitLine {
  const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1;
  const markup = LINE_MARKUP.exec(text.slice(lineStart, unit.start));
  const lineEnd = text.indexOf('\n', unit.end);
  const rest = text.slice(unit.end, lineEnd < 0 ? text.length : lineEnd);
  const marker = markup?.[1] ?? '';
  return {
    whole: !!markup && /^[*_:\s]*$/.test(rest),
    level: marker.startsWith('#') ? marker.trimEnd().length : 0,
    listItem: (marker !== '' && !marker.startsWith('#')) || /^(?: {2,}|\t)/.test(text.slice(lineStart, unit.start)),
  };
}

/** A title's words, without emphasis or a final colon ("**Media contact:**" → "Media contact"). */
function titleText(unit: string): string {
  const firstLine = unit.split(/\r?\n/, 1)[0];
  return firstLine.replace(/^[*_]+|[*_]+$/g, '').replace(/\s*:$/, '').trim();
}

/**
 * Indices of the sentences that belong to a page's furniture rather than its story: the items of a navigation
 * section ("Related news", "Sources": other pages' headlines and citations), a press release's standing text ("About
 * Korvel Aerostructures", forward-looking statements, contacts), whatever follows a release's end mark ("###"), and
 * the rest of the paragraph of a desk's note ("Correction: An earlier version … It was 620, not 260.").
 */
export function boilerplateSentences(text: string, sentences: readonly Span[]): Set<number> {
  const out = new Set<number>();
  if (!sentences.length) return out;
  // a section opened by a Markdown heading ends at the next heading of its level or above; one opened by a plain line
  // at any heading, and a navigation section also at the first paragraph of prose (its items are short lines)
  // (writer: the section is an "About …" box whose paragraph has named a writer's trade, see WRITER_TRADE)
  let section: { kind: 'navigation' | 'boilerplate'; level: number; about: boolean; writer: boolean } | undefined;
  let note = false;
  const paragraphGoesOn = (i: number) => i > 0 && !BLANK_LINE.test(text.slice(sentences[i - 1].end, sentences[i].start));
  for (let i = 0; i < sentences.length; i++) {
    const unit = sentences[i];
    if (note && paragraphGoesOn(i)) { out.add(i); continue; }
    note = NOTE_START.test(unit.text);
    if (note) out.add(i);
    if (note && i === 0 && CORRECTION_START.test(unit.text) && !BLANK_LINE.test(text.slice(unit.end))) note = false;
    // "| Year | Violent crimes | Rate per 100,000 |" over "|---|---|---|": a table's column heads, no row of figures
    if (unit.text.charCodeAt(0) === 124 /* | */ && TABLE_DELIMITER_NEXT.test(text.slice(unit.end, unit.end + 200))) { out.add(i); continue; }
    // an "About Jo Bell" box over a writer's biography, in plain text, is one paragraph: the story may follow it
    if (section?.writer && !paragraphGoesOn(i)) section = undefined;
    // "About Korvel Aerostructures: Korvel is a maker of …", "Forward-Looking Statements: This release …": the
    // standing text's title as a label run on into its first sentence, on its line or the next
    if (section?.kind !== 'boilerplate' && labelledBoilerplate(text, unit)) {
      section = { kind: 'boilerplate', level: 0, about: ABOUT_OPENING.test(unit.text), writer: false };
      out.add(i);
      continue;
    }
    // most units are sentences of prose outside any such section: no line to look at
    const maybeTitle = unit.text.length <= MAX_TITLE_LENGTH && !endsLikeSentence(unit.text);
    if (!section && !maybeTitle) continue;
    const line = lineOf(text, unit);
    const title = maybeTitle && line.whole && !line.listItem && wordCount(unit.text) <= MAX_TITLE_WORDS;
    // ("Read more" right under its paragraph's last line is that paragraph's link, and opens no list of links)
    const kind = title && !(paragraphGoesOn(i) && /^read more$/i.test(unit.text)) ? sectionKind(text, unit) : undefined;
    if (kind) { section = { kind, level: line.level, about: kind === 'boilerplate' && line.level === 0 && ABOUT_OPENING.test(unit.text), writer: false }; out.add(i); continue; }
    // a plain line ends no section: a release's contact lines and a list's linked headlines look like titles themselves
    if (section && line.level > 0 && (section.level === 0 || line.level <= section.level)) section = undefined;
    if (!section) continue;
    // a citation's author ("Jo Bell.") ends like a sentence too; prose is longer. And a teaser's line ("Jo Bell, 24, is
    // wanted by police." over its headline) is a whole line with the list's next line under it, where a story's
    // paragraph ends at a blank line or goes on in its own line
    // (a paragraph may open with its story's date line run on into it, "Wednesday, May 16, 2007 The board …": the
    // sentence after the date line opens the paragraph of prose)
    if (section.kind === 'navigation' && section.level === 0 && !line.listItem && endsLikeSentence(unit.text)
      && (!paragraphGoesOn(i) || (i > 0 && !paragraphGoesOn(i - 1) && isDateline(sentences[i - 1].text)))
      && wordCount(unit.text) >= MIN_PROSE_WORDS && !(line.whole && LIST_LINE_NEXT.test(text.slice(unit.end, unit.end + 200)))) {
      section = undefined;
      continue;
    }
    if (section.about && !section.writer && WRITER_TRADE.test(unit.text)) section.writer = true;
    out.add(i);
  }
  markAfterEndMark(text, sentences, out);
  return out;
}

/** An "About …" title, after any emphasis. */
const ABOUT_OPENING = /^[*_]{0,3}about\s/i;
/**
 * What a writer's biography says of its subject's trade: "Jo Bell is a health reporter for …", "An independent
 * journalist, she has written about …", "Her work has appeared in …". A firm's "About Acme" paragraph seldom does; an
 * "About" box that does ends with its paragraph, where a blog's page has the writer's box above each post.
 */
const WRITER_TRADE = /\b(?:journalist|reporter|correspondent|columnist|editor|writer|photographer|photojournalist|freelancer)\b|\b(?:work|writing|reporting|stories) (?:has|have) appeared\b|\bhas (?:written|reported) (?:extensively |widely )?(?:about|on|for)\b/i;

/** Where a label's colon may stand in a unit: after "About X" or "Forward-looking statements". */
const MAX_LABEL = 70;
/** The first words of the labels sectionKind knows: "About", "Forward-looking", "Safe harbor", "Cautionary". */
const LABEL_OPENING = /^[*_]{0,3}(?:about|forward|safe|cautionary)[ -]/i;

/** After the label's colon: a sentence's start, a capital or a figure. */
const SENTENCE_AFTER_LABEL = lazyPattern(() => /^[*_]{0,3}\s+[*_]{0,3}[\p{Lu}\d"“]/u);

/** Whether a unit opens with the title of a release's standing text as a label before a colon and its first sentence. */
function labelledBoilerplate(text: string, unit: Span): boolean {
  const colon = unit.text.indexOf(':');
  if (colon < 5 || colon > MAX_LABEL || !LABEL_OPENING.test(unit.text)) return false;
  // (the label alone, after emphasis; what follows the colon must be a sentence's start: a capital)
  if (!SENTENCE_AFTER_LABEL().test(unit.text.slice(colon + 1))) return false;
  return sectionKind(text, { start: unit.start, end: unit.start + colon, text: unit.text.slice(0, colon) }) === 'boilerplate';
}

function sectionKind(text: string, unit: Span): 'navigation' | 'boilerplate' | undefined {
  const words = titleText(unit.text);
  if (NAVIGATION_TITLE.test(words) || (MORE_FROM.test(words) && MORE_FROM_TITLE().test(words))) return 'navigation';
  if (!BOILERPLATE_TITLE.test(words) && !(ABOUT.test(words) && ABOUT_TITLE().test(words)) && !(CAUTIONARY.test(words) && CAUTIONARY_TITLE().test(words))) return undefined;
  // "About Korvel Aerostructures" describes a sender the release has named; "About Face", a feature's heading, does not
  if (/^about\s/i.test(words) && !/^about the\s/i.test(words)) {
    const name = words.slice(6).trim().replace(/[.,]+$/, '');
    return /^\p{Lu}/u.test(name) && text.lastIndexOf(name, unit.start) >= 0 ? 'boilerplate' : undefined;
  }
  return 'boilerplate';
}

function markAfterEndMark(text: string, sentences: readonly Span[], out: Set<number>): void {
  // (only the last mark counts, and only with at most MAX_AFTER_END units after it, units in document order: the text
  // above those units is not searched)
  END_MARK.lastIndex = sentences.length > MAX_AFTER_END ? sentences[sentences.length - MAX_AFTER_END - 1].start : 0;
  let mark = -1;
  for (let m = END_MARK.exec(text); m; m = END_MARK.exec(text)) mark = m.index;
  if (mark < 0) return;
  let first = sentences.length;
  while (first > 0 && sentences[first - 1].start > mark) first--;
  if (sentences.length - first > MAX_AFTER_END) return;
  for (let i = first; i < sentences.length; i++) out.add(i);
}
