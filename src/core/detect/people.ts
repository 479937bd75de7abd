import type { PersonMention } from './spans';
import { peopleLexicon } from './lexicon';
import { tokenize, type Token } from './people/tokenize';
import { capitalisedRuns } from './people/candidates';
import { classifyWords, namePart, type NamePart, type WordClass } from './people/classify';
import { gatherEvidence, type Evidence } from './people/evidence';
import { headlineLines, inHeadline } from './people/headlines';
import { linkMentions, type NameFinding } from './people/link';
import { nameBeforeCorporateWord, usedAsOrganisation } from './people/organisations';

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
  const { tokens, lines } = tokenize(text, lex.particles, w => lex.skippedWords.has(w));
  const classes = classifyWords(tokens, lex);
  const headlines = headlineLines(text, lines);
  const findings: NameFinding[] = [];
  const weak: NameFinding[] = [];
  // names seen right beside "company", "airport", "daily"…: an organisation or place everywhere in this text
  const notPeople = new Set<string>();
  // names the article uses as a company, product or vehicle ("Kestrel Dynamics Corp.", "Orchard's shares"):
  // no person anywhere in it, unless a use carries a person's title
  const organisations = new Set<string>();
  const titledFindings = new Set<NameFinding>();
  for (const run of capitalisedRuns(text, tokens, lex)) {
    if (inHeadline(tokens[run.first], headlines)) {
      // "Budanov Says Ceasefire Possible": every word may be a short form of a name the body proves
      for (let k = run.first; k <= run.last; k++) findings.push({ first: k, last: k, person: false });
      continue;
    }
    const company = nameBeforeCorporateWord(tokens, run.first, run.last, classes, lex);
    if (company) organisations.add(nameKey(tokens, company));
    const part = namePart(tokens, run, classes, lex);
    if (!part) {
      // "King said", "Sears said": a title or company word alone may still be the surname of a name found elsewhere
      // ("Billie Jean King", "Michael M. Sears")
      if (run.first === run.last && (classes[run.first] === 'title' || classes[run.first] === 'org')) {
        findings.push({ first: run.first, last: run.last, person: false });
      }
      continue;
    }
    if (part.first === part.last && cannotStandAlone(tokens[part.first], classes[part.first])) {
      findings.push({ first: part.first, last: part.last, person: false });
      continue;
    }
    const evidence = gatherEvidence(text, tokens, part, classes, lex);
    if (evidence.organisationContext) notPeople.add(nameKey(tokens, part));
    if (usedAsOrganisation(text, tokens, part.first, part.last)) organisations.add(nameKey(tokens, part));
    const strength = evidence.organisationContext ? 'none' : personhood(tokens, classes, part, evidence);
    const finding = { first: part.first, last: part.last, person: strength !== 'none' };
    findings.push(finding);
    if (strength === 'weak') weak.push(finding);
    if (evidence.personTitle) titledFindings.add(finding);
  }
  if (notPeople.size > 0) for (const f of weak) if (notPeople.has(nameKey(tokens, f))) f.person = false;
  if (organisations.size > 0) {
    for (const f of findings) if (f.person && !titledFindings.has(f) && organisations.has(nameKey(tokens, f))) f.person = false;
  }
  return linkMentions(text, tokens, classes, findings, lex);
}

function allNameLike(classes: readonly WordClass[], part: NamePart): boolean {
  for (let k = part.first; k <= part.last; k++) {
    const c = classes[k];
    if (c !== 'unknown' && c !== 'surname' && c !== 'given' && c !== 'particle' && c !== 'initial') return false;
  }
  return true;
}

/** "Ukraine", "Russian", "After": one word that no context makes a person (it may still repeat a known name). */
function cannotStandAlone(token: Token, c: WordClass): boolean {
  return c === 'place' || c === 'demonym' || (c === 'common' && token.sentenceStart);
}

/** The words in lower case, single-spaced: the same name elsewhere in the text has the same key. */
function nameKey(tokens: readonly Token[], part: { first: number; last: number }): string {
  let key = tokens[part.first].lower;
  for (let k = part.first + 1; k <= part.last; k++) key += ' ' + tokens[k].lower;
  return key;
}

/**
 * A name's own evidence, weighed: 'strong' cues (title, given name, "said", an age) suffice alone; a bare pair of
 * unfamiliar capitalised words is 'weak' and is dropped where the same words elsewhere name an organisation.
 */
function personhood(tokens: readonly Token[], classes: readonly WordClass[], part: NamePart, ev: Evidence):
  'strong' | 'weak' | 'none' {
  if (ev.words >= 2 || ev.hasInitial) {
    if (ev.titled || ev.givenFirst || ev.familyFirst || ev.reported || ev.appositive) return 'strong';
    // "J. R. Whitcombe" — but not "U.N. Resolution" or "U.S. Marines"
    if (ev.hasInitial && allNameLike(classes, part)) return 'strong';
    if (ev.placeLead || ev.words > 3) return 'none';
    // two or three unfamiliar capitalised words mid-sentence are usually a name in news prose
    if (!allNameLike(classes, part)) return 'none';
    return !tokens[part.first].sentenceStart || classes[part.first] !== 'unknown' || ev.acted ? 'weak' : 'none';
  }
  const c = classes[part.first];
  return ev.titled || (ev.reported && (c === 'surname' || c === 'given')) || ev.appositive ? 'strong' : 'none';
}
