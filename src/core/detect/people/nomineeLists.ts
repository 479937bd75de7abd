// A list of nominees written "Name (Show)": "Ada Vell (The Harbour), Tom Rusk (Night Shift), Lia Fenn (Dara
// Quill)". Where most brackets after the line's people hold no person, the brackets hold works, and a show named like
// a person ("Dara Quill", "Mr. Robot") is no person; a cast list ("Tess (Ada Vell), Hat (Lia Fenn)") has people in
// most of its brackets and is left.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** A given name and a surname, a bracket, and what joins it to the list's next name. */
const NAME_AND_BRACKET_BEFORE = lazyPattern(() => /(^|[^\p{L}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) \([^()\n]{1,48}\)(?:, |,? and )$/u);
/** What joins one "Name (X)" to the next in a list. */
const JOINED = /^(?:[,;]? ?(?:and )?)$/;

interface Group {
  /** Where the name before the bracket starts. */
  name: number;
  open: number;
  close: number;
  /** A person's mention fills the bracket. */
  person: boolean;
  /** A work's: not one word that is a given name ("(Brian)", a spouse in an obituary's list). */
  work: boolean;
}

/** The mentions without those inside a nominee list's brackets (see above). */
export function withoutWorksInNomineeLists(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  if (mentions.length < 3 || !text.includes(' (')) return mentions;
  // chains of "Name (X)" joined by a comma, a semicolon or "and": one list each
  const chains: Group[][] = [];
  let chain: Group[] = [];
  let lastClose = -1;
  const starts = new Map<number, PersonMention>();
  for (const m of mentions) starts.set(m.start, m);
  for (const p of mentions) {
    if (text.charCodeAt(p.end) !== 32 || text.charCodeAt(p.end + 1) !== 40) continue;
    const open = p.end + 2;
    const close = text.indexOf(')', open);
    if (close === -1 || close - open > 48 || close === open) continue;
    const inner = text.slice(open, close);
    if (inner.includes('\n') || inner.includes('(')) continue;
    const led = starts.get(open);
    const person = led !== undefined && led.end === close;
    const single = !inner.includes(' ');
    // (a person's mention opening the bracket without filling it, "(Vell's students)", makes it neither)
    const work = !person && led === undefined && !(single && lex.givenNames.has(inner.toLowerCase()))
      && /^[A-Z0-9\u00c0-\u024f"“‘']/.test(inner);
    if (lastClose === -1 || p.start - lastClose > 7 || !JOINED.test(text.slice(lastClose + 1, p.start))) {
      if (chain.length > 0) chains.push(chain);
      chain = [];
    }
    chain.push({ name: p.start, open, close, person, work });
    lastClose = close;
  }
  if (chain.length > 0) chains.push(chain);
  const drop: Group[] = [];
  const added: PersonMention[] = [];
  for (const groups of chains) {
    let works = 0;
    let people = 0;
    for (const g of groups) {
      if (g.work) works++;
      else if (g.person) people++;
    }
    if (works < 2 || works <= people) continue;
    for (const g of groups) if (g.person || g.work) drop.push(g);
    // ("are Claire Vell (Harbour), Tom Rusk (Night Shift), …": the list's first name, which no rule found, is a
    // given name and a capitalised word before its own bracket)
    const first = groups[0].name;
    const before = NAME_AND_BRACKET_BEFORE().exec(text.slice(Math.max(0, first - 70), first));
    if (before !== null && lex.givenNames.has(before[2].toLowerCase())) {
      const start = first - before[0].length + before[1].length;
      const name = `${before[2]} ${before[3]}`;
      added.push({ start, end: start + name.length, text: name, entity: name });
    }
  }
  if (drop.length === 0) return mentions;
  // (the works' titles are works wherever the article names them: "the nominees Mr. Robot and Dara Quill")
  const spans: [number, number][] = [];
  for (const g of drop) {
    if (!g.work && !g.person) continue;
    const title = text.slice(g.open, g.close);
    for (let i = text.indexOf(title); i !== -1; i = text.indexOf(title, i + title.length)) spans.push([i, i + title.length]);
  }
  const kept = mentions.filter(m => !spans.some(([a, b]) => m.start >= a && m.end <= b));
  if (added.length === 0) return kept;
  return kept.concat(added.filter(a => !kept.some(m => m.end > a.start && m.start < a.end))).sort((a, b) => a.start - b.start);
}
