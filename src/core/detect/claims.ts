import type { ClaimCandidate, ClaimCue, DateMention, PersonMention, Span } from './spans';
import * as cues from './claims/cues';
import type { Lexicon, SentenceSignals } from './claims/cues';
import * as features from './claims/features';
import { claimModel, type ClaimModel } from './claims/model';
import { ModelWords } from './claims/modelWords';
import { PairTable } from './claims/pair-table';
import { isDateline } from '../text/datelines';
import { onlyLeadsIn, onlyTellsOfChecking, pointsToList } from './claims/leadIn';
import { saysOnlyWhatWasNotSaid } from './claims/notSaid';
import { asAView, quotesOnlyAView } from './claims/quotedOpinion';
import { isInstruction } from './claims/instruction';
import { isEventNotice } from './claims/eventNotices';
import { isSiteChrome, isWriterBio } from './claims/siteChrome';
import { isAuthorBio } from './claims/authorBio';
import { isPageNotice } from './claims/pageNotices';
import { isAppealFurniture } from './claims/appealFurniture';
import { isWireNote } from './claims/wireNotes';
import { isForecastLine } from './claims/forecast';
import { isWidgetText } from './claims/widgets';
import { isPageControl } from './claims/pageControls';
import { isReaderPrompt } from './claims/readerPrompts';
import { isRosterLine } from './claims/rosterLines';
import { isResultRow } from './claims/resultRows';
import { isListingEntry } from './claims/listingEntries';
import { isMinutesLine } from './claims/minutesLines';
import { isChamberProcedure } from './claims/chamberProcedure';
import { isBlotterEntry } from './claims/blotterLines';
import { isLiveSignOff } from './claims/liveSignOffs';
import { isAskersOwnCase, isReaderQuestion } from './claims/readerQuestions';
import { isChartNote } from './claims/chartNotes';
import { isSourceNote } from './claims/sourceNotes';
import { gallerySlides, isGalleryNote } from './claims/galleryNotes';
import { standingCaptions } from './claims/standingCaptions';
import { relatedLinks } from './claims/relatedLinks';
import { isVerbToldInStory, pastFormsOf } from './claims/storyVerbs';
import { sponsoredSentences } from './claims/sponsorMessages';
import { boilerplateSentences, captionSentences, DESK_NOTE, endsLikeSentence, endsWithCaptionCredit, isDatedCaption, opensAsCaption, type Furniture, furnitureOf, headlineStatesDeed, headlineStatesFact, isFixtureLine, isStatisticLine } from './claims/furniture';
import { isMarketFurniture } from './claims/marketFurniture';
import { isResultsTableFurniture } from './claims/resultsTables';
import { hasLetter, isTranscript, isTranscriptFurniture, transcriptBody } from './claims/transcript';
import { lazyPattern } from '../text/lazyPattern';

// Imported names read once into module constants: where modules are CommonJS (tsx: tests, benchmarks) every read of
// an imported name is a getter call, which the per-token loop below should not pay.
const { CUE_BIT_WIDTH, CUE_LEXICON, readSignals } = cues;
const { CUE_FEATURES, cueIndices, hasPrefix, lengthScale, PREFIX_LENGTH, SENTENCE_END, SENTENCE_START } = features;

// Check-worthiness of each sentence: a logistic-regression model over words, word pairs, word prefixes and surface
// cues (see ./claims/features.ts; trained by tools/train-claim-model.ts on ClaimBuster, CC BY 4.0, with word weights
// that include what GloVe vectors say of each word), its bias set so 0.5 is the cross-validated decision line.

// The weights as numbers: every word of the model has an id (its place in the model file, ./claims/modelFile.ts), word
// pairs are keyed by first id × pairBase + second id (the words that occur in pairs take the ids below pairBase, so the
// key stays a 32-bit integer however many single words the model has), prefixes of a-z letters index an array
// directly, so scoring a token costs one string lookup, one integer lookup and one array read, with no "a b" strings or
// slices built. The tables are built when the first sentence is scored, not when the module loads: the extension host
// loads this module at activation, before any article is open.
interface ScoringTables {
  model: ClaimModel;
  bias: number;
  /** The cue lexicon extended with each model word's id + 1 above the cue bits: one lookup a token. */
  lexicon: Lexicon;
  /** Words that occur in pairs have ids below this; the rest of the vocabulary above it. */
  pairBase: number;
  startId: number;
  endId: number;
  wordWeights: Float64Array;
  pairWeights: PairTable;
  cueWeightOf: Float64Array;
  /** Prefix weights: a slot each, found through a direct index for prefixes of a-z and ' (nearly all), a Map for the rest. */
  prefixSlotOf: Int16Array;
  otherPrefixSlots: Map<string, number>;
  prefixWeights: Float64Array;
  /** The prefix slot of each model word (UNKNOWN_SLOT until the word is first met), so a word's prefix is looked up once. */
  wordPrefixSlot: Int16Array;
  // The model sees a sentence as a set of features, so a repeated word or pair counts once: "seen" stamps per word id
  // and per pair slot, a new stamp for each sentence, make that a compare rather than a Set.
  wordSeen: Uint32Array;
  pairSeen: Uint32Array;
  prefixSeen: Uint32Array;
}

let tables: ScoringTables | undefined;
let stamp = 0;
const cueScratch = new Int32Array(CUE_FEATURES.length);
const PREFIX_CODES = 27;
const UNKNOWN_SLOT = -2;
/** Lexicon answers kept for tokens readSignals does not keep itself. */
const MAX_REMEMBERED = 1 << 12;

function scoringTables(): ScoringTables {
  const model = claimModel();
  return tables?.model === model ? tables : (tables = buildTables(model));
}

function buildTables(model: ClaimModel): ScoringTables {
  const { pairWords: pairBase } = model;
  const wordCount = model.wordWeights.length;
  // a lexicon entry is the cue bits with id + 1 above them, in a 32-bit integer
  if (wordCount >= 2 ** (31 - CUE_BIT_WIDTH)) throw new Error(`a claim model of ${wordCount} words has more than the scorer can number`);
  const words = new ModelWords(model.lines, wordCount);
  // readSignals asks once for each different word of plain letters (it keeps the answer) and for every other token
  // ("<num>" for a figure, a sign, a word with accents): those answers are kept here, up to a bound for a long-lived host
  const others = new Map<string, number>();
  const lexicon: Lexicon = {
    get(word: string): number {
      let entry = others.get(word);
      if (entry !== undefined) return entry;
      const id = words.idOf(word);
      entry = (CUE_LEXICON.get(word) ?? 0) | (id < 0 ? 0 : (id + 1) << CUE_BIT_WIDTH);
      if (others.size < MAX_REMEMBERED) others.set(word, entry);
      return entry;
    },
  };
  const pairKeys = new Int32Array(model.pairWeights.length);
  for (let i = 0; i < pairKeys.length; i++) pairKeys[i] = model.pairFirst[i] * pairBase + model.pairSecond[i];
  const pairWeights = new PairTable(pairKeys, model.pairWeights);
  const prefixSlotOf = new Int16Array(PREFIX_CODES ** PREFIX_LENGTH).fill(-1);
  const otherPrefixSlots = new Map<string, number>();
  model.prefixes.forEach((prefix, slot) => {
    const index = prefixIndex(prefix);
    if (index >= 0) prefixSlotOf[index] = slot;
    else otherPrefixSlots.set(prefix, slot);
  });
  return {
    model, bias: model.bias, lexicon, pairBase, startId: words.idOf(SENTENCE_START), endId: words.idOf(SENTENCE_END),
    wordWeights: model.wordWeights, pairWeights, cueWeightOf: model.cueWeights,
    prefixSlotOf, otherPrefixSlots, prefixWeights: model.prefixWeights,
    wordPrefixSlot: new Int16Array(wordCount).fill(UNKNOWN_SLOT),
    wordSeen: new Uint32Array(wordCount),
    pairSeen: new Uint32Array(pairWeights.capacity),
    prefixSeen: new Uint32Array(model.prefixWeights.length),
  };
}

/** Wire and web furniture that is never a claim, however many numbers it holds; and the desk's notes on the story. */
const BOILERPLATE =
  /^(?:\(?(?:reporting|writing|additional reporting|editing|compiled|interview|interviewed|interviews) by\b|(?:th(?:is|e|ese) (?:following )?)?(?:interviews?|conversations?|transcripts?|exchanges?|answers|q ?& ?as?)? ?(?:has been |was |have been |were )?(?:lightly |slightly )?(?:edited|condensed)(?: and (?:edited|condensed))?(?: for (?:length|clarity|brevity)\b|\.?$)|editor['’]?s note\b|(?:correction|clarification)\s*[:—–]|©|(?:™|tm)\s*(?:&|and)\s*©|copyright\b|all rights reserved|release\s*(?:#|no\.)\s*[\d-]+$|click here|subscribe\b|sign up\b|follow us\b|share this\b|read more\b|(?:also read|read also|see also)\s*[|:]|in the news\s*:|related:|photo:|image:|source:|(?:watch|listen|podcast|gallery|in pictures)\s*:|[\d.,]+k? (?:comments?|shares?|replies)$)/i;
/**
 * A site's offers and controls, which may hold a price or a count ("Become a member today for $5 a month", "Get the
 * latest news delivered to your inbox", "This article is more than 2 years old", "It is now over 6 months old so the content
 * may be out of date", "This guide is for general guidance only", "Try Premium for just $1", "Gift 5 articles …").
 */
const SITE_PROMPT =
  /^(?:(?:enjoy|unlock|get|gain) (?:unlimited|full|digital|instant|free) (?:digital )?access\b|become an? (?:member|subscriber|supporter|patron)\b|support (?:our|independent|quality|local) journalism\b|already an? (?:subscriber|member)\b|(?:get|receive) (?:the|our) [a-z'’ ]{0,40}(?:in|to) your inbox\b|(?:skip|jump) to (?:the )?(?:main )?content\b|listen to this (?:article|story)\b|(?:gift|share|save) (?:this|full) (?:article|story)\b|story continues below\b|(?:this (?:article|story)|it) is (?:now )?(?:more|over)(?: than)? \d+ (?:years?|months?) old(?:$|[^.]{0,60}\bout of date\b)|(?:this|the) (?:article|information|content|page|guide)\b[^.]{0,40}\b(?:for|provided for) (?:general )?(?:guidance|information(?:al)?)(?: purposes)? only\b|all (?:figures|information)\b[^.]{0,40}\b(?:are|is) correct at the time of (?:publishing|publication|writing)\b|try (?:premium|digital|unlimited)\b|full (?:premium|digital) access\b|converts to an? (?:annual|monthly) (?:rate|subscription|plan)\b|gift (?:\d+|unlimited) (?:articles|stories)\b|buy (?:our|a) (?:new )?(?:[\w-]+ )?subscription\b|this (?:page|article|story) (?:is|has been) archived\b)/i;
/** Every contribution line (below) has one of these words: most sentences are done with after this one quick test. */
const CONTRIBUTION_HINT = /contributed|originally|version of this|first (?:published|appeared)|partnership|collaboration|co-?(?:pub|prod)|jointly|reported from|with (?:additional )?reports? /i;
/**
 * Who else reported a story, and where it ran first: "The Harbour Wire contributed to this report.", "Jo Bell in
 * Portvale contributed to this article.", "This story was originally published by the Valley Press.", "Story originally
 * appeared on the Valley Press.", "Harbour Wire
 * writer Jo Bell reported from Lima.", "— With reports from Jo Bell and Ana Cruz", "This story was co-published with the
 * Valley Press.", "This article was produced in partnership with …", "A version of this article was originally published on
 * January 27.". One pattern a form, each with its
 * letter classes tried only where its fixed words stand: a case-blind Unicode pattern's letter classes cost about 0.5 ms
 * each to compile, which every process paid at its first "contributed" or "originally" (all but one sentence of those
 * in a megabyte of news and debates said neither "contributed to this report" nor "reported from").
 */
const CONTRIBUTION_PLAIN = /^(?:(?:additional )?reporting contributed by\b|an? (?:earlier |shorter |longer |previous |different )?version of this (?:story|article|report|piece|post) (?:was |has been )?(?:originally |first )?(?:published|appeared|ran)\b|(?:this )?(?:story|article|report) (?:was )?(?:originally|first) (?:published|appeared)\b|this (?:story|article) (?:was|is being|has been) (?:co-?published|co-?produced|produced|published|reported) (?:with|in (?:partnership|collaboration) with|jointly with)\b|[—–-]*\s*\(?with (?:additional )?reports? (?:from|by)\b)/iu;
/** How each of CONTRIBUTION_PLAIN's forms opens, case-blind, or a character the Unicode flag folds to a letter of them. */
const CONTRIBUTION_OPENING = /^(?:(?:additional )?reporting contributed|an? (?:\w+ )?version of this |(?:this )?(?:story|article|report) |[—–-]*\s*\(?with (?:additional )?reports? )|[\u017f\u212a]/i;
const CONTRIBUTED = /contributed (?:(?:additional )?reporting|to this (?:report|story|article))\b/iu;
const CONTRIBUTED_BY_NAME = /^(?:[\p{L}.'’&-]+,? ){1,10}contributed (?:(?:additional )?reporting|to this (?:report|story|article))\b/iu;
const REPORTED_FROM = /reported from /iu;
const WRITER_REPORTED_FROM = lazyPattern(() => /^(?:[\p{L}.'’&-]+ ){1,4}writers? (?:[\p{L}.'’&-]+,? ){1,8}reported from (?:\p{Lu}[\p{L}.'’-]*,? ?){1,4}\.?$/iu);

/** Does the sentence say who else reported the story, or where it ran first? */
function isContribution(bare: string): boolean {
  return CONTRIBUTION_HINT.test(bare) && ((CONTRIBUTION_OPENING.test(bare) && CONTRIBUTION_PLAIN.test(bare)) || (CONTRIBUTED.test(bare) && CONTRIBUTED_BY_NAME.test(bare))
    || (REPORTED_FROM.test(bare) && WRITER_REPORTED_FROM().test(bare)));
}

/** "*Correction: …*" is a note as "Correction: …" is: Markdown emphasis is no word. */
function withoutLeadingEmphasis(sentence: string): string {
  const c = sentence.charCodeAt(0);
  return c === 42 || c === 95 ? sentence.replace(/^[*_]+/, '') : sentence;
}

/**
 * The model's log-odds are divided by this before they become a score. News sentences are longer and carry more
 * figures, names and attributions than the debate sentences the model learnt from, so their raw scores crowd between
 * 0.9 and 1 and a threshold of 0.9 hid almost nothing (10 of 10 claims of samples/harbour-bridge-funding.md). Divided,
 * they spread over the upper half, so `factcheck.claimThreshold` and the strength tiers can tell them apart. The score
 * stays on the same side of 0.5 and in the same order, so the decision at the default threshold and the ranking
 * (average precision) are unchanged.
 */
export const SCORE_TEMPERATURE = 2;

/** Model score in [0, 1] for one sentence, from its text alone. */
export function claimScore(sentence: string): number {
  const t = scoringTables();
  const signals = readSignals(sentence, t.lexicon);
  return scoreOf(t, sentence, signals, furnitureOf(sentence), scoreBeforeFurniture(t, sentence, signals), 0);
}

/**
 * How much of its score a headline or caption keeps (a unit without a sentence's final punctuation) when it states no
 * quantity and no event (headlineStatesFact): "Residents Gather in the Rain" and "Week in Pictures: March 2025" rank
 * below the article's sentences, under the line.
 */
const UNTERMINATED_WEIGHT = 0.45;

/**
 * A sentence that states a deed of a named subject ("The council approved a new tram line", see SentenceSignals.deed)
 * is a claim by this rule, whatever the model says: its score is the model's and the rule's combined as either of
 * two independent judges saying "claim" (1 − (1 − model)(1 − DEED_SCORE)), so every deed clears the default threshold
 * and deeds keep the model's order among themselves. The model learnt from debates, where such sentences are rare (21
 * of 7,976 in ClaimBuster, 18 of them check-worthy), and scored short ones at 0.48–0.55; in news they are what an
 * editor checks first.
 */
export const DEED_SCORE = 0.5;

/**
 * Page furniture and standing lines that state nothing to check, whatever the model would say of their words. The
 * signals (a figure, a quotation) tell without another look at the text where a line says more than its kind does.
 */
function isNeverAClaim(sentence: string, bare: string, signals: SentenceSignals): boolean {
  return BOILERPLATE.test(bare) || SITE_PROMPT.test(bare) || DESK_NOTE.test(bare) || isContribution(bare)
    || (!signals.digit && !signals.quote && (saysOnlyWhatWasNotSaid(bare) || onlyLeadsIn(bare) || (!signals.event && isWriterBio(bare))))
    || (!signals.quote && onlyTellsOfChecking(bare))
    || (!signals.quote && (isInstruction(bare) || isEventNotice(bare) || isForecastLine(bare) || isWidgetText(bare) || isListingEntry(bare, signals) || isMinutesLine(bare) || isChamberProcedure(bare) || isBlotterEntry(bare) || isLiveSignOff(bare) || isReaderQuestion(bare) || isChartNote(bare) || pointsToList(bare) || isAskersOwnCase(bare)))
    || isSiteChrome(bare) || isAuthorBio(bare) || isReaderPrompt(bare) || isPageNotice(bare) || isWireNote(bare) || isMarketFurniture(bare) || isResultsTableFurniture(bare)
    || isPageControl(bare) || isAppealFurniture(bare)
    || isDateline(sentence) || isFixtureLine(sentence) || isRosterLine(bare) || isResultRow(bare) || isOneWord(bare) || endsWithCaptionCredit(bare) || opensAsCaption(bare)
    || isDatedCaption(bare) || (!signals.quote && (isSourceNote(bare) || isGalleryNote(bare)));
}

/**
 * The sentence's score, given its score before the furniture tests (scoreBeforeFurniture); `kept` is the least
 * (rounded) score the caller keeps, or 0 for every score. Page furniture scores 0, which matters only where its score
 * would otherwise be kept: a sentence under `kept` is dropped whatever it is, so it keeps its score untested. The
 * furniture tests cost about as much as all the rest of the scoring (some forty patterns a sentence), and three
 * sentences in four of news fall under the default threshold. `labels`: the text is a transcript (isTranscript), whose
 * speakers' labels are taken off a turn; `turn`: the sentence is a turn with its head already taken off.
 */
function scoreOf(t: ScoringTables, sentence: string, signals: SentenceSignals, furniture: Furniture | undefined, score: number,
  kept: number, labels = false, turn = false): number {
  if (furniture !== undefined) return 0;
  const bare = withoutLeadingEmphasis(sentence);
  if (!turn && !isClaimField(bare)) {
    // a transcript's turn is scored without its time stamp and speaker's label ("0:01:46 > 0:01:51", "DANA BASH, CNN
    // HOST:"), and its framing talk (greetings, introductions, a chair's calls, a debate's rules) scores 0 (./claims/transcript.ts)
    // (a label only in a transcript: see isTranscript)
    const start = transcriptBody(bare, labels);
    if (start > 0) {
      const words = bare.slice(start);
      // (a label over figures alone is a field of a list or table, "Turnout: 61,300", and is scored whole)
      if (hasLetter(words)) {
        const wordSignals = readSignals(words, t.lexicon);
        const own = scoreOf(t, words, wordSignals, furnitureOf(words), scoreBeforeFurniture(t, words, wordSignals), kept, labels, true);
        // (the whole unit's furniture tests too, where the turn's score is kept)
        return own > 0 && !(kept > 0 && round(own) < kept) && isNeverAClaim(sentence, bare, signals) ? 0 : own;
      }
      if (words.trim() === '' || transcriptBody(bare, false) > 0) return 0;
    }
  }
  if (kept > 0 && round(score) < kept) return score;
  return !hasLetter(bare) || isTranscriptFurniture(bare, signals.digit) || isNeverAClaim(sentence, bare, signals) ? 0 : score;
}

/** Whether the unit may be scored without its transcript's head (transcriptBody): not a fact-check's "Claim: …" line. */
function isClaimField(bare: string): boolean {
  return (bare.charCodeAt(0) | 32) === 99 /* c */ || (bare.charCodeAt(0) | 32) === 116 /* t */ ? CLAIM_FIELD.test(bare) : false;
}

/** The model's score with the rules of deeds, checked claims and unterminated units, as if the unit were no furniture. */
function scoreBeforeFurniture(t: ScoringTables, sentence: string, signals: SentenceSignals, underClaimLabel = false,
  toldVerb?: (token: string, bare: boolean) => boolean): number {
  const bare = withoutLeadingEmphasis(sentence);
  const modelled = modelScore(t, signals);
  const sentenceEnd = endsLikeSentence(sentence);
  // "Claim: Video shows protesters in the capital", "CLAIM: The mayor cut 400 jobs": a fact-check's line of the claim it
  // checked is a claim, as a deed is, with or without its full stop
  const checked = underClaimLabel || isClaimField(bare);
  // a headline's deed in its present tense ("Council approves tram line") is a deed as the sentence's past tense is
  const headlineDeed = !sentenceEnd && headlineStatesDeed(sentence, signals, toldVerb);
  const deed = signals.deed || checked || headlineDeed;
  const score = deed ? 1 - (1 - modelled) * (1 - DEED_SCORE) : modelled;
  // (a headline's deed is an event told, whether its verb is active or passive: "Arrest made in shooting")
  const weighed = checked || sentenceEnd || headlineDeed || headlineStatesFact(signals) || (signals.digit && isStatisticLine(bare)) ? score : score * UNTERMINATED_WEIGHT;
  // (a source's view in its own words: ./claims/quotedOpinion.ts)
  return quotesOnlyAView(bare, signals) ? asAView(weighed) : weighed;
}

/**
 * A unit of one word and its punctuation ("Posted!", "Yes.", "Sent!", "Updated"): a button's label, an answer, a
 * confirmation. One word states nothing to check; the model scored some of them 0.50 for a word's weight alone.
 */
function isOneWord(unit: string): boolean {
  return unit.length <= 24 && ONE_WORD.test(unit);
}
const ONE_WORD = /^\s*[\p{L}'’-]+[.!?…]*\s*$/u;

/**
 * A fact-check's label alone on its line over the claim it checked: "What was claimed", "The claim", "Claim:". The unit
 * under it is the claim, as a "Claim: …" field's words are.
 */
function isClaimLabel(unit: string): boolean {
  return unit.length <= 24 && CLAIM_LABEL.test(unit);
}
const CLAIM_LABEL = /^[*_]{0,2}(?:what was claimed|what (?:they|he|she) claimed|(?:the )?claims?(?: checked)?)[*_]{0,2}\s*:?[*_]{0,2}$/i;

/** A fact-check's field naming the claim it checked, before at least three words of it: "Claim: …", "The claim: …". */
const CLAIM_FIELD = /^(?:the )?claim(?: checked)?\s*[:—–]\s*(?:\*\*|__)?\S+\s+\S+\s+\S+/i;

function modelScore(t: ScoringTables, signals: SentenceSignals): number {
  const { wordWeights, wordSeen, pairWeights, pairSeen, pairBase, prefixWeights, prefixSeen, wordPrefixSlot } = t;
  if (++stamp === 0x100000000) { wordSeen.fill(0); pairSeen.fill(0); prefixSeen.fill(0); stamp = 1; }
  const mark = stamp;
  const { tokens, entries } = signals;
  let words = 0;
  let previous = t.startId;
  for (let k = 0; k < entries.length; k++) {
    const id = (entries[k] >> CUE_BIT_WIDTH) - 1;
    let slot: number;
    if (id >= 0) {
      if (wordSeen[id] !== mark) { wordSeen[id] = mark; words += wordWeights[id]; }
      if (previous >= 0 && id < pairBase) words += pairWeights.valueOnce(previous * pairBase + id, pairSeen, mark);
      slot = wordPrefixSlot[id];
      // the token's prefix is its word's: a word token is its model word, and a number ("<num>", "<year>") or a sign
      // has no prefix feature either way
      if (slot === UNKNOWN_SLOT) slot = wordPrefixSlot[id] = prefixSlot(t, tokens[k]);
    } else slot = prefixSlot(t, tokens[k]);
    if (slot >= 0 && prefixSeen[slot] !== mark) { prefixSeen[slot] = mark; words += prefixWeights[slot]; }
    previous = id < pairBase ? id : -1;
  }
  if (previous >= 0) words += pairWeights.valueOnce(previous * pairBase + t.endId, pairSeen, mark);
  let z = t.bias + lengthScale(tokens.length) * words;
  for (let i = cueIndices(signals, cueScratch) - 1; i >= 0; i--) z += t.cueWeightOf[cueScratch[i]];
  return 1 / (1 + Math.exp(-z / SCORE_TEMPERATURE));
}

/** The slot of a token's prefix weight, or -1 where it has no prefix feature or the model no weight for it. */
function prefixSlot(t: ScoringTables, token: string): number {
  if (!hasPrefix(token)) return -1;
  const index = prefixIndex(token);
  return index >= 0 ? t.prefixSlotOf[index] : t.otherPrefixSlots.get(token.slice(0, PREFIX_LENGTH)) ?? -1;
}

/**
 * A word's prefix as an array index when its first PREFIX_LENGTH characters are a-z or an apostrophe (base 27), else
 * -1. Used for "gov*" in the model and for "government" in a sentence.
 */
function prefixIndex(word: string): number {
  let index = 0;
  for (let i = 0; i < PREFIX_LENGTH; i++) {
    const c = word.charCodeAt(i);
    const code = c >= 97 && c <= 122 ? c - 97 : c === 39 ? 26 : -1;
    if (code < 0) return -1;
    index = index * PREFIX_CODES + code;
  }
  return index;
}

/**
 * Scores each sentence for check-worthiness; `people` and `dates` add the 'person' and 'date' cues. Given the text the
 * sentences come from, a photo's caption and the page's navigation and standing text score 0 (see captionSentences,
 * boilerplateSentences). Given `kept`, the least score the caller keeps (analyze's threshold), a sentence scoring under
 * it may keep the model's score where it is page furniture that would score 0: the caller drops it either way.
 * `referenceDate` (YYYY-MM-DD), the article's date, tells a caption's day gone from a timetable's day ahead.
 */
export function scoreClaims(sentences: Span[], people: PersonMention[], dates: DateMention[], text?: string, kept = 0, referenceDate?: string): ClaimCandidate[] {
  if (!sentences.length) return []; // nothing to score: the model is not even read
  const personAt = overlapFinder(people);
  const dateAt = overlapFinder(dates);
  const t = scoringTables();
  const signals = sentences.map(sentence => readSignals(sentence.text, t.lexicon));
  // (a headline's verb no list names is a verb where the story tells it again in its past: ./claims/storyVerbs.ts)
  let pastForms: ReadonlySet<string> | undefined;
  const toldVerb = text === undefined ? undefined : (token: string, bare: boolean) => isVerbToldInStory(token, bare, pastForms ??= pastFormsOf(text));
  const before = sentences.map((sentence, i) => scoreBeforeFurniture(t, sentence.text, signals[i], i > 0 && isClaimLabel(sentences[i - 1].text), toldVerb));
  const transcript = isTranscript(sentences);
  // what page furniture each sentence is, worked out once for both the captions and the scores; of a sentence dropped
  // under `kept` only whether it is a credit, which makes captions of the sentences before it (a transcript's turn is
  // scored without its head, which may score more than the whole: not dropped here)
  const furniture = sentences.map((sentence, i) => furnitureOf(sentence.text,
    kept > 0 && round(before[i]) < kept && transcriptBody(withoutLeadingEmphasis(sentence.text), transcript) === 0));
  const captions = text === undefined ? undefined : captionSentences(text, sentences, furniture);
  const boilerplate = text === undefined ? undefined : boilerplateSentences(text, sentences);
  const sponsored = text === undefined ? undefined : sponsoredSentences(text, sentences);
  const standing = text === undefined ? undefined : standingCaptions(text, sentences, dates, referenceDate);
  const links = text === undefined ? undefined : relatedLinks(text, sentences);
  const slides = gallerySlides(sentences.map(sentence => sentence.text));
  return sentences.map((sentence, i) => {
    const cues = textCues(signals[i]);
    if (personAt(sentence)) cues.push('person');
    if (dateAt(sentence)) cues.push('date');
    const score = captions?.has(i) || boilerplate?.has(i) || sponsored?.has(i) || standing?.has(i) || links?.has(i) || slides.has(i) ? 0 : round(scoreOf(t, sentence.text, signals[i], furniture[i], before[i], kept, transcript));
    return { start: sentence.start, end: sentence.end, text: sentence.text, score, cues };
  });
}

function textCues(signals: SentenceSignals): ClaimCue[] {
  const cues: ClaimCue[] = [];
  if (signals.number) cues.push('number');
  if (signals.comparison) cues.push('comparison');
  if (signals.attribution) cues.push('attribution');
  if (signals.quote) cues.push('quote');
  if (signals.event) cues.push('event');
  return cues;
}

/**
 * A test "does any span overlap this sentence?" for sentences asked in document order: a moving pointer over the
 * spans sorted by start, so a whole article costs one pass rather than sentences × spans.
 */
function overlapFinder(spans: Span[]): (sentence: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let first = 0;
  let lastStart = -Infinity;
  return sentence => {
    if (sentence.start < lastStart) first = 0; // not in order after all: start over
    lastStart = sentence.start;
    while (first < sorted.length && sorted[first].end <= sentence.start) first++;
    for (let i = first; i < sorted.length && sorted[i].start < sentence.end; i++) {
      if (sorted[i].end > sentence.start) return true;
    }
    return false;
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
