// What a claim says, reduced to what matching compares: its content words (lower-cased, lightly stemmed, function
// words left out), its figures (a value with its scale and unit, however written: "12 million euros", "€12m",
// "12,000,000 euros"), its years, the names it capitalises, and whether it is negated. Pure and table-free apart from
// the short word lists below, so the same reduction runs on a 10,000-verdict index and on a hovered sentence.
import { withoutAccents } from '../text/accents';
import { lazyPattern } from '../text/lazyPattern';

/** A figure as said: its value (scale applied), its unit ('' for a bare count) and the words it was written as. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly text: string;
}

export interface ClaimTerms {
  /** Content words, stemmed, in text order (repeats kept: BM25 counts them). */
  readonly words: readonly string[];
  readonly figures: readonly Figure[];
  /** Four-digit years mentioned (1000–2199), as numbers. */
  readonly years: readonly number[];
  /** Capitalised words not at the start of a sentence, lower-cased and stemmed like `words` ("marrow", "vessby"). */
  readonly names: readonly string[];
  /** The names as written, by their lower-cased form, for explanations. */
  readonly nameText: ReadonlyMap<string, string>;
  readonly negated: boolean;
}

/** Function words: frequent everywhere, they tell two claims apart by nothing. Negations are not here (see NEGATIONS). */
const STOP_WORDS = new Set(`a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself of off on once only
or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up upon very was we were what when where which while who whom
why will with would you your yours yourself yourselves s t re ve ll d m via amp rt http https www com html`.split(/\s+/));

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without']);

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
/** Units a figure is said in, by how they are written, to one name each. */
const UNITS: Record<string, string> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', pct: 'percent', percentage: 'percent',
  '€': 'euro', euro: 'euro', euros: 'euro', eur: 'euro',
  '$': 'dollar', dollar: 'dollar', dollars: 'dollar', usd: 'dollar',
  '£': 'pound', pound: 'pound', pounds: 'pound', gbp: 'pound',
  people: 'people', persons: 'people', person: 'people',
  year: 'year', years: 'year', month: 'month', months: 'month', day: 'day', days: 'day', week: 'week', weeks: 'week',
  km: 'km', kilometres: 'km', kilometers: 'km', mile: 'mile', miles: 'mile', kg: 'kg', tonnes: 'tonne', tons: 'tonne',
};
const CURRENCY_SIGN = /[€$£]/;
/** Month names and their short forms ("may" counts only beside a day). */
const MONTHS = new Set(`january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec`.split(/\s+/));
const GLUED_SCALES = new Set(['k', 'm', 'mn', 'bn', 'b', 'tn']);

const TOKEN = lazyPattern(() => /[€$£]?\d+(?:,\d{3})*(?:\.\d+)?%?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|%/gu);
const SENTENCE_BREAK = /[.!?:;"“”()\n]\s*$/;

/** English plurals no ending rule reads ("knives" is no "knive"): a claim about a knife meets one about knives.
 *  ("people" stays: it is a figure's unit, "300 people"; "leaves" stays: more often "she leaves" than leaves of trees.) */
const IRREGULAR_PLURALS = new Map(Object.entries({
  children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  wives: 'wife', knives: 'knife', wolves: 'wolf', halves: 'half', thieves: 'thief', shelves: 'shelf',
}));

/** A light English stemmer: plural and verb endings only, so "prisoners"/"prisoner", "released"/"release" meet while
 *  words keep most of their meaning (no Porter-style "university" → "univers"). */
export function stem(word: string): string {
  if (word.length <= 3) return IRREGULAR_PLURALS.get(word) ?? word;
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  const singular = IRREGULAR_PLURALS.get(word);
  if (singular) return singular;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.endsWith('ied') ? `${word.slice(0, -3)}y` : word.slice(0, -2));
  return word;
}

/** "stopped" → "stopp" → "stop"; "released" → "releas" keeps its stem (the same for "release" via the 'e' rule). */
function undouble(base: string): string {
  if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss|zz)$/.test(base)) return base.slice(0, -1);
  return base;
}

/** The form a content word is indexed under: lower-case, stemmed, a final silent 'e' dropped so "release",
 *  "released" and "releases" are one term. */
export function termOf(word: string): string {
  // ("Kópavogur" and "Kopavogur", "Ibáñez" and "Ibanez" are one term)
  const stemmed = stem(withoutAccents(word.toLowerCase()).replace(/’/g, "'")).replace(/'/g, '');
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}


/** Pieces of a joined-up tag that need not be words the verdicts use: function words ("#keepthepieropen",
 *  "@notaldoferrin") and a few short ones ("#HarbourTV" written "#harbourtv"). */
const SHORT_PIECES = new Set(['go', 'tv', 'us', 'uk', 'eu', 'un']);

function isPiece(piece: string, known: (term: string) => boolean): boolean {
  if (piece.length >= 3 && known(termOf(piece))) return true;
  return piece.length >= 2 && (STOP_WORDS.has(piece) || NEGATIONS.has(piece) || SHORT_PIECES.has(piece));
}

/**
 * A word written without spaces ("gluehoneyjars", "notaldoferrin") as the fewest known words it is made of, or
 * undefined when it cannot be read so entirely. `known` says whether a term is a word worth splitting into.
 */
export function splitJoinedWord(word: string, known: (term: string) => boolean): string[] | undefined {
  const n = word.length;
  // fewest pieces to read word[0, i); ties go to the reading whose pieces are longer (sum of squared lengths)
  const pieces = new Array<number>(n + 1).fill(Infinity);
  const spread = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  pieces[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      if (pieces[start] === Infinity) continue;
      const piece = word.slice(start, end);
      if (!isPiece(piece, known)) continue;
      const count = pieces[start] + 1;
      const squared = spread[start] + piece.length ** 2;
      if (count < pieces[end] || (count === pieces[end] && squared > spread[end])) {
        pieces[end] = count;
        spread[end] = squared;
        from[end] = start;
      }
    }
  }
  if (pieces[n] === Infinity || pieces[n] < 2) return undefined;
  const out: string[] = [];
  for (let end = n; end > 0; end = from[end]) out.unshift(word.slice(from[end], end));
  return out;
}

export function isStopWord(lowerWord: string): boolean {
  return STOP_WORDS.has(lowerWord);
}

export function isNegation(lowerWord: string): boolean {
  return NEGATIONS.has(lowerWord);
}

/** A place's name and its people's adjective, as English forms them: "russia"/"russian", "iran"/"iranian",
 *  "italy"/"italian", "mexico"/"mexican". The other forms of a name term (some are no words: the caller keeps those a
 *  verdict uses). */
export function nameForms(term: string): string[] {
  const places = new Set([term]);
  if (term.endsWith('ian')) places.add(term.slice(0, -3)).add(`${term.slice(0, -3)}y`);
  if (term.endsWith('an')) places.add(`${term.slice(0, -2)}o`);
  if (term.endsWith('n')) places.add(term.slice(0, -1));
  const forms = new Set<string>();
  for (const place of places) {
    forms.add(place).add(`${place}n`).add(`${place}ian`);
    if (place.endsWith('y')) forms.add(`${place.slice(0, -1)}ian`);
    if (place.endsWith('o')) forms.add(`${place.slice(0, -1)}an`);
  }
  forms.delete(term);
  return [...forms].filter(form => form.length >= 4);
}

function numberValue(token: string): number | undefined {
  const digits = token.replace(/[€$£%,]/g, '');
  if (!digits) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

/** A quoted social-media post's links say nothing about its claim; its hashtags and handles do, by their words. A
 *  link is often glued to the word before it when a post is copied ("#Claycrafthttps://t.co/…"). */
const LINK = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/g;
/** A hashtag or handle: its words count ("#HarbourDeal" → "Harbour Deal", "@realMinaHolt" → "real Mina Holt", and
 *  capitals before a word: "@NWSVessby" → "NWS Vessby", "@AnnaKLund" → "Anna K Lund"). */
const TAG = /[#@](\w+)/g;
/** Put before each word of a hashtag or handle, so that one written without capitals ("#gluehoneyjars") can be
 *  read as the words it joins; the invisible separator is no letter, so it never ends up inside a word. */
const TAG_MARK = '\u2063';

function postText(text: string, markTags: boolean): string {
  return text.replace(LINK, ' ').replace(TAG, (_, tag: string) => {
    const words = tag.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2').replace(/_/g, ' ');
    return ` ${markTags ? words.replace(/(?<![\p{L}\p{N}])(?=\p{L})/gu, TAG_MARK) : words} `;
  });
}

/** The signature line a copied post ends with: "— Mina Holt (@minaholt) October 14, 2022". */
const SIGNATURE = /(?:[—–]|\s-)\s*[^—–\n]{0,100}\(@\w+\)\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{2,4}["”]?\s*$/u;

/** Where the signature line of a copied post starts at the end of a text; the text's length when it has none. */
export function signatureStart(text: string): number {
  return SIGNATURE.exec(text)?.index ?? text.length;
}

export function withoutPostFurniture(text: string): string {
  return postText(text, false);
}

export interface TermOptions {
  /** Whether a term is one the verdicts use. A hashtag or handle written without capitals that is no such term
   *  ("#gluehoneyjars", "@notaldoferrin") is read as the known words it is made of. */
  readonly known?: (term: string) => boolean;
}

/** Joined-up tags are at least this long: shorter ones are more often names or abbreviations than joined words. */
const JOINED_MIN_LENGTH = 6;

/** Reduces a claim's words to what matching compares. */
export function claimTerms(text: string, options: TermOptions = {}): ClaimTerms {
  const normalized = postText(text.normalize('NFKC'), options.known !== undefined);
  const words: string[] = [];
  const figures: Figure[] = [];
  const years: number[] = [];
  const names: string[] = [];
  const nameText = new Map<string, string>();
  let negated = false;
  const tokens: Array<{ token: string; index: number }> = [];
  for (const match of normalized.matchAll(TOKEN())) tokens.push({ token: match[0], index: match.index });

  for (let i = 0; i < tokens.length; i++) {
    const { token, index } = tokens[i];
    const lower = token.toLowerCase();
    // "October 14, 2022" says when, not that anything numbered 14: the month and the year are its terms
    if (isDayOfMonth(tokens, i) || isOrdinalEnding(tokens, i)) continue;
    if (/\d/.test(token) || (NUMBER_WORDS[lower] !== undefined && lower !== 'one')) {
      const figure = readFigure(tokens, i);
      if (figure) {
        i = figure.last;
        if (figure.year) years.push(figure.value);
        else figures.push({ value: figure.value, unit: figure.unit, text: normalized.slice(index, figure.end).trim() });
        continue;
      }
    }
    // "No. 5" is a number, not a "no"
    if (lower === 'no' && /^\.\s*\d/.test(normalized.slice(index + 2, index + 5))) continue;
    if (NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t')) {
      negated = true;
      continue;
    }
    if (STOP_WORDS.has(lower) || lower.length < 2 || NUMBER_WORDS[lower] !== undefined) continue;
    // "she'd", "that's", "I'm": a function word with its verb glued on is no content word ("she'd" is not "shed")
    if (STOP_WORDS.has(lower.split(/['’]/)[0])) continue;
    const term = termOf(lower);
    const joined = options.known && normalized[index - 1] === TAG_MARK && lower.length >= JOINED_MIN_LENGTH && !options.known(term)
      ? splitJoinedWord(lower, options.known) : undefined;
    if (joined) {
      for (const piece of joined) if (!STOP_WORDS.has(piece) && !NEGATIONS.has(piece)) words.push(termOf(piece));
      continue;
    }
    words.push(term);
    const startsSentence = index === 0 || SENTENCE_BREAK.test(normalized.slice(Math.max(0, index - 3), index));
    if (/^\p{Lu}/u.test(token) && !startsSentence) {
      names.push(term);
      if (!nameText.has(term)) nameText.set(term, token);
    }
  }
  return { words, figures, years, names, nameText, negated };
}

/** Whether token i is the day of "14 October", "October 14" or "Oct. 14th". */
function isDayOfMonth(tokens: ReadonlyArray<{ token: string; index: number }>, i: number): boolean {
  const token = tokens[i].token;
  if (!/^\d{1,2}$/.test(token) || Number(token) < 1 || Number(token) > 31) return false;
  const word = (k: number) => tokens[k]?.token.toLowerCase() ?? '';
  const after = ['st', 'nd', 'rd', 'th'].includes(word(i + 1)) ? i + 2 : i + 1;
  return MONTHS.has(word(i - 1)) || MONTHS.has(word(after));
}

/** Whether token i is the ending of an ordinal written with digits ("100th", "2nd"): the figure says it all. */
function isOrdinalEnding(tokens: ReadonlyArray<{ token: string; index: number }>, i: number): boolean {
  const before = tokens[i - 1];
  return /^(?:st|nd|rd|th)$/i.test(tokens[i].token) && before !== undefined && /\d$/.test(before.token)
    && before.index + before.token.length === tokens[i].index;
}

interface ReadFigure { value: number; unit: string; last: number; end: number; year: boolean }

/** The figure starting at token i: a number (digits or words) with its scale and unit, or undefined. */
function readFigure(tokens: ReadonlyArray<{ token: string; index: number }>, i: number): ReadFigure | undefined {
  const first = tokens[i].token;
  const lower = first.toLowerCase();
  let value = /\d/.test(first) ? numberValue(first) : NUMBER_WORDS[lower];
  if (value === undefined) return undefined;
  let unit = first.endsWith('%') ? 'percent' : CURRENCY_SIGN.test(first) ? UNITS[first.match(CURRENCY_SIGN)![0]] : '';
  let last = i;
  // "12.5m", "3bn": a scale glued to the digits is the next token, with no space between
  const glued = tokens[i + 1];
  if (/\d/.test(first) && glued && glued.index === tokens[i].index + first.length && GLUED_SCALES.has(glued.token.toLowerCase())) {
    value *= SCALES[glued.token.toLowerCase()];
    last++;
  }
  const isYear = /^\d{4}$/.test(first) && value >= 1000 && value < 2200;
  const next = (k: number) => tokens[k]?.token.toLowerCase();
  if (!/\d/.test(first)) {
    // "twenty five", "two hundred": number words that continue
    while (next(last + 1) !== undefined && NUMBER_WORDS[next(last + 1)!] !== undefined) {
      const more = NUMBER_WORDS[next(last + 1)!];
      // "two hundred", "three dozen" multiply; "twenty five" adds
      value = more === 100 || (more === 12 && next(last + 1) === 'dozen') ? value * more : value + more;
      last++;
    }
  }
  const scale = next(last + 1);
  if (scale && SCALES[scale] && scale.length > 1 && !['m', 'b'].includes(scale)) {
    value *= SCALES[scale];
    last++;
  }
  const after = next(last + 1);
  if (!unit && after === 'per' && next(last + 2) === 'cent') {
    unit = 'percent';
    last += 2;
  } else if (!unit && after && UNITS[after]) {
    unit = UNITS[after];
    last++;
  }
  if (isYear && !unit && last === i) return { value, unit: '', last, end: tokens[i].index + first.length, year: true };
  const end = tokens[last].index + tokens[last].token.length;
  return { value, unit, last, end, year: false };
}

/** A figure as one indexable term: its value and unit ("#12000000euro"). */
export function figureTerm(figure: Figure): string {
  return `#${Number(figure.value.toPrecision(6))}${figure.unit}`;
}

export function yearTerm(year: number): string {
  return `#y${year}`;
}
