import { lazyPattern } from '../../text/lazyPattern';
// A line that only says who says what follows: "According to those reports:", "The minister said:", "Reyes told
// reporters on Tuesday:". What follows is the claim, and is scored on its own; the lead-in itself states nothing (the
// model, which learnt from debates, scored such lines 0.48-0.59 for their "according to" and "said").

/** Longest lead-in looked at: who says it, to whom, where and when, in a few words. */
const MAX_LENGTH = 100;
const COLON = 58;

/** Who says it: up to six words, none that starts a clause of its own ("Police said the suspect was armed and added:"). */
const SPEAKER = String.raw`(?!.*\b(?:and|but|that|which|who|whose|was|were|is|are|had|has|have|will|would|after|because|while)\b)[\p{L}'’.,-]+(?: [\p{L}'’.,-]+){0,5}`;
const SAYING = String.raw`(?:said|says|told [\p{L}'’ ]{1,30}?|added|adds|wrote|writes|reported|reports|explained|stated|announced|tweeted|posted|noted|warned|argued|asked|replied|responded)`;
/** Where or how it was said: "in a statement", "on Tuesday", "at a news conference", "during the debate". */
const SETTING = String.raw`(?: (?:in|on|at|during) [\p{L}'’ ]{1,40}?)?`;
const LEAD_IN = lazyPattern(() => new RegExp(String.raw`^(?:(?:according to|in the words of) [\p{L}'’.,& -]{1,60}|${SPEAKER} ${SAYING}${SETTING}):$`, 'iu'));

/** Does the line only lead in to what follows it, ending with a colon? */
export function onlyLeadsIn(sentence: string): boolean {
  const end = sentence.trimEnd();
  return end.length <= MAX_LENGTH && end.charCodeAt(end.length - 1) === COLON && LEAD_IN().test(end);
}

/**
 * A line that only points to a list or table after it: "Here's a summary of the closed roads:", "Below is a list of
 * the firms that have shut stores.", "Here is a look at the biggest deals of the year.", "Here's a brief update on each
 * of the fires still burning.", "Fares are listed below." The
 * list's entries ("Following is a rundown of …") are scored on their own; the pointer states nothing (0.50–0.81 from the model).
 * A figure other than a year makes it a claim: "Here's a breakdown of the rally: 38 false statements".
 */
const POINTER = /^(?:from [^,.!?\n]{1,80} to [^,.!?\n]{1,80}, )?(?:here(?:'s|’s| is| are)|below (?:is|are)|(?:the )?following (?:is|are)) (?:a |an |the |our )?(?:[\w-]+ ){0,2}(?:list|breakdown|summary|look|rundown|roundup|round-up|overview|timeline|recap|update|figures|numbers|facts|charts|maps|takeaways)\b/i;
/**
 * A line that lists the questions the story goes on to answer: "Here's the reason why prices are so high, how much they
 * have gone up by and what's causing it." (two question words at least: "Here's why the council cut bins" may say it).
 */
const QUESTIONS_AHEAD = /^here(?:'s|’s| is| are) (?:the (?:reasons? )?)?(?:why|how|what|when|where|who)\b/i;
const QUESTION_WORD = /\b(?:why|how|what(?:['’]s)?|when|where|who)\b/gi;
/** A figure other than a year: "the figures behind the topics that defined 2023" points to them, "38 false claims" states one. */
const FIGURE_NOT_YEAR = /(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d/;
const DETAILED_BELOW = /^[^.!?]{1,80} (?:is|are) (?:detailed|listed|shown|outlined|set out) below[.:]?$/i;
/** "Upcoming revised release dates include:", "The changes are as follows:": a list's subject and its colon, nothing else. */
const LIST_FOLLOWS = /^[^.!?:]{1,100} (?:include|includes|are as follows|is as follows):$/i;

/** "The following bids and mergers were reported by 2000 GMT on Wednesday:", "The following roads are closed:": the
 *  list's things named ahead of it and its colon (not "The following day, police said:", a time). */
const FOLLOWING_LIST = /^the following (?!(?:day|week|month|year|morning|afternoon|evening|night|season|weekend|spring|summer|autumn|fall|winter)s?\b)[^.!?:]{1,140}:$/i;

/** Does the line only point to a list or table that follows it (see POINTER, DETAILED_BELOW, LIST_FOLLOWS,
 *  FOLLOWING_LIST, QUESTIONS_AHEAD)? A figure other than a year makes it a claim. */
export function pointsToList(sentence: string): boolean {
  const c = sentence.charCodeAt(0) | 32;
  if (sentence.length > 160 || FIGURE_NOT_YEAR.test(sentence)) return false;
  // (each form's first letter, or the word it ends with, tested before its pattern)
  return ((c === 104 /* h */ || c === 98 /* b */ || c === 102 /* f */ || c === 116 /* t */) && POINTER.test(sentence))
    || (sentence.includes(' below') && DETAILED_BELOW.test(sentence))
    || (sentence.charCodeAt(sentence.length - 1) === COLON && (LIST_FOLLOWS.test(sentence) || (c === 116 && FOLLOWING_LIST.test(sentence))))
    || (c === 104 && QUESTIONS_AHEAD.test(sentence) && (sentence.match(QUESTION_WORD)?.length ?? 0) >= 2);
}

/**
 * A fact-check's sentence about its own work, the claims it checks left unnamed: "This report checks five claims about
 * schools and housing.", "The team looked into dozens of statements made by the leaders.", the claims named first
 * ("Here are four claims we are fact-checking.", "… we noted statements that we wanted to verify.") or counted in a
 * claim field ("Claim: Six claims by the candidates for mayor."). What it checks is scored where it is told; the model
 * scored these 0.55–0.90 for "claims" and "statements", and the field its checked claim's.
 */
const CHECKING_CLAIMS = /\b(?:(?:fact[- ]?)?check(?:s|ed|ing)?|verif(?:y|ied)|look(?:s|ed|ing)? into|investigat(?:es?|ed|ing)|rated?)\b[^.!?]{0,80}\b(?:claims|statements)\b/i;
const CLAIMS_WE_CHECK = /\b(?:claims|statements)\b[^.!?]{0,30}\bwe(?: \w+){0,3} (?:fact[- ]?check|check|verif|look(?:ing|ed)? into|investigat)/i;
const COUNTED_CLAIMS = /^claim:\s*\w+ claims\b/i;
/** A day's and a year's figures ("on April 16 and 17", "in 2023"): a date says when the checking was, no figure of a claim. */
const DATE_FIGURES = /\b(?:[A-Z][a-z]{2,8}\.? \d\d?(?: (?:and|to) \d\d?)?|(?:19|20)\d\d)\b/g;

/** Does the sentence only tell of checking claims it leaves unnamed (see CHECKING_CLAIMS)? Without a figure but a date's. */
export function onlyTellsOfChecking(sentence: string): boolean {
  return (sentence.includes('claims') || sentence.includes('statements'))
    && (CHECKING_CLAIMS.test(sentence) || CLAIMS_WE_CHECK.test(sentence) || COUNTED_CLAIMS.test(sentence))
    && !/\d/.test(sentence.replace(DATE_FIGURES, ''));
}
