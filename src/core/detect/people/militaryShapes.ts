// Mentions shaped as defence news writes things that are no person's name, or a name with a word of the page around
// it: a ship's class ("the Harlan Voss-class frigates"), a unit ("Sgt. Ana Ruiz, B Battery, 2nd Battalion"), a title's
// participle ("Air Officer Commanding-in-Chief"), an operation's short form ("Op-Blue Star"), a photo credit's label
// ("… Relief Photo By: …"), a service before a rank cut off from the name ("Marine Gen." before "Tom Vance"), a
// sailor's or an airman's rating before the name ("Seaman Tom Vance"), a byline's "Staff writer" and a state's short
// form ending the sentence before a surname ("in Annapolis, Md. Vance became …"). Each test reads the mention, a
// character or two beside it and, for the last, the link already made; none costs a pass over the text.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** A battery's, a company's or a troop's letter and noun: "B Battery", "C Company". */
const UNIT = /^[A-Z] (?:Battery|Company|Troop)$/;
/** A sailor's or an airman's rating before a full name: "Seaman", "Airman" (a surname too: "David Seaman" has it last). */
const RATING_FIRST = /^(?:Seaman|Airman) \S+ \S/;
/** A rank's short form, written with its stop only ("Alderman." may close a surname). */
const RANK_SHORT_LAST = / (?:Gen|Adm|Lt|Col|Maj|Sgt|Capt|Cmdr|Cpl|Brig)$/;
/** A place's short form after "Town, " that may close a sentence: "D.C.", "N.C.", "Md.", "Calif." */
const PLACE_SHORT_FIRST = /^(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.) (\S+)$/;
/** A place's name and its comma right before: "Annapolis, ". */
const PLACE_BEFORE = lazyPattern(() => /\p{Lu}\p{Ll}+, $/u);
/** A byline's trade after its writer's name: " writer", " reporter", " photographer". */
const BYLINE_TRADE_AFTER = /^ (?:[Ww]riter|[Rr]eporter|[Pp]hotographer)\b/;

/** "the", "new" or "the new" right before a name: "the Gerald Ford class". */
const THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:[Tt]he|new)(?:[ \t]+new)?[ \t]+$/u);
/** What goes on after " class" where it is a class of ships: a stop, a comma, a semicolon, a verb or the ships' noun. */
const SHIP_CLASS_GOES_ON = /^ class(?:[.,;:)]|[ \t]+(?:is|are|was|were|has|have|will|of[ \t]+(?:aircraft|ships?|carriers?|destroyers?|frigates?|submarines?|vessels?|warships?)\b|(?:aircraft|carriers?|ships?|destroyers?|frigates?|submarines?|vessels?|warships?)\b))/;

/**
 * "the Gerald Ford class", "the new Harlan Voss class of aircraft carriers": a name after "the" or "new" and before a
 * lower-case "class" that ends its phrase or goes on to a verb or to ships names ships of a class, no person.
 */
function shipClassNamed(text: string, m: PersonMention): boolean {
  return SHIP_CLASS_GOES_ON.test(text.slice(m.end, m.end + 40)) && THE_BEFORE().test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** The mentions without those shapes, and with the rating, the short form or "Staff" cut off the names they open or close. */
export function withoutMilitaryShapes(text: string, mentions: PersonMention[]): PersonMention[] {
  let renamed: Map<string, string> | undefined;
  let dropped: Set<string> | undefined;
  const out: PersonMention[] = [];
  for (const m of mentions) {
    const t = m.text;
    const space = t.lastIndexOf(' ');
    // ("Harlan Voss-class", or the suffix left after the mention)
    if (t.endsWith('-class') || text.startsWith('-class', m.end) || (text.startsWith(' class', m.end) && shipClassNamed(text, m))
      || (t.charCodeAt(1) === 32 && UNIT.test(t))
      || t.startsWith('Commanding') || t.startsWith('Op-') || (space > 0 && t.endsWith(' Photo'))
      // ("Marine Gen" of "Marine Gen. Tom Vance": a rank with its stop closes no name)
      || (space > 0 && text.charCodeAt(m.end) === 46 /* . */ && t.indexOf(' ') === space && RANK_SHORT_LAST.test(t))) {
      // (and its short forms go with it: "Gen", "Marine")
      if (m.entity === t) (dropped ??= new Set()).add(t);
      continue;
    }
    let cut: PersonMention | undefined;
    if (t.charCodeAt(1) === 101 /* e */ || t.charCodeAt(1) === 105 /* i */) {
      if (RATING_FIRST.test(t)) cut = { start: m.start + 7, end: m.end, text: t.slice(7), entity: m.entity };
    } else if (space > 0 && t.endsWith(' Staff') && BYLINE_TRADE_AFTER.test(text.slice(m.end, m.end + 14))) {
      cut = { start: m.start, end: m.start + space, text: t.slice(0, space), entity: m.entity };
    } else if (t.charCodeAt(t.indexOf(' ') - 1) === 46 && text.charCodeAt(m.start - 2) === 44 /* , */) {
      // (the name is the surname, linked to a full name of it found elsewhere: "Tom Vance" for "Md. Vance")
      const short = PLACE_SHORT_FIRST.exec(t);
      if (short && m.entity !== t && m.entity.endsWith(' ' + short[1]) && PLACE_BEFORE().test(text.slice(Math.max(0, m.start - 24), m.start))) {
        out.push({ start: m.end - short[1].length, end: m.end, text: short[1], entity: m.entity });
        continue;
      }
    }
    if (cut) {
      if (m.entity === t) {
        (renamed ??= new Map()).set(t, cut.text);
        cut.entity = cut.text;
      }
      out.push(cut);
    } else out.push(m);
  }
  if (renamed) for (const m of out) m.entity = renamed.get(m.entity) ?? m.entity;
  return dropped ? out.filter(m => !dropped.has(m.entity)) : out;
}
