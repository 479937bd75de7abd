// "Late-night" as the name of a kind of television, not a time: "a late-night talk show", "her late-night career",
// "30 years in late night". Entertainment news writes it so far more often than as the time of an evening, and a
// time of that evening needs no value when it names a programme's slot or a host's trade.
import { sentenceEndAfter, sentenceStartBefore } from './tense';

/** What "late-night" describes when it is television's: its shows, hosts, slot, trade and audience. */
const TELEVISION_AFTER = /^[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:tv|television|talk[ \t-]+shows?|talk-show|shows?|hosts?|hosting|comed(?:y|ies|ians?)|comics?|career|programm?e?s?|slot|time[ \t-]?slot|line-?up|landscape|franchise|satire|monologues?|ratings|viewers|audiences?|broadcasts?|network|genre|format|throne|wars|legend|icon|staple|rivals?|competitors?|circuit|spot|gig|exits?|farewells?|departures?|era|veterans?|kings?|queens?|stalwarts?|competition)\b/i;

/** "in late night", "of late-night", "to late-night": the trade named as a place one works in (the sentence then names
 *  television or a host elsewhere). */
const TRADE_BEFORE = /\b(?:in|of|to|into|from|left|leaves|leaving|quit|quits|quitting|dominated|rules?|ruled)[ \t]+$/i;
const NO_NOUN_AFTER = /^[ \t]*(?:[.,;:!?)—–-]|$)/;
const TELEVISION_IN_SENTENCE = /\b(?:TV|television|talk[ \t-]+shows?|host(?:s|ed|ing)?|network|CBS|NBC|ABC|Fox|comedians?|career|show)\b/;

export function lateNightTelevision(text: string, start: number, end: number, written: string): boolean {
  if (!/^late[- ]night$/i.test(written)) return false;
  const after = text.slice(end, end + 48);
  if (TELEVISION_AFTER.test(after)) return true;
  if (!NO_NOUN_AFTER.test(after) || !TRADE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return TELEVISION_IN_SENTENCE.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
}
