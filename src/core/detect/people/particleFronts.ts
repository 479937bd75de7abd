// A surname's capitalised particle cut off before the rest of it: "Van" of "Van de Werf", "De" of "De la Vega".
//
// A title-case line reads each word apart, so "Meet Senator Van de Werf" gives "Van" and "de Werf", each linked to
// the person the body names; the surname is the two together. Only the particle the person's own name writes, right
// before the mention, is taken back.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';

/** The mentions with a particle the entity writes before a surname opened by a lower-case one taken back into it. */
export function withParticleFronts(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of mentions) {
    const start = lowerParticleOpens(m.text, lex) ? particleFront(text, m) : undefined;
    if (start === undefined || !lex.particles.has(text.slice(start, m.start - 1).toLowerCase())) { out.push(m); continue; }
    // (a mention of the particle alone there is the same word; another mention there keeps it)
    const previous = out[out.length - 1];
    if (previous && previous.start === start && previous.end === m.start - 1) out.pop();
    else if (previous && previous.end > start) { out.push(m); continue; }
    out.push({ ...m, start, text: text.slice(start, m.end) });
  }
  return out;
}

/** Whether the mention opens with a lower-case particle and another word: "de Werf". */
function lowerParticleOpens(mention: string, lex: PeopleLexicon): boolean {
  const space = mention.indexOf(' ');
  const first = mention.slice(0, space);
  return space > 0 && first === first.toLowerCase() && lex.particles.has(first);
}

/** Where the capitalised particle the entity writes right before the mention's words starts in the text, if it is there. */
function particleFront(text: string, m: PersonMention): number | undefined {
  const at = m.entity.indexOf(' ' + m.text);
  if (at <= 0) return undefined;
  const lead = m.entity.slice(m.entity.lastIndexOf(' ', at - 1) + 1, at);
  if (lead === lead.toLowerCase()) return undefined;
  const start = m.start - lead.length - 1;
  if (start < 0 || text.slice(start, m.start) !== lead + ' ' || (start > 0 && /[\p{L}\d'’-]/u.test(text[start - 1]))) return undefined;
  return start;
}
