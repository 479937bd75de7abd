// Words a page's furniture writes beside a name, read with it as if part of it: an author box's picture, labelled
// "<name> Avatar" by the theme ("Ann Kerr Avatar"), a link's "Read more" run into a teaser ending on a name, and a
// picture's source line ("Image Source : PTI"), and a teaser's kicker, the kind of piece before its headline's colon
// ("Letter: Fares are too high", run into a list's heading as "Related Articles Letter:"). Neither word
// ends a person's name, and the source label and the kicker name no one; nor does a page's "Skip Navigation" link.
// A credit label cut off a run of two unknown words leaves a word the lists do not know as a name ("… to play Tarnby
// Image: Ann Bell"): its personhood came from the pair, so it names no one, nor do the mentions linked to it.
import type { PersonMention } from '../spans';
import { peopleLexicon } from '../lexicon';

/** "Image Source :", "Photo Credit:", "Video Courtesy:": a label of where a picture came from, with its colon after. */
const SOURCE_LABEL = /^(?:Image|Photo|Picture|Video)\s+(?:Source|Credit|Courtesy)$/;
const COLON_AFTER = /^[ \t]{0,2}:/;
/** A link's "Read more" after a caption's or a teaser's last name, run into it: "… Tessa Varnum Read more on …". */
const READ_MORE = /^ (?:more|More|MORE)\b/;
/** A caption's credit label ending a mention, its colon after: "Ilkka Vaara Image: Jo Bell / Wire", "Mask Credit:". */
const CREDIT_WORD = /(?:^|\s)(?:Image|Photo|Picture|Credit)s?$/;

/** A teaser's kicker, the kind of piece it links to, ending a mention before its colon: "… Letter:", "… Opinion:". */
const KICKER_WORD = /(?:^|\s)(?:Letters?|Opinion|Editorial|Analysis|Commentary|Column|Obituary|Review)$/;
/** The words of a list of teasers' heading, which a kicker may be run into ("Related Articles Letter:"). */
const TEASER_HEADING = /^(?:(?:Related|Latest|More|Top|Articles|Stories|Posts|News)\s?)+$/;

/** A page's link past its menus, for keyboards and screen readers: "Skip Navigation", "Skip Content". */
const SKIP_LINK = /^Skip (?:Navigation|Nav|Content|Menu|Links?|Header|Footer|Ad)$/;

/** The mentions with a theme's "Avatar" or a link's "Read" cut off their end, and without a picture's source label. */
export function withoutWidgetLabels(text: string, mentions: PersonMention[]): PersonMention[] {
  let out: PersonMention[] | undefined;
  let relabelled: Map<string, string> | undefined;
  /** Entities that were only a kicker with a heading run into it: the mentions linked to them name no one either. */
  let gone: Set<string> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    let next: PersonMention | undefined = m;
    const tail = m.text.endsWith(' Avatar') ? ' Avatar' : m.text.endsWith(' Read') && READ_MORE.test(text.slice(m.end, m.end + 6)) ? ' Read' : '';
    if (tail !== '' && m.text.indexOf(' ') < m.text.length - tail.length) {
      const n = tail.length;
      next = { ...m, end: m.end - n, text: m.text.slice(0, -n), entity: m.entity.endsWith(tail) ? m.entity.slice(0, -n) : m.entity };
    } else if (m.text.startsWith('Skip ') && SKIP_LINK.test(m.text)) {
      next = undefined;
    } else if ((KICKER_WORD.test(m.text) || SOURCE_LABEL.test(m.text) || CREDIT_WORD.test(m.text)) && COLON_AFTER.test(text.slice(m.end, m.end + 3))) {
      // (the label cut off a name before it, "Ilkka Vaara Image:", "Ana Ruiz Opinion:"; a label alone names no one, nor
      // a kicker after a list's heading, nor the mentions linked to that)
      const cut = m.text.lastIndexOf(' ');
      const kicker = KICKER_WORD.test(m.text);
      if (cut < 0 || (kicker ? TEASER_HEADING.test(m.text.slice(0, cut)) : SOURCE_LABEL.test(m.text) || CREDIT_WORD.test(m.text.slice(0, cut)))) {
        next = undefined;
        if (kicker && m.entity === m.text) (gone ??= new Set()).add(m.entity);
      } else if (!kicker && m.entity === m.text && !m.text.slice(0, cut).includes(' ') && !knownNameWord(m.text.slice(0, cut))) {
        next = undefined;
        (gone ??= new Set()).add(m.entity);
      } else {
        const label = m.text.slice(cut);
        if (m.entity.endsWith(label)) (relabelled ??= new Map()).set(m.entity, m.entity.slice(0, -label.length));
        next = { ...m, end: m.start + cut, text: m.text.slice(0, cut) };
      }
    }
    if (next !== m && !out) out = mentions.slice(0, k);
    if (out && next) out.push(next);
  }
  // (every mention of a name that carried the label takes the name without it)
  if (out && gone) out = out.filter((m) => !gone.has(m.entity));
  if (out && relabelled) out = out.map((m) => relabelled.has(m.entity) ? { ...m, entity: relabelled.get(m.entity)! } : m);
  return out ?? mentions;
}

/** A word the lists know as a given name or a surname. */
function knownNameWord(word: string): boolean {
  const lex = peopleLexicon();
  const lower = word.toLowerCase();
  return lex.givenNames.has(lower) || lex.surnames.has(lower);
}
