import { lazyPattern } from '../../text/lazyPattern';
// The notices a wiki-style news page (Wikinews and the sites that copy it) sets round its story: the licence it is
// shared under ("Permission is granted to copy, distribute and/or modify this document under the terms of …", "This
// text comes from Wikinews."), a note on where the text came from ("This is a complete or partial translation of the
// article …"), a disclosure of the site's own ties ("This article mentions the Foundation, one of its projects, or
// people related to it."), a note on how the story was made or where it stands in review ("This article features
// first-hand journalism …", "This article requires pre-publication review …"), the "Sources" list's entries (`Jo Bell. "Council cuts budget" — Harbour Times, May 3,
// 2011`), and a rating widget ("(Rating 0.0/5 Stars) Total Votes: 0"). None is a claim of the story; the claim model
// scored them 0.55–0.89 for their figures, dates and "granted". Each pattern says only what such a line says.

/** Longest unit looked at: these lines are short. */
const MAX_LENGTH = 260;

/** A licence: "Permission is granted to copy …", "… is available under the Creative Commons …", "Released under the GNU …". */
const LICENCE = /^(?:permission is (?:hereby )?granted to (?:copy|use|reproduce|distribute|republish)\b|(?:this (?:text|work|article|story|page|content|document|photo|image) (?:is |was )?|(?:all )?(?:text|content) (?:is )?)?(?:available|licensed|released|published|distributed) under (?:the (?:terms of (?:the )?)?)?(?:creative commons|cc[ -]by|gnu|gfdl|open government licence)\b)/i;

/** Where the text came from: "This text comes from Harbournews.", "This article was translated from …", "This is a
 *  complete or partial translation of the article …", "Translated from the French by …". */
const PROVENANCE = lazyPattern(() => /^(?:this (?:text|article|story|report|page|content) (?:comes|came|is taken|was taken) from \S[^.!?]{0,80}[.!]?$|this (?:article |story )?(?:is|was) (?:a )?(?:complete or partial |full |partial )?translat(?:ion|ed) (?:of|from)\b|translated from (?:the )?\p{Lu}\p{Ll}+\b)/iu);

/** The site's disclosure of its own ties: "This article mentions the Wikimedia Foundation, one of its projects, or
 *  people related to it." */
const DISCLOSURE = /^this (?:article|story|page|report|post) (?:mentions|concerns|is about|covers|relates to) [^.!?]{1,120}\b(?:related to it|one of its (?:projects|sites|products|companies|subsidiaries)|its (?:parent|owner|sponsors?))\b/i;

/** The site's notes on how a story was made or where it stands in review: "This article features first-hand journalism
 *  by our members.", "This exclusive interview features first-hand journalism by a … reporter.", "This article requires
 *  pre-publication review by an uninvolved reviewer …". */
const MAKING_NOTE = /^(?:this (?:exclusive )?(?:article|interview) features first-hand journalism\b|this article requires (?:pre-publication )?review\b)/i;

/** An entry of a sources list: an optional author with a full stop, a quoted title, a dash and the publisher, and the
 *  date the piece ran ("“Storm hits jet” — Harbour Times, May 3, 2011"). The date ending it tells it from a quotation
 *  and its speaker ("“We will win” — the mayor"). */
const SOURCE_ENTRY = lazyPattern(() => /^(?:[-–•*]\s*)?(?:[\p{Lu}][^"“”\n]{0,80}?\.\s+)?["“][^"“”\n]{3,200}["”]\s*[—–-]{1,2}\s*[^"“”\n]{2,80},\s*(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9} \d{4}|\d{4}-\d{2}-\d{2})\.?$/u);

/** A rating widget's line: "(Rating 0.0/5 Stars) Total Votes: 0", "Rating: 4.5/5 (12 votes)". */
const RATING = /^\(?rating:?\s*\d+(?:\.\d+)?\s*\/\s*\d+(?:\s*stars?)?\)?(?:\s*(?:total )?votes?:?\s*\d+|\s*\(\d+ votes?\))?\.?$/i;

/** Each line's first letters, tested first: most sentences are done with after this. */
const HINT = lazyPattern(() => /^(?:[-–•*]\s*)?(?:converted|some|please|permission|this|translated|(?:all )?(?:text|content)|available|licensed|released|published|distributed|\(?rating|["“]|\p{Lu}[^"“”\n]{0,80}\.\s+["“])/iu);
/**
 * HINT without its last form, a source entry's author before its quoted title, which holds a quotation mark: HINT is
 * tried only where the unit has one. That form read up to 80 characters of every sentence that opens with a capital
 * (14 ms of CPU over a megabyte of news, when every sentence was tested).
 */
const HINT_UNQUOTED = /^(?:[-–•*]\s*)?(?:converted|some|please|permission|this|translated|(?:all )?(?:text|content)|available|licensed|released|published|distributed|\(?rating|["“])/iu;

/**
 * An archive's notes on a story it carried over: "Converted for the new archive on 14 July 2000.", "Some images and
 * formatting may have been lost in the conversion.", and a note on links sold in its text ("Please note the
 * green-lined linked text has been applied commercially …").
 */
const ARCHIVE_NOTE = lazyPattern(() => /^(?:(?:this (?:article|story|page) (?:was|has been) )?converted for the (?:new )?archive\b|some (?:images|pictures|photos)(?: and formatting)? may have been lost\b|please note (?:that )?(?:the )?[\w -]{0,30}\blinked (?:article )?text has been applied commercially\b)/i);

/** Is the unit one of a wiki-style page's notices or source entries (see above), no claim of the story? */
export function isPageNotice(unit: string): boolean {
  if (unit.length > MAX_LENGTH || !(HINT_UNQUOTED.test(unit) || ((unit.includes('"') || unit.includes('“')) && HINT().test(unit)))) return false;
  return NOTICE_WORDS.test(unit) && (ARCHIVE_NOTE().test(unit) || LICENCE.test(unit) || PROVENANCE().test(unit) || DISCLOSURE.test(unit) || MAKING_NOTE.test(unit)
    || SOURCE_ENTRY().test(unit) || RATING.test(unit));
}

/**
 * What each notice above holds, case-blind, or a character the Unicode flag folds to a letter of those words (ſ, the
 * Kelvin sign): most units HINT lets through open with "This" and hold none. The six patterns cost a process some
 * 10 ms to compile, which it paid at its first short sentence opening with "This".
 */
const NOTICE_WORDS = /^(?:permission|some (?:images|pictures|photos)|please note|\(?rating)|first-hand|requires (?:pre-publication )?review|(?:available|licensed|released|published|distributed) under |(?:comes|came|taken) from|translat|related to it|one of its|its (?:parent|owner|sponsor)|converted for|["“]|[\u017f\u212a]/i;
