/** A quotation of opinion with its speaker: "“It is a living document,” the mayor said." — scored lower than a quoted fact. */
import { readSignals, type SentenceSignals } from './cues';

// News quotes its sources: what they say may be a fact ("“We cut the deficit,” she said") or a view, a warning, a
// demand ("“It shows no sign of coming under control,” said the professor"). The model, which learnt from debates that
// carry no "X said" after a quotation, scored the views 0.51–0.65 for the attribution's "said" and the speaker's name.
// A quotation whose words tell no event, no change or comparison and no past deed, and hold no figure, is taken for a
// view: its odds are divided by e (a log-odds unit on the score's scale). ClaimBuster and CLEF-2019 hold no such
// sentence; on three samples of news pages read before scanning, 8 views went under the line and 1 boast.

/** The speaker's verbs after a quotation. */
const SAYING = String.raw`(?:said|says|told|added|alleged|demanded|argued|insisted)\b`;
/** The unit opens with the quotation and its speaker follows: "“…,” Mayor Ann Reyes said". Group 1: the quoted words. */
const QUOTE_FIRST = new RegExp(String.raw`^["“‘']([^"“”]{5,}?)[,.!?]?["”’'] ?,? (?:[\w.’'-]+ ){0,6}${SAYING}`);
/** A quoted phrase closing the speaker's words before "said" or "says": "… is “welcome news,” says Dr Ann Reyes". */
const QUOTE_THEN_SAID = /([^"“”]{5,})[,.!?]["”’'],? (?:said|says) \w+/;
/** Words that tell a change or an account of the past without being on the cue lists: "has come down", "we had to". */
const CHANGE_OR_PAST = /\b(?:down|up|was|were|had)\b/i;
/** A word in small letters: a quoted phrase of a view has one; a title in quotation marks ("This Week") has none. */
const SMALL_WORD = /(?:^|\s)[a-z]/;

/** The quoted words of a unit that is a quotation and its speaker, or undefined. */
function quotedWords(unit: string): string | undefined {
  const first = QUOTE_FIRST.exec(unit)?.[1];
  if (first !== undefined) return first;
  const phrase = QUOTE_THEN_SAID.exec(unit)?.[1];
  return phrase !== undefined && SMALL_WORD.test(phrase) ? phrase : undefined;
}

/**
 * Is the unit a quotation of a view with its speaker: no figure anywhere, and in the quoted words no event, change,
 * comparison, number word or past form (see ./cues.ts, CHANGE_OR_PAST)? `signals`: the unit's.
 */
export function quotesOnlyAView(unit: string, signals: SentenceSignals): boolean {
  if (!signals.quote || signals.digit) return false;
  const words = quotedWords(unit);
  if (words === undefined) return false;
  const said = readSignals(words);
  return !said.event && !said.comparison && !said.number && said.edForms === 0 && !CHANGE_OR_PAST.test(words);
}

/** A score with its odds divided by e. */
export function asAView(score: number): number {
  return score / (score + (1 - score) * Math.E);
}
