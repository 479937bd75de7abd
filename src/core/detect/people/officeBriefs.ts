// An official's brief written after the title where a name would stand: an agency's list of speakers names a
// department there, not a person ("Dr Kate Olsen, Director Immunisation, Vaccines and Biologicals", "Director Epidemic
// and Pandemic Preparedness", "Assistant Director-General for Emergency Response at the agency"). A name after a title
// is read as a person's whatever its words; these are told by what follows or precedes the words instead.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';

/** A title that heads a department, right before the mention. */
const TITLE_BEFORE = /(?:^|[^A-Za-z])(?:Director|Head|Chief|Minister|Secretary|Commissioner|Lead|Director-General|Deputy Director|Unit Head)[ \t]$/;
/** The same title and "for", right before the mention: "Director-General for …", "Minister for …". */
const TITLE_FOR_BEFORE = /(?:^|[^A-Za-z])(?:Director|Minister|Secretary|Commissioner|Lead|Director-General|Adviser|Advisor|Envoy|Coordinator)[ \t]for[ \t]$/;
/** What goes on a department's name after its first word: ", Vaccines", " and Pandemic". */
const BRIEF_GOES_ON = /^(?:,[ \t]|[ \t]and[ \t])[A-Z][a-z]/;
/** A noun of an abstract kind, which names a field of work, not a family: "Immunisation", "Preparedness". */
const ABSTRACT_NOUN = /(?:isation|ization|ness|ment|ology|ics|ance|ence|ity|ion)$/;
/** What ends a brief after "for" with no name after it: "at the agency", a comma, a full stop, the line's end. */
const BRIEF_ENDS = /^(?:[ \t](?:at|in|of|with)[ \t]|[,.;:)]|[ \t]*(?:\r?\n|$))/;

/** The mentions without an official's brief read as a name (the brief's first word no given name). */
export function withoutOfficeBriefs(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  if (mentions.length === 0 || !/Director|Minister|Secretary|Commissioner|Head|Chief|Lead|Adviser|Advisor|Envoy|Coordinator/.test(text)) return mentions;
  return mentions.filter(m => {
    const first = m.text.split(/[ \t]/)[0].toLowerCase();
    if (lex.givenNames.has(first)) return true;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 12);
    // "Director-General for Emergency Response at the agency": a brief after "for" with no name after it
    if (TITLE_FOR_BEFORE.test(before) && BRIEF_ENDS.test(after)) return false;
    // "Director Immunisation, Vaccines and Biologicals": one word of the language after the title (not a family name:
    // "Director Okafor, Dr Reyes and Dr Lin"), a department's list going on
    return !(!m.text.includes(' ') && TITLE_BEFORE.test(before) && BRIEF_GOES_ON.test(after) && !lex.surnames.has(first)
      && (lex.commonWords.has(first) || ABSTRACT_NOUN.test(first)));
  });
}
