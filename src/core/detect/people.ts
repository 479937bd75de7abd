import type { PersonMention } from '../spans';
import { peopleLexicon } from './lexicon';
import { tokenize, type Token } from './people/tokenize';
import { capitalisedRuns } from './people/candidates';
import { classifyWord, namePart, type NamePart, type WordClass } from './people/classify';
import { gatherEvidence, type Evidence } from './people/evidence';
import { headlineTokens } from './people/headlines';
import { linkMentions, type NameFinding } from './people/link';

/**
 * Finds personal names (name only: no title, no possessive) and links every later or earlier mention by surname
 * or first name to the full name, given as `entity`. Precision first: a name needs evidence of personhood
 * (a given name, a title or role, a reporting verb, an age) or must repeat part of a name that had it.
 * Linear in the text length; never throws.
 */
export function detectPeople(text: string): PersonMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findPeople(text);
  } catch {
    return [];
  }
}

function findPeople(text: string): PersonMention[] {
  const lex = peopleLexicon();
  const tokens = tokenize(text);
  const classes = tokens.map(t => classifyWord(t, lex));
  const inHeadline = headlineTokens(text, tokens);
  const findings: NameFinding[] = [];
  for (const run of capitalisedRuns(text, tokens, lex)) {
    const part = namePart(tokens, run, classes, lex);
    if (!part) continue;
    const evidence = gatherEvidence(text, tokens, part, classes, lex);
    const person = !inHeadline[part.first] && isPerson(tokens, classes, part, evidence);
    findings.push({ first: part.first, last: part.last, person });
  }
  return linkMentions(text, tokens, classes, findings, lex);
}

/** A name's own evidence, weighed: strong cues suffice alone, a bare unknown pair needs a clean context. */
function isPerson(tokens: readonly Token[], classes: readonly WordClass[], part: NamePart, ev: Evidence): boolean {
  if (ev.words >= 2 || ev.hasInitial) {
    if (ev.titled || ev.givenFirst || ev.familyFirst || ev.reported || ev.appositive || ev.hasInitial) return true;
    if (ev.placeLead) return false;
    // two or three unfamiliar capitalised words mid-sentence are usually a name in news prose
    if (ev.words > 3) return false;
    for (let k = part.first; k <= part.last; k++) {
      const c = classes[k];
      if (c !== 'unknown' && c !== 'surname' && c !== 'given') return false;
    }
    return !tokens[part.first].sentenceStart || classes[part.first] !== 'unknown' || ev.acted;
  }
  const c = classes[part.first];
  if (c === 'place' || c === 'demonym' || (c === 'common' && tokens[part.first].sentenceStart)) return false;
  return ev.titled || (ev.reported && (c === 'surname' || c === 'given')) || ev.appositive;
}
