// Drugmakers named like people ("Harlan Voss's experimental kidney drug", "a vaccine from Marta Quell", "Harlan Voss
// and Co"): health news names a pharmaceutical firm by what it makes, and many such firms carry a founder's full name.
// Each cue here is one a person may have too (an inventor's vaccine, a footballer "and Co"), so each counts only as
// 'owned': a firm where the article shows nothing personal of the name (see organisationUse).
import { lazyPattern, testShaped } from '../../text/lazyPattern';

/**
 * After a name's 's: up to three words that describe a medicine (a capitalised word, one with a figure or a hyphen, a
 * possessive such as "Alzheimer's", or a word of the trade below), then "drug", "vaccine" or "medicine" and what may
 * stand after a product's noun (not a noun it qualifies: "drug pricing", "vaccine mandate" are a politician's too).
 */
const MEDICINE_AFTER_POSSESSIVE = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}(?:(?:${DESCRIBING})[ \t]{1,2}){0,3}(?:drugs?|vaccines?|medicines?)(?:[ \t]{0,2}[.,;:)]|[ \t]{1,2}(?:${AFTER_PRODUCT})(?![\p{L}\d'’-])|[ \t]{1,2}\p{Lu}|[ \t]{1,2}\p{Ll}+(?:mab|nib|vir|tide|stat|cept|parin|sartan|gliflozin|mycin|cillin|vec)\b|[ \t]*$)`, 'u'));
/** The words of the trade that describe a medicine before its noun. */
const TRADE_WORDS = String.raw`experimental|investigational|blockbuster|new|newer|older|updated|approved|oral|injectable|inhaled|nasal|rival|lead|leading|key|main|flagship|cancer|lung|breast|skin|blood|heart|kidney|liver|bladder|prostate|diabetes|obesity|dementia|migraine|flu|influenza|covid|coronavirus|booster|antiviral|cholesterol|psoriasis|arthritis|asthma|hiv|hepatitis|malaria|rsv|mpox|polio|measles|pneumonia|shingles|cervical|ovarian|gene|cell|mrna|protein|antibody`;
/** What describes a medicine before its noun: those and a capitalised word, one with a hyphen, a possessive. */
const DESCRIBING = String.raw`\p{Lu}[\p{L}\d'’.-]*|[\p{Ll}\d]+-[\p{L}\d-]+|\p{Ll}+['’]s|${TRADE_WORDS}`;
/** What may follow a product's noun: a clause's verb or a preposition, not a noun the product word qualifies. */
const AFTER_PRODUCT = String.raw`for|to|that|which|is|was|are|were|has|had|have|won|wins|failed|fails|met|meets|showed|shows|reduced|reduces|slowed|slows|cut|cuts|helped|helps|in|on|from|against|called|named|known|could|would|will|may|might|can|as|after|and|but|or|when|because|since|than|also|did|does|received|receives|got|gets|became|becomes|remains|remained`;

/** TRADE_WORDS, to look up. */
const TRADE_WORD_SET = new Set(TRADE_WORDS.split('|'));

/**
 * What every match of MEDICINE_AFTER_POSSESSIVE holds, tested with no pattern: after a blank, one of its nouns opens one
 * of the next four words, and each word before it may be DESCRIBING's (one not opening on a small letter a to z, one
 * with a hyphen, a figure or an apostrophe, or a word of the trade). Tested first: that pattern costs some 20-30 ms to
 * compile (its Unicode classes and word lists), and a possessive before "prescription drug" or "socialized medicine" is
 * ordinary news.
 */
function medicineNounSoon(tail: string): boolean {
  if (!/drug|vaccine|medicine/.test(tail)) return false;
  const words = tail.split(/[ \t]+/, 5);
  if (words[0] !== '') return false; // (no blank first)
  for (let k = 1; k < words.length; k++) {
    if (/^(?:drug|vaccine|medicine)/.test(words[k])) return true;
    if (!(/^[^a-z]|[-'’\d]/.test(words[k]) || TRADE_WORD_SET.has(words[k]))) return false;
  }
  return false;
}

/** "drug from …", "vaccine developed by …": a medicine's maker named right after. */
const MAKER_OF_MEDICINE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:drugs?|vaccines?|medicines?)[ \t]{1,2}(?:from|(?:developed|made|produced|marketed|sold|manufactured)[ \t]{1,2}by)[ \t]{1,2}$/u);
/** MAKER_OF_MEDICINE_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const MAKER_OF_MEDICINE_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:drugs?|vaccines?|medicines?)[ \t]{1,2}(?:from|(?:developed|made|produced|marketed|sold|manufactured)[ \t]{1,2}by)[ \t]{1,2}$/;

/**
 * " and Co's" or " and Company's" after a name, then its medicine ("Eli Lilly and Co's drug") or its figures ("… and
 * Co.'s quarterly profit"), or a ticker in brackets
 * ("Harlan Voss and Co (NYSE: HVC)"): a firm's style, as "& Co" is. "And Co" alone is as often a band's or a side's
 * ("Huey and Co. decided", "Kane and Co were beaten"), so it counts only with what makes it a listed drugmaker.
 */
const AND_CO_AFTER = /^ and Co(?:mpany|\.)?(?:(['’]s)|\.? \((?:NYSE|Nasdaq|NASDAQ|LSE|TSX)\b)/;
/** A listed firm's figures after its 's: "Eli Lilly and Co.'s second-quarter earnings", "… and Co's shares". */
const FIGURES_AFTER = /^[ \t](?:(?:first|second|third|fourth)[- ]quarter|quarterly|annual|earnings|shares|stock|revenue|profit|sales)\b/;
/**
 * After a name's 's: up to two describing words, a treatment's noun, then its brand ("'s diabetes treatment Velquro",
 * "'s blockbuster immunotherapy, Dormiva"): a patient's treatment is told without a brand set after it (and no weekday
 * or month).
 */
const BRANDED_TREATMENT_AFTER = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}(?:(?:${DESCRIBING})[ \t]{1,2}){0,2}(?:treatment|therapy|pill|injection|immunotherapy,?)[ \t]{1,2}(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\p{Lu}\p{Ll}{2,}`, 'u'));

/** Whether the words after a name's 's (from `end`, the 's's end) are its medicine: "'s experimental kidney drug". */
export function medicineAfterPossessive(text: string, end: number): boolean {
  const tail = text.slice(end, end + 80);
  // (a quick test before the pattern: most possessives have none of the three nouns among the next four words)
  return (medicineNounSoon(tail) && MEDICINE_AFTER_POSSESSIVE().test(tail))
    || (/treatment|therapy|pill|injection/.test(tail) && BRANDED_TREATMENT_AFTER().test(tail));
}

/** Whether a medicine's maker stands at `start`: "a vaccine from …", "the drug developed by …". */
export function makerOfMedicineBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /drug|vaccine|medicine/.test(before) && testShaped(MAKER_OF_MEDICINE_BEFORE_SHAPE, MAKER_OF_MEDICINE_BEFORE, before);
}

/** Whether " and Co's" and a medicine or its figures, or " and Co" and a ticker, follow the name that ends at `end`. */
export function andCoAfter(text: string, end: number): boolean {
  if (!text.startsWith(' and Co', end)) return false;
  const m = AND_CO_AFTER.exec(text.slice(end, end + 24));
  return m !== null && (m[1] === undefined || FIGURES_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 16))
    || medicineAfterPossessive(text, end + m[0].length));
}
