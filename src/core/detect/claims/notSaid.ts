import { lazyPattern } from '../../text/lazyPattern';
// Sentences that say only what was not said: the standing lines of wire copy ("Chevron declined to comment.",
// "Reuters could not independently verify the reports.", "Terms of the deal were not disclosed."). Nobody checks them,
// and the claim model, which learnt from debates, scored many of them as claims (0.50–0.77 in wire and Wikinews
// stories). Each is recognised only when nothing else is said: no figure, no quotation, no "but" or semicolon before it
// ("Police confirmed two arrests but declined to comment further." stays a claim) and no clause of its own in the
// subject ("The firm, which lost $2 billion last year, declined to comment.").

/**
 * Longest such sentence looked at: they are short ("Lawyers for the two companies did not respond to requests for
 * comment on Friday evening." is 87 characters), and the sentences up to this length hold about 60% of a news text.
 */
const MAX_LENGTH = 160;
/**
 * Every such sentence says "no", "not", "-n't", "declined", "refused", "unable" or "first reported", and nearly every
 * one a word of HINT: most sentences are done with after these two quick tests. All is case-sensitive: predicates are
 * written in lower case, and a Unicode pattern compiles far larger (and slower, on its first use) under the i flag.
 */
const NEGATION = /\b[Nn]o|n['’]t\b|declin|refus|unable|first rep/;
const HINT = /comment|reach|availab|respon|repl|return|answer|interview|named|verif|confirm|corroborat|authenticat|disclos|releas|public|detail|information|explanation|first rep/;

/** What may come before the predicate: the subject and who said it, with no figure and no clause of its own. */
const SUBJECT = String.raw`^((?:(?!\b(?:but|which|who|whose|after|because|although|though|while)\b)[^\d;:"“”()])*?)\b`;
/** What may follow it: "further", "by phone", "when contacted by …", "on the matter", "at the embassy", "on Friday evening". */
const TAIL = String.raw`(?: (?:further|by (?:phone|telephone|e-?mail)|when (?:contacted|asked)(?: by [\p{L} ]{1,40})?|(?:on|at|about|of) (?:the|this|that|its|his|her|their) (?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+|(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?: (?:morning|afternoon|evening|night))?))*[.!]?["”’]?$`;
const THE_THING = String.raw`(?:the|this|that|these|those|its|his|her|their) (?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+|it|them|this|that`;

const PREDICATES = [
  // no comment: "declined to comment", "did not return calls seeking comment", "could not be reached for comment"
  String.raw`(?:declined|declines|refused|refuses|(?:did|does|would) not|didn['’]t|doesn['’]t|wouldn['’]t)(?: to)? (?:immediately )?(?:comment|be interviewed|be named)`,
  String.raw`(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not) (?:immediately |yet )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?) (?:to )?(?:a |an |the |several |repeated |multiple |two |three )?(?:[\p{L}-]+ )?(?:requests?|calls?|messages?|e-?mails?|queries|inquiries|enquiries|questions)(?: (?:for|seeking) (?:comment|a response))?`,
  // "A deal could not be reached." and "The vaccine was not available." are claims: only "for comment" makes these none
  String.raw`(?:could not|couldn['’]t|cannot|can['’]t|was not|wasn['’]t|were not|weren['’]t) (?:immediately )?(?:be )?(?:reached|available|contacted) for (?:comment|a response)`,
  String.raw`(?:had|has|have|gave|offered) no (?:immediate |further )?(?:comment|response)`,
  String.raw`[Nn]o(?: one|body)? (?:was|were) (?:immediately )?available for comment`,
  // the desk could not check it: "Reuters could not independently verify the reports"
  String.raw`(?:could not|couldn['’]t|cannot|can['’]t|(?:was|were|is|are) (?:not able|unable) to|(?:has|have) not been able to) (?:immediately )?(?:independently )?(?:verify|confirm|corroborate|authenticate)(?: (?:${THE_THING}))?`,
  // details withheld: "gave no further details", "No further details were available"
  String.raw`(?:gave|provided|offered|released|disclosed) no (?:further |other |more |immediate )?(?:details|information|explanation|reason)|(?:did not|didn['’]t) (?:give|provide|offer|release|disclose) (?:any )?(?:further |other |more )?(?:details|information|explanation|reason)`,
  String.raw`[Nn]o (?:further |other |more )?(?:details|information) (?:was|were) (?:immediately )?(?:available|given|released|disclosed)`,
];
const NOT_SAID = lazyPattern(() => new RegExp(`${SUBJECT}(?:${PREDICATES.join('|')})${TAIL}`, 'u'));
/**
 * The predicates alone, a word's letters read as any but a space: NOT_SAID needs one, and its letter classes (about
 * 0.25 ms each to compile) are then compiled only by a text that has one, not at the first sentence with "no" and
 * "comment" or "public" in it. The same for the two patterns below, which need their fixed words.
 * Each predicate is a pattern of its own, compiled on its first use and tried only where the sentence holds a word
 * every one of its matches holds (PREDICATE_KEYS, in PREDICATES' order): the predicates as one pattern cost a process
 * some 15–25 ms to compile, which it paid at its first short sentence with a negation and a word of HINT.
 */
const PREDICATE_KEYS = [
  /comment|be interviewed|be named/, /(?:not|n['’]t) (?:immediately |yet )?(?:respon|repl|return|answer)/, / for (?:comment|a response)/, / no (?:immediate |further )?(?:comment|response)/,
  /available for comment/, /verify|confirm|corroborate|authenticate/, /details|information|explanation|reason/, /details|information/,
];
const PREDICATE_FORMS = PREDICATES.map(predicate =>
  lazyPattern(() => new RegExp(predicate.replaceAll(String.raw`[\p{L}'’-]`, '[^ ]').replaceAll(String.raw`[\p{L}-]`, '[^ ]'), 'u')));

/** Does the sentence hold one of PREDICATES (a word's letters read as any but a space)? */
function hasPredicate(sentence: string): boolean {
  for (let i = 0; i < PREDICATE_FORMS.length; i++) if (PREDICATE_KEYS[i].test(sentence) && PREDICATE_FORMS[i]().test(sentence)) return true;
  return false;
}
/**
 * Whose scoop it was: "The plan was first reported by Bloomberg News." Case-sensitive, since under the i flag \p{Lu}
 * is any letter: "The virus was first reported by doctors in Guangdong" is a claim.
 */
const FIRST_REPORTED = lazyPattern(() => new RegExp(String.raw`${SUBJECT}(?:was|were) first reported by (?:the )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}${TAIL}`, 'u'));

/** "Terms of the deal were not disclosed.", "The names of the victims have not been released." */
const WITHHELD_PREDICATE = String.raw`(?:(?:were|was) not|(?:have|has|had) not(?: yet)? been) (?:immediately )?(?:disclosed|released|made public|given)`;
const WITHHELD = lazyPattern(() => new RegExp(`${SUBJECT}${WITHHELD_PREDICATE}${TAIL}`, 'u'));
const WITHHELD_WORDS = new RegExp(WITHHELD_PREDICATE, 'u');
/** What a desk reports as withheld, as the subject of WITHHELD: the terms, details, names, the value of a deal. */
const WITHHELD_THING = /\b(?:terms|details|names?|identit(?:y|ies)|value|price|amount|sum|size)\b/i;

/** Does the sentence say only that something was not said, checked or disclosed? */
export function saysOnlyWhatWasNotSaid(sentence: string): boolean {
  if (sentence.length > MAX_LENGTH || !NEGATION.test(sentence) || !HINT.test(sentence)) return false;
  if ((hasPredicate(sentence) && NOT_SAID().test(sentence)) || (sentence.includes(' first reported by ') && FIRST_REPORTED().test(sentence))) return true;
  const withheld = WITHHELD_WORDS.test(sentence) ? WITHHELD().exec(sentence) : null;
  return !!withheld && WITHHELD_THING.test(withheld[1]);
}
