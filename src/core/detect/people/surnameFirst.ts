// A name written surname first, as results tables and official declarations write it: "HOLLOWAY, Brenna – 41,200",
// "“Adeyemi, Tunde Kola, of the party, is hereby declared …”". The reading found the surname and the given names as two
// mentions of the same person (or the given names alone); the surname, its comma and the given names are one mention.
import type { PersonMention } from '../spans';

/**
 * The mentions, each pair joined that is a surname, ", " and given names of one person: two mentions linked to the same
 * entity, or given names whose words followed by the capitalised word before the comma are an entity of the article
 * ("Tunde Kola Adeyemi" named elsewhere). Cost: a look at the two characters before each mention.
 */
export function withSurnamesFirst(text: string, mentions: PersonMention[]): PersonMention[] {
  let out: PersonMention[] | undefined;
  let entities: Map<string, string> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = i > 0 ? mentions[i - 1] : undefined;
    if (m.start >= 4 && text.charCodeAt(m.start - 2) === 44 /* , */ && text.charCodeAt(m.start - 1) === 32) {
      // the surname and the given name, both linked to one person whose name they begin and end ("Trump, Trump" stays two)
      if (prev !== undefined && prev.end === m.start - 2 && prev.entity === m.entity && !prev.text.includes(' ')
        && m.entity.toLowerCase().startsWith(`${m.text.toLowerCase()} `) && m.entity.toLowerCase().endsWith(` ${prev.text.toLowerCase()}`)) {
        if (out !== undefined && out[out.length - 1] === prev) out.pop();
        else out ??= mentions.slice(0, i - 1);
        out.push({ start: prev.start, end: m.end, text: text.slice(prev.start, m.end), entity: m.entity });
        continue;
      }
      // a capitalised word before the comma that ends a full name of the article beginning with the mention's words
      const word = m.text === m.entity ? /(?:^|[^A-Za-z'’-])([A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)$/.exec(text.slice(Math.max(0, m.start - 32), m.start - 2)) : null;
      if (word !== null) {
        const start = m.start - 2 - word[1].length;
        entities ??= new Map(mentions.map(o => [o.entity.toLowerCase(), o.entity]));
        const whole = entities.get(`${m.text} ${word[1]}`.toLowerCase());
        if (whole !== undefined && (prev === undefined || prev.end <= start)) {
          out ??= mentions.slice(0, i);
          out.push({ start, end: m.end, text: text.slice(start, m.end), entity: whole });
          continue;
        }
      }
    }
    out?.push(m);
  }
  return out ?? mentions;
}
